/**
 * The rights state machine, as CDK synthesizes it, run on local services: erasure across two
 * tenants, access export, objection, retries, and a failure that waits in a named state until
 * it is redriven.
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOutbox } from '../../../lambdas/adapters/local/file-outbox.js';
import { storeAd } from '../../../lambdas/collect/store/store-ad.js';
import { RightsTransientError } from '../../../lambdas/rights/errors.js';
import { downloadExport, submitRequest, confirmRequest, provePhone } from '../../../lambdas/rights/use-cases/portal.js';
import { redrive } from '../../../lambdas/rights/use-cases/workflow.js';
import { InvalidTokenError } from '../../../lambdas/rights/errors.js';
import { PLATFORM_INDEX_KEY_ITEM, TENANT_INDEX_KEY_ITEM } from '../../../lambdas/adapters/aws/dynamodb-tenant-store.js';
import { IndexKeyMissingError } from '../../../lambdas/shared/crypto/errors.js';
import { adsOf, freshRights, lastLink, runRequest, type RightsHarness, seedAd, startRightsHarness } from './setup.js';

let h: RightsHarness;
beforeAll(async () => {
  h = await startRightsHarness();
}, 600_000);
afterAll(async () => {
  await h?.stop();
});

const TENANTS = ['nordic-insurance', 'customs-brand'];

async function record(id: string) {
  return (await h.rt.doc.send(new GetCommand({ TableName: h.rt.platformTable('dsarRequests'), Key: { pk: `REQ#${id}` } }))).Item!;
}

describe('erasure', () => {
  it('erases the person in every tenant, suppresses them, journals HMACs only, notifies tenants by record id, and closes minimised', async () => {
    const email = 'erase.me@example.test';
    const phone = '+4791234501';
    await seedAd(h, [{ kind: 'email', value: email, origin: 'text' }, { kind: 'phone', value: phone, origin: 'text' }, { kind: 'name', value: 'kari testesen', origin: 'text' }]);
    await seedAd(h, [{ kind: 'email', value: email, origin: 'text' }]);
    const other = await seedAd(h, [{ kind: 'email', value: 'someone.else@example.test', origin: 'text' }]);
    for (const t of TENANTS) expect(await adsOf(h, t, 'email', email)).toHaveLength(2);

    const id = await runRequest(h, 'erasure', email);

    for (const t of TENANTS) {
      expect(await adsOf(h, t, 'email', email), t).toEqual([]);
      expect(await adsOf(h, t, 'email', 'someone.else@example.test'), t).toHaveLength(1);
    }
    // nordic-insurance stores phones and names too: their index entries went with the ads.
    expect(await adsOf(h, 'nordic-insurance', 'phone', phone)).toEqual([]);
    expect(await adsOf(h, 'nordic-insurance', 'name', 'kari testesen')).toEqual([]);
    // No ad item of the person is left (only the other person's ad and the key items).
    const scan = await h.rt.doc.send(new ScanCommand({ TableName: h.rt.tenantTable('customs-brand') }));
    expect(scan.Items!.filter((i) => String(i.pk).startsWith('AD#'))).toHaveLength(1);

    // A crawl meeting the person again stores nothing.
    const again = await storeAd({ sourceId: 'demo-classifieds', url: `${other}-new`, findings: [{ kind: 'email', value: email, origin: 'text' }] }, h.rt.collect.extractAd);
    expect(again.outcome).toBe('suppressed');

    const r = await record(id);
    expect(r.state).toBe('closed');
    expect(r.identity).toBeUndefined();
    expect(r.counts).toMatchObject({ ads: 4, tenants: 2, email: 4 });
    expect(typeof r.tookMs).toBe('number');
    expect(r.withinTarget).toBe(true);
    expect(JSON.stringify(r)).not.toContain('erase.me');

    const journal = await h.rt.doc.send(new ScanCommand({ TableName: h.rt.platformTable('erasureJournal') }));
    const entries = journal.Items!.filter((i) => i.requestId === id);
    expect(entries.map((e) => e.pk).sort()).toEqual(TENANTS.map((t) => `T#${t}`).sort());
    expect(JSON.stringify(entries)).not.toMatch(/erase\.me|91234501/);

    const mail = await readOutbox(h.outboxDir);
    const notices = mail.filter((m) => m.kind === 'tenant-notice' && m.text.includes(id));
    expect(notices.map((m) => m.to).sort()).toEqual(['dpo@nordic-insurance.example', 'privacy@brand-protection.example']);
    for (const n of notices) expect(n.text).not.toMatch(/erase\.me|91234501|kari/);
    const receipt = mail.filter((m) => m.kind === 'receipt' && m.to === email);
    expect(receipt).toHaveLength(1);
    expect(receipt[0]!.text).toMatch(/ads: 4/);
    expect(receipt[0]!.links).toEqual([]);

    const exec = h.rights.workflow.executions.find((e) => e.requestId === id)!;
    expect(exec.status).toBe('succeeded');
    expect(exec.trail.filter((s) => !s.includes('#'))).toEqual(['Validate', 'Suppress', 'ForEachTenant', 'ProcessTenant', 'ProcessTenant', 'Aggregate', 'NotifyTenants', 'Deliver', 'Close', 'Done']);
  });

  it('objection: suppressed as an objection and erased', async () => {
    const email = 'object.me@example.test';
    await seedAd(h, [{ kind: 'email', value: email, origin: 'text' }]);
    const id = await runRequest(h, 'objection', email);
    for (const t of TENANTS) expect(await adsOf(h, t, 'email', email)).toEqual([]);
    const supp = await h.rt.doc.send(new ScanCommand({ TableName: h.rt.platformTable('suppression') }));
    expect(supp.Items!.some((i) => i.reason === 'objection')).toBe(true);
    // The entry records the key and normaliser versions its hash was made with (rotation needs them).
    const index = await h.rights.runtime.workflow.platformIndex();
    const entry = await h.rt.doc.send(new GetCommand({ TableName: h.rt.platformTable('suppression'), Key: { pk: index.hash('email', email) } }));
    expect(entry.Item).toMatchObject({ reason: 'objection', keyVersion: index.version.keyVersion, normaliserVersion: index.version.normaliserVersion });
    expect(index.version.keyVersion).toBeGreaterThanOrEqual(1);
    expect((await record(id)).state).toBe('closed');
  });

  it('an unproved phone is suppressed but never used to find or erase data; a proved one is', async () => {
    const victimPhone = '+4791234502';
    await seedAd(h, [{ kind: 'phone', value: victimPhone, origin: 'text' }, { kind: 'email', value: 'victim@example.test', origin: 'text' }]);
    await runRequest(h, 'erasure', 'attacker@example.test', victimPhone);
    // The phone is suppressed (that discloses nothing)…
    const index = await h.rights.runtime.workflow.platformIndex();
    const supp = await h.rt.doc.send(new GetCommand({ TableName: h.rt.platformTable('suppression'), Key: { pk: index.hash('phone', victimPhone) } }));
    expect(supp.Item).toBeDefined();
    // …but the ad it appears in was not located through it.
    expect(await adsOf(h, 'nordic-insurance', 'phone', victimPhone)).toHaveLength(1);

    // The owner proves the phone with the SMS code: then it is used.
    const owner = 'phone.owner@example.test';
    await submitRequest({ type: 'erasure', email: owner, phone: '912 34 502', lang: 'en' }, '10.9.9.9', h.rights.runtime.portal);
    const sms = (await readOutbox(h.outboxDir)).filter((m) => m.kind === 'phone-code' && m.to === `sms:${victimPhone}`).at(-1)!;
    const code = /(\d{6})/.exec(sms.text)![1]!;
    const token = new URL(await lastLink(h, owner, 'confirm')).searchParams.get('token');
    const confirmed = await confirmRequest(token, h.rights.runtime.portal);
    expect(confirmed.awaitingPhoneCode).toBe(true);
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await provePhone(confirmed.requestId, confirmed.statusToken, wrong, h.rights.runtime.portal)).toEqual({ proved: false, started: false });
    expect(await provePhone(confirmed.requestId, confirmed.statusToken, code, h.rights.runtime.portal)).toEqual({ proved: true, started: true });
    await h.rights.workflow.idle();
    expect(await adsOf(h, 'nordic-insurance', 'phone', victimPhone)).toEqual([]);
  });
});

describe('access', () => {
  it('exports what every tenant holds behind a second single-use link, and changes nothing', async () => {
    const email = 'show.me@example.test';
    await seedAd(h, [{ kind: 'email', value: email, origin: 'json-ld:seller.email' }, { kind: 'vin', value: 'WVWZZZ1JZXW000001', origin: 'text' }]);
    const id = await runRequest(h, 'access', email);
    expect((await record(id)).state).toBe('closed');
    for (const t of TENANTS) expect(await adsOf(h, t, 'email', email)).toHaveLength(1);

    const link = new URL(await lastLink(h, email, 'export'));
    expect(link.pathname).toBe(`/v1/requests/${id}/export`);
    const doc = JSON.parse(await downloadExport(id, link.searchParams.get('token'), h.rights.runtime.portal)) as {
      heldBy: Record<string, { identifiers: { kind: string; value: string }[] }[]>;
    };
    expect(Object.keys(doc.heldBy).sort()).toEqual(['Brand Protection Unit (demo)', 'Nordic Insurance (demo)']);
    expect(doc.heldBy['Nordic Insurance (demo)']![0]!.identifiers.map((i) => i.kind).sort()).toEqual(['email', 'vin']);
    // customs-brand may not store VINs, so its export has none.
    expect(doc.heldBy['Brand Protection Unit (demo)']![0]!.identifiers.map((i) => i.kind)).toEqual(['email']);
    await expect(downloadExport(id, link.searchParams.get('token'), h.rights.runtime.portal)).rejects.toBeInstanceOf(InvalidTokenError);
    // The stored export is encrypted: the address is not in the table in the clear.
    const all = await h.rt.doc.send(new ScanCommand({ TableName: h.rt.platformTable('dsarRequests') }));
    expect(JSON.stringify(all.Items)).not.toContain('show.me');
  });
});

describe('failures', () => {
  it('retries a task that fails transiently, then goes on', async () => {
    const email = 'retry.me@example.test';
    await seedAd(h, [{ kind: 'email', value: email, origin: 'text' }]);
    const real = h.rights.workflow['opts'].handlers.NotifyTenants!;
    let calls = 0;
    h.rights.workflow.handlers = {
      NotifyTenants: async (input) => {
        if (++calls === 1) throw new RightsTransientError('mail service throttled');
        return real(input);
      },
    };
    try {
      const id = await runRequest(h, 'erasure', email);
      const exec = h.rights.workflow.executions.find((e) => e.requestId === id)!;
      expect(exec.trail).toContain('NotifyTenants#retry1');
      expect((await record(id)).state).toBe('closed');
    } finally {
      h.rights.workflow.handlers = {};
    }
  });

  it('a task that keeps failing leaves the request in a named failed state; a redrive finishes it without repeating messages', async () => {
    const email = 'redrive.me@example.test';
    await seedAd(h, [{ kind: 'email', value: email, origin: 'text' }]);
    let attempts = 0;
    h.rights.workflow.handlers = {
      Deliver: async () => {
        attempts++;
        throw new RightsTransientError('mail service down');
      },
    };
    let id: string;
    try {
      id = await runRequest(h, 'erasure', email);
    } finally {
      h.rights.workflow.handlers = {};
    }
    expect(attempts).toBe(5); // the first try and four retries
    const failed = await record(id);
    expect(failed.state).toBe('failed');
    expect(failed.failure).toMatchObject({ step: 'Deliver', error: 'RightsTransientError' });
    const exec = h.rights.workflow.executions.filter((e) => e.requestId === id);
    expect(exec.at(-1)!.trail.slice(-3)).toEqual(['DeliverFailed', 'RecordFailure', 'RequestFailed']);
    // The erasure itself was done before the failure, and stays done.
    for (const t of ['nordic-insurance', 'customs-brand']) expect(await adsOf(h, t, 'email', email)).toEqual([]);

    const noticesBefore = (await readOutbox(h.outboxDir)).filter((m) => m.kind === 'tenant-notice' && m.text.includes(id)).length;
    await redrive(id, { requests: h.rights.runtime.portal.requests, workflow: h.rights.workflow });
    await h.rights.workflow.idle();
    const done = await record(id);
    expect(done.state).toBe('closed');
    expect(done.failure).toBeUndefined();
    const mail = await readOutbox(h.outboxDir);
    expect(mail.filter((m) => m.kind === 'tenant-notice' && m.text.includes(id))).toHaveLength(noticesBefore);
    expect(mail.filter((m) => m.kind === 'receipt' && m.to === email)).toHaveLength(1);
  });

  it('a closed request cannot be redriven or confirmed again', async () => {
    const email = 'once.only@example.test';
    await submitRequest({ type: 'erasure', email, lang: 'en' }, '10.1.1.1', h.rights.runtime.portal);
    const token = new URL(await lastLink(h, email, 'confirm')).searchParams.get('token');
    const { requestId } = await confirmRequest(token, h.rights.runtime.portal);
    await h.rights.workflow.idle();
    await expect(confirmRequest(token, h.rights.runtime.portal)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(redrive(requestId, { requests: h.rights.runtime.portal.requests, workflow: h.rights.workflow })).rejects.toThrow(/cannot become/);
    const q = await h.rt.doc.send(new QueryCommand({ TableName: h.rt.platformTable('dsarRequests'), KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': `REQ#${requestId}` } }));
    expect(q.Items![0]!.state).toBe('closed');
  });
});

describe('index keys', () => {
  // Rights never creates an index key: a new key would not match the stored hashes, so it would
  // neither find the person's ads nor keep them suppressed. A missing key fails closed.
  it('a missing platform or tenant index key fails closed and is not created at run time', async () => {
    const platformKey = { TableName: h.rt.platformTable('suppression'), Key: { ...PLATFORM_INDEX_KEY_ITEM } };
    const tenantKey = { TableName: h.rt.tenantTable('customs-brand'), Key: { ...TENANT_INDEX_KEY_ITEM } };
    const savedPlatform = (await h.rt.doc.send(new GetCommand({ ...platformKey, ConsistentRead: true }))).Item!;
    const savedTenant = (await h.rt.doc.send(new GetCommand({ ...tenantKey, ConsistentRead: true }))).Item!;
    expect(savedPlatform).toBeDefined();
    expect(savedTenant).toBeDefined();
    try {
      await h.rt.doc.send(new DeleteCommand(platformKey));
      await h.rt.doc.send(new DeleteCommand(tenantKey));
      // A fresh composition, so nothing is cached from the earlier tests.
      const fresh = await freshRights(h);
      await expect(fresh.runtime.workflow.platformIndex()).rejects.toBeInstanceOf(IndexKeyMissingError);
      await expect(fresh.runtime.workflow.tenantContext('customs-brand')).rejects.toBeInstanceOf(IndexKeyMissingError);
      // Asking again does not create one either (a failure is not cached, and never papered over).
      await expect(fresh.runtime.workflow.platformIndex()).rejects.toBeInstanceOf(IndexKeyMissingError);
      expect((await h.rt.doc.send(new GetCommand({ ...platformKey, ConsistentRead: true }))).Item).toBeUndefined();
      expect((await h.rt.doc.send(new GetCommand({ ...tenantKey, ConsistentRead: true }))).Item).toBeUndefined();
    } finally {
      await h.rt.doc.send(new PutCommand({ TableName: platformKey.TableName, Item: savedPlatform }));
      await h.rt.doc.send(new PutCommand({ TableName: tenantKey.TableName, Item: savedTenant }));
    }
  });
});
