/**
 * The customer API end to end against DynamoDB Local + cognito-local: sign-in with TOTP, search
 * per identifier kind, the cross-tenant matrix, token tampering, the audit trail and its
 * tamper detection. Adversarial: every guarantee is attacked, not just exercised.
 */
import { createSign, generateKeyPairSync } from 'node:crypto';
import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { DeleteCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminCreateUser, enrolTotp, generatePassword, signIn, SignInError, type Tokens } from '../../../bin/cognito-auth.js';
import { platformTableName } from '../../../lib/topology.js';
import { DynamoDbAuditLog } from '../../../lambdas/adapters/aws/dynamodb-audit-log.js';
import { appendAudit, verifyChain } from '../../../lambdas/query/audit.js';
import { adFindings, CONFIG, startApiHarness, SYN, type ApiHarness } from './harness.js';
import { randomBytes } from 'node:crypto';

let h: ApiHarness;
let aAdmin: Tokens;
let aAnalyst: Tokens;
let bAdmin: Tokens;
const T0 = Date.parse('2026-11-01T10:00:00Z');

function b64(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}
function parts(token: string): { header: Record<string, unknown>; payload: Record<string, unknown>; sig: string } {
  const [hd, pl, sig] = token.split('.');
  return { header: JSON.parse(Buffer.from(hd!, 'base64url').toString()) as Record<string, unknown>, payload: JSON.parse(Buffer.from(pl!, 'base64url').toString()) as Record<string, unknown>, sig: sig! };
}

beforeAll(async () => {
  h = await startApiHarness();
  // Ad 1: every kind, both tenants. Ad 2/3: same phone, later (for ordering and pages). Ad 4: only tenant B.
  await h.store('http://127.0.0.1:9/ad/1', adFindings(), T0);
  await h.store('http://127.0.0.1:9/ad/2', [{ kind: 'phone', value: SYN.phone, origin: 'text' }, { kind: 'email', value: SYN.shared, origin: 'text' }], T0 + 60_000);
  await h.store('http://127.0.0.1:9/ad/3', [{ kind: 'phone', value: SYN.phone, origin: 'text' }], T0 + 120_000);
  await h.store('http://127.0.0.1:9/ad/4', [{ kind: 'phone', value: SYN.onlyB, origin: 'text' }], T0 + 180_000, ['tenant-b']);
  aAdmin = (await h.user('tenant-a', 'tenant-admin', 'admin@tenant-a.example')).tokens;
  aAnalyst = (await h.user('tenant-a', 'analyst', 'analyst@tenant-a.example')).tokens;
  bAdmin = (await h.user('tenant-b', 'tenant-admin', 'admin@tenant-b.example')).tokens;
}, 240_000);

afterAll(async () => {
  await h?.stop();
});

const search = (kind: string, q: string, extra = '') => `/v1/search?kind=${kind}&q=${encodeURIComponent(q)}${extra}`;

describe('sign-in (cognito-local, MFA ON, TOTP only)', () => {
  it('gives ID tokens carrying the tenant and the group only after password AND a TOTP code', () => {
    const p = parts(aAdmin.idToken).payload;
    expect(p['custom:tenantId']).toBe('tenant-a');
    expect(p['cognito:groups']).toEqual(['tenant-admin']);
    expect(p.token_use).toBe('id');
  });

  it('refuses a wrong TOTP code', async () => {
    const u = await h.user('tenant-a', 'analyst', 'wrongcode@tenant-a.example');
    const { client, identity } = h.api.cognito;
    await expect(signIn(client, identity.clientId, u.email, u.password, async () => '000000')).rejects.toBeInstanceOf(SignInError);
  });

  it('gives a user without MFA enrolled no token at all (pool MFA is ON)', async () => {
    const { client, identity } = h.api.cognito;
    const password = generatePassword(randomBytes);
    await adminCreateUser(client, identity.userPoolId, { email: 'nomfa@tenant-a.example', tenantId: 'tenant-a', group: 'analyst', password });
    await expect(
      client.send(new InitiateAuthCommand({ ClientId: identity.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'nomfa@tenant-a.example', PASSWORD: password } })),
    ).rejects.toThrow();
  });
});

