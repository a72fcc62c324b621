/**
 * Erasure survives a restore: a copy of a tenant table taken before an erasure (what a
 * DynamoDB restore gives: the old items in a NEW table) still holds the person; `adwarden
 * restore replay-erasures` re-applies the journal to it, and nothing else is touched.
 */
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT_TABLE } from '../../../lib/topology.js';
import { runRequest, type RightsHarness, seedAd, startRightsHarness } from './setup.js';

// bin/cli.js is the tsx launcher; the program itself is cli.ts.
const { runCli } = (await import(new URL('../../../bin/cli.ts', import.meta.url).href)) as typeof import('../../../bin/cli.js');

let h: RightsHarness;
beforeAll(async () => {
  h = await startRightsHarness();
}, 600_000);
afterAll(async () => {
  await h?.stop();
});

async function copyTable(from: string, to: string): Promise<number> {
  const gsi = TENANT_TABLE.globalIndexes![0]!;
  await h.rt.doc.send(
    new CreateTableCommand({
      TableName: to,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: ['pk', 'sk', gsi.partitionKey.name, gsi.sortKey!.name].map((AttributeName) => ({ AttributeName, AttributeType: 'S' as const })),
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      GlobalSecondaryIndexes: [
        { IndexName: gsi.name, KeySchema: [{ AttributeName: gsi.partitionKey.name, KeyType: 'HASH' }, { AttributeName: gsi.sortKey!.name, KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } },
      ],
    }),
  );
  const items = (await h.rt.doc.send(new ScanCommand({ TableName: from }))).Items ?? [];
  for (let i = 0; i < items.length; i += 25) {
    await h.rt.doc.send(new BatchWriteCommand({ RequestItems: { [to]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
  return items.length;
}

async function indexed(table: string, tenantId: string, kind: 'email' | 'phone', value: string): Promise<number> {
  const ctx = await h.rights.runtime.workflow.tenantContext(tenantId);
  const r = await h.rt.doc.send(new QueryCommand({ TableName: table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': `IX#${kind}#${ctx.index.hash(kind, value)}` } }));
  return r.Count ?? 0;
}

describe('restore replay-erasures', () => {
  it('re-applies erasures made since the backup to the restored table, leaves everyone else, and is idempotent', async () => {
    const tenant = 'nordic-insurance';
    const email = 'restored.person@example.test';
    const phone = '+4791234577';
    await seedAd(h, [{ kind: 'email', value: email, origin: 'text' }, { kind: 'phone', value: phone, origin: 'text' }]);
    await seedAd(h, [{ kind: 'email', value: 'keeper@example.test', origin: 'text' }]);
    const backupAt = new Date(Date.now() - 1000).toISOString();
    const restored = `${h.rt.tenantTable(tenant)}-restored-1`;
    expect(await copyTable(h.rt.tenantTable(tenant), restored)).toBeGreaterThan(0);

    await runRequest(h, 'erasure', email);
    expect(await indexed(h.rt.tenantTable(tenant), tenant, 'email', email)).toBe(0);
    // The restored copy brought the person back.
    expect(await indexed(restored, tenant, 'email', email)).toBe(1);

    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) };
    const args = ['restore', 'replay-erasures', '--table', restored, '--tenant', tenant, '--since', backupAt, '--endpoint', h.rt.dynamodb.endpoint];
    expect(await runCli(args, io), err.join('')).toBe(0);
    expect(out.join('')).toMatch(/replayed 1 erasure\(s\) of tenant nordic-insurance on .*-restored-1: 1 ad\(s\) erased/);
    expect(out.join('') + err.join('')).not.toContain(email);

    expect(await indexed(restored, tenant, 'email', email)).toBe(0);
    expect(await indexed(restored, tenant, 'phone', phone)).toBe(0);
    expect(await indexed(restored, tenant, 'email', 'keeper@example.test')).toBe(1);
    const ads = ((await h.rt.doc.send(new ScanCommand({ TableName: restored }))).Items ?? []).filter((i) => String(i.pk).startsWith('AD#'));
    const live = ((await h.rt.doc.send(new ScanCommand({ TableName: h.rt.tenantTable(tenant) }))).Items ?? []).filter((i) => String(i.pk).startsWith('AD#'));
    expect(ads.map((a) => a.pk).sort()).toEqual(live.map((a) => a.pk).sort());

    out.length = 0;
    expect(await runCli(args, io)).toBe(0);
    expect(out.join('')).toMatch(/: 0 ad\(s\) erased/);
  });

  it('refuses an unknown tenant or a malformed table name, with one line and exit code 2', async () => {
    const err: string[] = [];
    const io = { out: () => {}, err: (s: string) => void err.push(s) };
    expect(await runCli(['restore', 'replay-erasures', '--table', 'x', '--tenant', 'nobody', '--endpoint', h.rt.dynamodb.endpoint], io)).toBe(2);
    expect(await runCli(['restore', 'replay-erasures', '--table', 't', '--tenant', 'nordic-insurance', '--endpoint', h.rt.dynamodb.endpoint], io)).toBe(2);
    expect(err.join('')).not.toMatch(/at .*\.ts:\d+/);
  });
});
