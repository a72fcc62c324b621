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
 * Appends are group-committed: within one process, appends to one tenant's chain that arrive
 * while a write is in flight are queued and written together, as one run of linked records, in
 * the NEXT transaction (one conditional head move for the whole run). The appender also keeps
 * the head it last wrote, and a lost race reports the head that won, so an uncontended append
 * is one write and no read. Nothing about the chain changes: every record still carries the
 * hash of the one before, records and head still move together or not at all, and a record is
 * returned to its caller only once it is durably written. (Before this, concurrent requests of
 * one tenant serialised on the head: read, lose the race, sleep, read again.)
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
  /**
   * Writes a run of records (each linked to the one before it, the first to `expected`) and
   * moves the head to the last one, atomically: all or nothing. When the head is no longer
   * `expected`, nothing is written and, if the store could tell, `current` is the head found.
   * Optional: a log without it is appended to one record at a time through `append`.
   */
  appendRun?(records: readonly AuditRecord[], expected: AuditHead | undefined): Promise<AppendRunResult>;
  /** Records of a tenant with `from <= at < to`, in chain order. */
  list(tenantId: string, range: { from?: string; to?: string; limit: number; after?: string }): Promise<AuditPage>;
  /** Every record of a tenant in chain order (for verification). */
  all(tenantId: string): AsyncIterable<AuditRecord>;
}

export type AppendRunResult = { readonly ok: true } | { readonly ok: false; readonly current?: { readonly head: AuditHead | undefined } };

/** Records of one group commit at most (a DynamoDB transaction holds 100 items: the records and the head). */
export const MAX_RUN = 25;

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

/** The record that follows `head` (undefined: the first of the chain), at `nowMs` or the head's time if later. */
function nextRecord(head: AuditHead | undefined, entry: AuditEntry, nowMs: number): AuditRecord {
  const nowIso = new Date(nowMs).toISOString();
  const at = head && head.at > nowIso ? head.at : nowIso;
  const unhashed = { ...entry, seq: (head?.seq ?? 0) + 1, at, id: randomUUID(), prevHash: head?.hash ?? GENESIS_HASH };
  return { ...unhashed, hash: recordHash(unhashed) };
}

const asHead = (r: AuditRecord): AuditHead => ({ seq: r.seq, hash: r.hash, at: r.at });
const backoff = (attempt: number) => new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));

/** Appends one record to the tenant's chain; retries (with jitter) while other appends win the race. */
export async function appendAudit(log: AuditLog, entry: AuditEntry, opts: AppendOptions = {}): Promise<AuditRecord> {
  if (log.appendRun) return appenderOf(log, entry.tenantId).add(entry, opts);
  const now = opts.now ?? Date.now;
  const maxAttempts = opts.maxAttempts ?? 10;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const head = await log.head(entry.tenantId);
    const record = nextRecord(head, entry, now());
    if (await log.append(record, head)) return record;
    await backoff(attempt);
  }
  throw new AuditContentionError();
}

interface Pending {
  readonly entry: AuditEntry;
  readonly opts: AppendOptions;
  readonly resolve: (r: AuditRecord) => void;
  readonly reject: (e: unknown) => void;
}

/**
 * Group commit of one tenant's chain in this process. Hand-written because it is a dozen lines
 * around our own chain rule; no library does "batch into one conditional transaction".
 */
class ChainAppender {
  private readonly queue: Pending[] = [];
  private writing = false;
  /** The head as last written or reported by the store; undefined: unknown, read it. */
  private known: { head: AuditHead | undefined } | undefined;

  constructor(
    private readonly log: AuditLog & Required<Pick<AuditLog, 'appendRun'>>,
    private readonly tenantId: string,
  ) {}

  add(entry: AuditEntry, opts: AppendOptions): Promise<AuditRecord> {
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, opts, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const run = this.queue.splice(0, MAX_RUN);
        try {
          const records = await this.commit(run);
          run.forEach((p, i) => p.resolve(records[i]!));
        } catch (e) {
          run.forEach((p) => p.reject(e));
        }
      }
    } finally {
      this.writing = false;
    }
  }

  private async commit(run: readonly Pending[]): Promise<AuditRecord[]> {
    const now = run[0]!.opts.now ?? Date.now;
    const maxAttempts = Math.max(...run.map((p) => p.opts.maxAttempts ?? 10));
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const head = this.known ? this.known.head : await this.log.head(this.tenantId);
      const nowMs = now();
      const records: AuditRecord[] = [];
      for (const p of run) records.push(nextRecord(records.length ? asHead(records.at(-1)!) : head, p.entry, nowMs));
      let result: AppendRunResult;
      try {
        result = await this.log.appendRun(records, head);
      } catch (e) {
        this.known = undefined;
        throw e;
      }
      if (result.ok) {
        this.known = { head: asHead(records.at(-1)!) };
        return records;
      }
      // Another writer (another process) moved the head: start from the head it left, if known.
      this.known = result.current;
      await backoff(attempt);
    }
    this.known = undefined;
    throw new AuditContentionError();
  }
}

const appenders = new WeakMap<AuditLog, Map<string, ChainAppender>>();

function appenderOf(log: AuditLog, tenantId: string): ChainAppender {
  let byTenant = appenders.get(log);
  if (!byTenant) appenders.set(log, (byTenant = new Map()));
  let a = byTenant.get(tenantId);
  if (!a) byTenant.set(tenantId, (a = new ChainAppender(log as AuditLog & Required<Pick<AuditLog, 'appendRun'>>, tenantId)));
  return a;
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
