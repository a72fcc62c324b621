import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

// bin/cli.js is the tsx entry point beside bin/cli.ts: import the TypeScript module itself.
const { runCli } = (await import(new URL('../../../bin/cli.ts', import.meta.url).href)) as typeof import('../../../bin/cli.js');

let dir: string;
let clock: Date;
let out: string;
let err: string;
const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) };
const run = (...args: string[]) => runCli(args, io, { now: () => clock, stateDir: () => dir });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'adw-breach-'));
  clock = new Date('2026-11-29T21:40:00Z');
  out = '';
  err = '';
});

describe('npx adwarden breach', () => {
  it('start records the start time (0600 file) and prints the 72-hour deadline; status prints elapsed and deadline', async () => {
    expect(await run('breach', 'start', '--note', 'INC-42 access-denied')).toBe(0);
    expect(out).toContain('breach B-20261129T214000Z started 2026-11-29T21:40:00Z');
    expect(out).toContain('by 2026-12-02T21:40:00.000Z');
    const file = join(dir, 'breach.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ breaches: [{ startedAt: '2026-11-29T21:40:00Z', note: 'INC-42 access-denied' }] });

    clock = new Date('2026-11-30T23:55:00Z');
    out = '';
    expect(await run('breach', 'status')).toBe(0);
    expect(out).toContain('elapsed      1 d 2 h 15 min');
    expect(out).toContain('deadline     2026-12-02T21:40:00.000Z');
    expect(out).toContain('left         1 d 21 h 45 min');
  });

  it('refuses a second open breach (exit 1, record unchanged) unless --force', async () => {
    await run('breach', 'start');
    const before = readFileSync(join(dir, 'breach.json'), 'utf8');
    expect(await run('breach', 'start', '--note', 'again')).toBe(1);
    expect(err).toMatch(/open since 2026-11-29T21:40:00Z.*--force/);
    expect(readFileSync(join(dir, 'breach.json'), 'utf8')).toBe(before);
    expect(await run('breach', 'start', '--force')).toBe(0);
  });

  it('takes --at only with a zone and not in the future', async () => {
    expect(await run('breach', 'start', '--at', '2026-11-29T20:00')).toBe(1);
    expect(err).toContain('with a zone');
    expect(await run('breach', 'start', '--at', '2026-11-30T20:00:00Z')).toBe(1);
    expect(err).toContain('in the future');
    expect(await run('breach', 'start', '--at', '2026-11-29T22:00:00+02:00')).toBe(0);
    expect(out).toContain('started 2026-11-29T20:00:00Z');
    expect(out).toContain('by 2026-12-02T20:00:00.000Z');
  });

  it('close ends the open breach; status and close then say there is none (exit 1)', async () => {
    await run('breach', 'start');
    clock = new Date('2026-11-30T08:00:00Z');
    expect(await run('breach', 'close', '--note', 'not notifiable: no risk')).toBe(0);
    expect(out).toContain('closed 2026-11-30T08:00:00Z');
    expect(await run('breach', 'status')).toBe(1);
    expect(await run('breach', 'close')).toBe(1);
    expect(err).toContain('no open breach');
  });

  it('refuses a corrupt record instead of starting over (a lost clock would hide an open breach)', async () => {
    writeFileSync(join(dir, 'breach.json'), '{"version":1,"breaches":[{"id":"x"}]}');
    expect(await run('breach', 'start')).toBe(1);
    expect(err).toContain('is not a breach record');
    writeFileSync(join(dir, 'breach.json'), 'not json');
    expect(await run('breach', 'status')).toBe(1);
    expect(readFileSync(join(dir, 'breach.json'), 'utf8')).toBe('not json');
  });
});
