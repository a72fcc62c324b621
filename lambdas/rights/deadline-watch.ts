/**
 * Which data-subject requests are close to their legal deadline, or past it (issue 10 point 5:
 * "an alarm five days before dueAt"). Pure: the deadline watcher (lambdas/handlers/rights/
 * watch-deadlines.ts) reads the open requests' due-index entries, this module counts them, and
 * the handler publishes the counts as metrics that CloudWatch alarms on.
 *
 * Only counts leave this module: no request id, no identifier, nothing a person could be found by.
 */
import { ALARM_DAYS_BEFORE, effectiveDueAt, TARGET_DAYS } from './deadline.js';
import type { RequestRecord, RequestState } from './request.js';

const DAY_MS = 86_400_000;

/**
 * The states in which we still owe the person an answer. A request awaiting its e-mail
 * confirmation is not one yet (the person has not proved the address, and it expires within
 * 24 h); closed and expired requests are done.
 */
export const OPEN_STATES = ['confirmed', 'running', 'failed'] as const satisfies readonly RequestState[];
export type OpenState = (typeof OPEN_STATES)[number];

export function isOpen(state: RequestState): state is OpenState {
  return (OPEN_STATES as readonly RequestState[]).includes(state);
}

/**
 * What the due index holds for one open request: its state, when it was received and the
 * deadline in force (the extended one, if extended). Dates and a state only: the index's keys
 * and projection carry no personal data.
 */
export interface DueEntry {
  readonly state: OpenState;
  readonly receivedAt: string;
  readonly dueAt: string;
}

/** The due-index entry of a request, or undefined when it is not open (then it leaves the index). */
export function dueEntryOf(r: Pick<RequestRecord, 'state' | 'deadlines'>): DueEntry | undefined {
  if (!isOpen(r.state)) return undefined;
  return { state: r.state, receivedAt: r.deadlines.receivedAt, dueAt: effectiveDueAt(r.deadlines) };
}

export type DeadlineStanding = 'on-time' | 'near-due' | 'overdue';

/**
 * `overdue` once the deadline in force has passed; `near-due` from `ALARM_DAYS_BEFORE` days
 * (of 24 h, as `Deadlines.alarmAt`) before it; else `on-time`.
 */
export function standing(entry: Pick<DueEntry, 'dueAt'>, now: Date): DeadlineStanding {
  const due = Date.parse(entry.dueAt);
  if (Number.isNaN(due)) throw new RangeError('dueAt is not a date');
  if (now.getTime() >= due) return 'overdue';
  if (now.getTime() >= due - ALARM_DAYS_BEFORE * DAY_MS) return 'near-due';
  return 'on-time';
}

/** Past our own promise (received + `TARGET_DAYS` days) and still open. */
export function pastTarget(entry: Pick<DueEntry, 'receivedAt'>, now: Date): boolean {
  return now.getTime() > Date.parse(entry.receivedAt) + TARGET_DAYS * DAY_MS;
}

type PerState = Record<OpenState, number>;
const zero = (): PerState => ({ confirmed: 0, running: 0, failed: 0 });

export interface DeadlineSummary {
  readonly checkedAt: string;
  /** Open requests, per state. */
  readonly open: PerState;
  /** Open requests within `ALARM_DAYS_BEFORE` days of their deadline (not yet past it), per state. */
  readonly nearDue: PerState;
  /** Open requests past their deadline, per state. */
  readonly overdue: PerState;
  /** Open requests older than our one-week target, per state. */
  readonly pastTarget: PerState;
  readonly totals: { readonly open: number; readonly nearDue: number; readonly overdue: number; readonly pastTarget: number };
}

export function summariseDeadlines(entries: Iterable<DueEntry>, now: Date): DeadlineSummary {
  const open = zero();
  const nearDue = zero();
  const overdue = zero();
  const late = zero();
  for (const e of entries) {
    open[e.state] += 1;
    const s = standing(e, now);
    if (s === 'near-due') nearDue[e.state] += 1;
    if (s === 'overdue') overdue[e.state] += 1;
    if (pastTarget(e, now)) late[e.state] += 1;
  }
  const sum = (p: PerState) => OPEN_STATES.reduce((n, s) => n + p[s], 0);
  return {
    checkedAt: now.toISOString(),
    open,
    nearDue,
    overdue,
    pastTarget: late,
    totals: { open: sum(open), nearDue: sum(nearDue), overdue: sum(overdue), pastTarget: sum(late) },
  };
}
