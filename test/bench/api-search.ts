/**
 * `npm run bench:api` (also the third JSON document of `npm run bench`):
 * search latency through the local API (node:http server → API Gateway event → handler →
 * DynamoDB Local → decrypt → audit append) at a FIXED request rate with autocannon, beside a
 * bare DynamoDB Local Query of the same blind-index key at the same rate, in the same run.
 *
 *   tsx test/bench/api-search.ts [--ads 100000] [--rate 20] [--seconds 20] [--cache-dir .adwarden/bench-cache] [--no-cache]
 *
 * `--ads` ads per tenant (two tenants) are written straight into DynamoDB Local in the stored
 * shape (items as DynamoDbTenantStore writes them, fields encrypted with the tenant's cipher);
 * the searched phone occurs in 3 of them. Seeding 2 x 100,000 ads takes minutes (DynamoDB Local
 * is the bottleneck), so the seeded database is kept in the cache directory and copied for
 * later runs; the JSON says which (`seed`). `apiDynamoDbCalls` is every DynamoDB call the API
 * made under load, by command, to show where its time goes. Prints ONE JSON document on stdout.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import autocannon from 'autocannon';
import { adminCreateUser, enrolTotp, generatePassword, signIn, totpCode } from '../../bin/cognito-auth.js';
import { parseConfig } from '../../lib/config.js';
import { tenantKeyAlias, tenantTableName } from '../../lib/topology.js';
import { DynamoDbIndexKeyStore } from '../../lambdas/adapters/aws/dynamodb-tenant-store.js';
import { FileKeyService } from '../../lambdas/adapters/local/file-key-service.js';
import { loadBlindIndex } from '../../lambdas/shared/crypto/blind-index.js';
import { provisionIndexKey } from '../../lambdas/shared/crypto/index-key.js';
import { FieldCipher } from '../../lambdas/shared/crypto/field-cipher.js';
import { startLocalApi } from '../../local/api/index.js';
import { createTables } from '../../local/services/create-tables.js';
import { LOCAL_CREDENTIALS, startDynamoDbLocal } from '../../local/services/dynamodb-local.js';
import { quantile, round, runPool } from './stats.js';
import { TEST_LEGITIMATE_INTEREST } from '../fixtures/legitimate-interest.js';

const { values: args } = parseArgs({
  options: { ads: { type: 'string' }, rate: { type: 'string' }, seconds: { type: 'string' }, 'cache-dir': { type: 'string' }, 'no-cache': { type: 'boolean' } },
});
const ADS = Number(args.ads ?? 100_000);
const RATE = Number(args.rate ?? 20);
const SECONDS = Number(args.seconds ?? 20);
const SEED_CONCURRENCY = 8; // per tenant; both tenants are seeded at once
const log = (m: string) => process.stderr.write(`[bench:api] ${m}\n`);

const config = parseConfig({
  market: 'eu',
  region: 'eu-north-1',
  stage: 'dev',
  tenants: ['bench-a', 'bench-b'].map((id) => ({ id, displayName: id, retentionDays: 365, sources: ['bench-src'], identifierKinds: ['phone', 'email'], contact: `dpo@${id}.example` })),
  sources: [{ id: 'bench-src', country: 'NO', startUrls: ['http://127.0.0.1:9/'], schedule: 'rate(1 hour)', legitimateInterest: TEST_LEGITIMATE_INTEREST }],
  crawler: { userAgent: 'adwarden-bench (+http://127.0.0.1/contact)' },
});
const TARGET = '+4791000000';

/** Bump when the seeded shape changes, so a stale cache is not reused. */
const SEED_VERSION = 'v1';

/**
 * Writes ADS ads per tenant into DynamoDB Local in the stored shape, both tenants at once, 25
 * items per BatchWriteItem, CONCURRENCY batches in flight (DynamoDB Local is the bottleneck).
 */
