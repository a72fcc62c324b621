/**
 * The composition of the customer API, shared by the AWS root (lambdas/composition/aws-query.ts)
 * and the local runtime: they differ only in the infrastructure they hand in. The tenant's
 * infrastructure (client, key service) is built from the tenant id of the VERIFIED claim and
 * holds that tenant's read credentials only.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from '../../lib/config.js';
import { DynamoDbAuditLog } from '../adapters/aws/dynamodb-audit-log.js';
import { DynamoDbCrawlRuns } from '../adapters/aws/dynamodb-crawl-runs.js';
import { DynamoDbIndexKeyStore } from '../adapters/aws/dynamodb-tenant-store.js';
import { DynamoDbTenantReader } from '../adapters/aws/dynamodb-tenant-reader.js';
import { CursorCodec } from '../query/cursor.js';
import { UnauthenticatedError } from '../query/errors.js';
import { EnvironmentError } from './aws-env.js';
import type { QueryDeps, QueryTenant } from '../query/ports.js';
import { BlindIndex } from '../shared/crypto/blind-index.js';
import { loadIndexKey } from '../shared/crypto/index-key.js';
import { FieldCipher } from '../shared/crypto/field-cipher.js';
import { memo } from '../shared/memo.js';
import type { TenantInfra } from './collect.js';

export interface QueryInfra {
  readonly config: Pick<Config, 'sources' | 'tenants'>;
  /** The platform client (audit-log table only). */
  readonly doc: DynamoDBDocumentClient;
  readonly auditTable: string;
  /** The crawl-runs table (read with GetItem); only GET /v1/sources needs it, the other API functions leave it out. */
  readonly crawlRunsTable?: string;
  /** A tenant's table, key and clients, with that tenant's READ credentials. */
  readonly tenant: (tenantId: string) => Promise<TenantInfra>;
  readonly logger: Logger;
  readonly now?: () => number;
}

export interface QueryRuntime extends QueryDeps {
  readonly logger: Logger;
}

export function buildQueryRuntime(infra: QueryInfra): QueryRuntime {
  const tenants = new Map(infra.config.tenants.map((t) => [t.id, t]));
  // The tenant's index key, read-only: the API never creates one (index keys are made only at
  // provisioning). A missing key fails closed (IndexKeyMissingError -> a generic 500), never a
  // throw-away key that would silently find nothing.
  const build = async (tenantId: string): Promise<QueryTenant> => {
    const cfg = tenants.get(tenantId);
    // A claim naming no configured tenant is treated like no claim at all.
    if (!cfg) throw new UnauthenticatedError('the token names no tenant of this deployment');
    const t = await infra.tenant(tenantId);
    const { key: indexKey, version } = await loadIndexKey(new DynamoDbIndexKeyStore(t.doc, t.tableName), t.keys, t.keyId, tenantId);
    try {
      return {
        tenant: cfg,
        tableName: t.tableName,
        reader: new DynamoDbTenantReader(t.doc, t.tableName),
        cipher: new FieldCipher({ keys: t.keys, keyId: t.keyId, tenantId }),
        index: new BlindIndex(indexKey, version),
        cursors: new CursorCodec(indexKey, tenantId),
      };
    } finally {
      indexKey.fill(0);
    }
  };
  const tenant = memo(build);
  return {
    tenant,
    sources: new Map(infra.config.sources.map((s) => [s.id, s])),
    audit: new DynamoDbAuditLog(infra.doc, infra.auditTable),
    crawlRuns: infra.crawlRunsTable
      ? new DynamoDbCrawlRuns(infra.doc, infra.crawlRunsTable)
      : {
          lastRun: () => Promise.reject(new EnvironmentError('this function is not given the crawl-runs table')),
        },
    logger: infra.logger,
    ...(infra.now ? { now: infra.now } : {}),
  };
}
