/**
 * Benchmark (issue 10 point 9): erase one person present in T tenants × A ads each, beside the
 * bare deletes of the same items in the same run, on DynamoDB Local.
 *
 * Every tenant table holds A filler ads (an e-mail each) plus P ads of the person, shaped as
 * ingestion writes them (lambdas/adapters/aws/dynamodb-tenant-store.ts): the ad item and one
 * index entry per identifier, each entry naming the ad's refs and kinds. The person's ads carry
 * their e-mail (shared: what the erasure locates by) and a phone of their own (found only
 * through the ad). Seeding is BatchWriteItem, SEED_CONCURRENCY calls in flight.
 *
 *   bare      BatchWriteItem deletes of exactly the person's items, keys known in advance
 *   ours      what ProcessTenant does to the tenant table: locate by blind index, delete each
 *             ad and every index entry it has (DynamoDbTenantRights.locateAds + erase)
 *   ours+journal  the same with the erasure journal entry written before the deletes, as
 *             ProcessTenant does
 *   read-first    locate, then read each ad for its refs, then delete: how erasure worked
 *             before index entries named the ad's refs (index entries without them still do)
 *
 * All over T tenants with the Map state's concurrency (10). Variants run in rotating order each
 * round, on freshly seeded person ads; medians are printed as one line of JSON.
 *
 *   npx tsx test/bench/rights-erase.ts [--tenants 20] [--ads 10000] [--person-ads 5] [--rounds 9] [--warmup 2]
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, type BatchWriteCommandOutput, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { loadConfig, parseConfig } from '../../lib/config.js';
import { platformTableName, tenantTableName } from '../../lib/topology.js';
import { batchDelete, DynamoDbErasureJournal, DynamoDbTenantRights } from '../../lambdas/adapters/aws/dynamodb-rights.js';
import { BlindIndex } from '../../lambdas/shared/crypto/blind-index.js';
import { createTables } from '../../local/services/create-tables.js';
import { LOCAL_CREDENTIALS, startDynamoDbLocal } from '../../local/services/dynamodb-local.js';

const { values } = parseArgs({
  options: {
    tenants: { type: 'string', default: '20' },
    ads: { type: 'string', default: '10000' },
    'person-ads': { type: 'string', default: '5' },
    rounds: { type: 'string', default: '9' },
    warmup: { type: 'string', default: '2' },
  },
});
const T = Number(values.tenants);
const A = Number(values.ads);
const P = Number(values['person-ads']);
const ROUNDS = Number(values.rounds);
const WARMUP = Number(values.warmup);
const CONCURRENCY = 10; // the Map state's MaxConcurrency
const SEED_CONCURRENCY = 24; // BatchWriteItem calls in flight while seeding

const base = loadConfig('adwarden.config.json');
const config = parseConfig({
  ...base,
  tenants: Array.from({ length: T }, (_, i) => ({ ...base.tenants[0]!, id: `bench-${String(i).padStart(2, '0')}`, displayName: `bench ${i}` })),
});

async function inParallel<X>(items: readonly X[], n: number, fn: (x: X) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

type Item = Record<string, unknown>;
type Tenant = { id: string; table: string; index: BlindIndex };

/** An ad and its index entries as DynamoDbTenantStore.putAd writes them. */
function adItems(adId: string, refs: string[], kinds: string[]): Item[] {
  const pk = `AD#${adId}`;
  const versions = { keyVersion: 1, normaliserVersion: 1 };
  return [
    { pk, sk: 'AD', sourceId: 'demo-classifieds', collectedAt: '2027-01-01T00:00:00.000Z', kinds, fields: 'v1.bench', indexRefs: refs, ...versions, gsi1pk: 'SRC#demo-classifieds', gsi1sk: `2027-01-01T00:00:00.000Z#${adId}` },
    ...refs.map((ref) => ({ pk: ref, sk: pk, sourceId: 'demo-classifieds', adRefs: refs, kinds, ...versions })),
  ];
}

