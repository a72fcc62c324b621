/**
 * Ports of the query domain (customer API). Adapters: lambdas/adapters/aws/dynamodb-tenant-reader.ts,
 * dynamodb-audit-log.ts. No AWS imports here.
 */
import type { Tenant, Source } from '../../lib/config.js';
import type { BlindIndex } from '../shared/crypto/blind-index.js';
import type { FieldCipher } from '../shared/crypto/field-cipher.js';
import type { IdentifierKind } from '../shared/identifiers.js';
import type { CrawlRunReader } from '../collect/crawl-runs.js';
import type { AuditLog } from './audit.js';
import type { CursorCodec } from './cursor.js';

/** One ad item as stored (docs/data-model.md): only ciphertext and HMACs. */
export interface AdItem {
  readonly adId: string;
  readonly sourceId: string;
  readonly collectedAt: string;
  /** When the ad was first stored, if recorded; else collectedAt is the best we know. */
  readonly firstSeenAt?: string;
  readonly kinds: readonly IdentifierKind[];
  readonly fields: string;
}

/** A blind-index entry's pointer: which ad, and when its entry expires (expiresAt follows collectedAt). */
export interface IndexHit {
  readonly adId: string;
  readonly expiresAt: number;
}

/** Reads ONE tenant's table, through that tenant's read credentials. */
export interface TenantReader {
  /** Every ad id the blind-index entry `kind`/`hash` points at. */
  indexHits(kind: IdentifierKind, hash: string): Promise<IndexHit[]>;
  getAds(adIds: readonly string[]): Promise<AdItem[]>;
  getAd(adId: string): Promise<AdItem | undefined>;
  /** The newest ad stored from a source, if any. */
  newestFromSource(sourceId: string): Promise<{ collectedAt: string } | undefined>;
}

/** What serving one tenant takes, built with that tenant's read credentials. */
export interface QueryTenant {
  readonly tenant: Tenant;
  readonly tableName: string;
  readonly reader: TenantReader;
  readonly cipher: FieldCipher;
  readonly index: BlindIndex;
  readonly cursors: CursorCodec;
}

export interface QueryDeps {
  /** Built from the verified tenant claim only; throws for a tenant not in the config. */
  readonly tenant: (tenantId: string) => Promise<QueryTenant>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly audit: AuditLog;
  /** Each source's last crawl run (counts and times; read only). */
  readonly crawlRuns: CrawlRunReader;
  readonly now?: () => number;
}