describe('search', () => {
  it.each([
    ['phone', '+47 912 34 567'],
    ['phone', '912 34 567'],
    ['email', '  Seller.One@EXAMPLE.test '],
    ['vin', 'wvwzzz1jzxw000001'],
    ['plate', 'AB 12 345'],
    ['name', 'Ola   TESTMANN'],
    ['nickname', 'TestSeller42'],
    ['address', 'Testveien 1, 0001 Oslo'],
  ])('finds exactly the stored ads by %s in any spelling (%s)', async (kind, q) => {
    const r = await h.get(search(kind, q), aAnalyst.idToken);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const items = r.body.items as { url: string; identifiers: { kind: string; value: string }[] }[];
    const expected = kind === 'phone' ? ['http://127.0.0.1:9/ad/3', 'http://127.0.0.1:9/ad/2', 'http://127.0.0.1:9/ad/1'] : ['http://127.0.0.1:9/ad/1'];
    expect(items.map((i) => i.url)).toEqual(expected); // newest first
    expect(items.at(-1)!.identifiers.some((i) => i.kind === kind)).toBe(true);
  });

  it('answers a value that is not a valid identifier of its kind with a 400 problem that says why and does not echo it', async () => {
    const r = await h.get(search('phone', 'call me maybe'), aAnalyst.idToken);
    expect(r.status).toBe(400);
    expect(r.type).toContain('application/problem+json');
    expect(r.body.detail).toBe('q is not a valid phone number');
    expect(JSON.stringify(r.body)).not.toContain('call me');
    expect(r.body).not.toHaveProperty('stack');
  });

  it('refuses a kind the tenant may not hold, and never shows such kinds in answers', async () => {
    const r = await h.get(search('vin', SYN.vin), bAdmin.idToken);
    expect(r.status).toBe(400);
    const ok = await h.get(search('email', SYN.email), bAdmin.idToken);
    const items = ok.body.items as { identifiers: { kind: string }[] }[];
    expect(items).toHaveLength(1);
    expect(new Set(items[0]!.identifiers.map((i) => i.kind))).toEqual(new Set(['email', 'phone', 'nickname']));
  });

  it('pages with an opaque cursor that cannot be altered or reused for another query', async () => {
    const p1 = await h.get(search('phone', SYN.phone, '&limit=2'), aAnalyst.idToken);
    expect((p1.body.items as unknown[]).length).toBe(2);
    const next = p1.body.next as string;
    expect(next).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(next, 'base64url').toString('latin1')).not.toContain('ad/');
    const p2 = await h.get(search('phone', SYN.phone, `&limit=2&cursor=${next}`), aAnalyst.idToken);
    expect((p2.body.items as { url: string }[]).map((i) => i.url)).toEqual(['http://127.0.0.1:9/ad/1']);
    expect(p2.body.next).toBeUndefined();
    const flipped = next.slice(0, 20) + (next[20] === 'A' ? 'B' : 'A') + next.slice(21);
    expect((await h.get(search('phone', SYN.phone, `&limit=2&cursor=${flipped}`), aAnalyst.idToken)).status).toBe(400);
    expect((await h.get(search('email', SYN.email, `&limit=2&cursor=${next}`), aAnalyst.idToken)).status).toBe(400);
  });
});

