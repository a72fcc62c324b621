/**
 * Erasure straight from the index entries (DynamoDbTenantRights.locateAds + erase) on DynamoDB
 * Local, with ads stored by the collection domain's own storeAd: every index entry names the
 * ad's refs, so the ad and all its entries go in one delete pass without reading the ad; entries
 * written before they named them (or naming them wrongly) still lose nothing.
 */
import { QueryCommand, ScanCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbTenantRights } from '../../../lambdas/adapters/aws/dynamodb-rights.js';
import { type RightsHarness, seedAd, startRightsHarness } from './setup.js';

let h: RightsHarness;
beforeAll(async () => {
  h = await startRightsHarness();
}, 600_000);
afterAll(async () => {
  await h?.stop();
});

const TENANT = 'nordic-insurance'; // stores e-mails, phones and names

/** The tenant's store on a client that records which commands it sends. */
function recordingStore(): { store: DynamoDbTenantRights; sent: string[] } {
  const sent: string[] = [];
  const doc = { send: (cmd: { constructor: { name: string } }) => (sent.push(cmd.constructor.name), h.rt.doc.send(cmd as never)) } as unknown as DynamoDBDocumentClient;
  return { store: new DynamoDbTenantRights(doc, h.rt.tenantTable(TENANT)), sent };
}

async function ref(kind: 'email' | 'phone' | 'name', value: string): Promise<string> {
  const ctx = await h.rights.runtime.workflow.tenantContext(TENANT);
  return `IX#${kind}#${ctx.index.hash(kind, value)}`;
}

/** Every item of the tenant table that belongs to one of these ads (the ad item or an index entry). */
async function itemsOf(adIds: readonly string[]): Promise<Record<string, unknown>[]> {
  const pks = new Set(adIds.map((id) => `AD#${id}`));
  const r = await h.rt.doc.send(new ScanCommand({ TableName: h.rt.tenantTable(TENANT), ConsistentRead: true }));
  return (r.Items ?? []).filter((i) => pks.has(String(i.pk)) || pks.has(String(i.sk)));
}

async function seedPerson(n: string) {
  const email = `located.${n}@example.test`;
  const phone = `+47912340${n.padStart(2, '0')}`;
  await seedAd(h, [
    { kind: 'email', value: email, origin: 'text' },
    { kind: 'phone', value: phone, origin: 'text' },
    { kind: 'name', value: `kari located ${n}`, origin: 'text' },
  ]);
  await seedAd(h, [{ kind: 'email', value: email, origin: 'text' }]);
  return { email, phone, emailRef: await ref('email', email), phoneRef: await ref('phone', phone) };
}

describe('erasure from the index entries', () => {
  it('deletes each ad and every index entry it has, in one delete pass, without reading the ads', async () => {
    const p = await seedPerson('1');
    const { store, sent } = recordingStore();
    const located = await store.locateAds([p.emailRef]);
    expect(located).toHaveLength(2);
    for (const a of located) expect(a.refs).toContain(p.emailRef);
    expect(await itemsOf(located.map((a) => a.adId))).toHaveLength(2 + 3 + 1);
    sent.length = 0;
    const erased = await store.erase(located);
    expect(sent).not.toContain('BatchGetCommand');
    expect(sent.every((c) => c === 'BatchWriteCommand')).toBe(true);
    expect(erased.map((e) => e.adId).sort()).toEqual(located.map((a) => a.adId).sort());
    expect(erased.find((e) => e.kinds.length === 3)?.kinds).toEqual(expect.arrayContaining(['email', 'phone', 'name']));
    // The phone and name entries, never located by, went too.
    expect(await itemsOf(located.map((a) => a.adId))).toEqual([]);
    expect(await store.locate([p.phoneRef])).toEqual([]);
  });

  it('an ad found under two of the person\'s refs is erased once', async () => {
    const p = await seedPerson('2');
    const { store } = recordingStore();
    const located = await store.locateAds([p.emailRef, p.phoneRef, p.emailRef]);
    expect(located).toHaveLength(2);
    expect(await store.erase(located)).toHaveLength(2);
    expect(await itemsOf(located.map((a) => a.adId))).toEqual([]);
  });

  it('index entries written before they named the ad\'s refs: the ads are read first, nothing is left', async () => {
    const p = await seedPerson('3');
    const { store, sent } = recordingStore();
    const ids = await store.locate([p.emailRef]);
    // Make every entry of these ads look as ingestion wrote it before this change.
    for (const i of await itemsOf(ids)) {
      if (String(i.pk).startsWith('IX#')) {
        await h.rt.doc.send(new UpdateCommand({ TableName: h.rt.tenantTable(TENANT), Key: { pk: i.pk, sk: i.sk }, UpdateExpression: 'REMOVE adRefs, kinds' }));
      }
    }
    const located = await store.locateAds([p.emailRef]);
    expect(located.every((a) => a.refs === undefined)).toBe(true);
    sent.length = 0;
    expect(await store.erase(located)).toHaveLength(2);
    expect(sent).toContain('BatchGetCommand');
    expect(await itemsOf(ids)).toEqual([]);
  });

  it('an entry whose refs leave out the one it was found under still loses that entry', async () => {
    const p = await seedPerson('4');
    const { store } = recordingStore();
    const ids = await store.locate([p.emailRef]);
    for (const id of ids) {
      await h.rt.doc.send(
        new UpdateCommand({ TableName: h.rt.tenantTable(TENANT), Key: { pk: p.emailRef, sk: `AD#${id}` }, UpdateExpression: 'SET adRefs = :r', ExpressionAttributeValues: { ':r': [] } }),
      );
    }
    await store.erase(await store.locateAds([p.emailRef]));
    const left = await h.rt.doc.send(new QueryCommand({ TableName: h.rt.tenantTable(TENANT), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': p.emailRef } }));
    expect(left.Items).toEqual([]);
    expect((await itemsOf(ids)).filter((i) => String(i.pk).startsWith('AD#'))).toEqual([]);
  });

  it('ads given by id alone (journal replay) are read and erased whole', async () => {
    const p = await seedPerson('5');
    const { store } = recordingStore();
    const ids = await store.locate([p.emailRef]);
    expect(await store.erase(ids)).toHaveLength(2);
    expect(await itemsOf(ids)).toEqual([]);
    // Erasing again changes nothing and reports nothing.
    expect(await store.erase(ids)).toEqual([]);
  });
});
