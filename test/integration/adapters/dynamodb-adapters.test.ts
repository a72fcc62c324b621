import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../lib/config.js';
import { platformTableName, tenantTableName } from '../../../lib/topology.js';
import { DynamoDbCrawlState } from '../../../lambdas/adapters/aws/dynamodb-crawl-state.js';
import { DynamoDbRateLimiter } from '../../../lambdas/adapters/aws/dynamodb-rate-limiter.js';
import { DynamoDbTenantStore } from '../../../lambdas/adapters/aws/dynamodb-tenant-store.js';
import { RequestThrottledError } from '../../../lambdas/collect/fetch/errors.js';
import { createTables } from '../../../local/services/create-tables.js';
import { LOCAL_CREDENTIALS, startDynamoDbLocal, type DynamoDbLocal } from '../../../local/services/dynamodb-local.js';

describe('DynamoDB adapters against DynamoDB Local', () => {
  const config = loadConfig('adwarden.config.json');
  let ddb: DynamoDbLocal;
  let doc: DynamoDBDocumentClient;
  const crawlState = platformTableName(config.stage, 'crawlState');

  beforeAll(async () => {
    ddb = await startDynamoDbLocal({ region: config.region });
    const client = new DynamoDBClient({ endpoint: ddb.endpoint, region: config.region, credentials: LOCAL_CREDENTIALS });
    await createTables(client, config);
    doc = DynamoDBDocumentClient.from(client);
  });
  afterAll(async () => {
    doc?.destroy();
    await ddb?.stop();
  });

  it('shares one per-domain rate between independent workers', async () => {
    // Two limiter instances stand for two Lambda workers: no shared memory, only the table.
    const a = new DynamoDbRateLimiter(doc, crawlState);
    const b = new DynamoDbRateLimiter(doc, crawlState);
    const granted: number[] = [];
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).acquire('shared.example', 100).then(() => granted.push(Date.now() - t0))),
    );
    granted.sort((x, y) => x - y);
    // 8 requests at 10/s: the last may not start before 700 ms.
    expect(granted[7]!).toBeGreaterThanOrEqual(690);
    // A different domain is not held back by this one: its first request waits for nothing
    // (asked of the limiter's sleep, not of the clock, which a loaded machine stretches).
    const waits: number[] = [];
    const c = new DynamoDbRateLimiter(doc, crawlState, { sleep: async (ms) => void waits.push(ms) });
    await c.acquire('other.example', 100);
    expect(waits).toEqual([]);
  });

  it('gives every one of many racing workers its own slot, none failing on contention', async () => {
    // 12 workers, 60 requests at once on one domain: a compare-and-swap limiter loses most
    // races here and gives up (RateLimiterContentionError), wasting the job's SQS receives.
    const workers = Array.from({ length: 12 }, () => new DynamoDbRateLimiter(doc, crawlState, { maxAttempts: 3 }));
    const t0 = Date.now();
    const started: number[] = [];
    const results = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) => workers[i % workers.length]!.acquire('crowded.example', 20).then(() => started.push(Date.now() - t0))),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    started.sort((x, y) => x - y);
    // 60 slots 20 ms apart: the last may not start before 59 intervals.
    expect(started[59]!).toBeGreaterThanOrEqual(59 * 20 - 10);
  });

  it('backs every worker off after a Retry-After, and fails fast instead of sleeping past its limit', async () => {
    const a = new DynamoDbRateLimiter(doc, crawlState, { maxWaitMs: 2_000 });
    const b = new DynamoDbRateLimiter(doc, crawlState, { maxWaitMs: 2_000 });
    await a.backOff('slow.example', Date.now() + 60_000);
    await a.backOff('slow.example', Date.now() + 1_000); // never earlier than already set
    const err = await b.acquire('slow.example', 100).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(RequestThrottledError);
    expect((err as RequestThrottledError).retryAfterMs).toBeGreaterThan(55_000);
    const until = Date.now() + 600;
    await b.backOff('soon.example', until);
    await a.acquire('soon.example', 100);
    expect(Date.now()).toBeGreaterThanOrEqual(until - 5); // timers may fire a millisecond early
  });

  it('marks a URL seen exactly once across racing workers, and forgets it on request', async () => {
    const s = new DynamoDbCrawlState(doc, crawlState);
    const results = await Promise.all(Array.from({ length: 6 }, () => s.markSeen('src', 'https://a.example/ad/1', 3600)));
    expect(results.filter(Boolean).length).toBe(1);
    await s.forget('src', 'https://a.example/ad/1');
    expect(await s.markSeen('src', 'https://a.example/ad/1', 3600)).toBe(true);
  });

  it('claims an ad URL once per run, re-claims it in a later run until it is marked done, then never (until expiry)', async () => {
    let now = 1_800_000_000_000;
    const s = new DynamoDbCrawlState(doc, crawlState, () => now);
    const url = 'https://a.example/ad/claim';
    const racing = await Promise.all(Array.from({ length: 6 }, () => s.claimAd('src', url, 'run-1', 3600)));
    expect(racing.filter(Boolean).length).toBe(1);
    expect(await s.claimAd('src', url, 'run-1', 3600)).toBe(false); // same run: already queued
    // Run 1 crashed before the ad was stored: run 2 queues it again.
    expect(await s.claimAd('src', url, 'run-2', 3600)).toBe(true);
    await s.markDone('src', url, 3600);
    expect(await s.claimAd('src', url, 'run-3', 3600)).toBe(false);
    now += 3601_000; // expired: collected again
    expect(await s.claimAd('src', url, 'run-4', 3600)).toBe(true);
    // A URL seen by the code before states existed (no state attribute) counts as done.
    await s.markSeen('src', 'https://a.example/ad/legacy', 3600);
    expect(await s.claimAd('src', 'https://a.example/ad/legacy', 'run-5', 3600)).toBe(false);
  });

  it('replaces an ad and deletes the index entries its new version no longer has', async () => {
    const table = tenantTableName(config.stage, config.tenants[0]!);
    const store = new DynamoDbTenantStore(doc, table);
    const base = { adId: 'ad1', sourceId: 'src', collectedAt: '2026-11-22T00:00:00.000Z', expiresAt: 2_000_000_000, kinds: ['phone' as const], fields: 'v2.x.y.z', indexVersion: { keyVersion: 3, normaliserVersion: 7 } };
    await store.putAd({ ...base, index: [{ kind: 'phone', hash: 'H1' }, { kind: 'phone', hash: 'H2' }] });
    await store.putAd({ ...base, index: [{ kind: 'phone', hash: 'H2' }, { kind: 'phone', hash: 'H3' }] });
    const get = async (pk: string) => (await doc.send(new GetCommand({ TableName: table, Key: { pk, sk: 'AD#ad1' } }))).Item;
    expect(await get('IX#phone#H1')).toBeUndefined();
    expect(await get('IX#phone#H2')).toMatchObject({ sourceId: 'src', expiresAt: 2_000_000_000, keyVersion: 3, normaliserVersion: 7 });
    // Each entry names the ad's current refs and kinds (what erasure deletes without reading the ad).
    for (const ref of ['IX#phone#H2', 'IX#phone#H3']) expect(await get(ref)).toMatchObject({ adRefs: ['IX#phone#H2', 'IX#phone#H3'], kinds: ['phone'] });
    const ad = (await doc.send(new GetCommand({ TableName: table, Key: { pk: 'AD#ad1', sk: 'AD' } }))).Item!;
    expect(ad.indexRefs).toEqual(['IX#phone#H2', 'IX#phone#H3']);
    expect(ad.gsi1pk).toBe('SRC#src');
    expect(ad).toMatchObject({ keyVersion: 3, normaliserVersion: 7 });
  });
});
