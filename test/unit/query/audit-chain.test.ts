import { describe, expect, it } from 'vitest';
import { type AppendRunResult, appendAudit, type AuditHead, type AuditLog, type AuditRecord, GENESIS_HASH, verifyChain } from '../../../lambdas/query/audit.js';
import { AuditContentionError } from '../../../lambdas/query/errors.js';
import { MemoryAuditLog } from './memory-audit-log.js';

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

/**
 * A store with the DynamoDB adapter's `appendRun` semantics (records + head, all or nothing,
 * the winning head reported on a lost race). Two instances over the same store are two processes.
 */
class RunStore {
  records: AuditRecord[] = [];
  heads = new Map<string, AuditHead>();
  headReads = 0;
  writes = 0;
  failWrites = 0;
}
class RunAuditLog implements AuditLog {
  constructor(readonly store: RunStore) {}
  async head(t: string) {
    this.store.headReads++;
    return this.store.heads.get(t);
  }
  async append(r: AuditRecord, expected: AuditHead | undefined) {
    return (await this.appendRun([r], expected)).ok;
  }
  async appendRun(rs: readonly AuditRecord[], expected: AuditHead | undefined): Promise<AppendRunResult> {
    await new Promise((r) => setTimeout(r, 2)); // a write takes time, so appends pile up behind it
    if (this.store.failWrites > 0) {
      this.store.failWrites--;
      throw new Error('store unavailable');
    }
    const t = rs[0]!.tenantId;
    const current = this.store.heads.get(t);
    if (current?.seq !== expected?.seq) return { ok: false, current: { head: current } };
    // The run must link up: each record to the one before, the first to the expected head.
    rs.forEach((r, i) => expect(r.prevHash).toBe(i === 0 ? (expected?.hash ?? GENESIS_HASH) : rs[i - 1]!.hash));
    this.store.writes++;
    this.store.records.push(...rs);
    const last = rs.at(-1)!;
    this.store.heads.set(t, { seq: last.seq, hash: last.hash, at: last.at });
    return { ok: true };
  }
  async list() {
    return { records: [] };
  }
  async *all(t: string) {
    yield* this.store.records.filter((r) => r.tenantId === t).sort((a, b) => a.seq - b.seq);
  }
}

describe('audit group commit (appendRun)', () => {
  it('writes concurrent appends of one tenant as linked runs: fewer writes than records, one head read, chain intact', async () => {
    const store = new RunStore();
    const log = new RunAuditLog(store);
    const out = await Promise.all(Array.from({ length: 40 }, (_, i) => appendAudit(log, entry(i))));
    expect(out.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // Each caller gets back its own record.
    expect(out.map((r) => r.results)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(store.writes).toBeLessThan(40);
    expect(store.headReads).toBe(1);
    expect(await verifyChain(log, 't')).toEqual({ ok: true, records: 40, problems: [] });
  });

  it('two processes appending to one chain never fork it (the loser restarts from the head that won)', async () => {
    const store = new RunStore();
    const p1 = new RunAuditLog(store);
    const p2 = new RunAuditLog(store);
    await Promise.all(Array.from({ length: 30 }, (_, i) => appendAudit(i % 2 ? p1 : p2, entry(i), { maxAttempts: 100 })));
    expect(await verifyChain(p1, 't')).toEqual({ ok: true, records: 30, problems: [] });
    // A process whose remembered head is stale is told the current one and carries on from it.
    await appendAudit(p2, entry(100));
    await appendAudit(p1, entry(101));
    expect(await verifyChain(p1, 't')).toEqual({ ok: true, records: 32, problems: [] });
  });

  it('a failed write fails every append of its run (none is reported written) and the next append still links up', async () => {
    const store = new RunStore();
    const log = new RunAuditLog(store);
    await appendAudit(log, entry(0));
    store.failWrites = 1;
    const results = await Promise.allSettled([appendAudit(log, entry(1)), appendAudit(log, entry(2))]);
    expect(results[0]!.status).toBe('rejected');
    const written = new Set(store.records.map((r) => r.requestId));
    for (const [i, r] of results.entries()) if (r.status === 'fulfilled') expect(written.has(`r${i + 1}`)).toBe(true);
    await appendAudit(log, entry(3));
    expect((await verifyChain(log, 't')).ok).toBe(true);
  });

  it('gives up with a transient error when it keeps losing', async () => {
    const store = new RunStore();
    const log = new RunAuditLog(store);
    const rival = new RunAuditLog(store);
    let n = 0;
    // Every attempt of `log` is beaten by the rival, whose head `log` is then told of.
    const orig = log.appendRun.bind(log);
    log.appendRun = async (rs, expected) => {
      await appendAudit(rival, entry(1000 + n++));
      return orig(rs, expected);
    };
    await expect(appendAudit(log, entry(1), { maxAttempts: 3 })).rejects.toBeInstanceOf(AuditContentionError);
    expect((await verifyChain(rival, 't')).ok).toBe(true);
  });

  it('chains written in runs still show a deleted or altered record', async () => {
    const store = new RunStore();
    const log = new RunAuditLog(store);
    await Promise.all(Array.from({ length: 10 }, (_, i) => appendAudit(log, entry(i))));
    const sorted = [...store.records].sort((a, b) => a.seq - b.seq);
    store.records = sorted.filter((r) => r.seq !== 5);
    expect((await verifyChain(log, 't')).problems).toEqual([{ seq: 5, problem: 'missing' }]);
    store.records = sorted.map((r) => (r.seq === 7 ? { ...r, results: 99 } : r));
    expect((await verifyChain(log, 't')).problems).toEqual([{ seq: 7, problem: 'altered' }]);
  });
});
