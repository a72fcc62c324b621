/**
 * The rights side of the local runtime: the same composition as in AWS (buildRightsRuntime),
 * handed local infrastructure — DynamoDB Local, the file key service, the .eml outbox, and the
 * synthesized state machine run in process. Returns the route handlers for the local API server.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { FUNCTIONS, type FunctionDecl, type FunctionName, platformTableName, tenantKeyAlias, tenantTableName } from '../../lib/topology.js';
import { FileOutbox } from '../../lambdas/adapters/local/file-outbox.js';
import { buildRightsRuntime, type RightsRuntime } from '../../lambdas/composition/rights.js';
import type { Messenger } from '../../lambdas/rights/ports.js';
import type { KeyService } from '../../lambdas/shared/crypto/key-service.js';
import type { LocalRuntime } from '../runtime.js';
import { platformKeyAlias } from '../../lambdas/composition/operator.js';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { rightsMetrics } from '../../lambdas/handlers/rights/watch-deadlines.js';
import { cachedRightsAsl } from './asl.js';
import { bindTaskHandlers, LocalRightsWorkflow } from './workflow.js';

export type RouteHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

export interface LocalRightsOptions {
  /** Where links in e-mails point: the local API's base URL. */
  readonly baseUrl: string;
  /** @default <dataDir>/outbox, i.e. .adwarden/outbox */
  readonly outboxDir?: string;
  /** The synthesized ASL, if already at hand (tests synthesize once per file). */
  readonly definition?: Record<string, unknown>;
  readonly retryIntervalMs?: number;
  readonly messenger?: Messenger;
  readonly log?: (line: string) => void;
  readonly clock?: { now(): number };
  /** Per-IP and per-identifier limits of the portal. @default the use case's defaults */
  readonly limits?: { readonly perIpPerHour?: number; readonly perIdentifierPerDay?: number };
}

export interface LocalRights {
  readonly runtime: RightsRuntime;
  readonly workflow: LocalRightsWorkflow;
  readonly outbox: FileOutbox;
  /** Handlers of the rights routes, by function name (for the local API server). */
  readonly routeHandlers: Partial<Record<FunctionName, RouteHandler>>;
  /** The rights functions on a fixed schedule (trigger `cron`), for the local scheduler: the deadline watcher. */
  readonly scheduled: readonly { readonly name: FunctionName; readonly expression: string; run(): Promise<unknown> }[];
}

export async function startLocalRights(rt: LocalRuntime, opts: LocalRightsOptions & { dataDir: string }): Promise<LocalRights> {
  const { config } = rt;
  const log = opts.log ?? (() => {});
  const outbox = new FileOutbox(opts.outboxDir ?? join(resolve(opts.dataDir), 'outbox'), log);
  const definition = opts.definition ?? cachedRightsAsl(config, opts.dataDir);
  // Started lazily: the workflow needs the composition, the composition needs a starter.
  const late: { workflow?: LocalRightsWorkflow } = {};
  const runtime = buildRightsRuntime({
    config,
    doc: rt.doc,
    tables: {
      dsarRequests: platformTableName(config.stage, 'dsarRequests'),
      suppression: platformTableName(config.stage, 'suppression'),
      erasureJournal: platformTableName(config.stage, 'erasureJournal'),
      auditLog: platformTableName(config.stage, 'auditLog'),
    },
    platformKeys: rt.keys,
    platformKeyId: platformKeyAlias(config.stage),
    // Locally there is no IAM to scope credentials with: one client for every tenant.
    tenant: async (tenantId) => ({
      tableName: tenantTableName(config.stage, { id: tenantId }),
      keyId: tenantKeyAlias(config.stage, { id: tenantId }),
      doc: rt.doc,
      keys: rt.keys as KeyService,
    }),
    messenger: opts.messenger ?? outbox,
    workflow: { start: (id) => late.workflow!.start(id) },
    baseUrl: opts.baseUrl,
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  if (opts.limits) Object.assign(runtime.portal, { limits: opts.limits });
  const workflow = new LocalRightsWorkflow({
    definition,
    handlers: await bindTaskHandlers(runtime.workflow),
    ...(opts.retryIntervalMs !== undefined ? { retryIntervalMs: opts.retryIntervalMs } : {}),
    log,
  });
  late.workflow = workflow;

  const routeHandlers: Partial<Record<FunctionName, RouteHandler>> = {};
  for (const fn of Object.keys(FUNCTIONS) as FunctionName[]) {
    const decl: FunctionDecl = FUNCTIONS[fn];
    if (decl.area !== 'rights' || decl.trigger.kind !== 'api') continue;
    const mod = (await import(pathToFileURL(resolve(import.meta.dirname, '../..', decl.entry)).href)) as {
      create: (d: RightsRuntime['portal']) => RouteHandler;
    };
    routeHandlers[fn] = mod.create(runtime.portal);
  }
  // Scheduled functions get the same composition; their metrics go to stdout as EMF, as in Lambda.
  const scheduled: { name: FunctionName; expression: string; run(): Promise<unknown> }[] = [];
  for (const fn of Object.keys(FUNCTIONS) as FunctionName[]) {
    const decl: FunctionDecl = FUNCTIONS[fn];
    if (decl.area !== 'rights' || decl.trigger.kind !== 'cron') continue;
    const mod = (await import(pathToFileURL(resolve(import.meta.dirname, '../..', decl.entry)).href)) as {
      create: (d: RightsRuntime['deadlines'] & { metrics: Metrics }) => (event: unknown) => Promise<unknown>;
    };
    const handler = mod.create({ ...runtime.deadlines, metrics: rightsMetrics(config.stage) });
    scheduled.push({ name: fn, expression: decl.trigger.expression, run: () => handler({ source: 'local.scheduler' }) });
  }
  return { runtime, workflow, outbox, routeHandlers, scheduled };
}
