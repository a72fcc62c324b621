/**
 * A listing page with far more links than anyone should queue: the links kept are capped,
 * the seen-marking writes in flight are bounded, and the work stops (with what was done
 * queued) before the invocation's time runs out, so the redelivery carries on from there.
 */
import { noRunRecorder } from '../../../lambdas/collect/crawl-runs.js';
import { describe, expect, it } from 'vitest';
import { parseConfig, type Source } from '../../../lib/config.js';
import { DEFAULT_MAX_LINKS_PER_LISTING } from '../../../lambdas/collect/crawl/listing.js';
import { ListingDeadlineError } from '../../../lambdas/collect/errors.js';
import type { FetchedPage } from '../../../lambdas/collect/fetch/pipeline.js';
import type { AdJob, ListingJob } from '../../../lambdas/collect/jobs.js';
import { silentObserver } from '../../../lambdas/collect/observer.js';
import type { CrawlStateStore } from '../../../lambdas/collect/ports.js';
import { crawlListing, type CrawlListingDeps } from '../../../lambdas/collect/use-cases/crawl-listing.js';
import { TEST_LEGITIMATE_INTEREST } from '../../fixtures/legitimate-interest.js';

const UA = 'adwarden/0.1 (+https://github.com/adwarden/adwarden#crawler)';
const LINKS = 100_000;
const html = `<html><body>${Array.from({ length: LINKS }, (_, i) => `<a class=ad-link href=/ad/${100000 + i}>${i}</a>`).join('')}<a rel=next href=/listings/2>next</a></body></html>`;
const config = parseConfig({
  market: 'eu',
  region: 'eu-north-1',
  stage: 'dev',
  tenants: [{ id: 'tenant-a', displayName: 'A', retentionDays: 30, sources: ['big'], identifierKinds: ['phone'], contact: 'dpo@example.com' }],
  sources: [{ id: 'big', country: 'NO', startUrls: ['https://big.example/listings/1'], schedule: 'rate(1 hour)', legitimateInterest: TEST_LEGITIMATE_INTEREST, rules: { adLinks: 'a.ad-link', nextPage: 'a[rel=next]' } }],
  crawler: { userAgent: UA },
});
const source: Source = config.sources[0]!;
const job: ListingJob = { type: 'listing', sourceId: 'big', url: 'https://big.example/listings/1', page: 1, runId: 'run' };

function setup(overrides: Partial<CrawlListingDeps> = {}) {
  const seen = new Set<string>();
  let inFlight = 0;
  let maxInFlight = 0;
  const mark = async (url: string): Promise<boolean> => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setImmediate(r));
    inFlight--;
    if (seen.has(url)) return false;
    seen.add(url);
    return true;
  };
  const crawlState: CrawlStateStore = {
    markSeen: (_s, url) => mark(url),
    claimAd: (_s, url) => mark(url),
    markDone: async () => undefined,
    forget: async () => undefined,
  };
  const sent: AdJob[] = [];
  const listings: ListingJob[] = [];
  const deps: CrawlListingDeps = {
    pipeline: {
      fetch: async (): Promise<FetchedPage> => ({ url: job.url, status: 200, html, contentType: 'text/html', fetchedWith: 'http', bytes: html.length, ms: 1 }),
    },
    crawlState,
    queue: { sendAdJobs: async (jobs) => void sent.push(...jobs), sendListingJobs: async (jobs) => void listings.push(...jobs) },
    userAgent: UA,
    observer: silentObserver,
    runs: noRunRecorder,
    clock: { now: Date.now },
    ...overrides,
  };
  return { deps, sent, listings, seen, maxInFlight: () => maxInFlight };
}

describe('crawlListing on a listing of 100,000 links', () => {
  it('keeps maxLinksPerListing links (default 500), with at most writeConcurrency writes in flight', async () => {
    const t = setup();
    const result = await crawlListing(job, source, t.deps);
    expect(DEFAULT_MAX_LINKS_PER_LISTING).toBe(500);
    expect(result).toMatchObject({ adsFound: 500, adsNew: 500, truncated: true, next: 'https://big.example/listings/2' });
    expect(t.sent.map((j) => j.url)).toEqual(Array.from({ length: 500 }, (_, i) => `https://big.example/ad/${100000 + i}`));
    expect(t.maxInFlight()).toBe(16);
    expect(t.listings).toHaveLength(1);
  });

  it('honours a configured cap and concurrency', async () => {
    const t = setup({ maxLinksPerListing: 1200, writeConcurrency: 4 });
    const result = await crawlListing(job, source, t.deps);
    expect(result.adsNew).toBe(1200);
    expect(t.maxInFlight()).toBe(4);
  });

  it('stops before the invocation runs out, keeps what it queued, and the redelivery finishes the rest', async () => {
    const t = setup();
    let budget = 10; // chunks of writes this invocation has time for
    const remainingMs = (): number => (budget-- > 0 ? 60_000 : 5_000);
    await expect(crawlListing(job, source, t.deps, { remainingMs, marginMs: 10_000 })).rejects.toBeInstanceOf(ListingDeadlineError);
    expect(t.sent).toHaveLength(160); // 10 chunks of 16, each queued as it was marked
    expect(t.listings).toHaveLength(0);
    const again = await crawlListing(job, source, t.deps, { remainingMs: () => 60_000 });
    expect(again.adsNew).toBe(340);
    expect(new Set(t.sent.map((j) => j.url)).size).toBe(500);
    expect(t.listings).toHaveLength(1);
  });
});
