import type { Source } from '../../../lib/config.js';
import { parseListing } from '../crawl/listing.js';
import type { PagePipeline } from '../fetch/pipeline.js';
import type { AdJob, ListingJob } from '../jobs.js';
import type { CollectObserver } from '../observer.js';
import { type CrawlStateStore, DEFAULT_SEEN_TTL_SECONDS, type JobQueue } from '../ports.js';

export interface CrawlListingDeps {
  readonly pipeline: Pick<PagePipeline, 'fetch'>;
  readonly crawlState: CrawlStateStore;
  readonly queue: JobQueue;
  readonly userAgent: string;
  readonly observer: CollectObserver;
  /** How long a seen ad URL stays seen; after that it is fetched again. @default 30 days */
  readonly seenTtlSeconds?: number;
}

/**
 * One listing page: fetch -> find ad links -> keep the ones not processed yet (and not already
 * queued in this run) -> queue them ->
 * queue the next page (until the source's maxListingPages).
 */
export async function crawlListing(job: ListingJob, source: Source, deps: CrawlListingDeps): Promise<{ adsFound: number; adsNew: number; next?: string }> {
  // On a listing page the content that matters is the ad links, not an ad body: render only
  // when the plain fetch has none of them.
  const listingSource = { ...source, rules: { ...source.rules, contentReady: source.rules.adLinks } };
  const page = await deps.pipeline.fetch({ url: job.url, source: listingSource, userAgent: deps.userAgent });
  const { adUrls, nextPage } = parseListing(page.html, page.url, source.rules);

  const ttl = deps.seenTtlSeconds ?? DEFAULT_SEEN_TTL_SECONDS;
  // One conditional write per link, all at once: a listing page holds dozens of them. A URL
  // becomes 'done' only when extract-ad has processed it, so an ad queued by a run that
  // crashed (or whose message was lost) is queued again by the next run.
  const isNew = await Promise.all(adUrls.map((url) => deps.crawlState.claimAd(source.id, url, job.runId, ttl)));
  const fresh: AdJob[] = adUrls
    .filter((_, i) => isNew[i])
    .map((url) => ({ type: 'ad', sourceId: source.id, url, runId: job.runId }));
  if (fresh.length > 0) await deps.queue.sendAdJobs(fresh);

  // Each listing page is queued once per run, even if this job is delivered twice: otherwise
  // every redelivery would start another copy of the rest of the pagination chain.
  const next =
    nextPage && job.page < source.maxListingPages && (await deps.crawlState.markSeen(source.id, `listing|${job.runId}|${nextPage}`, 86_400))
      ? nextPage
      : undefined;
  if (next) await deps.queue.sendListingJobs([{ ...job, url: next, page: job.page + 1 }]);

  deps.observer.listingCrawled({ sourceId: source.id, page: job.page, adsFound: adUrls.length, adsNew: fresh.length, fetchedWith: page.fetchedWith });
  return { adsFound: adUrls.length, adsNew: fresh.length, ...(next ? { next } : {}) };
}
