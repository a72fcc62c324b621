/**
 * The composition of the customer API, shared by the AWS root (lambdas/composition/aws-query.ts)
 * and the local runtime: they differ only in the infrastructure they hand in. The tenant's
 * infrastructure (client, key service) is built from the tenant id of the VERIFIED claim and
 * holds that tenant's read credentials only.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from '../../lib/config.js';
import { DynamoDbAuditLog } from '../adapters/aws/dynamodb-audit-log.js';
import { DynamoDbIndexKeyStore } from '../adapters/aws/dynamodb-tenant-store.js';
import { DynamoDbTenantReader } from '../adapters/aws/dynamodb-tenant-reader.js';
import { CursorCodec } from '../query/cursor.js';
import { UnauthenticatedError } from '../query/errors.js';
import type { QueryDeps, QueryTenant } from '../query/ports.js';
import { BlindIndex, type IndexVersion, loadIndexKey } from '../shared/crypto/blind-index.js';
import { IndexKeyMissingError } from '../shared/crypto/errors.js';
import { FieldCipher } from '../shared/crypto/field-cipher.js';
import { DATA_KEY_BYTES } from '../shared/crypto/key-service.js';
import { memo } from '../shared/memo.js';
import type { TenantInfra } from './collect.js';

export interface QueryInfra {
  readonly config: Pick<Config, 'sources' | 'tenants'>;
  /** The platform client (audit-log table only). */
  readonly doc: DynamoDBDocumentClient;
  readonly auditTable: string;
  /** A tenant's table, key and clients, with that tenant's READ credentials. */
  readonly tenant: (tenantId: string) => Promise<TenantInfra>;
  readonly logger: Logger;
  readonly now?: () => number;
}

export interface QueryRuntime extends QueryDeps {
  readonly logger: Logger;
}

/**
 * The tenant's index key, read-only: the API never creates one (only provisioning does). A
 * tenant with no key has stored nothing yet; it gets a throw-away key (not cached), so every
 * search finds nothing, as it should. A key for another normaliser version fails closed.
 */
async function tenantIndexKey(t: TenantInfra, tenantId: string): Promise<{ key: Uint8Array; version: IndexVersion } | undefined> {
  try {
    return await loadIndexKey(new DynamoDbIndexKeyStore(t.doc, t.tableName), t.keys, t.keyId, tenantId);
  } catch (e) {
    if (e instanceof IndexKeyMissingError) return undefined;
    throw e;
  }
}

class NoIndexKeyYet extends Error {
  override readonly name = 'NoIndexKeyYet';
}

export function buildQueryRuntime(infra: QueryInfra): QueryRuntime {
  const tenants = new Map(infra.config.tenants.map((t) => [t.id, t]));
  const build = async (tenantId: string, ephemeral: boolean): Promise<QueryTenant> => {
    const cfg = tenants.get(tenantId);
    // A claim naming no configured tenant is treated like no claim at all.
    if (!cfg) throw new UnauthenticatedError('the token names no tenant of this deployment');
    const t = await infra.tenant(tenantId);
    const stored = ephemeral ? undefined : await tenantIndexKey(t, tenantId);
    if (!stored && !ephemeral) throw new NoIndexKeyYet();
    const indexKey = stored?.key ?? new Uint8Array(randomBytes(DATA_KEY_BYTES));
    const q: QueryTenant = {
      tenant: cfg,
      tableName: t.tableName,
      reader: new DynamoDbTenantReader(t.doc, t.tableName),
      cipher: new FieldCipher({ keys: t.keys, keyId: t.keyId, tenantId }),
      index: new BlindIndex(indexKey, stored?.version),
      cursors: new CursorCodec(indexKey, tenantId),
    };
    indexKey.fill(0);
    return q;
  };
  const cached = memo((tenantId) => build(tenantId, false));
  const tenant = (tenantId: string) =>
    cached(tenantId).catch((e: unknown) => {
      // Not cached: once collection stores the tenant's first ad, the real key is used.
      if (e instanceof NoIndexKeyYet) return build(tenantId, true);
      throw e;
    });
  return {
    tenant,
    sources: new Map(infra.config.sources.map((s) => [s.id, s])),
    audit: new DynamoDbAuditLog(infra.doc, infra.auditTable),
    logger: infra.logger,
    ...(infra.now ? { now: infra.now } : {}),
  };
}
