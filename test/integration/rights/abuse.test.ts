/**
 * The public routes from an attacker's side, over real HTTP on loopback: replayed, expired,
 * forged and borrowed tokens; a phone nobody proved; limits; and whether the answer to a
 * submission tells if we hold anything about the address (bytes and timing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../../lib/topology.js';
import { readOutbox } from '../../../lambdas/adapters/local/file-outbox.js';
import { issueToken } from '../../../lambdas/rights/tokens.js';
import { startApiServer, type ApiServer } from '../../../local/api/server.js';
import { lastLink, type RightsHarness, seedAd, startRightsHarness } from './setup.js';

let h: RightsHarness;
let api: ApiServer;
let now = Date.parse('2027-03-01T12:00:00Z');

beforeAll(async () => {
  h = await startRightsHarness({ clock: { now: () => now }, limits: { perIpPerHour: 1000, perIdentifierPerDay: 1000 } });
  api = await startApiServer({
    routes: ROUTES.filter((r) => r.auth === 'public'),
    handlers: h.rights.routeHandlers,
    verifier: { verify: () => Promise.reject(new Error('no customer routes here')) },
  });
}, 600_000);
afterAll(async () => {
  await api?.close();
  await h?.stop();
});

const JSON_ACCEPT = { accept: 'application/json' };

async function submit(body: object): Promise<Response> {
  return fetch(`${api.url}/v1/requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** Path and query of a link from the outbox, against the test's server. */
function local(link: string): string {
  const u = new URL(link);
  return `${api.url}${u.pathname}${u.search}`;
}

async function confirmed(email: string, type = 'erasure', phone?: string): Promise<{ requestId: string; statusToken: string; confirmLink: string }> {
  expect((await submit({ type, email, ...(phone ? { phone } : {}) })).status).toBe(202);
  const confirmLink = await lastLink(h, email, 'confirm');
  const r = await fetch(local(confirmLink), { headers: JSON_ACCEPT });
  expect(r.status).toBe(200);
  const body = (await r.json()) as { requestId: string; statusToken: string };
  return { ...body, confirmLink };
}

async function problemOf(r: Response) {
  return { status: r.status, type: r.headers.get('content-type'), body: await r.text() };
}

describe('tokens', () => {
  it('a confirmation link works once: a replay is refused exactly like a forged token, and the workflow ran once', async () => {
    const email = 'replay@example.test';
    const { requestId, confirmLink } = await confirmed(email);
    await h.rights.workflow.idle();
    const replay = await problemOf(await fetch(local(confirmLink), { headers: JSON_ACCEPT }));
    const forged = await problemOf(await fetch(`${api.url}/v1/requests/confirm?token=${issueToken('confirm', 0).token}`, { headers: JSON_ACCEPT }));
    const malformed = await problemOf(await fetch(`${api.url}/v1/requests/confirm?token=not-a-token`, { headers: JSON_ACCEPT }));
    expect(replay.status).toBe(410);
    expect(replay.type).toBe('application/problem+json');
    const strip = (p: { body: string }) => ({ ...(JSON.parse(p.body) as object), instance: undefined });
    expect(strip(forged)).toEqual(strip(replay));
    expect(strip(malformed)).toEqual(strip(replay));
    expect(h.rights.workflow.executions.filter((e) => e.requestId === requestId)).toHaveLength(1);
    // A browser opening a used link is sent to the portal's "link not valid" view.
    const browser = await fetch(local(confirmLink), { redirect: 'manual' });
    expect(browser.status).toBe(303);
    expect(browser.headers.get('location')).toBe('/rights#invalid');
  });

  it('a confirmation link is dead after 24 hours', async () => {
    const email = 'late@example.test';
    expect((await submit({ type: 'erasure', email })).status).toBe(202);
    const link = await lastLink(h, email, 'confirm');
    now += 24 * 3_600_000 + 1000;
    try {
      expect((await fetch(local(link), { headers: JSON_ACCEPT })).status).toBe(410);
    } finally {
      now += 1000;
    }
  });

  it("another request's status or export token is refused and not used up", async () => {
    const a = await confirmed('alice.access@example.test', 'access');
    const b = await confirmed('bob.access@example.test', 'access');
    await h.rights.workflow.idle();
    expect((await fetch(`${api.url}/v1/requests/${a.requestId}/status?token=${a.statusToken}`)).status).toBe(200);
    expect((await fetch(`${api.url}/v1/requests/${b.requestId}/status?token=${a.statusToken}`)).status).toBe(410);
    const exportA = new URL(await lastLink(h, 'alice.access@example.test', 'export')).searchParams.get('token')!;
    expect((await fetch(`${api.url}/v1/requests/${b.requestId}/export?token=${exportA}`)).status).toBe(410);
    // Alice's export link still works (once) after the attempt with it on Bob's request.
    const ok = await fetch(`${api.url}/v1/requests/${a.requestId}/export?token=${exportA}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toMatch(/attachment/);
    expect((await fetch(`${api.url}/v1/requests/${a.requestId}/export?token=${exportA}`)).status).toBe(410);
    // The status token does not open the export, nor the other way round.
    expect((await fetch(`${api.url}/v1/requests/${a.requestId}/export?token=${a.statusToken}`)).status).toBe(410);
  });

  it('an export link is dead after 7 days', async () => {
    const email = 'slow.reader@example.test';
    await confirmed(email, 'access');
    await h.rights.workflow.idle();
    const link = await lastLink(h, email, 'export');
    now += 7 * 86_400_000 + 1000;
    expect((await fetch(local(link))).status).toBe(410);
  });
});

describe('a phone nobody proved', () => {
  it('cannot disclose: an access request with someone else\'s phone exports nothing of theirs, even after wrong codes', async () => {
    const victimPhone = '+4791234599';
    await seedAd(h, [{ kind: 'phone', value: victimPhone, origin: 'text' }, { kind: 'email', value: 'victim2@example.test', origin: 'text' }]);
    const email = 'snoop@example.test';
    const { requestId, statusToken } = await confirmed(email, 'access', '912 34 599');
    const status = (await (await fetch(`${api.url}/v1/requests/${requestId}/status?token=${statusToken}`)).json()) as { awaitingPhoneCode: boolean };
    expect(status.awaitingPhoneCode).toBe(true);
    for (const code of ['000000', '123456', '999999', '111111', '222222']) {
      const r = await fetch(`${api.url}/v1/requests/${requestId}/phone?token=${statusToken}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      expect(((await r.json()) as { proved: boolean }).proved).toBe(false);
    }
    await h.rights.workflow.idle();
    const exported = await fetch(local(await lastLink(h, email, 'export')));
    const doc = (await exported.json()) as { heldBy: Record<string, unknown> };
    expect(doc.heldBy).toEqual({});
    expect(JSON.stringify(doc)).not.toContain('victim2');
  });
});

