/**
 * Deadline arithmetic for data-subject requests (GDPR Art. 12(3)): one calendar month from
 * receipt, extendable once by up to two further months with a recorded reason. Our own target is
 * one week. All arithmetic is in UTC, so the answer does not depend on the server's time zone.
 */
import { ExtensionRefusedError } from './errors.js';

const DAY_MS = 86_400_000;

/**
 * `date` plus `months` calendar months, clamped to the last day of the target month:
 * 31 January + 1 month = 28 (or 29) February; 31 March + 1 = 30 April. Time of day is kept.
 */
export function addCalendarMonths(date: Date, months: number): Date {
  if (!Number.isInteger(months) || months < 0) throw new RangeError('months must be a non-negative integer');
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return new Date(Date.UTC(y, m, day, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()));
}

export interface Deadlines {
  readonly receivedAt: string;
  /** The legal deadline: received + one calendar month. */
  readonly dueAt: string;
  /** When the alarm fires: five days before the (possibly extended) deadline. */
  readonly alarmAt: string;
  /** Our own promise: received + 7 days. */
  readonly targetAt: string;
  readonly extension?: { readonly months: 1 | 2; readonly reason: string; readonly at: string; readonly extendedDueAt: string };
}

export const ALARM_DAYS_BEFORE = 5;
export const TARGET_DAYS = 7;
export const MAX_EXTENSION_MONTHS = 2;

export function deadlinesFor(receivedAt: Date): Deadlines {
  const due = addCalendarMonths(receivedAt, 1);
  return {
    receivedAt: receivedAt.toISOString(),
    dueAt: due.toISOString(),
    alarmAt: new Date(due.getTime() - ALARM_DAYS_BEFORE * DAY_MS).toISOString(),
    targetAt: new Date(receivedAt.getTime() + TARGET_DAYS * DAY_MS).toISOString(),
  };
}

/** The one extension the law allows: up to two further months, with a reason, before the deadline. */
export function extend(d: Deadlines, months: number, reason: string, now: Date): Deadlines {
  if (d.extension) throw new ExtensionRefusedError('the deadline has already been extended once');
  if (months !== 1 && months !== MAX_EXTENSION_MONTHS) throw new ExtensionRefusedError('an extension is one or two further months');
  if (reason.trim().length < 10) throw new ExtensionRefusedError('an extension needs a recorded reason (at least 10 characters)');
  if (now.getTime() > Date.parse(d.dueAt)) throw new ExtensionRefusedError('the deadline has passed; it can no longer be extended');
  // Two further months from the original deadline, clamped like the first (31 Jan -> 28 Feb -> 28 Apr).
  const extendedDueAt = addCalendarMonths(new Date(d.dueAt), months);
  return {
    ...d,
    alarmAt: new Date(extendedDueAt.getTime() - ALARM_DAYS_BEFORE * DAY_MS).toISOString(),
    extension: { months, reason: reason.trim(), at: now.toISOString(), extendedDueAt: extendedDueAt.toISOString() },
  };
}

/** The deadline in force: the extended one if there is one. */
export function effectiveDueAt(d: Deadlines): string {
  return d.extension?.extendedDueAt ?? d.dueAt;
}

/** How long a request took, and whether it met the legal deadline and our one-week target. */
export function timeTaken(d: Deadlines, closedAt: Date): { tookMs: number; withinDeadline: boolean; withinTarget: boolean } {
  const closed = closedAt.getTime();
  return {
    tookMs: closed - Date.parse(d.receivedAt),
    withinDeadline: closed <= Date.parse(effectiveDueAt(d)),
    withinTarget: closed <= Date.parse(d.targetAt),
  };
}
