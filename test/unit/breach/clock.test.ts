import { describe, expect, it } from 'vitest';
import { close, deadline, describeStatus, EMPTY_STATE, formatDuration, NOTIFY_WITHIN_HOURS, openBreaches, start, status } from '../../../lib/breach/clock.js';
import { BreachAlreadyOpenError, BreachInputError, NoOpenBreachError } from '../../../lib/breach/errors.js';

const T0 = new Date('2026-11-29T21:40:00Z');
const plus = (d: Date, hours: number) => new Date(d.getTime() + hours * 3_600_000);

describe('breach clock (GDPR Art. 33)', () => {
  it('puts the deadline exactly 72 hours after the start, across a month end and a DST change', () => {
    expect(NOTIFY_WITHIN_HOURS).toBe(72);
    expect(deadline({ startedAt: '2026-11-29T21:40:00Z' }).toISOString()).toBe('2026-12-02T21:40:00.000Z');
    // 25 October 2026 is the EU's return to winter time: still 72 real hours, not three calendar days.
    expect(deadline({ startedAt: '2026-10-24T12:00:00Z' }).toISOString()).toBe('2026-10-27T12:00:00.000Z');
    expect(deadline({ startedAt: '2028-02-28T23:30:00Z' }).toISOString()).toBe('2028-03-02T23:30:00.000Z');
  });

  it('starts the clock at --at when the operator became aware earlier, never in the future', () => {
    const { breach } = start(EMPTY_STATE, { now: T0, at: plus(T0, -5), note: 'alarm access-denied' });
    expect(breach.startedAt).toBe('2026-11-29T16:40:00Z');
    expect(breach.recordedAt).toBe('2026-11-29T21:40:00Z');
    expect(status(breach, T0).remainingMs).toBe(67 * 3_600_000);
    expect(() => start(EMPTY_STATE, { now: T0, at: plus(T0, 0.01) })).toThrow(BreachInputError);
    expect(() => start(EMPTY_STATE, { now: T0, at: new Date('nonsense') })).toThrow(BreachInputError);
  });

  it('refuses a second open breach unless forced, and then keeps both with distinct ids', () => {
    const one = start(EMPTY_STATE, { now: T0 });
    expect(() => start(one.state, { now: plus(T0, 1) })).toThrow(BreachAlreadyOpenError);
    const two = start(one.state, { now: T0, force: true });
    expect(openBreaches(two.state).map((b) => b.id)).toEqual(['B-20261129T214000Z', 'B-20261129T214000Z-2']);
    // A closed breach does not block a new one.
    const closed = close(one.state, { now: plus(T0, 2) });
    expect(start(closed.state, { now: plus(T0, 3) }).state.breaches).toHaveLength(2);
  });

  it('reports elapsed and remaining time, and overdue from the deadline on', () => {
    const { breach } = start(EMPTY_STATE, { now: T0 });
    const s = status(breach, plus(T0, 26.25));
    expect(s).toMatchObject({ elapsedMs: 26.25 * 3_600_000, remainingMs: 45.75 * 3_600_000, overdue: false });
    expect(status(breach, plus(T0, 72)).overdue).toBe(true);
    expect(status(breach, plus(T0, 71.99)).overdue).toBe(false);
    const late = describeStatus(status(breach, plus(T0, 80))).join('\n');
    expect(late).toContain('OVERDUE by   8 h 00 min');
    expect(late).toContain('2026-12-02T21:40:00.000Z');
  });

  it('closes only an open breach, the one named when several are open, and keeps the record', () => {
    expect(() => close(EMPTY_STATE, { now: T0 })).toThrow(NoOpenBreachError);
    const two = start(start(EMPTY_STATE, { now: T0 }).state, { now: plus(T0, 1), force: true });
    expect(() => close(two.state, { now: plus(T0, 2) })).toThrow(/name one with --id/);
    expect(() => close(two.state, { now: plus(T0, 2), id: 'B-nope' })).toThrow(NoOpenBreachError);
    const r = close(two.state, { now: plus(T0, 2), id: two.breach.id, note: 'not notifiable' });
    expect(r.state.breaches).toHaveLength(2);
    expect(openBreaches(r.state).map((b) => b.id)).toEqual(['B-20261129T214000Z']);
    expect(r.breach).toMatchObject({ closedAt: '2026-11-29T23:40:00Z', closeNote: 'not notifiable' });
    expect(() => close(r.state, { now: plus(T0, 3), id: two.breach.id })).toThrow(NoOpenBreachError);
  });

  it('formats durations for people', () => {
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(59_999)).toBe('0 min');
    expect(formatDuration(3 * 3_600_000 + 4 * 60_000)).toBe('3 h 04 min');
    expect(formatDuration(-(2 * 86_400_000 + 60_000))).toBe('2 d 0 h 01 min');
  });
});
