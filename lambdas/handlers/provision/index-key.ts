/**
 * index-key provisioner λ — the onEvent handler of the data stack's custom resources
 * (lib/constructs/index-key-provisioning.ts), one resource per tenant and one for the platform.
 * It creates the index key of one table, exactly once, with the provisioning use case:
 *
 * - Create / Update: `provisionIndexKey` (creates the key item unless it exists; refuses a
 *   table that holds indexed data but no key item). An existing key is never replaced and,
 *   since this role holds no kms:Decrypt, not unwrapped either (run time checks it, fail closed).
 * - Delete: nothing. Removing the resource (a tenant dropped from the config, a stack
 *   deleted, a replacement) never deletes a key item; the table's own removal policy decides.
 *
 * The physical id stays the same on Update, so CloudFormation never sends a Delete for a
 * "replaced" resource. Everything is done with the credentials of the role named in the
 * event (`RoleArn`): the tenant's (or platform's) provisioning role, not this function's own.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { z } from 'zod';
import { PLATFORM_TENANT_ID, provisionIndexKey, type ProvisionOutcome, type WrappedIndexKeyStore } from '../../shared/crypto/index-key.js';
import type { KeyService } from '../../shared/crypto/key-service.js';
import { lazy } from '../collect/lambda-context.js';
import { ProvisionEventError } from './errors.js';

/** The custom resource's properties, as the construct writes them (CloudFormation passes strings). */
export const indexKeyPropertiesSchema = z
  .object({
    ServiceToken: z.string().optional(),
    TenantId: z.string().regex(/^[a-z][a-z0-9-]{1,30}[a-z0-9]$/),
    TableName: z.string().min(3).max(255),
    KeyId: z.string().startsWith('arn:'),
    RoleArn: z.string().startsWith('arn:'),
    KeyItem: z.enum(['tenant', 'platform']),
  })
  .strict();
export type IndexKeyProperties = z.infer<typeof indexKeyPropertiesSchema>;

const eventSchema = z.object({
  RequestType: z.enum(['Create', 'Update', 'Delete']),
  PhysicalResourceId: z.string().optional(),
  ResourceProperties: z.unknown(),
});

export interface IndexKeyResponse {
  readonly PhysicalResourceId: string;
  readonly Data?: { readonly Outcome: ProvisionOutcome };
}

export interface ProvisionHandlerDeps {
  /** The key store and key service of one table, with the credentials of `props.RoleArn`. */
  readonly target: (props: IndexKeyProperties) => { store: WrappedIndexKeyStore; keys: KeyService };
  readonly logger: Pick<Logger, 'info'>;
  /** Waits between attempts refused by IAM (a role or key policy created seconds ago propagates). */
  readonly sleep: (ms: number) => Promise<void>;
  /** Delays before each retry of an AccessDenied; @default 2, 4, 8, 16 s (30 s in all). */
  readonly retryDelaysMs?: readonly number[];
}

/** The physical id of the custom resource for one table: stable for its lifetime. */
export function physicalId(props: Pick<IndexKeyProperties, 'TenantId' | 'TableName'>): string {
  return `adwarden-index-key:${props.TableName}:${props.TenantId}`;
}

const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException']);

export function create(deps: ProvisionHandlerDeps) {
  const delays = deps.retryDelaysMs ?? [2_000, 4_000, 8_000, 16_000];
  return async (event: unknown): Promise<IndexKeyResponse> => {
    const e = eventSchema.safeParse(event);
    if (!e.success) throw new ProvisionEventError(`not a custom-resource event: ${e.error.issues[0]?.message ?? 'invalid'}`);
    if (e.data.RequestType === 'Delete') {
      // Never delete a key item: a lost index key un-suppresses people (see the header).
      const id = e.data.PhysicalResourceId;
      if (!id) throw new ProvisionEventError('Delete without a PhysicalResourceId');
      deps.logger.info('index key kept: a Delete of the custom resource never deletes it', { physicalResourceId: id });
      return { PhysicalResourceId: id };
    }
    const p = indexKeyPropertiesSchema.safeParse(e.data.ResourceProperties);
    if (!p.success) throw new ProvisionEventError(`invalid ResourceProperties: ${p.error.issues[0]?.path.join('.')} ${p.error.issues[0]?.message ?? ''}`);
    const props = p.data;
    if ((props.KeyItem === 'platform') !== (props.TenantId === PLATFORM_TENANT_ID)) {
      throw new ProvisionEventError(`KeyItem ${props.KeyItem} does not match tenant ${props.TenantId}`);
    }
    const { store, keys } = deps.target(props);
    let outcome: ProvisionOutcome;
    for (let attempt = 0; ; attempt++) {
      try {
        outcome = await provisionIndexKey(store, keys, props.KeyId, props.TenantId, { verifyExisting: false });
        break;
      } catch (err) {
        const name = (err as { name?: unknown }).name;
        if (typeof name !== 'string' || !ACCESS_DENIED.has(name) || attempt >= delays.length) throw err;
        deps.logger.info('refused by IAM, retrying (policies created in this deploy may still be propagating)', { tenantId: props.TenantId, attempt: attempt + 1 });
        await deps.sleep(delays[attempt]!);
      }
    }
    deps.logger.info(outcome === 'created' ? 'index key created' : 'index key exists, kept', { tenantId: props.TenantId, table: props.TableName });
    // On Update keep the id CloudFormation knows, so it never sends a Delete for the old one.
    return { PhysicalResourceId: e.data.PhysicalResourceId ?? physicalId(props), Data: { Outcome: outcome } };
  };
}

export const handler = lazy(async () => {
  const { awsProvisionDeps } = await import('../../composition/aws-provision.js');
  return create(awsProvisionDeps());
});