async function main(): Promise<void> {
  const ddbLocal = await startDynamoDbLocal({ region: config.region });
  const ddb = new DynamoDBClient({ endpoint: ddbLocal.endpoint, region: config.region, credentials: LOCAL_CREDENTIALS, maxAttempts: 10 });
  const doc = DynamoDBDocumentClient.from(ddb);
  try {
    await createTables(ddb, config);
    const tenants: Tenant[] = config.tenants.map((t) => ({ id: t.id, table: tenantTableName(config.stage, t), index: new BlindIndex(randomBytes(32)) }));
    const email = 'bench.person@example.test';
    const emailRef = (t: Tenant) => `IX#email#${t.index.hash('email', email)}`;
    const phoneRef = (t: Tenant, i: number) => `IX#phone#${t.index.hash('phone', `+47900${String(i).padStart(5, '0')}`)}`;
    const personAd = (t: Tenant, i: number) => adItems(`p${i}`, [emailRef(t), phoneRef(t, i)], ['email', 'phone']);

    /** BatchWriteItem puts, 25 a call, `n` calls in flight across all tables, unprocessed items retried. */
    const putAll = async (batches: { table: string; items: Item[] }[], n: number) => {
      await inParallel(batches, n, async ({ table, items }) => {
        let req: NonNullable<BatchWriteCommandOutput['UnprocessedItems']>[string] | undefined = items.map((Item) => ({ PutRequest: { Item } }));
        for (let round = 0; req && req.length > 0; round++) {
          if (round >= 20) throw new Error('BatchWriteItem left puts unprocessed after 20 rounds');
          if (round > 0) await new Promise((r) => setTimeout(r, 10 * 2 ** Math.min(round, 6)));
          const out: BatchWriteCommandOutput = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: req } }));
          req = out.UnprocessedItems?.[table];
        }
      });
    };
    const batchesOf = (table: string, items: Item[]) => Array.from({ length: Math.ceil(items.length / 25) }, (_, i) => ({ table, items: items.slice(i * 25, i * 25 + 25) }));

    process.stderr.write(`seeding ${T} tenants × ${A} ads…\n`);
    const seedStart = performance.now();
    let seeded = 0;
    for (const t of tenants) {
      // One tenant's filler at a time keeps memory flat; its batches go out SEED_CONCURRENCY at a time.
      const items = Array.from({ length: A }, (_, i) => adItems(`f${i}`, [`IX#email#${t.index.hash('email', `filler${i}@example.test`)}`], ['email'])).flat();
      await putAll(batchesOf(t.table, items), SEED_CONCURRENCY);
      seeded += items.length;
    }
    const seedMs = performance.now() - seedStart;
    process.stderr.write(`seeded ${seeded} items in ${Math.round(seedMs / 1000)} s\n`);
    const seedPerson = () => putAll(tenants.flatMap((t) => batchesOf(t.table, Array.from({ length: P }, (_, i) => personAd(t, i)).flat())), SEED_CONCURRENCY);
    const journal = new DynamoDbErasureJournal(doc, platformTableName(config.stage, 'erasureJournal'));
    const stores = new Map(tenants.map((t) => [t.id, new DynamoDbTenantRights(doc, t.table)]));

    const variants: Record<string, (t: Tenant) => Promise<void>> = {
      bare: async (t) => batchDelete(doc, t.table, Array.from({ length: P }, (_, i) => personAd(t, i).map((x) => ({ pk: x.pk, sk: x.sk }))).flat()),
      ours: async (t) => {
        const store = stores.get(t.id)!;
        const located = await store.locateAds([emailRef(t)]);
        if ((await store.erase(located)).length !== P) throw new Error('erased the wrong number of ads');
      },
      'ours+journal': async (t) => {
        const store = stores.get(t.id)!;
        const located = await store.locateAds([emailRef(t)]);
        await journal.record({ tenantId: t.id, requestId: randomUUID(), at: new Date().toISOString(), refs: [emailRef(t)], adIds: located.map((a) => a.adId) });
        if ((await store.erase(located)).length !== P) throw new Error('erased the wrong number of ads');
      },
      'read-first': async (t) => {
        const store = stores.get(t.id)!;
        const ids = await store.locate([emailRef(t)]);
        if ((await store.erase(ids)).length !== P) throw new Error('erased the wrong number of ads');
      },
    };
    const names = Object.keys(variants);
    const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    const personItemsPerTenant = personAd(tenants[0]!, 0).length * P;
    // WARMUP rounds of each variant (connections, the JIT of DynamoDB Local's JVM), not counted.
    for (const round of Array.from({ length: WARMUP + ROUNDS }, (_, i) => i - WARMUP)) {
      const order = names.map((_, i) => names[(i + Math.max(round, 0)) % names.length]!);
      for (const name of order) {
        await seedPerson();
        const t0 = performance.now();
        await inParallel(tenants, CONCURRENCY, variants[name]!);
        const ms = performance.now() - t0;
        if (round >= 0) times[name]!.push(ms);
        // Every variant must leave nothing of the person behind.
        for (const t of tenants) if ((await stores.get(t.id)!.locate([emailRef(t), phoneRef(t, 0)])).length !== 0) throw new Error(`${name} left the person in ${t.id}`);
      }
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const bare = med(times.bare!);
    const ratio = (n: string) => Math.round((med(times[n]!) / bare) * 100) / 100;
    const result = {
      benchmark: 'rights-erase',
      store: 'DynamoDB Local (in memory)',
      tenants: T,
      adsPerTenant: A + P,
      fillerAdsPerTenant: A,
      personAdsPerTenant: P,
      itemsPerTenant: A * 2 + personItemsPerTenant,
      itemsTotal: seeded + T * personItemsPerTenant,
      seedSeconds: Math.round(seedMs / 100) / 10,
      seedItemsPerSecond: Math.round(seeded / (seedMs / 1000)),
      itemsErasedPerRun: T * personItemsPerTenant,
      mapConcurrency: CONCURRENCY,
      rounds: ROUNDS,
      warmupRounds: WARMUP,
      msMedian: Object.fromEntries(names.map((n) => [n, Math.round(med(times[n]!))])),
      msMin: Object.fromEntries(names.map((n) => [n, Math.round(Math.min(...times[n]!))])),
      ratioToBare: Object.fromEntries(names.filter((n) => n !== 'bare').map((n) => [n, ratio(n)])),
      ratio: ratio('ours'),
      goal: '<= 1.5',
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    ddb.destroy();
    await ddbLocal.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