describe('cross-tenant matrix: tenant A\'s token never reaches tenant B\'s data, and cannot tell whether it exists', () => {
  it('GET /v1/ads/{id}: B\'s ad id is the same 404 as an id that exists nowhere', async () => {
    const b = await h.get(search('phone', SYN.onlyB), bAdmin.idToken);
    const bAdId = (b.body.items as { adId: string }[])[0]!.adId;
    expect((await h.get(`/v1/ads/${bAdId}`, bAdmin.idToken)).status).toBe(200);
    const cross = await h.get(`/v1/ads/${bAdId}`, aAdmin.idToken);
    const nowhere = await h.get(`/v1/ads/${'x'.repeat(22)}`, aAdmin.idToken);
    expect(cross.status).toBe(404);
    expect({ ...cross.body, instance: null }).toEqual({ ...nowhere.body, instance: null });
  });

  it('the same ad gets unrelated ids per tenant, and A\'s id is a 404 for B', async () => {
    const a = (await h.get(search('email', SYN.email), aAdmin.idToken)).body.items as { adId: string }[];
    const b = (await h.get(search('email', SYN.email), bAdmin.idToken)).body.items as { adId: string }[];
    expect(a[0]!.adId).not.toBe(b[0]!.adId);
    expect((await h.get(`/v1/ads/${a[0]!.adId}`, bAdmin.idToken)).status).toBe(404);
  });

  it('search: B-only identifiers find nothing for A', async () => {
    const r = await h.get(search('phone', SYN.onlyB), aAdmin.idToken);
    expect(r.status).toBe(200);
    expect(r.body.items).toEqual([]);
  });

  it('cursors: B\'s cursor for the very same query is refused for A like a garbage cursor', async () => {
    await h.store('http://127.0.0.1:9/ad/5', [{ kind: 'phone', value: SYN.onlyB, origin: 'text' }], T0 + 240_000, ['tenant-b']);
    const b = await h.get(search('phone', SYN.onlyB, '&limit=1'), bAdmin.idToken);
    const bCursor = b.body.next as string;
    expect(bCursor).toBeTruthy();
    const a = await h.get(search('phone', SYN.onlyB, `&limit=1&cursor=${bCursor}`), aAdmin.idToken);
    const garbage = await h.get(search('phone', SYN.onlyB, `&limit=1&cursor=${'A'.repeat(60)}`), aAdmin.idToken);
    expect(a.status).toBe(400);
    expect({ ...a.body, instance: null }).toEqual({ ...garbage.body, instance: null });
  });

  it('audit: each tenant admin sees only its own tenant\'s records; an analyst is refused', async () => {
    const a = await h.get('/v1/audit?limit=100', aAdmin.idToken);
    expect(a.status).toBe(200);
    const aSubs = new Set([parts(aAdmin.idToken).payload.sub, parts(aAnalyst.idToken).payload.sub]);
    expect((a.body.items as { actor: string }[]).every((r) => aSubs.has(r.actor))).toBe(true);
    const b = await h.get('/v1/audit?limit=100', bAdmin.idToken);
    expect((b.body.items as { actor: string }[]).every((r) => r.actor === parts(bAdmin.idToken).payload.sub)).toBe(true);
    const denied = await h.get('/v1/audit', aAnalyst.idToken);
    expect(denied.status).toBe(403);
    expect(denied.type).toContain('application/problem+json');
  });

  it('sources: only the tenant\'s own subscriptions', async () => {
    const r = await h.get('/v1/sources', bAdmin.idToken);
    expect(r.status).toBe(200);
    expect((r.body.items as { sourceId: string }[]).map((s) => s.sourceId)).toEqual(['src-no']);
  });
});

