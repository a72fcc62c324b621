import { describe, expect, it } from 'vitest';
import { addCalendarMonths, deadlinesFor, effectiveDueAt, extend, timeTaken } from '../../../lambdas/rights/deadline.js';
import { ExtensionRefusedError } from '../../../lambdas/rights/errors.js';

const d = (s: string) => new Date(s);

describe('one calendar month, clamped to the end of the month', () => {
  it.each([
    ['2027-01-31T10:00:00.000Z', '2027-02-28T10:00:00.000Z'],
    ['2028-01-31T10:00:00.000Z', '2028-02-29T10:00:00.000Z'], // leap year
    ['2027-01-30T00:00:00.000Z', '2027-02-28T00:00:00.000Z'],
    ['2027-03-31T23:59:59.999Z', '2027-04-30T23:59:59.999Z'],
    ['2027-12-31T12:00:00.000Z', '2028-01-31T12:00:00.000Z'], // across the year
    ['2027-02-28T08:00:00.000Z', '2027-03-28T08:00:00.000Z'], // not "end of month to end of month"
    ['2027-05-15T08:00:00.000Z', '2027-06-15T08:00:00.000Z'],
  ])('%s + 1 month = %s', (from, to) => {
    expect(addCalendarMonths(d(from), 1).toISOString()).toBe(to);
    expect(deadlinesFor(d(from)).dueAt).toBe(to);
  });

  it('does not depend on the time zone of the machine (UTC arithmetic)', () => {
    // 31 Jan 23:30 UTC is already 1 Feb in Oslo; the deadline is still 28 Feb UTC.
    expect(deadlinesFor(d('2027-01-31T23:30:00.000Z')).dueAt).toBe('2027-02-28T23:30:00.000Z');
  });

  it('refuses nonsense month counts', () => {
    expect(() => addCalendarMonths(d('2027-01-01T00:00:00Z'), -1)).toThrow(RangeError);
    expect(() => addCalendarMonths(d('2027-01-01T00:00:00Z'), 1.5)).toThrow(RangeError);
  });
});

describe('alarm, target and extension', () => {
  const received = d('2027-01-31T10:00:00.000Z');
  const base = deadlinesFor(received);

  it('alarms five days before the deadline and targets one week', () => {
    expect(base.alarmAt).toBe('2027-02-23T10:00:00.000Z');
    expect(base.targetAt).toBe('2027-02-07T10:00:00.000Z');
  });

  it('allows one extension of up to two further months, with a reason, recorded', () => {
    const ext = extend(base, 2, 'complex request across many tenants', d('2027-02-10T00:00:00Z'));
    expect(ext.extension).toMatchObject({ months: 2, reason: 'complex request across many tenants', extendedDueAt: '2027-04-28T10:00:00.000Z' });
    expect(effectiveDueAt(ext)).toBe('2027-04-28T10:00:00.000Z');
    expect(ext.alarmAt).toBe('2027-04-23T10:00:00.000Z');
    expect(ext.dueAt).toBe(base.dueAt); // the original deadline stays on record
  });

  it('refuses a second extension, more than two months, no reason, or after the deadline', () => {
    const ext = extend(base, 1, 'waiting for a tenant to confirm', d('2027-02-10T00:00:00Z'));
    expect(() => extend(ext, 1, 'another reason here', d('2027-02-11T00:00:00Z'))).toThrow(ExtensionRefusedError);
    expect(() => extend(base, 3, 'a long enough reason', d('2027-02-10T00:00:00Z'))).toThrow(ExtensionRefusedError);
    expect(() => extend(base, 0, 'a long enough reason', d('2027-02-10T00:00:00Z'))).toThrow(ExtensionRefusedError);
    expect(() => extend(base, 2, '  ', d('2027-02-10T00:00:00Z'))).toThrow(ExtensionRefusedError);
    expect(() => extend(base, 2, 'a long enough reason', d('2027-03-01T00:00:00Z'))).toThrow(ExtensionRefusedError);
  });

  it('reports the time taken against the deadline and the one-week target', () => {
    expect(timeTaken(base, d('2027-02-01T10:00:00.000Z'))).toEqual({ tookMs: 86_400_000, withinDeadline: true, withinTarget: true });
    expect(timeTaken(base, d('2027-02-20T10:00:00.000Z'))).toMatchObject({ withinDeadline: true, withinTarget: false });
    expect(timeTaken(base, d('2027-03-01T10:00:00.000Z'))).toMatchObject({ withinDeadline: false, withinTarget: false });
  });
});
