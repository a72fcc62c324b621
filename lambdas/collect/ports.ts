/**
 * Ports of the collection domain. Adapters live in lambdas/adapters/<technology>/ and are
 * handed in by a composition root; nothing here imports an AWS SDK.
 */
import type { BlindIndex } from '../shared/crypto/blind-index.js';
import type { FieldCipher } from '../shared/crypto/field-cipher.js';
import type { IndexVersion } from '../shared/crypto/index-key.js';
import type { IdentifierKind } from '../shared/identifiers.js';
import type { AdJob, ListingJob } from './jobs.js';

export interface JobQueue {
  sendListingJobs(jobs: readonly ListingJob[]): Promise<void>;
  sendAdJobs(jobs: readonly AdJob[]): Promise<void>;
}

export interface CrawlStateStore {
  /**
   * Records that an ad URL of a source was seen; true when it was new. Race-safe: of two
   * workers marking the same URL, exactly one gets true.
   */
  markSeen(sourceId: string, url: string, ttlSeconds: number): Promise<boolean>;
  /** Forgets a URL, so an ad whose extraction failed for good can be collected later. */
  forget(sourceId: string, url: string): Promise<void>;
  /**
   * Claims an ad URL for run `runId`: true when it should be queued, because it was never
   * processed, its record expired, or an EARLIER run queued it and it never reached a final
   * outcome (a crash, a lost message). So a URL is 'done' only once its ad was processed
   * (`markDone`), never merely because it was seen. Of racing claims in one run, one gets true.
   */
  claimAd(sourceId: string, url: string, runId: string, ttlSeconds: number): Promise<boolean>;
  /** Records that an ad URL reached a final outcome (stored, suppressed, nothing to keep, blocked). */
  markDone(sourceId: string, url: string, ttlSeconds: number): Promise<void>;
}

/** How long a processed ad URL stays done; after that it is fetched again. 30 days. */
export const DEFAULT_SEEN_TTL_SECONDS = 30 * 86_400;

export interface SuppressionList {
  /** The blind-index hashes (platform key) that are suppressed, of those given. */
  suppressed(hashes: readonly string[]): Promise<Set<string>>;
  /** `version` is that of the BlindIndex that made the hash (`index.version`). */
  add(hash: string, reason: 'erasure' | 'objection', version: IndexVersion): Promise<void>;
}

/** One stored ad as the tenant table holds it: only ciphertext and HMACs. */
export interface StoredAd {
  readonly adId: string;
  readonly sourceId: string;
  readonly collectedAt: string;
  readonly expiresAt: number;
  readonly kinds: readonly IdentifierKind[];
  /** Envelope of { url, findings } under the tenant's key. */
  readonly fields: string;
  readonly index: readonly { readonly kind: IdentifierKind; readonly hash: string }[];
  /** Key and normaliser versions of the index that made `adId` and the hashes. */
  readonly indexVersion: IndexVersion;
}

export interface TenantAdStore {
  /** Writes the ad and its blind-index entries; writing the same ad again replaces it. */
  putAd(ad: StoredAd): Promise<void>;
}

/** What serving one tenant takes: its store and crypto, built with that tenant's credentials. */
export interface TenantContext {
  readonly tenantId: string;
  readonly tableName: string;
  readonly store: TenantAdStore;
  readonly cipher: FieldCipher;
  readonly index: BlindIndex;
}

export interface Clock {
  now(): number;
}
