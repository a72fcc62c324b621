import { describe, expect, it } from 'vitest';
import { appendAudit, type AuditHead, type AuditLog, type AuditRecord, verifyChain } from '../../../lambdas/query/audit.js';
import { AuditContentionError } from '../../../lambdas/query/errors.js';

/** An in-memory AuditLog with the same conditional semantics as the DynamoDB adapter. */
class MemoryAuditLog implements AuditLog {
  records: AuditRecord[] = [];
  heads = new Map<string, AuditHead>();
  failNext = 0;
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
    yield* this.records.filter((r) => r.tenantId === t).sort((a, b) => a.seq - b.seq);
  }
}

const entry = (i: number) => ({ tenantId: 't', actor: 'sub-1', action: 'GET /v1/search', queryKind: 'phone' as const, queryHmac: 'h'.repeat(43), results: i, requestId: `r${i}` });

async function chain(n: number): Promise<MemoryAuditLog> {
  const log = new MemoryAuditLog();
  for (let i = 0; i < n; i++) await appendAudit(log, entry(i));
  return log;
}

describe('audit hash chain', () => {
  it('links every record to the one before and verifies intact', async () => {
    const log = await chain(5);
    expect(log.records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < 5; i++) expect(log.records[i]!.prevHash).toBe(log.records[i - 1]!.hash);
    expect(await verifyChain(log, 't')).toEqual({ ok: true, records: 5, problems: [] });
  });

  it.each(['actor', 'action', 'results', 'queryHmac', 'at', 'requestId'] as const)('detects an altered %s', async (field) => {
    const log = await chain(3);
    const r = log.records[1]! as unknown as Record<string, unknown>;
    r[field] = typeof r[field] === 'number' ? 99 : `${String(r[field])}x`;
    expect((await verifyChain(log, 't')).problems).toEqual([{ seq: 2, problem: 'altered' }]);
  });

  it('detects an altered record whose hash was recomputed (the next link breaks)', async () => {
    const log = await chain(3);
    const { recordHash } = await import('../../../lambdas/query/audit.js');
    const { hash: _h, ...rest } = { ...log.records[1]!, results: 42 };
    log.records[1] = { ...rest, hash: recordHash(rest) };
    expect((await verifyChain(log, 't')).problems).toEqual([{ seq: 3, problem: 'broken-link' }]);
  });

  it('detects a deleted record in the middle, and records cut from the end', async () => {
    const mid = await chain(4);
    mid.records.splice(1, 1);
    expect((await verifyChain(mid, 't')).problems).toEqual([{ seq: 2, problem: 'missing' }]);
    const end = await chain(4);
    end.records.pop();
    expect((await verifyChain(end, 't')).problems).toEqual([{ seq: 4, problem: 'missing' }]);
  });

  it('retries when another append wins the head, and gives up with a transient error', async () => {
    const log = await chain(1);
    log.failNext = 3;
    await appendAudit(log, entry(9));
    expect(log.records.at(-1)!.seq).toBe(2);
    log.failNext = 100;
    await expect(appendAudit(log, entry(10), { maxAttempts: 3 })).rejects.toBeInstanceOf(AuditContentionError);
  });

  it('keeps time monotonic along the chain even when the clock goes back', async () => {
    const log = new MemoryAuditLog();
    await appendAudit(log, entry(1), { now: () => Date.parse('2026-11-29T12:00:00Z') });
    await appendAudit(log, entry(2), { now: () => Date.parse('2026-11-29T11:00:00Z') });
    expect(log.records[1]!.at >= log.records[0]!.at).toBe(true);
  });
});
