import { describe, expect, it } from 'vitest';
import { deadlinesFor, extend } from '../../../lambdas/rights/deadline.js';
import { dueEntryOf, OPEN_STATES, pastTarget, standing, summariseDeadlines, type DueEntry } from '../../../lambdas/rights/deadline-watch.js';
import { REQUEST_STATES, type RequestState } from '../../../lambdas/rights/request.js';

const d = (s: string) => new Date(s);
const entry = (received: string, state: DueEntry['state'] = 'running') => dueEntryOf({ state, deadlines: deadlinesFor(d(received)) })!;

describe('near due: five days (of 24 h) before the deadline in force, month ends included', () => {
  it.each([
    // received                     due (one calendar month)      last instant on time          first instant near due
    ['2027-01-31T10:00:00.000Z', '2027-02-28T10:00:00.000Z', '2027-02-23T09:59:59.999Z', '2027-02-23T10:00:00.000Z'],
    ['2028-01-31T10:00:00.000Z', '2028-02-29T10:00:00.000Z', '2028-02-24T09:59:59.999Z', '2028-02-24T10:00:00.000Z'], // leap year
    ['2027-03-31T00:00:00.000Z', '2027-04-30T00:00:00.000Z', '2027-04-24T23:59:59.999Z', '2027-04-25T00:00:00.000Z'],
    ['2027-12-31T12:00:00.000Z', '2028-01-31T12:00:00.000Z', '2028-01-26T11:59:59.999Z', '2028-01-26T12:00:00.000Z'], // across the year
    ['2027-02-28T08:00:00.000Z', '2027-03-28T08:00:00.000Z', '2027-03-23T07:59:59.999Z', '2027-03-23T08:00:00.000Z'],
  ])('received %s: due %s, near due from %s', (received, due, lastOnTime, firstNear) => {
    const e = entry(received);
    expect(e.dueAt).toBe(due);
    expect(standing(e, d(lastOnTime))).toBe('on-time');
    expect(standing(e, d(firstNear))).toBe('near-due');
    expect(standing(e, new Date(Date.parse(due) - 1))).toBe('near-due');
    expect(standing(e, d(due))).toBe('overdue');
    expect(standing(e, new Date(Date.parse(due) + 86_400_000 * 40))).toBe('overdue');
  });

  it('an extended request is judged by its extended deadline, not the first one', () => {
    const base = deadlinesFor(d('2027-01-31T10:00:00.000Z'));
    const extended = extend(base, 2, 'many tenants to search, one slow', d('2027-02-10T00:00:00Z'));
    const e = dueEntryOf({ state: 'running', deadlines: extended })!;
    expect(e.dueAt).toBe('2027-04-28T10:00:00.000Z');
    // Past the first deadline, but not overdue: the extension is in force.
    expect(standing(e, d('2027-03-01T00:00:00Z'))).toBe('on-time');
    expect(standing(e, d('2027-04-23T09:59:59.999Z'))).toBe('on-time');
    expect(standing(e, d('2027-04-23T10:00:00.000Z'))).toBe('near-due');
    expect(standing(e, d('2027-04-28T10:00:00.000Z'))).toBe('overdue');
    // The received time stays the original one: the one-week target is not extended.
    expect(e.receivedAt).toBe('2027-01-31T10:00:00.000Z');
  });

  it('refuses an entry whose deadline is not a date (rather than counting it as on time)', () => {
    expect(() => standing({ dueAt: 'soon' }, d('2027-01-01T00:00:00Z'))).toThrow(RangeError);
  });
});

describe('which requests are watched', () => {
  it('open means confirmed, running or failed; awaiting confirmation, closed and expired leave the index', () => {
    const deadlines = deadlinesFor(d('2027-01-31T10:00:00.000Z'));
    const watched = REQUEST_STATES.filter((state: RequestState) => dueEntryOf({ state, deadlines }) !== undefined);
    expect(watched.sort()).toEqual([...OPEN_STATES].sort());
  });

  it('the entry holds a state and dates only', () => {
    const e = entry('2027-01-31T10:00:00.000Z', 'failed');
    expect(Object.keys(e).sort()).toEqual(['dueAt', 'receivedAt', 'state']);
    expect(e.state).toBe('failed');
  });
});

describe('past our one-week target', () => {
  it('is strictly after received + 7 days', () => {
    const e = entry('2027-01-31T10:00:00.000Z');
    expect(pastTarget(e, d('2027-02-07T10:00:00.000Z'))).toBe(false);
    expect(pastTarget(e, d('2027-02-07T10:00:00.001Z'))).toBe(true);
  });
});

describe('the summary', () => {
  const now = d('2027-02-25T00:00:00.000Z');
  const entries: DueEntry[] = [
    entry('2027-01-31T10:00:00.000Z', 'running'), // due 28 Feb: near due, past target
    entry('2027-01-20T10:00:00.000Z', 'failed'), // due 20 Feb: overdue, past target
    entry('2027-01-24T10:00:00.000Z', 'failed'), // due 24 Feb: overdue
    entry('2027-02-20T10:00:00.000Z', 'confirmed'), // due 20 Mar: on time, within target
    entry('2027-02-01T00:00:00.000Z', 'running'), // due 1 Mar: near due
  ];

  it('counts per state and in total', () => {
    const s = summariseDeadlines(entries, now);
    expect(s.open).toEqual({ confirmed: 1, running: 2, failed: 2 });
    expect(s.nearDue).toEqual({ confirmed: 0, running: 2, failed: 0 });
    expect(s.overdue).toEqual({ confirmed: 0, running: 0, failed: 2 });
    expect(s.pastTarget).toEqual({ confirmed: 0, running: 2, failed: 2 });
    expect(s.totals).toEqual({ open: 5, nearDue: 2, overdue: 2, pastTarget: 4 });
    expect(s.checkedAt).toBe(now.toISOString());
  });

  it('a request is near due or overdue, never both', () => {
    const s = summariseDeadlines(entries, now);
    for (const state of OPEN_STATES) expect(s.nearDue[state] + s.overdue[state]).toBeLessThanOrEqual(s.open[state]);
  });

  it('with nothing open, every count is zero (published as zero, not left out)', () => {
    const s = summariseDeadlines([], now);
    expect(s.totals).toEqual({ open: 0, nearDue: 0, overdue: 0, pastTarget: 0 });
    expect(s.open).toEqual({ confirmed: 0, running: 0, failed: 0 });
  });

  it('holds counts and the time only: no request id or identifier can leak through it', () => {
    const s = summariseDeadlines(entries, now);
    const leaves = JSON.stringify(s).match(/"[^"]*"/g)!.map((x) => x.slice(1, -1));
    const allowed = new Set(['checkedAt', now.toISOString(), 'open', 'nearDue', 'overdue', 'pastTarget', 'totals', ...OPEN_STATES]);
    expect(leaves.filter((l) => !allowed.has(l))).toEqual([]);
  });
});
