import type { Source } from '../../../lib/config.js';
import { DEFAULT_MAX_LINKS_PER_LISTING, parseListing } from '../crawl/listing.js';
import { ListingDeadlineError } from '../errors.js';
import type { PagePipeline } from '../fetch/pipeline.js';
import type { AdJob, ListingJob } from '../jobs.js';
import { type CrawlRunRecorder, urlKey } from '../crawl-runs.js';
import type { CollectObserver } from '../observer.js';
import { type Clock, type CrawlStateStore, DEFAULT_SEEN_TTL_SECONDS, type JobQueue } from '../ports.js';

export interface CrawlListingDeps {
  readonly pipeline: Pick<PagePipeline, 'fetch'>;
  readonly crawlState: CrawlStateStore;
  readonly queue: JobQueue;
  readonly userAgent: string;
  readonly observer: CollectObserver;
  /** The run's counters: ads queued as they are sent, the page's ads found once it is done. */
  readonly runs: CrawlRunRecorder;
  readonly clock: Clock;
  /** How long a seen ad URL stays seen; after that it is fetched again. @default 30 days */
  readonly seenTtlSeconds?: number;
  /** Ad links kept from one listing page (`crawler.maxLinksPerListing`). @default 500 */
  readonly maxLinksPerListing?: number;
  /** Seen-marking writes in flight at once. @default 16 */
  readonly writeConcurrency?: number;
}

export interface CrawlListingOptions {
  /**
   * Time left before the invocation is cut off (the Lambda context's remaining time). Work
   * stops, with what is done so far queued, while `marginMs` of it remain, and the job is
   * retried: it can never run past the queue's visibility timeout and be fetched twice at once.
   */
  readonly remainingMs?: () => number;
  /** @default 10 000 */
  readonly marginMs?: number;
}

/**
 * One listing page: fetch -> find ad links (at most maxLinksPerListing) -> keep the ones not
 * processed yet (and not already queued in this run) -> queue them -> queue the next page
 * (until the source's maxListingPages).
 */
export async function crawlListing(
  job: ListingJob,
  source: Source,
  deps: CrawlListingDeps,
  opts: CrawlListingOptions = {},
): Promise<{ adsFound: number; adsNew: number; truncated?: true; next?: string }> {
  const margin = opts.marginMs ?? 10_000;
  const outOfTime = (): boolean => opts.remainingMs !== undefined && opts.remainingMs() < margin;
  // On a listing page the content that matters is the ad links, not an ad body: render only
  // when the plain fetch has none of them.
  const listingSource = { ...source, rules: { ...source.rules, contentReady: source.rules.adLinks } };
  const page = await deps.pipeline.fetch({ url: job.url, source: listingSource, userAgent: deps.userAgent });
  const { adUrls, nextPage, truncated } = parseListing(page.html, page.url, source.rules, deps.maxLinksPerListing ?? DEFAULT_MAX_LINKS_PER_LISTING);

  const ttl = deps.seenTtlSeconds ?? DEFAULT_SEEN_TTL_SECONDS;
  const concurrency = deps.writeConcurrency ?? 16;
  // Conditional writes in chunks of `concurrency`; each chunk's new ads are queued before the
  // next chunk, so stopping for time loses nothing: a redelivery skips what was claimed and sent.
  // A URL becomes 'done' only when extract-ad has processed it, so an ad queued by a run that
  // crashed (or whose message was lost) is queued again by the next run.
  const run = { sourceId: source.id, runId: job.runId };
  let fresh = 0;
  for (let i = 0; i < adUrls.length; i += concurrency) {
    if (outOfTime()) throw new ListingDeadlineError(`stopped after ${i} of ${adUrls.length} links: invocation time nearly up`);
    const chunk = adUrls.slice(i, i + concurrency);
    const isNew = await Promise.all(chunk.map((url) => deps.crawlState.claimAd(source.id, url, job.runId, ttl)));
    const jobs: AdJob[] = chunk.filter((_, k) => isNew[k]).map((url) => ({ type: 'ad', sourceId: source.id, url, runId: job.runId }));
    if (jobs.length > 0) {
      await deps.queue.sendAdJobs(jobs);
      // Counted as sent: a redelivery claims none of these again, so none is counted twice.
      await deps.runs.adsQueued(run, jobs.length, deps.clock.now());
    }
    fresh += jobs.length;
  }

  // Each listing page is queued once per run, even if this job is delivered twice: otherwise
  // every redelivery would start another copy of the rest of the pagination chain.
  const next =
    nextPage && job.page < source.maxListingPages && (await deps.crawlState.markSeen(source.id, `listing|${job.runId}|${nextPage}`, 86_400))
      ? nextPage
      : undefined;
  if (next) await deps.queue.sendListingJobs([{ ...job, url: next, page: job.page + 1 }]);

  // Once per page of the run, whatever the redeliveries.
  await deps.runs.listingCrawled(run, urlKey(job.url), adUrls.length, deps.clock.now());
  deps.observer.listingCrawled({ sourceId: source.id, page: job.page, adsFound: adUrls.length, adsNew: fresh, fetchedWith: page.fetchedWith });
  return { adsFound: adUrls.length, adsNew: fresh, ...(truncated ? { truncated } : {}), ...(next ? { next } : {}) };
}
