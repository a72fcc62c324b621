/**
 * `adwarden breach start|status|close`: the 72-hour clock of GDPR Art. 33 for the operators
 * (docs/operations/breach.md). The record is a file in the state directory (`<state dir>/breach.json`,
 * mode 0600; ADWARDEN_STATE_DIR or .adwarden); the arithmetic is lib/breach/clock.ts.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { type BreachState, breachStateSchema, close, deadline, describeStatus, EMPTY_STATE, openBreaches, start, status } from '../lib/breach/clock.js';
import { BreachInputError, NoOpenBreachError } from '../lib/breach/errors.js';
import { stateDir } from './api-state.js';

export interface BreachCliDeps {
  out(text: string): void;
  /** @default () => new Date() */
  now?: () => Date;
  /** @default stateDir() */
  dir?: () => string;
}

export function breachFile(dir: string): string {
  return join(dir, 'breach.json');
}

export function readBreachState(dir: string): BreachState {
  const file = breachFile(dir);
  if (!existsSync(file)) return EMPTY_STATE;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BreachInputError(`${file} is not JSON; fix or move it (it is the breach record)`, { cause: e });
  }
  const r = breachStateSchema.safeParse(json);
  if (!r.success) throw new BreachInputError(`${file} is not a breach record: ${r.error.issues[0]?.path.join('.') ?? ''} ${r.error.issues[0]?.message ?? ''}`);
  return r.data;
}

/** Writes the whole record atomically (temp file + rename), so a crash never leaves half a clock. */
export function writeBreachState(dir: string, state: BreachState): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = breachFile(dir);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

function parseAt(at: string | undefined): Date | undefined {
  if (at === undefined) return undefined;
  // Only an explicit UTC or offset time: a bare local time would move the deadline by the zone.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(at)) {
    throw new BreachInputError('--at must be an ISO 8601 time with a zone, e.g. 2026-11-29T21:40:00Z');
  }
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) throw new BreachInputError('--at is not a valid date');
  return d;
}

export function addBreachCommands(program: Command, deps: BreachCliDeps): void {
  const now = deps.now ?? (() => new Date());
  const dir = deps.dir ?? (() => stateDir());
  const breach = program
    .command('breach')
    .description('the 72-hour clock to the supervisory authority (GDPR Art. 33); see docs/operations/breach.md');

  breach
    .command('start')
    .description('record that a personal-data breach is being handled: starts the 72-hour clock and prints the deadline')
    .option('--note <text>', 'a short reference (ticket id, alarm name); no personal data')
    .option('--at <time>', 'when you became aware, if earlier than now (ISO 8601 with zone, e.g. 2026-11-29T21:40:00Z)')
    .option('--force', 'record a second, separate breach while one is open')
    .action((o: { note?: string; at?: string; force?: boolean }) => {
      const d = dir();
      const r = start(readBreachState(d), { now: now(), ...(o.at !== undefined ? { at: parseAt(o.at)! } : {}), ...(o.note ? { note: o.note } : {}), force: o.force ?? false });
      writeBreachState(d, r.state);
      deps.out(`breach ${r.breach.id} started ${r.breach.startedAt}\nnotify the supervisory authority by ${deadline(r.breach).toISOString()} (72 h, GDPR Art. 33)\nrecord: ${breachFile(d)}\n`);
    });

  breach
    .command('status')
    .description('print each open breach: elapsed time and the deadline (start + 72 h)')
    .action(() => {
      const open = openBreaches(readBreachState(dir()));
      if (open.length === 0) throw new NoOpenBreachError('no open breach');
      const t = now();
      deps.out(`${open.flatMap((b) => describeStatus(status(b, t))).join('\n')}\n`);
    });

  breach
    .command('close')
    .description('close the open breach (the record is kept)')
    .option('--id <id>', 'which breach, when more than one is open')
    .option('--note <text>', 'how it ended, e.g. "notified DPA ref 2026-123" or "no risk: not notifiable"; no personal data')
    .action((o: { id?: string; note?: string }) => {
      const d = dir();
      const r = close(readBreachState(d), { now: now(), ...(o.id !== undefined ? { id: o.id } : {}), ...(o.note ? { note: o.note } : {}) });
      writeBreachState(d, r.state);
      deps.out(`breach ${r.breach.id} closed ${r.breach.closedAt}\n`);
    });
}
