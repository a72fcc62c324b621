/**
 * The one declaration of adwarden's topology (ARCHITECTURE.md decision 5): tables, queues,
 * functions and their triggers. The CDK stacks and the local runtime both read this file,
 * so what runs on one machine is what `cdk deploy` creates. No CDK or AWS SDK imports here.
 */
import type { Config, Tenant } from './config.js';

export type AttributeType = 'S' | 'N';

export interface KeyDecl {
  readonly name: string;
  readonly type: AttributeType;
}

export interface TableDecl {
  /** Stable logical id, also the suffix of the physical name. */
  readonly id: string;
  readonly partitionKey: KeyDecl;
  readonly sortKey?: KeyDecl;
  /** Attribute holding an epoch-seconds expiry; DynamoDB TTL deletes the item after it. */
  readonly ttlAttribute?: string;
  readonly globalIndexes?: readonly { readonly name: string; readonly partitionKey: KeyDecl; readonly sortKey?: KeyDecl }[];
  /** Why the table exists, for docs and the records of processing. */
  readonly purpose: string;
}

/** Every tenant gets one table of this shape (silo tenancy, decision 1). See docs/data-model.md. */
export const TENANT_TABLE: TableDecl = {
  id: 'tenant',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  ttlAttribute: 'expiresAt',
  globalIndexes: [
    {
      name: 'bySource',
      partitionKey: { name: 'gsi1pk', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
    },
  ],
  purpose: "One tenant's ads (personal fields encrypted) and their blind-index entries",
};

export const PLATFORM_TABLES = {
  suppression: {
    id: 'suppression',
    partitionKey: { name: 'pk', type: 'S' },
    purpose: 'HMACs of identifiers whose owners objected or asked for erasure; checked before storing',
  },
  dsarRequests: {
    id: 'dsar-requests',
    partitionKey: { name: 'pk', type: 'S' },
    ttlAttribute: 'expiresAt',
    purpose: 'Data-subject requests and their state; minimised when closed',
  },
  auditLog: {
    id: 'audit-log',
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    ttlAttribute: 'expiresAt',
    purpose: 'Who read what and when, per tenant; no personal values',
  },
  crawlState: {
    id: 'crawl-state',
    partitionKey: { name: 'pk', type: 'S' },
    ttlAttribute: 'expiresAt',
    purpose: 'Seen ad URLs (hashed) and the per-domain request rate shared by all crawl workers',
  },
  idempotency: {
    id: 'idempotency',
    partitionKey: { name: 'id', type: 'S' },
    ttlAttribute: 'expiration',
    purpose: 'Powertools idempotency records, so a redelivered message is processed once',
  },
} as const satisfies Record<string, TableDecl>;

export type PlatformTableName = keyof typeof PLATFORM_TABLES;

export function platformTableName(stage: Config['stage'], table: PlatformTableName): string {
  return `adwarden-${stage}-${PLATFORM_TABLES[table].id}`;
}

export function tenantTableName(stage: Config['stage'], tenant: Pick<Tenant, 'id'>): string {
  return `adwarden-${stage}-tenant-${tenant.id}`;
}

export function tenantKeyAlias(stage: Config['stage'], tenant: Pick<Tenant, 'id'>): string {
  return `alias/adwarden-${stage}-tenant-${tenant.id}`;
}

/** Every table of a config, with its physical name: what the data stack and `npm start` create. */
export function allTables(config: Pick<Config, 'stage' | 'tenants'>): { name: string; decl: TableDecl; tenantId?: string }[] {
  return [
    ...Object.keys(PLATFORM_TABLES).map((k) => {
      const key = k as PlatformTableName;
      return { name: platformTableName(config.stage, key), decl: PLATFORM_TABLES[key] as TableDecl };
    }),
    ...config.tenants.map((t) => ({ name: tenantTableName(config.stage, t), decl: TENANT_TABLE, tenantId: t.id })),
  ];
}
