/**
 * The deadline watcher on local services: requests stored through the real request store, the
 * sparse `byDue` index in DynamoDB Local, the watcher run as the local scheduler runs it. Open
 * requests are counted by the deadline in force (the extended one once extended); requests not
 * yet confirmed, closed or expired are not; the index holds a state and dates only.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DUE_INDEX } from '../../../lib/topology.js';
import { deadlinesFor, extend } from '../../../lambdas/rights/deadline.js';
import type { DeadlineSummary } from '../../../lambdas/rights/deadline-watch.js';
import type { RequestRecord, RequestState } from '../../../lambdas/rights/request.js';
import { runRequest, type RightsHarness, seedAd, startRightsHarness } from './setup.js';

let h: RightsHarness;
let now = Date.parse('2027-02-25T00:00:00.000Z');

beforeAll(async () => {
  h = await startRightsHarness({ clock: { now: () => now } });
}, 600_000);
afterAll(async () => {
  await h?.stop();
});

const store = () => h.rights.runtime.workflow.requests;

function request(state: RequestState, receivedAt: string, patch: Partial<RequestRecord> = {}): RequestRecord {
  return {
    id: randomUUID(),
    type: 'erasure',
    state,
    lang: 'en',
    deadlines: deadlinesFor(new Date(receivedAt)),
    // Stands for the encrypted identity: it must never reach the index.
    identity: 'v1.envelope-of-watch.person@example.test',
    hashes: ['hmac-of-an-identifier'],
    done: [],
    expiresAt: Math.ceil(Date.parse('2027-12-31T00:00:00Z') / 1000),
    ...patch,
  };
}

async function watch(): Promise<DeadlineSummary> {
  const job = h.rights.scheduled.find((j) => j.name === 'rightsDeadlines');
  expect(job?.expression).toBe('rate(1 hour)');
  // The run prints its metrics as EMF on stdout, as in Lambda; keep the test output quiet.
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    return (await job!.run()) as DeadlineSummary;
  } finally {
    spy.mockRestore();
  }
}

async function indexItems(): Promise<Record<string, unknown>[]> {
  const r = await h.rt.doc.send(new ScanCommand({ TableName: h.rt.platformTable('dsarRequests'), IndexName: DUE_INDEX.name }));
  return r.Items ?? [];
}

describe('the deadline watcher', () => {
  const near = request('running', '2027-01-31T10:00:00.000Z'); // due 28 Feb 10:00: near due on 25 Feb
  const overdue = request('failed', '2027-01-20T10:00:00.000Z'); // due 20 Feb: overdue
  const fresh = request('confirmed', '2027-02-20T10:00:00.000Z'); // due 20 Mar: on time
  const unconfirmed = request('awaiting_confirmation', '2027-01-20T10:00:00.000Z'); // would be overdue, but we owe nothing yet
  const closed = request('closed', '2027-01-20T10:00:00.000Z', { identity: undefined, closedAt: '2027-01-25T00:00:00.000Z' });

  it('counts open requests by the deadline in force, and only open ones', async () => {
    for (const r of [near, overdue, fresh, unconfirmed, closed]) await store().create(r);
    const s = await watch();
    expect(s.totals).toEqual({ open: 3, nearDue: 1, overdue: 1, pastTarget: 2 });
    expect(s.open).toEqual({ confirmed: 1, running: 1, failed: 1 });
    expect(s.nearDue.running).toBe(1);
    expect(s.overdue.failed).toBe(1);
  });

  it('the index holds a state and dates only, never the identity, hashes or tokens', async () => {
    const items = await indexItems();
    expect(items).toHaveLength(3);
    for (const i of items) {
      expect(Object.keys(i).sort()).toEqual(['dueAt', 'dueReceivedAt', 'dueState', 'pk'].sort());
      expect(JSON.stringify(i)).not.toContain('example.test');
      expect(JSON.stringify(i)).not.toContain('hmac-of-an-identifier');
    }
  });

  it('reading a request back gives the record as stored, without the index attributes', async () => {
    expect(await store().get(near.id)).toEqual(near);
  });

  it('an extension moves the request to its extended deadline', async () => {
    const extended = { ...near, deadlines: extend(near.deadlines, 2, 'many tenants to search, one slow', new Date(now)) };
    await store().replace(extended, 'running');
    const s = await watch();
    expect(s.totals.nearDue).toBe(0);
    expect(s.totals.overdue).toBe(1);
    // Five days before the extended deadline (28 April 10:00), it is near due again.
    now = Date.parse('2027-04-23T10:00:00.000Z');
    try {
      expect((await watch()).nearDue.running).toBe(1);
    } finally {
      now = Date.parse('2027-02-25T00:00:00.000Z');
    }
  });

  it('a request leaves the index when it closes', async () => {
    const before = (await watch()).totals.open;
    await store().replace({ ...fresh, state: 'running' }, 'confirmed');
    expect((await watch()).open).toMatchObject({ confirmed: 0, running: 2 });
    await store().replace({ ...fresh, state: 'closed', identity: undefined }, 'running');
    expect((await watch()).totals.open).toBe(before - 1);
    const item = (await h.rt.doc.send(new GetCommand({ TableName: h.rt.platformTable('dsarRequests'), Key: { pk: `REQ#${fresh.id}` } }))).Item!;
    expect(item[DUE_INDEX.state]).toBeUndefined();
  });

  it('a request the workflow runs and closes leaves the index, its time taken recorded against the target', async () => {
    const email = 'watched.person@example.test';
    await seedAd(h, [{ kind: 'email', value: email, origin: 'text' }]);
    const before = (await indexItems()).length;
    const id = await runRequest(h, 'erasure', email);
    const r = await store().get(id);
    expect(r?.state).toBe('closed');
    expect(r?.withinTarget).toBe(true);
    expect((await indexItems()).length).toBe(before);
    expect((await indexItems()).some((i) => i.pk === `REQ#${id}`)).toBe(false);
  });
});
