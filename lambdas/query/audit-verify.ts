/**
 * The scheduled audit-chain verifier (issue 8 point 3): walks every tenant's hash chain with
 * `verifyChain` and reports each tenant. A broken chain is logged with the field
 * AUDIT_CHAIN_BROKEN_FIELD = 1, which a metric filter on the verifier's log group counts and an
 * alarm sends to the operators (lib/stacks/api-stack.ts, docs/operations/breach.md).
 */
import { type AuditLog, type ChainProblem, verifyChain } from './audit.js';

/** The log field a metric filter counts: `{ $.auditChainBroken = 1 }`. */
export const AUDIT_CHAIN_BROKEN_FIELD = 'auditChainBroken';

export interface TenantChainReport {
  readonly tenantId: string;
  readonly ok: boolean;
  readonly records: number;
  readonly problems: readonly ChainProblem[];
}

export interface ChainReportSink {
  intact(report: TenantChainReport): void;
  broken(report: TenantChainReport): void;
}

/**
 * Verifies each tenant's chain in turn and reports it to the sink. A tenant whose records cannot
 * be read at all makes the run fail (thrown), so the verifier's own error alarm fires: "could
 * not verify" must never look like "intact".
 */
export async function verifyAllChains(log: AuditLog, tenantIds: readonly string[], sink: ChainReportSink): Promise<TenantChainReport[]> {
  const reports: TenantChainReport[] = [];
  for (const tenantId of tenantIds) {
    const r = await verifyChain(log, tenantId);
    const report: TenantChainReport = { tenantId, ok: r.ok, records: r.records, problems: r.problems };
    if (r.ok) sink.intact(report);
    else sink.broken(report);
    reports.push(report);
  }
  return reports;
}
