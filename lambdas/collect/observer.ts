import type { IdentifierKind } from '../shared/identifiers.js';

/**
 * What the collection reports as it goes, for progress, summaries and metrics. Counts and
 * kinds only: never a personal value or an ad URL's content.
 */
export interface CollectObserver {
  listingCrawled(e: { sourceId: string; page: number; adsFound: number; adsNew: number; fetchedWith: 'http' | 'browser' }): void;
  adProcessed(e: {
    sourceId: string;
    outcome: 'stored' | 'no-identifiers' | 'suppressed' | 'no-subscriber' | 'blocked';
    fetchedWith?: 'http' | 'browser';
    kinds: Partial<Record<IdentifierKind, number>>;
  }): void;
  jobFailed(e: { stage: 'listing' | 'ad'; errorName: string; retryable: boolean }): void;
  /** A job refused for good (SSRF, too large, robots.txt, 4xx...): recorded once, not retried. */
  jobSkipped?(e: { stage: 'listing' | 'ad'; errorName: string }): void;
}

export const silentObserver: CollectObserver = {
  listingCrawled: () => undefined,
  adProcessed: () => undefined,
  jobFailed: () => undefined,
  jobSkipped: () => undefined,
};
