import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../../lib/config.js';

const raw = () => JSON.parse(readFileSync('adwarden.config.json', 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test fixtures are mutated freely

describe('deployment config', () => {
  it('accepts the shipped default: EU, two tenants, one demo source, defaults filled in', () => {
    const c = loadConfig('adwarden.config.json');
    expect(c.market).toBe('eu');
    expect(c.tenants.map((t) => t.id)).toEqual(['nordic-insurance', 'customs-brand']);
    expect(c.sources.map((s) => s.id)).toEqual(['demo-classifieds']);
    expect(c.crawler.maxRedirects).toBe(5);
  });

  const bad: [string, (c: Record<string, any>) => void, string][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any -- see above
    ['region outside market', (c) => (c.region = 'us-east-1'), 'config: region: "us-east-1" is not a region of market "eu"'],
    ['unknown market', (c) => (c.market = 'asia'), 'config: market: Invalid option: expected one of "eu"|"us"'],
    ['negative retention', (c) => (c.tenants[1].retentionDays = 0), 'config: tenants[1].retentionDays: Too small: expected number to be >=1'],
    ['unknown source', (c) => (c.tenants[0].sources = ['nope']), 'config: tenants[0].sources[0]: unknown source "nope"'],
    ['user agent without contact', (c) => (c.crawler.userAgent = 'adwarden-bot/1.0'), 'config: crawler.userAgent: must carry a contact URL so site owners can reach us'],
    ['bad identifier kind', (c) => (c.tenants[0].identifierKinds = ['ssn']), 'config: tenants[0].identifierKinds[0]: Invalid option'],
    ['duplicate tenant', (c) => (c.tenants[1].id = c.tenants[0].id), 'config: tenants[1].id: duplicate id "nordic-insurance"'],
    ['unknown field', (c) => (c.tenant = []), 'config: (root): Unrecognized key: "tenant"'],
    ['bad schedule', (c) => (c.sources[0].schedule = 'hourly'), 'config: sources[0].schedule: must be an EventBridge'],
    ['a source without its legitimate-interest assessment', (c) => delete c.sources[0].legitimateInterest, 'config: sources[0].legitimateInterest: required: the legitimate-interest assessment'],
    ['an assessment missing the balancing test', (c) => delete c.sources[0].legitimateInterest.balancing, 'config: sources[0].legitimateInterest.balancing: state how the interests'],
    ['a blank necessity test', (c) => (c.sources[0].legitimateInterest.necessity = '                         '), 'config: sources[0].legitimateInterest.necessity: state why the processing is necessary'],
    ['an unknown field in the assessment', (c) => (c.sources[0].legitimateInterest.notes = 'x'), 'config: sources[0].legitimateInterest: Unrecognized key: "notes"'],
    ['tenant id "platform" (the platform index key\'s name)', (c) => (c.tenants[1].id = 'platform'), 'config: tenants[1].id: "platform" is reserved'],
  ];

  it.each(bad)('rejects %s with one line naming the field', (_n, mutate, expected) => {
    const c = raw();
    mutate(c);
    let err: unknown;
    try {
      parseConfig(c);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg.startsWith(expected), msg).toBe(true);
    expect(msg).not.toContain('\n');
  });

  it('stops `cdk synth` on bad config with one line on stderr and no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'adw-cfg-'));
    const file = join(dir, 'bad.json');
    const c = raw();
    c.tenants[0].retentionDays = -5;
    writeFileSync(file, JSON.stringify(c));
    const run = promisify(execFile)('npx', ['tsx', 'bin/adwarden.ts'], { env: { ...process.env, ADWARDEN_CONFIG: file } });
    const err = (await run.then(() => undefined, (e: unknown) => e)) as { code: number; stderr: string } | undefined;
    expect(err?.code).toBe(1);
    const lines = err!.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn'));
    expect(lines).toEqual([`adwarden: invalid config: ${file}: tenants[0].retentionDays: Too small: expected number to be >=1`]);
  });
});