async function seed(doc: DynamoDBDocumentClient, keys: FileKeyService): Promise<string> {
  let hash = '';
  await Promise.all(
    config.tenants.map(async (tenant) => {
      const t0 = Date.now();
      const table = tenantTableName(config.stage, tenant);
      const keyId = tenantKeyAlias(config.stage, tenant);
      const keyStore = new DynamoDbIndexKeyStore(doc, table);
      await provisionIndexKey(keyStore, keys, keyId, tenant.id);
      const index = await loadBlindIndex(keyStore, keys, keyId, tenant.id);
      const cipher = new FieldCipher({ keys, keyId, tenantId: tenant.id });
      if (tenant.id === 'bench-a') hash = index.hash('phone', TARGET);
      const batches = Array.from({ length: Math.ceil(ADS / 12) }, (_, b) => b);
      await runPool(batches, SEED_CONCURRENCY, async (b) => {
        const items: Record<string, unknown>[] = [];
        for (let i = b * 12; i < Math.min(ADS, (b + 1) * 12); i++) {
          const phone = i % Math.floor(ADS / 3) === 0 ? TARGET : `+4792${String(i).padStart(6, '0')}`;
          const url = `http://127.0.0.1:9/ad/${i}`;
          const adId = index.recordId(url);
          const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
          const findings = [{ kind: 'phone', value: phone, origin: 'text' }];
          const ix = `IX#phone#${index.hash('phone', phone)}`;
          const fields = await cipher.encrypt(JSON.stringify({ url, findings }), { tenantId: tenant.id, table, recordId: adId });
          const expiresAt = Math.floor(Date.parse(at) / 1000) + 365 * 86_400;
          items.push({ pk: `AD#${adId}`, sk: 'AD', sourceId: 'bench-src', collectedAt: at, firstSeenAt: at, expiresAt, kinds: ['phone'], fields, indexRefs: [ix], gsi1pk: 'SRC#bench-src', gsi1sk: `${at}#${adId}` });
          items.push({ pk: ix, sk: `AD#${adId}`, sourceId: 'bench-src', expiresAt });
        }
        let pending = items.map((Item) => ({ PutRequest: { Item } }));
        while (pending.length) {
          const r = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
          pending = (r.UnprocessedItems?.[table] as typeof pending | undefined) ?? [];
        }
      });
      log(`${tenant.id}: ${ADS} ads written (${Math.round((Date.now() - t0) / 1000)} s)`);
    }),
  );
  return hash;
}

