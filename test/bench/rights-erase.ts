/**
 * Benchmark (issue 10 point 9): erase one person present in T tenants × A ads each, beside the
 * bare deletes of the same items in the same run, on DynamoDB Local. "Ours" is what the
 * workflow's ProcessTenant does per tenant — locate by blind index, read each ad's index refs,
 * delete the ad and every index entry — over all tenants with the Map's concurrency; "bare" is
 * BatchWriteItem deletes of exactly the same keys, known in advance, with the same concurrency.
 * Runs alternate and are repeated; medians are reported as one line of JSON.
 *
 *   npx tsx test/bench/rights-erase.ts [--tenants 20] [--ads 10000] [--person-ads 5] [--rounds 3]
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { loadConfig, parseConfig } from '../../lib/config.js';
import { tenantTableName } from '../../lib/topology.js';
import { batchDelete, DynamoDbTenantRights } from '../../lambdas/adapters/aws/dynamodb-rights.js';
import { BlindIndex } from '../../lambdas/shared/crypto/blind-index.js';
import { createTables } from '../../local/services/create-tables.js';
import { LOCAL_CREDENTIALS, startDynamoDbLocal } from '../../local/services/dynamodb-local.js';

const { values } = parseArgs({
  options: {
    tenants: { type: 'string', default: '20' },
    ads: { type: 'string', default: '10000' },
    'person-ads': { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
  },
});
const T = Number(values.tenants);
const A = Number(values.ads);
const P = Number(values['person-ads']);
const ROUNDS = Number(values.rounds);
const CONCURRENCY = 10; // the Map state's MaxConcurrency

const base = loadConfig('adwarden.config.json');
const config = parseConfig({
  ...base,
  tenants: Array.from({ length: T }, (_, i) => ({ ...base.tenants[0]!, id: `bench-${String(i).padStart(2, '0')}`, displayName: `bench ${i}` })),
});

async function inParallel<X>(items: readonly X[], n: number, fn: (x: X) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

async function main(): Promise<void> {
  const ddbLocal = await startDynamoDbLocal({ region: config.region });
  const ddb = new DynamoDBClient({ endpoint: ddbLocal.endpoint, region: config.region, credentials: LOCAL_CREDENTIALS });
  const doc = DynamoDBDocumentClient.from(ddb);
  try {
    await createTables(ddb, config);
    const tenants = config.tenants.map((t) => ({ id: t.id, table: tenantTableName(config.stage, t), index: new BlindIndex(randomBytes(32)) }));
    const email = 'bench.person@example.test';

    const put = async (table: string, items: Record<string, unknown>[]) => {
      for (let i = 0; i < items.length; i += 25) {
        let req: unknown = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
        for (let r = 0; req && (req as unknown[]).length > 0 && r < 20; r++) {
          const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: req as never } }));
          req = out.UnprocessedItems?.[table];
        }
      }
    };
    const adItems = (t: (typeof tenants)[number], prefix: string, n: number, ref: (i: number) => string) =>
      Array.from({ length: n }, (_, i) => {
        const pk = `AD#${prefix}${i}`;
        return [
          { pk, sk: 'AD', sourceId: 'demo-classifieds', kinds: ['email'], fields: 'v1.x', indexRefs: [ref(i)], gsi1pk: 'SRC#demo-classifieds', gsi1sk: `2027#${prefix}${i}` },
          { pk: ref(i), sk: pk, sourceId: 'demo-classifieds' },
        ];
      }).flat();

    process.stderr.write(`filling ${T} tenants × ${A} ads…\n`);
    await inParallel(tenants, 4, async (t) => put(t.table, adItems(t, 'f', A, (i) => `IX#email#${t.index.hash('email', `filler${i}@example.test`)}`)));
    const personRef = (t: (typeof tenants)[number]) => `IX#email#${t.index.hash('email', email)}`;
    const seedPerson = () => inParallel(tenants, 4, async (t) => put(t.table, adItems(t, 'p', P, () => personRef(t))));

    const ours: number[] = [];
    const bare: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const which of round % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours']) {
        await seedPerson();
        const t0 = performance.now();
        if (which === 'ours') {
          await inParallel(tenants, CONCURRENCY, async (t) => {
            const store = new DynamoDbTenantRights(doc, t.table);
            const ids = await store.locate([personRef(t)]);
            if ((await store.erase(ids)).length !== P) throw new Error('erased the wrong number of ads');
          });
          ours.push(performance.now() - t0);
        } else {
          await inParallel(tenants, CONCURRENCY, async (t) => {
            const keys = Array.from({ length: P }, (_, i) => [{ pk: `AD#p${i}`, sk: 'AD' }, { pk: personRef(t), sk: `AD#p${i}` }]).flat();
            await batchDelete(doc, t.table, keys);
          });
          bare.push(performance.now() - t0);
        }
      }
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const result = {
      benchmark: 'rights-erase',
      tenants: T,
      adsPerTenant: A,
      personAdsPerTenant: P,
      itemsDeleted: T * P * 2,
      rounds: ROUNDS,
      oursMsMedian: Math.round(med(ours)),
      bareDeletesMsMedian: Math.round(med(bare)),
      ratio: Math.round((med(ours) / med(bare)) * 100) / 100,
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
