/**
 * Crawl-run counters (issue 6, `GET /v1/sources`): what each run of a source did, counted as the
 * collection goes, so a customer can see each source's last crawl (when, ads found, stored for
 * them, failed). Counts, times, source ids, run ids and hashes of URLs only: never a personal
 * value, never a URL.
 *
 * One run is one invocation of the schedule function (its `runId`, carried by every listing and
 * ad job of the run). What is counted, and how often:
 *
 * - `adsFound`: ad links found on each listing page, counted ONCE per page of the run (a
 *   redelivered listing job finds the page already counted);
 * - `adsQueued`: ad jobs sent; each URL is claimed for a run by exactly one worker
 *   (`CrawlStateStore.claimAd`), so a URL is queued, and counted, at most once per run;
 * - one OUTCOME per ad of the run, recorded at most once (a marker per ad URL hash, written only
 *   if absent): a retried ad job, a redelivered message, or a Powertools idempotency record lost
 *   after the count can never count an ad twice. Outcomes: `stored` (with the tenants it was
 *   stored for: `stored` counts ads, `storedFor[tenant]` counts that tenant's), `no-identifiers`,
 *   `suppressed`, `no-subscriber`, `blocked` (robots.txt), `failed`;
 * - `failed`: ads that will not be stored in this run because something went wrong: a permanent
 *   refusal (SSRF guard, too large, 4xx, too many redirects) or a job that failed its last
 *   allowed delivery and goes to the dead-letter queue. An ad disallowed by robots.txt is NOT
 *   failed: not fetching it is the crawler obeying the site, counted apart as `blocked`.
 *   A listing page that fails for good is counted in `listingPagesFailed` (its ads were never found).
 *
 * The outcome marker is written before the counters move; if the process dies between the two,
 * that ad is not counted (at most once, never twice).
 */
import { createHash } from 'node:crypto';

/** Which run: the source and the schedule invocation's id. */
export interface RunRef {
  readonly sourceId: string;
  readonly runId: string;
}

export type AdRunOutcome = 'stored' | 'no-identifiers' | 'suppressed' | 'no-subscriber' | 'blocked' | 'failed';

/** The counters of one run, as stored. */
export interface CrawlRunCounters {
  readonly sourceId: string;
  readonly runId: string;
  /** ISO times. */
  readonly startedAt: string;
  readonly lastActivityAt: string;
  readonly listingPages: number;
  readonly listingPagesFailed: number;
  readonly adsFound: number;
  readonly adsQueued: number;
  /** Ads with an outcome (of any kind). */
  readonly adsProcessed: number;
  /** Ads stored for at least one tenant. */
  readonly stored: number;
  /** Per tenant: ads stored for that tenant. */
  readonly storedFor: Readonly<Record<string, number>>;
  readonly noIdentifiers: number;
  readonly suppressed: number;
  readonly noSubscriber: number;
  readonly blocked: number;
  readonly failed: number;
}

/** Written by collection (adapter: lambdas/adapters/aws/dynamodb-crawl-runs.ts). Every method is idempotent as documented. */
export interface CrawlRunRecorder {
  /** The schedule started `run` at `at`: records its start and makes it the source's last run (never moves the pointer back to an older run). */
  runStarted(run: RunRef, at: number): Promise<void>;
  /** A listing page of the run was crawled; counted once per `pageKey`. False if it had been counted. */
  listingCrawled(run: RunRef, pageKey: string, adsFound: number, at: number): Promise<boolean>;
  /** A listing page of the run failed for good (counted once per `pageKey`). */
  listingFailed(run: RunRef, pageKey: string, at: number): Promise<boolean>;
  /** `n` ad jobs of the run were sent. */
  adsQueued(run: RunRef, n: number, at: number): Promise<void>;
  /** The final outcome of one ad of the run; recorded once per `adKey`. False if it had been recorded. */
  adOutcome(run: RunRef, adKey: string, outcome: AdRunOutcome, storedFor: readonly string[], at: number): Promise<boolean>;
}

/** Read by the API (GetItem only). */
export interface CrawlRunReader {
  /** The counters of the source's most recently started run, if any run was recorded. */
  lastRun(sourceId: string): Promise<CrawlRunCounters | undefined>;
}

/** The key of a page or ad of a run: a hash of its URL (the table holds no URLs). */
export function urlKey(url: string): string {
  return createHash('sha256').update(url, 'utf8').digest('base64url').slice(0, 32);
}

/** How the API shows one source's last crawl to ONE tenant: its own stored count only. */
export interface LastCrawlView {
  readonly runId: string;
  readonly startedAt: string;
  readonly lastActivityAt: string;
  readonly adsFound: number;
  /** Ads of this run stored for the asking tenant (other tenants' counts are not shown). */
  readonly stored: number;
  readonly failed: number;
  readonly blockedByRobots: number;
  readonly listingPagesFailed: number;
}

export function lastCrawlView(counters: CrawlRunCounters | undefined, tenantId: string): LastCrawlView | null {
  if (!counters) return null;
  return {
    runId: counters.runId,
    startedAt: counters.startedAt,
    lastActivityAt: counters.lastActivityAt,
    adsFound: counters.adsFound,
    stored: counters.storedFor[tenantId] ?? 0,
    failed: counters.failed,
    blockedByRobots: counters.blocked,
    listingPagesFailed: counters.listingPagesFailed,
  };
}

/** Records nothing (tests and tools that do not care about run counters). */
export const noRunRecorder: CrawlRunRecorder = {
  runStarted: async () => undefined,
  listingCrawled: async () => true,
  listingFailed: async () => true,
  adsQueued: async () => undefined,
  adOutcome: async () => true,
};
