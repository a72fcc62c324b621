import type { AuditHead, AuditLog, AuditRecord } from '../../../lambdas/query/audit.js';

/**
 * An in-memory AuditLog with the DynamoDB adapter's conditional semantics (an append lands only
 * on the head it expects), chain order by seq; tamperable and breakable by the test.
 */
export class MemoryAuditLog implements AuditLog {
  records: AuditRecord[] = [];
  heads = new Map<string, AuditHead>();
  /** Appends to refuse next, as if another writer had won the race. */
  failNext = 0;
  /** Tenants whose records cannot be read (the read throws). */
  unreadable = new Set<string>();
  async head(t: string) {
    return this.heads.get(t);
  }
  async append(r: AuditRecord, expected: AuditHead | undefined) {
    if (this.failNext > 0) {
      this.failNext--;
      return false;
    }
    if (this.heads.get(r.tenantId)?.seq !== expected?.seq) return false;
    this.records.push(r);
    this.heads.set(r.tenantId, { seq: r.seq, hash: r.hash, at: r.at });
    return true;
  }
  async list() {
    return { records: [] };
  }
  async *all(t: string) {
    if (this.unreadable.has(t)) throw new Error('ProvisionedThroughputExceededException');
    yield* this.records.filter((r) => r.tenantId === t).sort((a, b) => a.seq - b.seq);
  }
}
