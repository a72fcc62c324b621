/**
 * The audit trail (issue 6, point 5): append-only and hash-chained per tenant.
 *
 * Each record carries `seq` (1, 2, 3, … per tenant), the hash of the record before it
 * (`prevHash`; the first links to GENESIS_HASH) and its own `hash` = SHA-256 over a canonical
 * encoding of every other field. A head item per tenant holds the last seq and hash; an append
 * writes the record and moves the head in ONE conditional transaction that succeeds only if
 * the head is still where the appender read it, so concurrent appends never fork the chain:
 * the loser re-reads the head and tries again.
 *
 * `verifyChain` walks a tenant's records in order and reports any gap in `seq` (a deleted
 * record), any hash that does not match its record (an altered record), any broken link, and a
 * head that does not point at the last record (records cut from the end).
 *
 * Records hold no personal values: a queried identifier appears only as its HMAC (the tenant's
 * blind index of the normalised value), so a DPO can still answer "who searched for this person"
 * by computing the same HMAC.
 *
 * This module is shared: the rights workflow appends its own records through `appendAudit`.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IdentifierKind } from '../shared/identifiers.js';
import { AuditContentionError } from './errors.js';

/** What a caller supplies for one audit record. */
export interface AuditEntry {
  readonly tenantId: string;
  /** The Cognito user's `sub`, or `system:<component>` for the platform itself. */
  readonly actor: string;
  /** What was done, e.g. `GET /v1/search` or `rights.erase`. */
  readonly action: string;
  readonly queryKind?: IdentifierKind;
  /** HMAC of the normalised queried value (never the value). */
  readonly queryHmac?: string;
  /** The ad read (GET /v1/ads/{adId}); ad ids are HMACs, not personal values. */
  readonly adId?: string;
  /** Number of records containing personal data in the answer. */
  readonly results: number;
  readonly requestId: string;
}

export interface AuditRecord extends AuditEntry {
  readonly seq: number;
  /** ISO time; never earlier than the record before (kept monotonic so time ranges follow seq). */
  readonly at: string;
  readonly id: string;
  readonly prevHash: string;
  readonly hash: string;
}

export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
  readonly at: string;
}

export interface AuditPage {
  readonly records: readonly AuditRecord[];
  /** Opaque to callers of the port; pass back to get the next page. */
  readonly next?: string;
}

/** The audit-log PORT (adapter: lambdas/adapters/aws/dynamodb-audit-log.ts). */
export interface AuditLog {
  head(tenantId: string): Promise<AuditHead | undefined>;
  /**
   * Writes `record` and moves the head from `expected` (undefined: no head yet) to the record,
   * atomically. Returns false, writing nothing, if the head is no longer `expected`.
   */
  append(record: AuditRecord, expected: AuditHead | undefined): Promise<boolean>;
  /** Records of a tenant with `from <= at < to`, in chain order. */
  list(tenantId: string, range: { from?: string; to?: string; limit: number; after?: string }): Promise<AuditPage>;
  /** Every record of a tenant in chain order (for verification). */
  all(tenantId: string): AsyncIterable<AuditRecord>;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The canonical encoding hashed: a JSON array in a fixed field order, absent fields as null. */
export function recordHash(r: Omit<AuditRecord, 'hash'>): string {
  const canonical = JSON.stringify([
    'adwarden.audit.v1',
    r.tenantId,
    r.seq,
    r.at,
    r.id,
    r.actor,
    r.action,
    r.queryKind ?? null,
    r.queryHmac ?? null,
    r.adId ?? null,
    r.results,
    r.requestId,
    r.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export interface AppendOptions {
  readonly now?: () => number;
  /** Attempts before giving up with AuditContentionError. @default 10 */
  readonly maxAttempts?: number;
}

/** Appends one record to the tenant's chain; retries (with jitter) while other appends win the race. */
export async function appendAudit(log: AuditLog, entry: AuditEntry, opts: AppendOptions = {}): Promise<AuditRecord> {
  const now = opts.now ?? Date.now;
  const maxAttempts = opts.maxAttempts ?? 10;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const head = await log.head(entry.tenantId);
    const nowIso = new Date(now()).toISOString();
    const at = head && head.at > nowIso ? head.at : nowIso;
    const unhashed = { ...entry, seq: (head?.seq ?? 0) + 1, at, id: randomUUID(), prevHash: head?.hash ?? GENESIS_HASH };
    const record: AuditRecord = { ...unhashed, hash: recordHash(unhashed) };
    if (await log.append(record, head)) return record;
    await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
  }
  throw new AuditContentionError();
}

export interface ChainProblem {
  readonly seq: number;
  readonly problem: 'missing' | 'altered' | 'broken-link' | 'head-mismatch';
}

export interface ChainVerification {
  readonly ok: boolean;
  readonly records: number;
  readonly problems: readonly ChainProblem[];
}

/** Walks the tenant's chain and reports every deleted, altered or reordered record. */
export async function verifyChain(log: AuditLog, tenantId: string): Promise<ChainVerification> {
  const problems: ChainProblem[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  let last: AuditRecord | undefined;
  for await (const r of log.all(tenantId)) {
    count++;
    if (r.tenantId !== tenantId) problems.push({ seq: r.seq, problem: 'altered' });
    for (; expectedSeq < r.seq; expectedSeq++) problems.push({ seq: expectedSeq, problem: 'missing' });
    const { hash, ...unhashed } = r;
    if (recordHash(unhashed) !== hash) problems.push({ seq: r.seq, problem: 'altered' });
    // After a gap the link is necessarily broken; report the gap only.
    else if (r.prevHash !== prevHash && !problems.some((p) => p.seq === r.seq - 1 && p.problem === 'missing')) {
      problems.push({ seq: r.seq, problem: 'broken-link' });
    }
    prevHash = hash;
    expectedSeq = r.seq + 1;
    last = r;
  }
  const head = await log.head(tenantId);
  if (head && (!last || head.seq !== last.seq || head.hash !== last.hash)) {
    for (let s = (last?.seq ?? 0) + 1; s <= head.seq; s++) problems.push({ seq: s, problem: 'missing' });
    if (!last || head.seq <= last.seq) problems.push({ seq: head.seq, problem: 'head-mismatch' });
  }
  if (!head && last) problems.push({ seq: last.seq, problem: 'head-mismatch' });
  return { ok: problems.length === 0, records: count, problems };
}
