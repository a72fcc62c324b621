/**
 * Ports of the data-subject rights domain. Adapters live in lambdas/adapters/<technology>/;
 * nothing here imports an AWS SDK.
 */
import type { Tenant } from '../../lib/config.js';
import type { BlindIndex } from '../shared/crypto/blind-index.js';
import type { FieldCipher } from '../shared/crypto/field-cipher.js';
import type { IdentifierKind } from '../shared/identifiers.js';
import type { DueEntry, OpenState } from './deadline-watch.js';
import type { RequestRecord } from './request.js';
import type { TokenPurpose } from './tokens.js';

export interface RequestStore {
  /** Creates the record; fails if the id exists. */
  create(r: RequestRecord): Promise<void>;
  get(id: string): Promise<RequestRecord | undefined>;
  /**
   * Replaces the record if it is still in `expectedState` (optimistic concurrency, so two
   * executions of one request cannot both move it). Fields set to undefined are removed.
   */
  replace(r: RequestRecord, expectedState: RequestRecord['state']): Promise<void>;
  putToken(t: { hash: string; purpose: TokenPurpose; requestId: string; expiresAt: number }): Promise<void>;
  /** Marks the token used if it exists, has this purpose, is unused and unexpired; the request id, else undefined. */
  consumeToken(hash: string, purpose: TokenPurpose, nowMs: number): Promise<string | undefined>;
  /** The request id of a valid (unexpired, unused) token of this purpose, without using it up. */
  peekToken(hash: string, purpose: TokenPurpose, nowMs: number): Promise<string | undefined>;
  /** Encrypted export material, kept until `expiresAt` (epoch s). */
  putBlob(requestId: string, name: string, envelope: string, expiresAt: number): Promise<void>;
  getBlob(requestId: string, name: string): Promise<string | undefined>;
  deleteBlob(requestId: string, name: string): Promise<void>;
  /** Counts one hit in a fixed window; false once `limit` hits are exceeded. */
  hit(key: string, limit: number, windowSeconds: number, nowMs: number): Promise<boolean>;
}

/**
 * The open requests by deadline: the `byDue` index of the request table, whose keys and
 * projection are a state and dates only (no identifier, no token hash).
 */
export interface DueIndex {
  /** Every open request in this state, soonest deadline first. */
  openRequests(state: OpenState): Promise<DueEntry[]>;
}

/** One erasure as the journal keeps it: HMACs (the tenant's blind indexes) and times only. */
export interface JournalEntry {
  readonly tenantId: string;
  readonly requestId: string;
  /** When the erasure was made (ISO). */
  readonly at: string;
  /** The index keys `IX#<kind>#<hmac>` the erasure located ads by. */
  readonly refs: readonly string[];
  /** The ad ids erased (HMAC-derived, not personal values). */
  readonly adIds: readonly string[];
}

/** Kept outside the backed-up tenant tables, so erasures can be re-applied after a restore. */
export interface ErasureJournal {
  record(e: JournalEntry): Promise<void>;
  /** Entries of a tenant made at or after `sinceIso`, oldest first. */
  since(tenantId: string, sinceIso: string): Promise<JournalEntry[]>;
}

export interface StoredAdView {
  readonly adId: string;
  readonly sourceId: string;
  readonly collectedAt: string;
  readonly kinds: readonly IdentifierKind[];
  readonly fields: string;
}

/**
 * An ad found by blind index. `refs` and `kinds` are the ad's index refs and identifier kinds as
 * the index entry recorded them (written in the same transaction as the ad), when it did: then
 * the ad need not be read before it is erased.
 */
export interface LocatedAd {
  readonly adId: string;
  readonly refs?: readonly string[];
  readonly kinds?: readonly IdentifierKind[];
}

/** Locate, read and erase in one tenant's table, through that tenant's read role. */
export interface TenantRightsStore {
  /** Ad ids that have an index entry under any of `refs` (`IX#<kind>#<hmac>`). */
  locate(refs: readonly string[]): Promise<string[]>;
  /** The same, with what the index entries say about each ad (for erasure without reading the ads). */
  locateAds(refs: readonly string[]): Promise<LocatedAd[]>;
  read(adIds: readonly string[]): Promise<StoredAdView[]>;
  /**
   * Deletes each ad and all its index entries; ads already gone are skipped. Ads given by id
   * alone (or located without refs) are read first for their refs. Returns what was erased.
   */
  erase(ads: readonly (string | LocatedAd)[]): Promise<{ adId: string; kinds: readonly IdentifierKind[] }[]>;
}

export interface RightsTenantContext {
  readonly tenantId: string;
  /** The stable logical name bound into envelopes' AAD (see the keys branch). */
  readonly tableName: string;
  readonly store: TenantRightsStore;
  readonly cipher: FieldCipher;
  readonly index: BlindIndex;
}

export interface OutgoingMessage {
  /** What the message is, for the log line; never its content. */
  readonly kind: 'confirm' | 'phone-code' | 'receipt' | 'export' | 'tenant-notice';
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** The link the message carries, if any (locally printed in the log line). */
  readonly link?: string;
  readonly channel: 'email' | 'sms';
}

/** SES and SNS in AWS; the .eml outbox locally. */
export interface Messenger {
  send(m: OutgoingMessage): Promise<void>;
}

/** Starts (or restarts, for a redrive) the state machine for one request. */
export interface WorkflowStarter {
  start(requestId: string): Promise<void>;
}

/** The shared audit trail (lambdas/query/audit.ts `appendAudit`); records hold no personal values. */
export interface AuditSink {
  append(r: { actor: string; tenantId: string; action: string; requestId: string; results: number }): Promise<void>;
}

export interface RightsClock {
  now(): number;
}

export type TenantList = readonly Pick<Tenant, 'id' | 'displayName' | 'contact'>[];
