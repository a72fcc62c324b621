/**
 * The composition of the data-subject rights functions, shared by the AWS root (aws-rights.ts)
 * and the local runtime: they differ only in the infrastructure they hand in (clients with
 * which credentials, the messenger, how the workflow is started).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from '../../lib/config.js';
import { DynamoDbAuditLog } from '../adapters/aws/dynamodb-audit-log.js';
import { DynamoDbDueIndex, DynamoDbErasureJournal, DynamoDbRequestStore, DynamoDbTenantRights } from '../adapters/aws/dynamodb-rights.js';
import { DynamoDbSuppressionList } from '../adapters/aws/dynamodb-suppression.js';
import { DynamoDbIndexKeyStore, PLATFORM_INDEX_KEY_ITEM } from '../adapters/aws/dynamodb-tenant-store.js';
import { appendAudit } from '../query/audit.js';
import type { Messenger, RightsClock, RightsTenantContext, WorkflowStarter } from '../rights/ports.js';
import type { DeadlineWatchDeps } from '../rights/use-cases/deadlines.js';
import type { PortalDeps } from '../rights/use-cases/portal.js';
import type { WorkflowDeps } from '../rights/use-cases/workflow.js';
import { loadBlindIndex, PLATFORM_TENANT_ID } from '../shared/crypto/blind-index.js';
import { FieldCipher } from '../shared/crypto/field-cipher.js';
import type { KeyService } from '../shared/crypto/key-service.js';
import { memo } from '../shared/memo.js';
import type { TenantInfra } from './collect.js';

export interface RightsInfra {
  readonly config: Pick<Config, 'tenants' | 'sources'>;
  /** Client for the platform tables. */
  readonly doc: DynamoDBDocumentClient;
  readonly tables: { readonly dsarRequests: string; readonly suppression: string; readonly erasureJournal: string; readonly auditLog: string };
  readonly platformKeys: KeyService;
  readonly platformKeyId: string;
  /** A tenant's table and key through that tenant's READ role (locate, read, erase). */
  readonly tenant: (tenantId: string) => Promise<TenantInfra>;
  readonly messenger: Messenger;
  readonly workflow: WorkflowStarter;
  readonly baseUrl: string;
  readonly clock?: RightsClock;
}

export interface RightsRuntime {
  readonly workflow: WorkflowDeps;
  readonly portal: PortalDeps;
  /** The deadline watcher: the request table's `byDue` index only. */
  readonly deadlines: DeadlineWatchDeps;
}

export function buildRightsRuntime(infra: RightsInfra): RightsRuntime {
  const clock = infra.clock ?? { now: Date.now };
  const requests = new DynamoDbRequestStore(infra.doc, infra.tables.dsarRequests);
  const platformCipher = new FieldCipher({ keys: infra.platformKeys, keyId: infra.platformKeyId, tenantId: 'platform' });
  // The same platform index key as the suppression list: the HMACs a request keeps are the ones
  // suppressed. Index keys are created only by provisioning; a missing one fails closed
  // (IndexKeyMissingError) and is not cached, so the next call retries once it exists.
  const platformIndexKey = memo(async () =>
    loadBlindIndex(
      new DynamoDbIndexKeyStore(infra.doc, infra.tables.suppression, PLATFORM_INDEX_KEY_ITEM),
      infra.platformKeys,
      infra.platformKeyId,
      PLATFORM_TENANT_ID,
    ),
  );
  const platformIndex = () => platformIndexKey(PLATFORM_TENANT_ID);
  const tenantContext = memo(async (tenantId): Promise<RightsTenantContext> => {
    const t = await infra.tenant(tenantId);
    return {
      tenantId,
      tableName: t.tableName,
      store: new DynamoDbTenantRights(t.doc, t.tableName),
      cipher: new FieldCipher({ keys: t.keys, keyId: t.keyId, tenantId }),
      index: await loadBlindIndex(new DynamoDbIndexKeyStore(t.doc, t.tableName), t.keys, t.keyId, tenantId),
    };
  });
  const auditLog = new DynamoDbAuditLog(infra.doc, infra.tables.auditLog);
  const defaultCountry = infra.config.sources[0]?.country ?? 'NO';

  return {
    workflow: {
      requests,
      suppression: new DynamoDbSuppressionList(infra.doc, infra.tables.suppression),
      platformIndex,
      platformCipher,
      tenants: infra.config.tenants,
      tenantContext,
      journal: new DynamoDbErasureJournal(infra.doc, infra.tables.erasureJournal),
      messenger: infra.messenger,
      clock,
      baseUrl: infra.baseUrl,
      audit: { append: async (e) => void (await appendAudit(auditLog, e, { now: clock.now })) },
    },
    portal: {
      requests,
      platformIndex,
      platformCipher,
      messenger: infra.messenger,
      workflow: infra.workflow,
      clock,
      baseUrl: infra.baseUrl,
      defaultCountry,
    },
    deadlines: { due: new DynamoDbDueIndex(infra.doc, infra.tables.dsarRequests), clock },
  };
}
