/**
 * The local runtime: the same handlers, declared in lib/topology.ts, invoked in process
 * against real local services (DynamoDB Local, local-aws-sqs, the file key service), with a
 * local scheduler and SQS event-source pollers. Used by `npm start` and by the tests.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSEvent } from 'aws-lambda';
import type { Config } from '../lib/config.js';
import {
  FUNCTIONS,
  type FunctionDecl,
  type FunctionName,
  platformTableName,
  tenantKeyAlias,
  tenantTableName,
} from '../lib/topology.js';
import { SqsJobQueue } from '../lambdas/adapters/aws/sqs-job-queue.js';
import { FileKeyService } from '../lambdas/adapters/local/file-key-service.js';
import type { DomainRateLimiter } from '../lambdas/collect/fetch/rate-limiter.js';
import type { CollectObserver } from '../lambdas/collect/observer.js';
import { buildCollectRuntime, type CollectInfra, type CollectRuntime, indexKeyTargets } from '../lambdas/composition/collect.js';
import { provisionIndexKeys } from '../lambdas/shared/crypto/index-key.js';
import { CountingKeyService, type KeyService } from '../lambdas/shared/crypto/key-service.js';
import { lambdaContext } from './lambda/context.js';
import { QueuePoller, type SqsHandler } from './lambda/queue-poller.js';
import { createTables } from './services/create-tables.js';
import { LOCAL_CREDENTIALS, startDynamoDbLocal, type DynamoDbLocal } from './services/dynamodb-local.js';
import { startSqsLocal, type SqsLocal } from './services/sqs-local.js';

export { platformKeyAlias as PLATFORM_KEY_ALIAS } from '../lambdas/composition/operator.js';
import { platformKeyAlias } from '../lambdas/composition/operator.js';

export interface LocalRuntimeOptions {
  readonly config: Config;
  /** Where the key file (and, with `persist`, the database) live. @default .adwarden */
  readonly dataDir?: string;
  /** Keep DynamoDB data between runs. @default false (in memory) */
  readonly persist?: boolean;
  /**
   * Use a DynamoDB (Local) already running at this endpoint instead of starting one; it is
   * left running by `stop()`. The crash-injection test uses it as the durable store that
   * outlives the killed pipeline, as DynamoDB outlives a crashed Lambda.
   */
  readonly dynamodbEndpoint?: string;
  /**
   * Seconds a received message stays invisible; a failed one is retried after it. It must
   * outlast a batch (rate-limited fetches and rendering), or a message still being processed
   * is delivered again. @default 30 (AWS: 6x the function timeout)
   */
  readonly visibilityTimeoutSeconds?: number;
  readonly observer?: CollectObserver;
  /** @default 'WARN' */
  readonly logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  readonly rateLimiter?: DomainRateLimiter;
  readonly onInvokeError?: (fn: FunctionName, e: unknown) => void;
  /**
   * Provision index keys at start (the local equivalent of `npx adwarden provision`): creates
   * the missing ones of EMPTY tables only and reports each ("created index key for tenant X");
   * a table that holds data but lost its key stops the start (IndexKeyProvisioningError).
   * @default true
   */
  readonly provision?: boolean;
  /** Where provisioning lines go. @default nowhere */
  readonly report?: (line: string) => void;
}

