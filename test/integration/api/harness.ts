/**
 * The customer API against real local services: DynamoDB Local, the file key service,
 * cognito-local and the local API server, with two tenants whose ads are stored through the
 * collection's own storeAd (synthetic identifiers only).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { adminCreateUser, enrolTotp, generatePassword, signIn, totpCode, type Tokens } from '../../../bin/cognito-auth.js';
import { parseConfig, type Config } from '../../../lib/config.js';
import { tenantKeyAlias, tenantTableName, type UserGroup } from '../../../lib/topology.js';
import { DynamoDbIndexKeyStore, DynamoDbTenantStore } from '../../../lambdas/adapters/aws/dynamodb-tenant-store.js';
import { FileKeyService } from '../../../lambdas/adapters/local/file-key-service.js';
import { storeAd } from '../../../lambdas/collect/store/store-ad.js';
import type { TenantContext } from '../../../lambdas/collect/ports.js';
import { BlindIndex, loadBlindIndex } from '../../../lambdas/shared/crypto/blind-index.js';
import { provisionIndexKey } from '../../../lambdas/shared/crypto/index-key.js';
import { FieldCipher } from '../../../lambdas/shared/crypto/field-cipher.js';
import type { Finding } from '../../../lambdas/shared/identifiers.js';
import { startLocalApi, type LocalApi } from '../../../local/api/index.js';
import { createTables } from '../../../local/services/create-tables.js';
import { LOCAL_CREDENTIALS, startDynamoDbLocal, type DynamoDbLocal } from '../../../local/services/dynamodb-local.js';
import { TEST_LEGITIMATE_INTEREST } from '../../fixtures/legitimate-interest.js';

export const CONFIG: Config = parseConfig({
  market: 'eu',
  region: 'eu-north-1',
  stage: 'dev',
  tenants: [
    { id: 'tenant-a', displayName: 'A', retentionDays: 365, sources: ['src-no'], identifierKinds: ['phone', 'email', 'vin', 'plate', 'name', 'nickname', 'address'], contact: 'dpo@a.example' },
    { id: 'tenant-b', displayName: 'B', retentionDays: 90, sources: ['src-no'], identifierKinds: ['email', 'phone', 'nickname'], contact: 'dpo@b.example' },
  ],
  sources: [{ id: 'src-no', country: 'NO', startUrls: ['http://127.0.0.1:9/listings/1'], schedule: 'rate(1 hour)', legitimateInterest: TEST_LEGITIMATE_INTEREST }],
  crawler: { userAgent: 'adwarden-test (+http://127.0.0.1/contact)' },
});

/** Synthetic identifiers (normalised, as extraction would store them). */
export const SYN = {
  phone: '+4791234567',
  email: 'seller.one@example.test',
  vin: 'WVWZZZ1JZXW000001',
  plate: 'NO:AB12345',
  name: 'ola testmann',
  nickname: 'testseller42',
  address: 'testveien 1, 0001 oslo',
  onlyB: '+4790000001',
  shared: 'shared.seller@example.test',
} as const;

export function adFindings(extra: Finding[] = []): Finding[] {
  return [
    { kind: 'phone', value: SYN.phone, origin: 'text' },
    { kind: 'email', value: SYN.email, origin: 'attr:href' },
    { kind: 'vin', value: SYN.vin, origin: 'text' },
    { kind: 'plate', value: SYN.plate, origin: 'rule:.plate' },
    { kind: 'name', value: SYN.name, origin: 'rule:.seller-name' },
    { kind: 'nickname', value: SYN.nickname, origin: 'rule:.seller-nick' },
    { kind: 'address', value: SYN.address, origin: 'rule:.seller-address' },
    ...extra,
  ];
}

export interface ApiHarness {
  readonly dynamodb: DynamoDbLocal;
  readonly doc: DynamoDBDocumentClient;
  readonly api: LocalApi;
  readonly url: string;
  readonly dataDir: string;
  /** Stores an ad (through collection's storeAd) for the tenants subscribed, or only those given. */
  store(url: string, findings: Finding[], at: number, onlyTenants?: string[]): Promise<void>;
  /** Creates an enrolled user and signs it in (password + TOTP). */
  user(tenantId: string, group: UserGroup, email: string): Promise<{ tokens: Tokens; secret: string; password: string; email: string }>;
  get(path: string, token?: string): Promise<{ status: number; type: string; body: Record<string, unknown> }>;
  stop(): Promise<void>;
}

export async function startApiHarness(): Promise<ApiHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'adw-api-'));
  const dynamodb = await startDynamoDbLocal({ region: CONFIG.region });
  const ddb = new DynamoDBClient({ endpoint: dynamodb.endpoint, region: CONFIG.region, credentials: LOCAL_CREDENTIALS });
  await createTables(ddb, CONFIG);
  const doc = DynamoDBDocumentClient.from(ddb, { marshallOptions: { removeUndefinedValues: true } });
  const keys = new FileKeyService(join(dataDir, 'keys.json'));
  const contexts = new Map<string, Promise<TenantContext>>();
  const tenantContext = (tenantId: string) => {
    let c = contexts.get(tenantId);
    if (!c) {
      const tableName = tenantTableName(CONFIG.stage, { id: tenantId });
      const keyId = tenantKeyAlias(CONFIG.stage, { id: tenantId });
      // Index keys exist only once provisioned, as after `cdk deploy` or `npm start`'s first run.
      const keyStore = new DynamoDbIndexKeyStore(doc, tableName);
      c = provisionIndexKey(keyStore, keys, keyId, tenantId)
        .then(() => loadBlindIndex(keyStore, keys, keyId, tenantId))
        .then(
          (index): TenantContext => ({
            tenantId,
            tableName,
            store: new DynamoDbTenantStore(doc, tableName),
            cipher: new FieldCipher({ keys, keyId, tenantId }),
            index,
          }),
        );
      contexts.set(tenantId, c);
    }
    return c;
  };
  const platformIndex = new BlindIndex(new Uint8Array(randomBytes(32)));
  let api: LocalApi;
  try {
    api = await startLocalApi({ config: CONFIG, dataDir, doc, dynamodbEndpoint: dynamodb.endpoint, keys, seedDemoUsers: false });
  } catch (e) {
    await dynamodb.stop();
    throw e;
  }
  const url = api.server.url;
  return {
    dynamodb,
    doc,
    api,
    url,
    dataDir,
    async store(adUrl, findings, at, onlyTenants) {
      await storeAd(
        { sourceId: 'src-no', url: adUrl, findings },
        {
          tenants: onlyTenants ? CONFIG.tenants.filter((t) => onlyTenants.includes(t.id)) : CONFIG.tenants,
          tenantContext,
          suppression: { suppressed: async () => new Set(), add: async () => undefined },
          platformIndex: async () => platformIndex,
          clock: { now: () => at },
        },
      );
    },
    async user(tenantId, group, email) {
      const password = generatePassword(randomBytes);
      const { client, identity } = api.cognito;
      await adminCreateUser(client, identity.userPoolId, { email, tenantId, group, password });
      const { secret } = await api.cognito.withEnrolmentWindow(() => enrolTotp(client, identity.enrolClientId, email, password));
      const tokens = await signIn(client, identity.clientId, email, password, () => totpCode(secret));
      return { tokens, secret, password, email };
    },
    async get(path, token) {
      const res = await fetch(new URL(path, url), { headers: token ? { authorization: token } : {} });
      return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as Record<string, unknown> };
    },
    async stop() {
      await api.stop();
      ddb.destroy();
      await dynamodb.stop();
    },
  };
}
