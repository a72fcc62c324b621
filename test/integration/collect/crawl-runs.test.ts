/**
 * Crawl-run counters end to end on the local runtime: crawl the demo site, then ask the API's
 * GET /v1/sources (the real handler, behind the local API server; the token verifier is a
 * stand-in, the authorizer is tested in test/integration/api) what the last crawl did.
 *
 * Besides the demo site's own ads, one ad job is put into the same run whose page answers 404
 * (refused for good: skipped at once). It must count as failed, once; the robots.txt-disallowed
 * ads must not (they are `blockedByRobots`). Counting a dead-lettered job (its last delivery
 * failed) is tested with the real handlers in test/unit/collect/handler-failures.test.ts: here it
 * would need a visibility timeout short enough to be flaky on a loaded machine.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DeleteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS, platformTableName, ROUTES, tenantKeyAlias, tenantTableName } from '../../../lib/topology.js';
import { buildQueryRuntime } from '../../../lambdas/composition/query.js';
import { DynamoDbCrawlRuns } from '../../../lambdas/adapters/aws/dynamodb-crawl-runs.js';
import { startApiServer, type ApiHandler, type ApiServer } from '../../../local/api/server.js';
import { adItems, findLeaks, plaintextNeedles, startHarness, type Harness } from './harness.js';

const SOURCE = 'demo-classifieds';

interface LastCrawl {
  runId: string;
  startedAt: string;
  lastActivityAt: string;
  adsFound: number;
  stored: number;
  failed: number;
  blockedByRobots: number;
  listingPagesFailed: number;
}

describe('crawl-run counters, read through GET /v1/sources', () => {
  let h: Harness;
  let api: ApiServer;
  let runId = '';

  async function sources(tenantId: string): Promise<{ status: number; body: { items: { sourceId: string; lastCrawl: LastCrawl | null }[] } }> {
    const r = await fetch(`${api.url}/v1/sources`, { headers: { authorization: `tenant:${tenantId}` } });
    return { status: r.status, body: (await r.json()) as { items: { sourceId: string; lastCrawl: LastCrawl | null }[] } };
  }
  const lastCrawl = async (tenantId: string): Promise<LastCrawl> => {
    const r = await sources(tenantId);
    expect(r.status).toBe(200);
    const item = r.body.items.find((i) => i.sourceId === SOURCE);
    expect(item?.lastCrawl).toBeTruthy();
    return item!.lastCrawl!;
  };
  const dlqDepth = () => h.rt.sqs.depth(h.rt.sqs.dlqUrls.adJobs);

  beforeAll(async () => {
    // A short visibility timeout, so the 503 job reaches its last delivery within the test.
    h = await startHarness({
      // Tenant B keeps nicknames only, so fewer of the run's ads are stored for it than for A.
      configure: (c) => ({ ...c, tenants: c.tenants.map((t) => (t.id === 'customs-brand' ? { ...t, identifierKinds: ['nickname'] } : t)) }),
    });
    const query = buildQueryRuntime({
      config: h.config,
      doc: h.rt.doc,
      auditTable: platformTableName(h.config.stage, 'auditLog'),
      crawlRunsTable: platformTableName(h.config.stage, 'crawlRuns'),
      logger: new Logger({ serviceName: 'test', logLevel: 'SILENT' }),
      tenant: async (tenantId) => ({ tableName: tenantTableName(h.config.stage, { id: tenantId }), keyId: tenantKeyAlias(h.config.stage, { id: tenantId }), doc: h.rt.doc, keys: h.rt.keys }),
    });
    const mod = (await import(pathToFileURL(resolve(import.meta.dirname, '../../..', FUNCTIONS.listSources.entry)).href)) as { create: (deps: typeof query) => ApiHandler };
    api = await startApiServer({
      routes: ROUTES,
      handlers: { listSources: mod.create(query) },
      verifier: {
        verify: async (token) => {
          const m = /^tenant:(.+)$/.exec(token);
          if (!m) throw new Error('not a token');
          return { sub: `user-of-${m[1]}`, 'custom:tenantId': m[1]!, token_use: 'id', 'cognito:groups': 'analyst' };
        },
      },
    });
    // Before any run: no last crawl.
    const before = await sources('nordic-insurance');
    expect(before.body.items.find((i) => i.sourceId === SOURCE)?.lastCrawl).toBeNull();

    runId = await h.rt.runSchedule(SOURCE);
    for (const path of ['/status/404']) {
      await h.rt.sqs.client.send(
        new SendMessageCommand({ QueueUrl: h.rt.sqs.urls.adJobs, MessageBody: JSON.stringify({ type: 'ad', sourceId: SOURCE, url: `${h.demo.url}${path}`, runId }) }),
      );
    }
    h.rt.startPollers();
    await h.rt.drained({ timeoutMs: 240_000 });
  }, 300_000);
  afterAll(async () => {
    await api?.close();
    await h?.stop();
  });

  it("shows the run's ads found, stored and blocked exactly as the run's own summary counted them", async () => {
    const c = await lastCrawl('nordic-insurance');
    expect(c.runId).toBe(runId);
    // Every ad of the demo site is linked from one listing page, and each page counts once even
    // if its job was delivered twice (the run summary counts every execution, so it can only be more).
    expect(c.adsFound).toBe(h.site.ads.length);
    expect(c.adsFound).toBeLessThanOrEqual(h.summary.adsFound);
    expect(c.stored).toBe(h.summary.adsStored);
    expect(c.stored).toBe((await adItems(h.rt, 'nordic-insurance')).length);
    // robots.txt-disallowed ads are not failures: the crawler obeyed the site.
    expect(h.summary.blocked).toBeGreaterThan(0);
    expect(c.blockedByRobots).toBe(h.summary.blocked);
    expect(c.listingPagesFailed).toBe(0);
    expect(Date.parse(c.startedAt)).toBeLessThanOrEqual(Date.parse(c.lastActivityAt));
  });

  it('counts the ad refused for good (404) as failed, once', async () => {
    expect(await dlqDepth()).toBe(0);
    expect((await lastCrawl('nordic-insurance')).failed).toBe(1);
  });

  it("shows each tenant only its own stored count", async () => {
    const a = await lastCrawl('nordic-insurance');
    const b = await lastCrawl('customs-brand');
    const storedForB = (await adItems(h.rt, 'customs-brand')).length;
    // The demo tenants keep different identifier kinds, so their counts differ: B must not see A's.
    expect(storedForB).toBeGreaterThan(0);
    expect(storedForB).toBeLessThan(a.stored);
    expect(b.stored).toBe(storedForB);
    expect(b.adsFound).toBe(a.adsFound);
    // The answer names no other tenant.
    const raw = JSON.stringify((await sources('customs-brand')).body);
    expect(raw).not.toContain('nordic');
  });

  it('does not count an ad twice when its job is processed again (even with its idempotency record gone)', async () => {
    const before = await lastCrawl('nordic-insurance');
    const adJob = h.sent.map((b) => JSON.parse(b) as { type: string; url: string; runId: string }).find((j) => j.type === 'ad' && j.url.includes('/ad/'));
    expect(adJob).toBeDefined();
    // Forget that the message was processed (as if the Powertools record were lost) and deliver it again.
    const idem = platformTableName(h.config.stage, 'idempotency');
    for (const i of (await h.rt.doc.send(new ScanCommand({ TableName: idem }))).Items ?? []) await h.rt.doc.send(new DeleteCommand({ TableName: idem, Key: { id: i.id } }));
    const fetchesBefore = h.demo.stats().requests;
    await h.rt.sqs.client.send(new SendMessageCommand({ QueueUrl: h.rt.sqs.urls.adJobs, MessageBody: JSON.stringify(adJob) }));
    await h.rt.drained({ timeoutMs: 60_000 });
    expect(h.demo.stats().requests).toBeGreaterThan(fetchesBefore); // it really ran again
    const after = await lastCrawl('nordic-insurance');
    expect(after.stored).toBe(before.stored);
    expect(after.failed).toBe(before.failed);
  });

  it('keeps no URL and no personal value in the crawl-runs table', async () => {
    const items = (await h.rt.doc.send(new ScanCommand({ TableName: platformTableName(h.config.stage, 'crawlRuns') }))).Items ?? [];
    expect(items.length).toBeGreaterThan(2);
    const dump = JSON.stringify(items);
    expect(dump).not.toContain('http');
    expect(dump).not.toContain('127.0.0.1');
    expect(findLeaks(dump, plaintextNeedles(h.site))).toEqual([]);
  });

  it('points at the newest run once the schedule runs again', async () => {
    const first = await lastCrawl('nordic-insurance');
    const second = await h.rt.runSchedule(SOURCE);
    await h.rt.drained({ timeoutMs: 120_000 });
    const c = await lastCrawl('nordic-insurance');
    expect(second).not.toBe(runId);
    expect(c.runId).toBe(second);
    expect(c.adsFound).toBe(first.adsFound); // the listing pages were read again
    expect(c.stored).toBe(0); // every ad was done already
    expect(c.failed).toBe(0);
  });

  it('adapter: racing deliveries of one ad count once; racing ads all count; a late older run never takes the pointer back', async () => {
    const runs = new DynamoDbCrawlRuns(h.rt.doc, platformTableName(h.config.stage, 'crawlRuns'));
    const src = 'adapter-src';
    const newer = { sourceId: src, runId: 'run-new' };
    const older = { sourceId: src, runId: 'run-old' };
    await runs.runStarted(newer, Date.parse('2026-11-29T12:00:00Z'));
    await runs.runStarted(older, Date.parse('2026-11-29T11:00:00Z'));
    const same = await Promise.all(Array.from({ length: 10 }, () => runs.adOutcome(newer, 'same-ad', 'stored', ['t1', 't2'], Date.now())));
    expect(same.filter(Boolean)).toHaveLength(1);
    await Promise.all(Array.from({ length: 30 }, (_, i) => runs.adOutcome(newer, `ad-${i}`, i % 3 === 0 ? 'failed' : 'stored', ['t1'], Date.now())));
    const c = (await runs.lastRun(src))!;
    expect(c.runId).toBe('run-new');
    expect(c.adsProcessed).toBe(31);
    expect(c.failed).toBe(10);
    expect(c.stored).toBe(21);
    expect(c.storedFor).toEqual({ t1: 21, t2: 1 });
  });
});
