import type { Source } from '../../../lib/config.js';
import { extractFindings } from '../extract/index.js';
import { BlockedByRobotsError } from '../fetch/errors.js';
import type { PagePipeline } from '../fetch/pipeline.js';
import type { AdJob } from '../jobs.js';
import { type CrawlRunRecorder, urlKey } from '../crawl-runs.js';
import type { CollectObserver } from '../observer.js';
import { type CrawlStateStore, DEFAULT_SEEN_TTL_SECONDS } from '../ports.js';
import { storeAd, type StoreAdDeps, type StoreAdResult } from '../store/store-ad.js';

export interface ExtractAdDeps extends StoreAdDeps {
  readonly pipeline: Pick<PagePipeline, 'fetch'>;
  readonly userAgent: string;
  readonly observer: CollectObserver;
  /** Where the ad URL is marked done once processed (so listing crawls stop queuing it). */
  readonly crawlState: Pick<CrawlStateStore, 'markDone'>;
  /** The run's counters: this ad's outcome, once. */
  readonly runs: CrawlRunRecorder;
  /** @default DEFAULT_SEEN_TTL_SECONDS */
  readonly seenTtlSeconds?: number;
}

/**
 * One ad page: fetch (HTTP, or the browser when needed) -> extract and normalise the
 * identifiers -> store them for every subscribed tenant, unless suppressed. An ad that
 * robots.txt now disallows is skipped, not failed: retrying would not make it allowed.
 */
export async function extractAd(job: AdJob, source: Source, deps: ExtractAdDeps): Promise<StoreAdResult | { outcome: 'blocked' }> {
  let page;
  try {
    page = await deps.pipeline.fetch({ url: job.url, source, userAgent: deps.userAgent });
  } catch (e) {
    if (e instanceof BlockedByRobotsError) {
      await deps.crawlState.markDone(source.id, job.url, deps.seenTtlSeconds ?? DEFAULT_SEEN_TTL_SECONDS);
      await deps.runs.adOutcome(job, urlKey(job.url), 'blocked', [], deps.clock.now());
      deps.observer.adProcessed({ sourceId: source.id, outcome: 'blocked', kinds: {} });
      return { outcome: 'blocked' };
    }
    throw e;
  }
  const findings = extractFindings(page.html, { url: page.url, country: source.country, rules: source.rules });
  const result = await storeAd({ sourceId: source.id, url: job.url, findings }, deps);
  // Only now, after the ad is stored (or is known to need nothing stored), is its URL done.
  await deps.crawlState.markDone(source.id, job.url, deps.seenTtlSeconds ?? DEFAULT_SEEN_TTL_SECONDS);
  await deps.runs.adOutcome(job, urlKey(job.url), result.outcome, result.tenants, deps.clock.now());
  deps.observer.adProcessed({ sourceId: source.id, outcome: result.outcome, fetchedWith: page.fetchedWith, kinds: result.kinds });
  return result;
}
