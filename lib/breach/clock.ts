/**
 * The breach clock (issue 8 point 3, docs/operations/breach.md): GDPR Art. 33(1) gives the
 * controller 72 hours from becoming aware of a personal-data breach to notify the supervisory
 * authority. Pure functions over a small record kept by `adwarden breach` in the state
 * directory; no I/O, no clock of its own (`now` is passed in).
 */
import { z } from 'zod';
import { BreachAlreadyOpenError, BreachInputError, NoOpenBreachError } from './errors.js';

/** Art. 33(1): "without undue delay and, where feasible, not later than 72 hours after having become aware of it". */
export const NOTIFY_WITHIN_HOURS = 72;
const HOUR_MS = 3_600_000;

const iso = z.iso.datetime({ offset: false });

export const breachSchema = z.object({
  id: z.string().regex(/^B-\d{8}T\d{6}Z(-\d+)?$/),
  /** When the controller became aware of the breach: the clock starts here. */
  startedAt: iso,
  /** When `breach start` was run (may be later than startedAt with --at). */
  recordedAt: iso,
  note: z.string().optional(),
  closedAt: iso.optional(),
  closeNote: z.string().optional(),
});
export type Breach = z.infer<typeof breachSchema>;

export const breachStateSchema = z.object({ version: z.literal(1), breaches: z.array(breachSchema) });
export type BreachState = z.infer<typeof breachStateSchema>;

export const EMPTY_STATE: BreachState = { version: 1, breaches: [] };

export function openBreaches(state: BreachState): Breach[] {
  return state.breaches.filter((b) => b.closedAt === undefined);
}

/** The Art. 33 deadline: start + 72 h. */
export function deadline(b: Pick<Breach, 'startedAt'>): Date {
  return new Date(Date.parse(b.startedAt) + NOTIFY_WITHIN_HOURS * HOUR_MS);
}

export interface BreachStatus {
  readonly breach: Breach;
  readonly elapsedMs: number;
  /** Negative once the deadline has passed. */
  readonly remainingMs: number;
  readonly deadline: Date;
  readonly overdue: boolean;
}

export function status(b: Breach, now: Date): BreachStatus {
  const end = deadline(b);
  const elapsedMs = now.getTime() - Date.parse(b.startedAt);
  const remainingMs = end.getTime() - now.getTime();
  return { breach: b, elapsedMs, remainingMs, deadline: end, overdue: remainingMs <= 0 };
}

export interface StartOptions {
  readonly now: Date;
  /** When the controller became aware, if earlier than now. @default now */
  readonly at?: Date;
  readonly note?: string;
  /** Record a second breach while one is open. @default false */
  readonly force?: boolean;
}

/** Second precision, no milliseconds: what an operator reads and types back. */
function isoSeconds(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

export function start(state: BreachState, opts: StartOptions): { state: BreachState; breach: Breach } {
  const open = openBreaches(state);
  if (open.length > 0 && !opts.force) {
    throw new BreachAlreadyOpenError(
      `breach ${open.map((b) => b.id).join(', ')} is open since ${open[0]!.startedAt}; close it, or pass --force to record a second, separate breach`,
    );
  }
  const at = opts.at ?? opts.now;
  if (Number.isNaN(at.getTime())) throw new BreachInputError('--at is not a date');
  if (at.getTime() > opts.now.getTime()) throw new BreachInputError('--at is in the future: the clock starts when you became aware of the breach');
  const startedAt = isoSeconds(at);
  const base = `B-${startedAt.replace(/[-:]/g, '')}`;
  const taken = new Set(state.breaches.map((b) => b.id));
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  const breach: Breach = breachSchema.parse({
    id,
    startedAt,
    recordedAt: isoSeconds(opts.now),
    ...(opts.note ? { note: opts.note } : {}),
  });
  return { state: { ...state, breaches: [...state.breaches, breach] }, breach };
}

export function close(state: BreachState, opts: { readonly now: Date; readonly id?: string; readonly note?: string }): { state: BreachState; breach: Breach } {
  const open = openBreaches(state);
  if (open.length === 0) throw new NoOpenBreachError('no open breach');
  let target: Breach | undefined;
  if (opts.id !== undefined) {
    target = open.find((b) => b.id === opts.id);
    if (!target) throw new NoOpenBreachError(`no open breach ${opts.id}; open: ${open.map((b) => b.id).join(', ')}`);
  } else if (open.length > 1) {
    throw new NoOpenBreachError(`${open.length} breaches are open (${open.map((b) => b.id).join(', ')}): name one with --id`);
  } else {
    target = open[0]!;
  }
  const closed: Breach = { ...target, closedAt: isoSeconds(opts.now), ...(opts.note ? { closeNote: opts.note } : {}) };
  return { state: { ...state, breaches: state.breaches.map((b) => (b.id === target.id ? closed : b)) }, breach: closed };
}

/** "2 d 3 h 04 min" (sign dropped: callers say "left" or "overdue by"). */
export function formatDuration(ms: number): string {
  const totalMin = Math.floor(Math.abs(ms) / 60_000);
  const d = Math.floor(totalMin / 1440);
  const h = Math.floor((totalMin % 1440) / 60);
  const m = totalMin % 60;
  return `${d > 0 ? `${d} d ` : ''}${d > 0 || h > 0 ? `${h} h ` : ''}${String(m).padStart(d > 0 || h > 0 ? 2 : 1, '0')} min`;
}

/** The lines `breach status` prints for one breach. */
export function describeStatus(s: BreachStatus): string[] {
  const b = s.breach;
  return [
    `breach ${b.id}${b.note ? ` (${b.note})` : ''}`,
    `  aware since  ${b.startedAt}`,
    `  elapsed      ${formatDuration(s.elapsedMs)}`,
    `  deadline     ${s.deadline.toISOString()}  (GDPR Art. 33: notify the supervisory authority within ${NOTIFY_WITHIN_HOURS} h)`,
    s.overdue ? `  OVERDUE by   ${formatDuration(s.remainingMs)}: notify now and give the reasons for the delay (Art. 33(1))` : `  left         ${formatDuration(s.remainingMs)}`,
  ];
}