describe('limits', () => {
  it('refuses an IP that asks too often with 429, and quietly drops floods at one address', async () => {
    const portal = h.rights.runtime.portal as { limits?: object };
    const saved = portal.limits;
    Object.assign(portal, { limits: { perIpPerHour: 3, perIdentifierPerDay: 2 } });
    now += 2 * 86_400_000; // fresh windows
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await submit({ type: 'erasure', email: 'flooded@example.test' })).status);
      expect(statuses).toEqual([202, 202, 202]);
      expect((await readOutbox(h.outboxDir)).filter((m) => m.to === 'flooded@example.test')).toHaveLength(2);
      const r = await submit({ type: 'erasure', email: 'another@example.test' });
      expect(r.status).toBe(429);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
    } finally {
      Object.assign(portal, { limits: saved });
      now += 2 * 86_400_000;
    }
  });
});

describe('whether we hold anything does not show in the answer', () => {
  it('byte-identical answers, and timing within noise over 200 interleaved tries (sign test)', async () => {
    const heldEmail = 'held.person@example.test';
    await seedAd(h, [{ kind: 'email', value: heldEmail, origin: 'text' }]);
    const notHeld = 'never.seen@example.test';

    const shape = async (r: Response) => {
      const headers: Record<string, string> = {};
      r.headers.forEach((v, k) => {
        if (k !== 'date') headers[k] = v;
      });
      return JSON.stringify({ status: r.status, headers, body: await r.text() });
    };
    expect(await shape(await submit({ type: 'erasure', email: heldEmail }))).toBe(await shape(await submit({ type: 'erasure', email: notHeld })));
    expect(await shape(await submit({ type: 'access', email: heldEmail }))).toBe(await shape(await submit({ type: 'access', email: notHeld })));

    const time = async (email: string) => {
      const t = performance.now();
      const r = await submit({ type: 'erasure', email });
      await r.arrayBuffer();
      return performance.now() - t;
    };
    // Interleaved pairs, order alternating, so load on the machine hits both sides alike.
    let heldSlower = 0;
    const pairs = 200;
    for (let i = 0; i < pairs; i++) {
      const [a, b] = i % 2 === 0 ? [await time(heldEmail), await time(notHeld)] : [0, 0];
      const [d, c] = i % 2 === 1 ? [await time(notHeld), await time(heldEmail)] : [b, a];
      if ((i % 2 === 0 ? a : c) > (i % 2 === 0 ? b : d)) heldSlower++;
    }
    // Under "no difference" heldSlower ~ Binomial(200, 1/2): mean 100, sd ~7.1. A path that
    // looked anything up for held addresses only would be slower in nearly every pair.
    expect(Math.abs(heldSlower - pairs / 2)).toBeLessThan(4 * Math.sqrt(pairs / 4));
  }, 600_000);
});