async function main(): Promise<void> {
  // DynamoDB Local keeps a -dbPath database in SQLite, which syncs every write to disk: on a
  // RAM-backed file system (/dev/shm) seeding runs as fast as in memory. Removed at the end.
  const dataDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'adw-bench-api-'));
  try {
    await run(dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function run(dataDir: string): Promise<void> {
  // The seeded database (and the key file its envelopes need) is kept between runs, keyed by
  // size and seed version: seeding 2 x 100,000 ads takes minutes, a copy takes seconds. Each
  // run works on a fresh copy, so the audit records of one run never reach the next.
  const cacheDir = resolve(args['cache-dir'] ?? '.adwarden/bench-cache', `api-search-${SEED_VERSION}-${ADS}`);
  const dbPath = join(dataDir, 'dynamodb');
  mkdirSync(dbPath, { recursive: true });
  let seedSeconds = 0;
  const cached = !args['no-cache'] && existsSync(join(cacheDir, 'done.json'));
  let hash: string;
  if (cached) {
    cpSync(join(cacheDir, 'dynamodb'), dbPath, { recursive: true });
    cpSync(join(cacheDir, 'keys.json'), join(dataDir, 'keys.json'));
    hash = (JSON.parse(readFileSync(join(cacheDir, 'done.json'), 'utf8')) as { hash: string }).hash;
    log(`seeded database from the cache (${cacheDir})`);
  } else {
    const t0 = Date.now();
    const seeding = await startDynamoDbLocal({ region: config.region, dbPath });
    const sddb = new DynamoDBClient({ endpoint: seeding.endpoint, region: config.region, credentials: LOCAL_CREDENTIALS });
    try {
      await createTables(sddb, config);
      hash = await seed(DynamoDBDocumentClient.from(sddb), new FileKeyService(join(dataDir, 'keys.json')));
    } finally {
      sddb.destroy();
      await seeding.stop();
    }
    seedSeconds = Math.round((Date.now() - t0) / 1000);
    if (!args['no-cache']) {
      rmSync(cacheDir, { recursive: true, force: true });
      mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      cpSync(dbPath, join(cacheDir, 'dynamodb'), { recursive: true });
      cpSync(join(dataDir, 'keys.json'), join(cacheDir, 'keys.json'));
      writeFileSync(join(cacheDir, 'done.json'), JSON.stringify({ hash, ads: ADS, seedSeconds }));
    }
  }
  const dynamodb = await startDynamoDbLocal({ region: config.region, dbPath });
  const ddb = new DynamoDBClient({ endpoint: dynamodb.endpoint, region: config.region, credentials: LOCAL_CREDENTIALS });
  const doc = DynamoDBDocumentClient.from(ddb);
  // Per-operation latency of every DynamoDB call made while the API is under load (where the time goes).
  const ops = new Map<string, { ms: number[]; failed: number }>();
  let profiling = false;
  doc.middlewareStack.add(
    (next, context) => async (a) => {
      if (!profiling) return next(a);
      const t = performance.now();
      const op = ops.get(context.commandName ?? '?') ?? { ms: [], failed: 0 };
      ops.set(context.commandName ?? '?', op);
      try {
        return await next(a);
      } catch (e) {
        op.failed++;
        throw e;
      } finally {
        op.ms.push(performance.now() - t);
      }
    },
    { step: 'initialize', name: 'benchOpLatency' },
  );
  await createTables(ddb, config);
  const keys = new FileKeyService(join(dataDir, 'keys.json'));
  try {
    const api = await startLocalApi({ config, dataDir, doc, dynamodbEndpoint: dynamodb.endpoint, keys, seedDemoUsers: false, logLevel: 'ERROR' });
    try {
      const { client, identity } = api.cognito;
      const password = generatePassword(randomBytes);
      await adminCreateUser(client, identity.userPoolId, { email: 'bench@bench-a.example', tenantId: 'bench-a', group: 'analyst', password });
      const { secret } = await api.cognito.withEnrolmentWindow(() => enrolTotp(client, identity.enrolClientId, 'bench@bench-a.example', password));
      const tokens = await signIn(client, identity.clientId, 'bench@bench-a.example', password, () => totpCode(secret));
      const url = `${api.server.url}/v1/search?kind=phone&q=${encodeURIComponent('+47 910 00 000')}`;
      const check = await fetch(url, { headers: { authorization: tokens.idToken } });
      const found = ((await check.json()) as { items: unknown[] }).items.length;
      log(`API search finds ${found} ads; autocannon at ${RATE} req/s for ${SECONDS} s`);

      profiling = true;
      // One connection per request per second, so a slow answer never holds the next request
      // back: the API sees the fixed rate (open loop), as the bare queries below do.
      const ac = await autocannon({ url, connections: RATE, overallRate: RATE, duration: SECONDS, headers: { authorization: tokens.idToken } });

      profiling = false;
      log(`bare DynamoDB Local Query at ${RATE} req/s for ${SECONDS} s`);
      const bare: number[] = [];
      const n = RATE * SECONDS;
      const start = performance.now();
      await Promise.all(
        Array.from({ length: n }, async (_, i) => {
          const due = start + (i * 1000) / RATE;
          await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
          const t = performance.now();
          await doc.send(new QueryCommand({ TableName: tenantTableName(config.stage, { id: 'bench-a' }), KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': `IX#phone#${hash}` } }));
          bare.push(performance.now() - t);
        }),
      );
      const result = {
        adsPerTenant: ADS,
        seed: cached ? 'from cache (.adwarden/bench-cache)' : `${seedSeconds} s`,
        tenants: 2,
        // This machine is shared: its load during the run, beside the figures.
        loadAverage1m: round(loadavg()[0] ?? 0),
        ratePerSecond: RATE,
        seconds: SECONDS,
        resultsPerSearch: found,
        api: { requests: ac.requests.total, non2xx: ac.non2xx, errors: ac.errors, p50Ms: ac.latency.p50, p99Ms: ac.latency.p99, maxMs: ac.latency.max },
        bareQuery: { requests: bare.length, p50Ms: round(quantile(bare, 0.5)), p99Ms: round(quantile(bare, 0.99)), maxMs: round(Math.max(...bare)) },
        p99Ratio: round(ac.latency.p99 / quantile(bare, 0.99)),
        // Every DynamoDB call the API made under load, by command: count, failures (e.g. a lost audit race), p50/p99.
        apiDynamoDbCalls: Object.fromEntries(
          [...ops].map(([name, o]) => [name, { calls: o.ms.length, failed: o.failed, p50Ms: round(quantile(o.ms, 0.5)), p99Ms: round(quantile(o.ms, 0.99)) }]),
        ),
        goal: 'api p99 <= 2x bare p99',
      };
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } finally {
      await api.stop();
    }
  } finally {
    ddb.destroy();
    await dynamodb.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench:api failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