describe('token tampering: refused with one indistinct 401 before any handler runs', () => {
  const routes = () => [search('phone', SYN.phone), '/v1/ads/' + 'x'.repeat(22), '/v1/sources', '/v1/audit'];

  async function expectRefused(token: string | undefined): Promise<void> {
    for (const path of routes()) {
      const r = await h.get(path, token);
      expect(r.status, path).toBe(401);
      expect(r.type).toContain('application/problem+json');
      expect(r.body.items).toBeUndefined();
    }
  }

  it('no token', async () => expectRefused(undefined));
  it('garbage', async () => expectRefused('not.a.jwt'));

  it('an altered payload (tenant switched to B, signature kept)', async () => {
    const { header, payload, sig } = parts(aAdmin.idToken);
    await expectRefused(`${b64(header)}.${b64({ ...payload, 'custom:tenantId': 'tenant-b' })}.${sig}`);
  });

  it('a forged token signed with another key under the pool\'s key id', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const { header, payload } = parts(aAdmin.idToken);
    const body = `${b64(header)}.${b64({ ...payload, 'custom:tenantId': 'tenant-b' })}`;
    const sig = createSign('RSA-SHA256').update(body).sign(privateKey).toString('base64url');
    await expectRefused(`${body}.${sig}`);
  });

  it('an unsigned token (alg none)', async () => {
    const { payload } = parts(aAdmin.idToken);
    await expectRefused(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`);
  });

  it('an expired token', async () => {
    const real = Date.now;
    const spy = vi.spyOn(Date, 'now').mockImplementation(() => real() + 2 * 3600_000);
    try {
      await expectRefused(aAdmin.idToken);
    } finally {
      spy.mockRestore();
    }
  });

  it('an access token instead of the ID token', async () => expectRefused(aAdmin.accessToken));

  it('a token of a user without MFA (issued during the local enrolment window, other app client)', async () => {
    const { client, identity } = h.api.cognito;
    const password = generatePassword(randomBytes);
    await adminCreateUser(client, identity.userPoolId, { email: 'window@tenant-a.example', tenantId: 'tenant-a', group: 'tenant-admin', password });
    const r = await h.api.cognito.withEnrolmentWindow(() =>
      client.send(new InitiateAuthCommand({ ClientId: identity.enrolClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'window@tenant-a.example', PASSWORD: password } })),
    );
    expect(r.AuthenticationResult?.IdToken).toBeTruthy();
    await expectRefused(r.AuthenticationResult!.IdToken!);
  });

  it('a token from another user pool', async () => {
    const { client } = h.api.cognito;
    const pool = await client.send(new CreateUserPoolCommand({ PoolName: 'attacker', Schema: [{ Name: 'tenantId', AttributeDataType: 'String', Mutable: true }] }));
    const poolId = pool.UserPool!.Id!;
    const app = await client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'x', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'] }));
    await client.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } }));
    const password = generatePassword(randomBytes);
    await adminCreateUser(client, poolId, { email: 'mallory@tenant-a.example', tenantId: 'tenant-a', group: 'tenant-admin', password }).catch(async () => {
      // the attacker's pool has no groups; membership does not matter for this test
    });
    const { secret } = await enrolTotp(client, app.UserPoolClient!.ClientId!, 'mallory@tenant-a.example', password);
    expect(secret).toBeTruthy();
    const t = await signIn(client, app.UserPoolClient!.ClientId!, 'mallory@tenant-a.example', password, async () => (await import('otplib')).generate({ secret }));
    expect(parts(t.idToken).payload['custom:tenantId']).toBe('tenant-a');
    await expectRefused(t.idToken);
  });
});

describe('audit trail', () => {
  it('records every answer with personal data: actor, route, kind, HMAC of the query (never the value), results, request id', async () => {
    const before = (await h.get('/v1/audit?limit=100', aAdmin.idToken)).body.items as unknown[];
    const r = await h.get(search('email', SYN.email), aAnalyst.idToken);
    expect(r.status).toBe(200);
    const after = (await h.get('/v1/audit?limit=100', aAdmin.idToken)).body.items as Record<string, unknown>[];
    expect(after.length).toBe(before.length + 1);
    const last = after.at(-1)!;
    expect(last).toMatchObject({ actor: parts(aAnalyst.idToken).payload.sub, action: 'GET /v1/search', queryKind: 'email', results: 1 });
    expect(last.queryHmac).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(typeof last.requestId).toBe('string');
    const raw = await h.doc.send(new QueryCommand({ TableName: platformTableName('dev', 'auditLog'), KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'T#tenant-a' } }));
    const text = JSON.stringify(raw.Items);
    for (const v of Object.values(SYN)) expect(text.toLowerCase()).not.toContain(v.toLowerCase());
  });

  it('concurrent appends never fork the chain', async () => {
    const log = new DynamoDbAuditLog(h.doc, platformTableName('dev', 'auditLog'));
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => appendAudit(log, { tenantId: 'tenant-c', actor: 'test', action: 'concurrency', results: i, requestId: `r${i}` }, { maxAttempts: 50 })),
    );
    const v = await verifyChain(log, 'tenant-c');
    expect(v).toEqual({ ok: true, records: 12, problems: [] });
  });

  it('verify detects an altered record, and a deleted one', async () => {
    const log = new DynamoDbAuditLog(h.doc, platformTableName('dev', 'auditLog'));
    for (let i = 0; i < 4; i++) await appendAudit(log, { tenantId: 'tenant-d', actor: 'test', action: 'tamper', results: i, requestId: `t${i}` });
    expect((await verifyChain(log, 'tenant-d')).ok).toBe(true);
    const items = (await h.doc.send(new QueryCommand({ TableName: platformTableName('dev', 'auditLog'), KeyConditionExpression: 'pk = :p AND begins_with(sk, :r)', ExpressionAttributeValues: { ':p': 'T#tenant-d', ':r': 'R#' } }))).Items!;
    await h.doc.send(new UpdateCommand({ TableName: platformTableName('dev', 'auditLog'), Key: { pk: 'T#tenant-d', sk: items[1]!.sk }, UpdateExpression: 'SET results = :n', ExpressionAttributeValues: { ':n': 0 } }));
    expect((await verifyChain(log, 'tenant-d')).problems).toEqual([{ seq: 2, problem: 'altered' }]);
    await h.doc.send(new DeleteCommand({ TableName: platformTableName('dev', 'auditLog'), Key: { pk: 'T#tenant-d', sk: items[2]!.sk } }));
    expect((await verifyChain(log, 'tenant-d')).problems).toEqual([{ seq: 2, problem: 'altered' }, { seq: 3, problem: 'missing' }]);
  });

  it('the tenants of the test config are the ones the API serves', () => {
    expect(CONFIG.tenants.map((t) => t.id)).toEqual(['tenant-a', 'tenant-b']);
  });
});