export interface LocalRuntime {
  readonly config: Config;
  readonly dynamodb: DynamoDbLocal;
  readonly sqs: SqsLocal;
  readonly doc: DynamoDBDocumentClient;
  readonly keys: CountingKeyService;
  readonly collect: CollectRuntime;
  readonly handlers: {
    readonly schedule: (event: unknown, context: Context) => Promise<{ sourceId: string; runId: string; jobs: number }>;
    readonly crawlListing: SqsHandler;
    readonly extractAd: SqsHandler;
  };
  tenantTable(tenantId: string): string;
  platformTable(name: Parameters<typeof platformTableName>[1]): string;
  /** Invokes the schedule function for a source, as EventBridge Scheduler does. */
  runSchedule(sourceId: string): Promise<string>;
  startPollers(): void;
  /** Resolves when both queues are empty and no handler is running. */
  drained(opts?: { timeoutMs?: number; pollMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

export class DrainTimeoutError extends Error {
  override readonly name = 'DrainTimeoutError';
}

async function loadHandlerModule(decl: FunctionDecl): Promise<{ create: (deps: never) => unknown }> {
  // The entry declared in the topology is the module CDK bundles: one declaration for both.
  const url = pathToFileURL(resolve(import.meta.dirname, '..', decl.entry)).href;
  return (await import(url)) as { create: (deps: never) => unknown };
}

export async function startLocalRuntime(opts: LocalRuntimeOptions): Promise<LocalRuntime> {
  const { config } = opts;
  const dataDir = resolve(opts.dataDir ?? '.adwarden');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const dynamodb: DynamoDbLocal = opts.dynamodbEndpoint
    ? { endpoint: opts.dynamodbEndpoint, port: Number(new URL(opts.dynamodbEndpoint).port), stop: async () => undefined }
    : await startDynamoDbLocal({
        region: config.region,
        ...(opts.persist ? { dbPath: (mkdirSync(join(dataDir, 'dynamodb'), { recursive: true }), join(dataDir, 'dynamodb')) } : {}),
      });
  const ddb = new DynamoDBClient({ endpoint: dynamodb.endpoint, region: config.region, credentials: LOCAL_CREDENTIALS });
  await createTables(ddb, config);
  const sqs = await startSqsLocal({ stage: config.stage, region: config.region, visibilityTimeoutSeconds: opts.visibilityTimeoutSeconds ?? 30 });
  const doc = DynamoDBDocumentClient.from(ddb, { marshallOptions: { removeUndefinedValues: true } });
  const keys = new CountingKeyService(new FileKeyService(join(dataDir, 'keys.json')));
  const logger = new Logger({ serviceName: 'adwarden-local', logLevel: opts.logLevel ?? 'WARN' });

  const infra: CollectInfra = {
    config,
    doc,
    tables: {
      crawlState: platformTableName(config.stage, 'crawlState'),
      suppression: platformTableName(config.stage, 'suppression'),
      crawlRuns: platformTableName(config.stage, 'crawlRuns'),
    },
    queue: new SqsJobQueue(sqs.client, sqs.urls),
    platformKeys: keys,
    platformKeyId: platformKeyAlias(config.stage),
    // Locally every tenant shares one client: there is no IAM to scope credentials with.
    tenant: async (tenantId) => ({
      tableName: tenantTableName(config.stage, { id: tenantId }),
      keyId: tenantKeyAlias(config.stage, { id: tenantId }),
      doc,
      keys: keys as KeyService,
    }),
    idempotency: new DynamoDBPersistenceLayer({ tableName: platformTableName(config.stage, 'idempotency'), awsSdkV3Client: ddb }),
    allowLoopback: true,
    logger,
    ...(opts.observer ? { observer: opts.observer } : {}),
    ...(opts.rateLimiter ? { rateLimiter: opts.rateLimiter } : {}),
  };
  if (opts.provision ?? true) {
    try {
      await provisionIndexKeys(await indexKeyTargets(infra), opts.report);
    } catch (e) {
      ddb.destroy();
      await sqs.stop();
      await dynamodb.stop();
      throw e;
    }
  }
  const collect = buildCollectRuntime(infra);

  const create = async <T>(fn: FunctionName, deps: unknown): Promise<T> =>
    (await loadHandlerModule(FUNCTIONS[fn])).create(deps as never) as T;
  const handlers = {
    schedule: await create<LocalRuntime['handlers']['schedule']>('schedule', collect.schedule),
    crawlListing: await create<SqsHandler>('crawlListing', collect.crawlListing),
    extractAd: await create<SqsHandler>('extractAd', collect.extractAd),
  };

  const queueArn = async (url: string) =>
    (await sqs.client.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes?.QueueArn ?? url;
  const pollers: QueuePoller[] = [];
  // Every queue-triggered function of the topology gets an event-source poller.
  for (const fn of Object.keys(FUNCTIONS) as FunctionName[]) {
    const decl: FunctionDecl = FUNCTIONS[fn];
    if (decl.trigger.kind !== 'queue') continue;
    pollers.push(
      new QueuePoller({
        sqs: sqs.client,
        queueUrl: sqs.urls[decl.trigger.queue],
        queueArn: await queueArn(sqs.urls[decl.trigger.queue]),
        region: config.region,
        functionName: `adwarden-${config.stage}-${decl.id}`,
        timeoutSeconds: decl.timeoutSeconds,
        batchSize: decl.trigger.batchSize,
        maxConcurrency: decl.trigger.maxConcurrency,
        handler: (handlers as Partial<Record<FunctionName, unknown>>)[fn] as (e: SQSEvent, c: Context) => Promise<never>,
        onInvokeError: (e) => opts.onInvokeError?.(fn, e),
      }),
    );
  }

  return {
    config,
    dynamodb,
    sqs,
    doc,
    keys,
    collect,
    handlers,
    tenantTable: (tenantId) => tenantTableName(config.stage, { id: tenantId }),
    platformTable: (name) => platformTableName(config.stage, name),
    async runSchedule(sourceId) {
      const r = await handlers.schedule({ sourceId }, lambdaContext(`adwarden-${config.stage}-schedule`, FUNCTIONS.schedule.timeoutSeconds));
      return r.runId;
    },
    startPollers: () => pollers.forEach((p) => p.start()),
    async drained({ timeoutMs = 10 * 60_000, pollMs = 200 } = {}) {
      const deadline = Date.now() + timeoutMs;
      let quietRounds = 0;
      // Two quiet looks in a row: a handler may be between receiving and sending.
      while (quietRounds < 2) {
        if (Date.now() > deadline) throw new DrainTimeoutError(`queues not drained within ${Math.round(timeoutMs / 1000)} s`);
        await new Promise((r) => setTimeout(r, pollMs));
        const depth = (await sqs.depth(sqs.urls.listingJobs)) + (await sqs.depth(sqs.urls.adJobs));
        quietRounds = depth === 0 && pollers.every((p) => !p.busy) ? quietRounds + 1 : 0;
      }
    },
    async stop() {
      await Promise.all(pollers.map((p) => p.stop()));
      await collect.close();
      await sqs.stop();
      ddb.destroy();
      await dynamodb.stop();
    },
  };
}
