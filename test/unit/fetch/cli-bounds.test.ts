/** `adwarden extract` reads at most a page's worth (crawler.maxPageBytes), whatever it is given. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../bin/cli.js';
import { TEST_LEGITIMATE_INTEREST } from '../../fixtures/legitimate-interest.js';

const { runCli } = (await import(new URL('../../../bin/cli.ts', import.meta.url).href)) as typeof import('../../../bin/cli.js');

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

const config = (maxPageBytes: number) => ({
  market: 'eu',
  region: 'eu-north-1',
  stage: 'dev',
  tenants: [{ id: 'test-tenant', displayName: 'Test', retentionDays: 30, sources: ['src'], identifierKinds: ['phone'], contact: 'dpo@example.com' }],
  sources: [{ id: 'src', country: 'NO', startUrls: ['https://www.example.no/'], schedule: 'rate(1 hour)', legitimateInterest: TEST_LEGITIMATE_INTEREST }],
  crawler: { userAgent: 'adwarden-test/0.1 (+https://example.com/crawler)', maxPageBytes },
});

let dir: string;
const previous = process.env.ADWARDEN_CONFIG;
const args = (file: string) => ['extract', file, '--url', 'https://www.example.no/ad/1', '--country', 'NO', '--json'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'adwarden-cli-bounds-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config(100_000)));
  writeFileSync(join(dir, 'small.html'), '<p>Ring 400 00 123</p>');
  writeFileSync(join(dir, 'large.html'), `<p>Ring 400 00 123</p>${'x'.repeat(100_000)}`);
  writeFileSync(join(dir, 'deep.html'), `${'<div>'.repeat(80_000)}<p>Ring 400 00 123</p>`);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (previous === undefined) delete process.env.ADWARDEN_CONFIG;
  else process.env.ADWARDEN_CONFIG = previous;
});

describe('adwarden extract, bounded', () => {
  it('refuses /dev/zero after maxPageBytes + 1 bytes, with one line and exit code 2', async () => {
    process.env.ADWARDEN_CONFIG = join(dir, 'config.json');
    const io = capture();
    expect(await runCli(args('/dev/zero'), io)).toBe(2);
    expect(io.stderr).toBe('adwarden: /dev/zero is larger than 100000 bytes (crawler.maxPageBytes), the most a page may be\n');
    expect(io.stdout).toBe('');
  });

  it('refuses a file one byte over the cap and reads one under it', async () => {
    process.env.ADWARDEN_CONFIG = join(dir, 'config.json');
    const over = capture();
    expect(await runCli(args(join(dir, 'large.html')), over)).toBe(2);
    const under = capture();
    expect(await runCli(args(join(dir, 'small.html')), under)).toBe(0);
    expect(JSON.parse(under.stdout).phones).toEqual(['+4740000123']);
  });

  it('uses the default cap (5,000,000 bytes) without a config', async () => {
    process.env.ADWARDEN_CONFIG = join(dir, 'missing.json');
    const io = capture();
    expect(await runCli(args('/dev/zero'), io)).toBe(2);
    expect(io.stderr).toContain('larger than 5000000 bytes');
  });

  it('reads a page as big as the biggest real ones (3.3 MB search pages) with the default cap', async () => {
    process.env.ADWARDEN_CONFIG = join(dir, 'missing.json');
    const file = join(dir, 'real-size.html');
    writeFileSync(file, `<p>Ring 400 00 123</p>${'<div class="card">x</div>'.repeat(136_000)}`);
    const io = capture();
    expect(await runCli(args(file), io)).toBe(0);
    expect(JSON.parse(io.stdout).phones).toEqual(['+4740000123']);
  });

  it('reads 80,000 unclosed <div> (nesting flattened) and still finds the phone', async () => {
    process.env.ADWARDEN_CONFIG = join(dir, 'missing.json');
    const io = capture();
    expect(await runCli(args(join(dir, 'deep.html')), io)).toBe(0);
    expect(JSON.parse(io.stdout).phones).toEqual(['+4740000123']);
  });
});
