import { describe, expect, it } from 'vitest';
import { create } from '../../../lambdas/handlers/api/audit-verify.js';
import { appendAudit } from '../../../lambdas/query/audit.js';
import { AUDIT_CHAIN_BROKEN_FIELD } from '../../../lambdas/query/audit-verify.js';
import { MemoryAuditLog } from './memory-audit-log.js';

const entry = (tenantId: string, i: number) => ({ tenantId, actor: 'sub-1', action: 'GET /v1/search', queryKind: 'phone' as const, queryHmac: 'h'.repeat(43), results: i, requestId: `r${i}` });

async function log(): Promise<MemoryAuditLog> {
  const l = new MemoryAuditLog();
  for (const t of ['insurer', 'police']) for (let i = 0; i < 3; i++) await appendAudit(l, entry(t, i));
  return l;
}

function recorder() {
  const lines: { level: 'info' | 'error'; message: string; fields: Record<string, unknown> }[] = [];
  return {
    lines,
    logger: {
      info: (message: string, fields: Record<string, unknown>) => lines.push({ level: 'info', message, fields }),
      error: (message: string, fields: Record<string, unknown>) => lines.push({ level: 'error', message, fields }),
    } as never, // only info and error are called; the Logger's overloads are wider than this recorder
  };
}

describe('audit-verify handler (the daily chain verifier behind the audit-chain alarm)', () => {
  it('logs every intact tenant with auditChainBroken 0 and no line the alarm counts', async () => {
    const rec = recorder();
    const r = await create({ audit: await log(), tenantIds: ['insurer', 'police'], logger: rec.logger })();
    expect(r).toEqual({ tenants: 2, broken: [] });
    expect(rec.lines.map((l) => [l.level, l.fields.tenantId, l.fields[AUDIT_CHAIN_BROKEN_FIELD]])).toEqual([
      ['info', 'insurer', 0],
      ['info', 'police', 0],
    ]);
  });

  it('logs a tenant whose record was altered or deleted with auditChainBroken 1, and only that tenant', async () => {
    const altered = await log();
    const victim = altered.records.find((x) => x.tenantId === 'police' && x.seq === 2)! as unknown as Record<string, unknown>;
    victim.actor = 'someone-else';
    const rec = recorder();
    const r = await create({ audit: altered, tenantIds: ['insurer', 'police'], logger: rec.logger })();
    expect(r.broken).toEqual(['police']);
    const broken = rec.lines.filter((l) => l.fields[AUDIT_CHAIN_BROKEN_FIELD] === 1);
    expect(broken).toEqual([{ level: 'error', message: 'audit chain broken', fields: { tenantId: 'police', records: 3, problems: ['2:altered'], [AUDIT_CHAIN_BROKEN_FIELD]: 1 } }]);

    const deleted = await log();
    deleted.records = deleted.records.filter((x) => !(x.tenantId === 'insurer' && x.seq === 3));
    const rec2 = recorder();
    expect((await create({ audit: deleted, tenantIds: ['insurer', 'police'], logger: rec2.logger })()).broken).toEqual(['insurer']);
    expect(rec2.lines.find((l) => l.fields.tenantId === 'insurer')!.fields).toMatchObject({ problems: ['3:missing'], [AUDIT_CHAIN_BROKEN_FIELD]: 1 });
  });

  it('fails the run (its own alarm) when a chain cannot be read, instead of reporting it intact', async () => {
    const l = await log();
    l.unreadable.add('police');
    const rec = recorder();
    await expect(create({ audit: l, tenantIds: ['insurer', 'police'], logger: rec.logger })()).rejects.toThrow('ProvisionedThroughputExceededException');
    expect(rec.lines.some((x) => x.fields.tenantId === 'police')).toBe(false);
  });

  it('writes no personal value: the queried HMAC and actor never appear in its lines', async () => {
    const l = await log();
    (l.records[0] as unknown as Record<string, unknown>).results = 99;
    const rec = recorder();
    await create({ audit: l, tenantIds: ['insurer', 'police'], logger: rec.logger })();
    const text = JSON.stringify(rec.lines);
    expect(text).not.toContain('h'.repeat(43));
    expect(text).not.toContain('sub-1');
  });
});
