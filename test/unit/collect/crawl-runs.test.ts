/**
 * The crawl-run counters' domain: what one tenant is shown of a run, and the URL keys the
 * counters use (hashes, never URLs). The adapter's atomic, once-only counting runs against
 * DynamoDB Local in test/integration/collect/crawl-runs.test.ts; the handlers' use of it in
 * handler-failures.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { type CrawlRunCounters, lastCrawlView, urlKey } from '../../../lambdas/collect/crawl-runs.js';

const run: CrawlRunCounters = {
  sourceId: 'src',
  runId: 'run-1',
  startedAt: '2026-11-29T10:00:00.000Z',
  lastActivityAt: '2026-11-29T10:05:00.000Z',
  listingPages: 3,
  listingPagesFailed: 1,
  adsFound: 60,
  adsQueued: 58,
  adsProcessed: 58,
  stored: 50,
  storedFor: { 'tenant-a': 50, 'tenant-b': 21 },
  noIdentifiers: 2,
  suppressed: 1,
  noSubscriber: 0,
  blocked: 4,
  failed: 1,
};

describe('lastCrawlView', () => {
  it("shows a tenant its own stored count and nothing of another tenant's", () => {
    const a = lastCrawlView(run, 'tenant-a');
    expect(a).toEqual({
      runId: 'run-1',
      startedAt: run.startedAt,
      lastActivityAt: run.lastActivityAt,
      adsFound: 60,
      stored: 50,
      failed: 1,
      blockedByRobots: 4,
      listingPagesFailed: 1,
    });
    const b = lastCrawlView(run, 'tenant-b')!;
    expect(b.stored).toBe(21);
    expect(JSON.stringify(b)).not.toMatch(/tenant-a|50/);
  });

  it('shows 0 stored to a tenant nothing was stored for, and null when no run was recorded', () => {
    expect(lastCrawlView(run, 'tenant-c')!.stored).toBe(0);
    expect(lastCrawlView(undefined, 'tenant-a')).toBeNull();
  });
});

describe('urlKey', () => {
  it('is a stable hash of the URL that does not contain it', () => {
    const u = 'https://ads.example/ad/12345?seller=ola.nordmann%40example.test';
    expect(urlKey(u)).toBe(urlKey(u));
    expect(urlKey(u)).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(urlKey(u)).not.toBe(urlKey(`${u}&x=1`));
    for (const part of ['ads.example', '12345', 'ola', 'nordmann']) expect(urlKey(u)).not.toContain(part);
  });
});
