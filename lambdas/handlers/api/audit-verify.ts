/** audit-verify λ — EventBridge Scheduler, daily: verifies every tenant's audit hash chain; a broken one is logged for the alarm. */
import { Logger } from '@aws-lambda-powertools/logger';
import type { AuditLog } from '../../query/audit.js';
import { AUDIT_CHAIN_BROKEN_FIELD, type TenantChainReport, verifyAllChains } from '../../query/audit-verify.js';
import { lazy } from '../collect/lambda-context.js';

export interface AuditVerifyDeps {
  readonly audit: AuditLog;
  readonly tenantIds: readonly string[];
  readonly logger: Pick<Logger, 'info' | 'error'>;
}

export interface AuditVerifyResult {
  readonly tenants: number;
  readonly broken: readonly string[];
}

export function create(deps: AuditVerifyDeps) {
  return async (): Promise<AuditVerifyResult> => {
    // Seq numbers and problem kinds only: audit records hold no personal values, and neither does this line.
    const summary = (r: TenantChainReport) => ({ tenantId: r.tenantId, records: r.records, problems: r.problems.map((p) => `${p.seq}:${p.problem}`) });
    const reports = await verifyAllChains(deps.audit, deps.tenantIds, {
      intact: (r) => deps.logger.info('audit chain intact', { ...summary(r), [AUDIT_CHAIN_BROKEN_FIELD]: 0 }),
      broken: (r) => deps.logger.error('audit chain broken', { ...summary(r), [AUDIT_CHAIN_BROKEN_FIELD]: 1 }),
    });
    return { tenants: reports.length, broken: reports.filter((r) => !r.ok).map((r) => r.tenantId) };
  };
}

export const handler = lazy(async () => {
  const [{ DynamoDBClient }, { DynamoDBDocumentClient }, { ENV }, { DynamoDbAuditLog }, { inlinedConfig, requiredEnv }] = await Promise.all([
    import('@aws-sdk/client-dynamodb'),
    import('@aws-sdk/lib-dynamodb'),
    import('../../../lib/topology.js'),
    import('../../adapters/aws/dynamodb-audit-log.js'),
    import('../../composition/aws-env.js'),
  ]);
  const region = requiredEnv('AWS_REGION');
  return create({
    audit: new DynamoDbAuditLog(DynamoDBDocumentClient.from(new DynamoDBClient({ region })), requiredEnv(ENV.table('auditLog'))),
    tenantIds: inlinedConfig().tenants.map((t) => t.id),
    logger: new Logger({ serviceName: 'adwarden-audit-verify' }),
  });
});
