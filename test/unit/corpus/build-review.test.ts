/**
 * The corpus build refuses a phone-shaped value that nobody mapped or reviewed, instead of
 * recording it as "non-personal" in provenance.json (a seller's number the mapping missed was
 * once waved through that way). Runs the real build script on a throw-away private directory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const PAGE = 'zz/build-review-probe.html';
const dir = mkdtempSync(join(tmpdir(), 'adw-build-review-'));
// The build writes here, never into test/pages/real, whatever it does.
const out = mkdtempSync(join(tmpdir(), 'adw-build-review-out-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

function build(nonPersonal?: string[]): { status: number | null; stderr: string } {
  rmSync(join(dir, 'maps'), { recursive: true, force: true });
  mkdirSync(join(dir, 'maps'), { recursive: true });
  mkdirSync(join(dir, 'orig'), { recursive: true });
  // Invented Norwegian number, after a phone word: the privacy net sees it.
  writeFileSync(join(dir, 'orig', PAGE.replace(/\//g, '__')), '<html><body><p>Selges. Ring 412 34 567 etter kl. 17.</p></body></html>');
  const map = {
    page: PAGE, repo: 'example/probe', commit: '0'.repeat(40), path: 'probe.html', site: 'example.no',
    country: 'NO', type: 'ad', url: 'https://www.example.no/annonse/1', replace: [], ...(nonPersonal ? { nonPersonal } : {}),
  };
  writeFileSync(join(dir, 'maps', 'probe.json'), JSON.stringify(map));
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'test/pages/tools/build.ts'), dir], {
    cwd: REPO, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ADWARDEN_CORPUS_DIR: out },
  });
  return { status: r.status, stderr: r.stderr };
}

describe('corpus build', () => {
  it('refuses a page with an unmapped, unreviewed phone-shaped value, writing nothing', () => {
    const r = build();
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/were not reviewed \(kinds: phone\)/);
    // The message names kinds, never the value.
    expect(r.stderr).not.toMatch(/412 ?34 ?567|4791234567|41234567/);
    expect(existsSync(join(out, PAGE))).toBe(false);
    expect(existsSync(join(out, 'provenance.json'))).toBe(false);
  });

  it('builds the same page once the value is reviewed as non-personal in the map', () => {
    const r = build(['phone:+4741234567']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(join(out, PAGE))).toBe(true);
    const provenance = JSON.parse(readFileSync(join(out, 'provenance.json'), 'utf8')) as Record<string, { nonPersonal: string[] }>;
    expect(provenance[PAGE]!.nonPersonal).toEqual(['phone:+4741234567']);
  });
});
