/**
 * The customer API on one machine: cognito-local (the user pool), the API functions declared in
 * lib/topology.ts built on the local runtime's DynamoDB and key service, served by the local
 * API server; one demo user per tenant on first run. Writes `<dataDir>/api.json` for the CLI.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { writeApiState } from '../../bin/api-state.js';
import { adminCreateUser, enrolTotp, generatePassword } from '../../bin/cognito-auth.js';
import type { Config } from '../../lib/config.js';
import { FUNCTIONS, type FunctionDecl, type FunctionName, platformTableName, ROUTES, tenantKeyAlias, tenantTableName } from '../../lib/topology.js';
import { buildQueryRuntime, type QueryRuntime } from '../../lambdas/composition/query.js';
import type { KeyService } from '../../lambdas/shared/crypto/key-service.js';
import { startCognitoLocal, userExists, type CognitoLocal } from '../services/cognito-local.js';
import { type ApiHandler, type ApiServer, startApiServer } from './server.js';

export interface DemoUser {
  readonly tenantId: string;
  readonly email: string;
  readonly password: string;
  readonly otpauthUri: string;
  readonly secret: string;
}

export interface LocalApi {
  readonly server: ApiServer;
  readonly cognito: CognitoLocal;
  readonly query: QueryRuntime;
  readonly demoUsers: readonly DemoUser[];
  stop(): Promise<void>;
}

export interface LocalApiOptions {
  readonly config: Config;
  readonly dataDir: string;
  readonly doc: DynamoDBDocumentClient;
  readonly dynamodbEndpoint: string;
  readonly keys: KeyService;
  /** @default 0 (a free port) */
  readonly port?: number;
  /** Seed one demo user per tenant when the pool has none. @default true */
  readonly seedDemoUsers?: boolean;
  readonly logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  readonly now?: () => number;
  /** Handlers built elsewhere, by function name (the rights routes: local/rights/runtime.ts). */
  readonly handlers?: Readonly<Partial<Record<FunctionName, ApiHandler>>>;
}

export function demoEmail(tenantId: string): string {
  return `demo@${tenantId}.example`;
}

async function seedDemoUsers(cognito: CognitoLocal, config: Config, file: string): Promise<DemoUser[]> {
  const saved: DemoUser[] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoUser[]) : [];
  const out: DemoUser[] = [];
  for (const t of config.tenants) {
    const email = demoEmail(t.id);
    const known = saved.find((u) => u.email === email);
    if (await userExists(cognito.client, cognito.identity.userPoolId, email)) {
      if (known) out.push(known);
      continue;
    }
    const password = generatePassword(randomBytes);
    await adminCreateUser(cognito.client, cognito.identity.userPoolId, { email, tenantId: t.id, group: 'tenant-admin', password });
    const { secret, uri } = await cognito.withEnrolmentWindow(() => enrolTotp(cognito.client, cognito.identity.enrolClientId, email, password));
    out.push({ tenantId: t.id, email, password, secret, otpauthUri: uri });
  }
  writeFileSync(file, JSON.stringify(out, null, 2), { mode: 0o600 });
  return out;
}

export async function startLocalApi(opts: LocalApiOptions): Promise<LocalApi> {
  const { config } = opts;
  const dataDir = resolve(opts.dataDir);
  const cognito = await startCognitoLocal({ dataDir, region: config.region });
  try {
    const demoUsers = opts.seedDemoUsers === false ? [] : await seedDemoUsers(cognito, config, join(dataDir, 'demo-users.json'));
    const logger = new Logger({ serviceName: 'adwarden-api-local', logLevel: opts.logLevel ?? 'WARN' });
    const query = buildQueryRuntime({
      config,
      doc: opts.doc,
      auditTable: platformTableName(config.stage, 'auditLog'),
      crawlRunsTable: platformTableName(config.stage, 'crawlRuns'),
      logger,
      // Locally every tenant shares one client: there is no IAM to scope credentials with.
      tenant: async (tenantId) => ({
        tableName: tenantTableName(config.stage, { id: tenantId }),
        keyId: tenantKeyAlias(config.stage, { id: tenantId }),
        doc: opts.doc,
        keys: opts.keys,
      }),
      ...(opts.now ? { now: opts.now } : {}),
    });
    const handlers: Record<string, ApiHandler> = {};
    for (const fn of new Set(ROUTES.map((r) => r.function))) {
      const given = opts.handlers?.[fn as FunctionName];
      if (given) {
        handlers[fn] = given;
        continue;
      }
      const decl: FunctionDecl = FUNCTIONS[fn as FunctionName];
      // The entry declared in the topology is the module CDK bundles: one declaration for both.
      const mod = (await import(pathToFileURL(resolve(import.meta.dirname, '../..', decl.entry)).href)) as { create: (deps: QueryRuntime) => ApiHandler };
      handlers[fn] = mod.create(query);
    }
    const server = await startApiServer({ routes: ROUTES, handlers, verifier: cognito.verifier, ...(opts.port !== undefined ? { port: opts.port } : {}) });
    writeApiState(dataDir, {
      apiUrl: server.url,
      region: config.region,
      userPoolId: cognito.identity.userPoolId,
      clientId: cognito.identity.clientId,
      cognitoEndpoint: cognito.endpoint,
      enrolClientId: cognito.identity.enrolClientId,
      dynamodbEndpoint: opts.dynamodbEndpoint,
      auditTable: platformTableName(config.stage, 'auditLog'),
    });
    return {
      server,
      cognito,
      query,
      demoUsers,
      async stop() {
        await server.close();
        await cognito.stop();
      },
    };
  } catch (e) {
    await cognito.stop();
    throw e;
  }
}
