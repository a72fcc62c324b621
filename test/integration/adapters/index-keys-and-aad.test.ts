/**
 * Index-key provisioning, versions beside hashes, and the AAD migration, against DynamoDB Local
 * and the local key service, through the `adwarden` CLI (issue 9 point 7, issue 10 point 6).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../bin/cli.js';
import { loadConfig } from '../../../lib/config.js';
import { platformTableName, tenantKeyAlias, tenantTableName } from '../../../lib/topology.js';
import { DynamoDbSuppressionList } from '../../../lambdas/adapters/aws/dynamodb-suppression.js';
import { DynamoDbIndexKeyStore, DynamoDbTenantStore, PLATFORM_INDEX_KEY_ITEM } from '../../../lambdas/adapters/aws/dynamodb-tenant-store.js';
import { FileKeyService } from '../../../lambdas/adapters/local/file-key-service.js';
import { operatorInfra, platformKeyAlias } from '../../../lambdas/composition/operator.js';
import { loadBlindIndex } from '../../../lambdas/shared/crypto/blind-index.js';
import { FieldCipher } from '../../../lambdas/shared/crypto/field-cipher.js';
import { CountingKeyService } from '../../../lambdas/shared/crypto/key-service.js';
import { NORMALISER_VERSION } from '../../../lambdas/shared/normalise/index.js';
import { createTables } from '../../../local/services/create-tables.js';
import { LOCAL_CREDENTIALS, startDynamoDbLocal, type DynamoDbLocal } from '../../../local/services/dynamodb-local.js';
import { legacyV1Envelope } from '../../unit/crypto/helpers.js';

// bin/cli.js is the launcher beside bin/cli.ts: import the TypeScript module itself.
const { runCli } = (await import(new URL('../../../bin/cli.ts', import.meta.url).href)) as typeof import('../../../bin/cli.js');

describe('index keys and envelopes against DynamoDB Local', () => {
  const config = loadConfig('adwarden.config.json');
  const tenant = config.tenants[0]!.id;
  const table = tenantTableName(config.stage, { id: tenant });
  const keyId = tenantKeyAlias(config.stage, { id: tenant });
  let ddb: DynamoDbLocal;
  let client: DynamoDBClient;
  let doc: DynamoDBDocumentClient;
  let keys: CountingKeyService;

  const cli = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
    const code = await runCli(args, io, {
      config: () => config,
      operatorInfra: async (c) => operatorInfra(c, doc, keys, async () => undefined),
    });
    return { code, out: out.join(''), err: err.join('') };
  };

  beforeAll(async () => {
    ddb = await startDynamoDbLocal({ region: config.region });
    client = new DynamoDBClient({ endpoint: ddb.endpoint, region: config.region, credentials: LOCAL_CREDENTIALS });
    await createTables(client, config);
    doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    keys = new CountingKeyService(new FileKeyService(join(mkdtempSync(join(tmpdir(), 'adw-keys-')), 'keys.json')));
  });
  afterAll(async () => {
    doc?.destroy();
    await ddb?.stop();
  });

  it('`adwarden provision` creates each missing index key once, says so, and records its versions', async () => {
    const first = await cli(['provision']);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('created index key for the platform (suppression list)');
    for (const t of config.tenants) expect(first.out).toContain(`created index key for tenant ${t.id}`);
    const item = (await doc.send(new GetCommand({ TableName: table, Key: { pk: 'META', sk: 'INDEX_KEY' } }))).Item!;
    expect(item).toMatchObject({ keyVersion: 1, normaliserVersion: NORMALISER_VERSION });
    const before = item.wrapped as Uint8Array;

    const again = await cli(['provision']);
    expect(again.code).toBe(0);
    expect(again.out).not.toContain('created');
    expect(again.out).toContain(`already provisioned (checked they unwrap): platform, ${config.tenants.map((t) => t.id).join(', ')}`);
    const after = (await doc.send(new GetCommand({ TableName: table, Key: { pk: 'META', sk: 'INDEX_KEY' } }))).Item!;
    expect(Buffer.from(after.wrapped as Uint8Array)).toEqual(Buffer.from(before));
  });

  it('records the key and normaliser versions beside every suppression entry', async () => {
    const suppressionTable = platformTableName(config.stage, 'suppression');
    const platform = await loadBlindIndex(new DynamoDbIndexKeyStore(doc, suppressionTable, PLATFORM_INDEX_KEY_ITEM), keys, platformKeyAlias(config.stage), 'platform');
    const hash = platform.hash('phone', '+4791234567');
    await new DynamoDbSuppressionList(doc, suppressionTable).add(hash, 'erasure', platform.version);
    const entry = (await doc.send(new GetCommand({ TableName: suppressionTable, Key: { pk: hash } }))).Item!;
    expect(entry).toMatchObject({ reason: 'erasure', keyVersion: 1, normaliserVersion: NORMALISER_VERSION });
    await expect(new DynamoDbSuppressionList(doc, suppressionTable).add('META#INDEX_KEY', 'erasure', platform.version)).rejects.toThrow(/not a blind-index hash/);
  });

  it('`adwarden provision` refuses to replace a lost key of a table that holds data, and creates nothing', async () => {
    const suppressionTable = platformTableName(config.stage, 'suppression');
    const saved = (await doc.send(new GetCommand({ TableName: suppressionTable, Key: PLATFORM_INDEX_KEY_ITEM }))).Item!;
    await doc.send(new DeleteCommand({ TableName: suppressionTable, Key: PLATFORM_INDEX_KEY_ITEM }));
    keys.reset();
    const r = await cli(['provision']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^adwarden: IndexKeyProvisioningError: refusing to create an index key for platform: table adwarden-dev-suppression .* holds indexed data/);
    expect(keys.generateDataKeyCalls).toBe(0);
    expect((await doc.send(new GetCommand({ TableName: suppressionTable, Key: PLATFORM_INDEX_KEY_ITEM }))).Item).toBeUndefined();
    await doc.send(new PutCommand({ TableName: suppressionTable, Item: saved })); // restored from "backup"
    expect((await cli(['provision'])).code).toBe(0);
  });

  it('`adwarden migrate aad` rewrites envelopes bound to the physical table; a restored copy then decrypts; a rerun changes nothing', async () => {
    const cipher = new FieldCipher({ keys, keyId, tenantId: tenant });
    const store = new DynamoDbTenantStore(doc, table);
    const base = { sourceId: 'src', collectedAt: '2026-11-29T00:00:00.000Z', expiresAt: 2_000_000_000, kinds: ['email' as const], index: [], indexVersion: { keyVersion: 1, normaliserVersion: NORMALISER_VERSION } };
    // Three ads written by the old code (v1: physical table name in the AAD), one by the new.
    for (const n of [1, 2, 3]) {
      const fields = await legacyV1Envelope(keys, keyId, { tenantId: tenant, table, recordId: `old${n}` }, `{"n":${n}}`);
      await store.putAd({ ...base, adId: `old${n}`, fields });
    }
    await store.putAd({ ...base, adId: 'new1', fields: await cipher.encrypt('{"n":4}', { tenantId: tenant, recordId: 'new1' }) });

    // A restore-like copy of the table under another name (DynamoDB restores always get a new name).
    const copyItems = async (to: string) => {
      await client.send(
        new CreateTableCommand({
          TableName: to,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
        }),
      );
      for (const item of (await doc.send(new ScanCommand({ TableName: table }))).Items ?? []) await doc.send(new PutCommand({ TableName: to, Item: item }));
    };
    const readAll = async (from: string) => {
      const out: Record<string, string> = {};
      for await (const { adId, fields } of new DynamoDbTenantStore(doc, from).adFields()) {
        out[adId] = await cipher.decryptString(fields, { tenantId: tenant, table: from, recordId: adId }).catch((e: Error) => e.name);
      }
      return out;
    };

    // Before the migration, a restored copy cannot read the old envelopes: the point of the fix.
    await copyItems(`${table}-restored-before`);
    expect(await readAll(`${table}-restored-before`)).toEqual({ old1: 'DecryptionError', old2: 'DecryptionError', old3: 'DecryptionError', new1: '{"n":4}' });

    const first = await cli(['migrate', 'aad', '--tenant', tenant]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toBe(`tenant ${tenant}, table ${table}: scanned 4, migrated 3, already current 1, changed meanwhile 0, failed 0\n`);
    expect(await readAll(table)).toEqual({ old1: '{"n":1}', old2: '{"n":2}', old3: '{"n":3}', new1: '{"n":4}' });

    const second = await cli(['migrate', 'aad', '--tenant', tenant]);
    expect(second.out).toContain('scanned 4, migrated 0, already current 4');

    // After the migration, a restore into a new table name decrypts every item as it is.
    await copyItems(`${table}-restored-after`);
    expect(await readAll(`${table}-restored-after`)).toEqual({ old1: '{"n":1}', old2: '{"n":2}', old3: '{"n":3}', new1: '{"n":4}' });

    // A copy restored from a backup taken BEFORE the migration is migrated in place, naming the
    // table its envelopes were bound to; a wrong --bound-table fails (exit 1) and changes nothing.
    const wrong = await cli(['migrate', 'aad', '--tenant', tenant, '--table', `${table}-restored-before`, '--bound-table', 'adwarden-dev-tenant-other']);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/MigrationIncompleteError: 3 envelope\(s\) did not decrypt/);
    const right = await cli(['migrate', 'aad', '--tenant', tenant, '--table', `${table}-restored-before`, '--bound-table', table]);
    expect(right.code, right.err).toBe(0);
    expect(right.out).toContain('migrated 3, already current 1');
    expect(await readAll(`${table}-restored-before`)).toEqual({ old1: '{"n":1}', old2: '{"n":2}', old3: '{"n":3}', new1: '{"n":4}' });
  });

  it('`adwarden migrate aad` names an unknown tenant as a usage error', async () => {
    const r = await cli(['migrate', 'aad', '--tenant', 'nobody']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('adwarden: --tenant: no tenant "nobody" in the config\n');
  });
});
