/**
 * Scoring one's own labelled pages (`npm run -s bench:quality -- --pages <dir>`): the labels are
 * read and checked at the boundary, a bad one is named with its page and field (and never its
 * values), and the figures are those of the corpus's scorer. All values are invented.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpusLabels, MAX_PAGE_BYTES, scoreCorpus } from '../../bench/corpus.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..', '..');

const AD = `<!doctype html><html lang="de"><head><title>VW Golf</title></head><body>
<header><a href="/">Autos.example</a> <a href="mailto:hilfe@autos.example">Hilfe</a></header>
<main><h1>VW Golf 1.4, 2016</h1><p>Gepflegt, scheckheft. Bitte melden bei Frau Anna Berg, Tel. 030 48273915.</p></main>
<footer>Kundenservice 0800 5550142</footer></body></html>`;

const dirs: string[] = [];
function pagesDir(labels: unknown, files: Record<string, string> = { 'de/golf.html': AD }): string {
  const dir = mkdtempSync(join(tmpdir(), 'adw-pages-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  if (labels !== undefined) writeFileSync(join(dir, 'labels.json'), typeof labels === 'string' ? labels : JSON.stringify(labels));
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const GOOD = {
  _about: 'metadata keys are skipped',
  'de/golf.html': { url: 'https://www.autos.example/angebot/7', country: 'DE', type: 'ad', expected: { phones: ['+493048273915'], names: ['Anna Berg', 'Lena Roth'] } },
};

describe('scoring a directory of labelled pages', () => {
  it('scores the pages as the corpus is scored: found, wrong and missed per kind, no values in the errors', () => {
    const report = scoreCorpus(pagesDir(GOOD), true);
    expect(report.pages).toBe(1);
    expect(report.byKind.phone).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // "Lena Roth" is labelled but not on the page: one missed name.
    expect(report.byKind.name).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(report.errors).toEqual([{ page: 'de/golf.html', kind: 'name', type: 'missed' }]);
    expect(JSON.stringify(report)).not.toMatch(/berg|roth|48273915|5550142/i);
  });

  it.each([
    ['no labels.json', undefined, /no labels\.json in /],
    ['not JSON', '{"de/golf.html": ', /is not JSON/],
    // JSON.parse's own message would quote the text around the fault, a labelled value with it.
    ['not JSON, a value beside the fault', '{"de/golf.html": {"expected": {"phones": ["030 48273915"], "names": Anna}}}', /is not JSON/],
    ['not JSON, a value before the fault', '{"de/golf.html": {"expected": {"phones": ["030 48273915"]}} x', /is not JSON \(at character 6\d\)/],
    ['a list, not an object', '[]', /must hold one object/],
    ['a label that is no object', { 'de/golf.html': 'DE' }, /"de\/golf\.html" is not valid at \(the label\)/],
    ['no url', { 'de/golf.html': { country: 'DE', expected: {} } }, /"de\/golf\.html" is not valid at url/],
    ['a url that is not http(s)', { 'de/golf.html': { url: 'file:///etc/passwd', country: 'DE', expected: {} } }, /at url/],
    ['a country that is no ISO code', { 'de/golf.html': { url: 'https://www.autos.example/7', country: 'Germany', expected: {} } }, /at country: an ISO 3166-1/],
    ['no expected', { 'de/golf.html': { url: 'https://www.autos.example/7', country: 'DE' } }, /at expected/],
    ['a value list that is a string', { 'de/golf.html': { url: 'https://www.autos.example/7', country: 'DE', expected: { phones: '030 48273915' } } }, /at expected\.phones/],
    ['a value that is a number', { 'de/golf.html': { url: 'https://www.autos.example/7', country: 'DE', expected: { phones: [3048273915] } } }, /at expected\.phones\.0/],
  ])('refuses %s with a message that names where', (_what, labels, message) => {
    const dir = pagesDir(labels);
    expect(() => scoreCorpus(dir, true)).toThrow(message);
    // ...and never echoes a labelled value
    try {
      scoreCorpus(dir, true);
    } catch (e) {
      expect((e as Error).message).not.toMatch(/48273915|Anna/);
    }
  });

  it('refuses a labelled page that is not in the directory', () => {
    const dir = pagesDir({ ...GOOD, 'de/polo.html': { url: 'https://www.autos.example/8', country: 'DE', expected: {} } });
    expect(() => scoreCorpus(dir, true)).toThrow(/labels "de\/polo\.html", which is not in /);
  });

  it('reads a page as the crawler and `adwarden extract` do: one over the page bound yields nothing and is named as refused', () => {
    const padded = (bytes: number): string => AD.replace('</body>', `<p>${'x'.repeat(bytes - AD.length - 7)}</p></body>`);
    expect(Buffer.byteLength(padded(MAX_PAGE_BYTES))).toBe(MAX_PAGE_BYTES);
    const atBound = scoreCorpus(pagesDir(GOOD, { 'de/golf.html': padded(MAX_PAGE_BYTES) }), true);
    expect(atBound.refused).toEqual([]);
    expect(atBound.byKind.phone).toMatchObject({ tp: 1, fn: 0 });
    const over = scoreCorpus(pagesDir(GOOD, { 'de/golf.html': padded(MAX_PAGE_BYTES + 1) }), true);
    expect(over.pages).toBe(1);
    expect(over.refused).toEqual(['de/golf.html']);
    expect(over.byKind.phone).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(over.byKind.name).toMatchObject({ tp: 0, fn: 2 });
  });

  it('reads a page as the crawler does: its nesting bounded first, so an ad under thousands of open elements is still read', () => {
    const deep = AD.replace('<main>', `<main>${'<div>'.repeat(3000)}`);
    const report = scoreCorpus(pagesDir(GOOD, { 'de/golf.html': deep }), true);
    expect(report.byKind.phone).toMatchObject({ tp: 1, fn: 0 });
    expect(report.byKind.name).toMatchObject({ tp: 1, fn: 1 });
  });

  it("leaves the repository's own corpus as it was read: a missing file is no error there", () => {
    expect(loadCorpusLabels(pagesDir(undefined))).toEqual({});
  });

  it('runs as `npm run -s bench:quality -- --pages <dir>`: JSON on stdout, exit 2 and a message on stderr for a bad directory', async () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const { stdout } = await run(tsx, ['test/bench/quality.ts', '--pages', pagesDir(GOOD)], { cwd: ROOT });
    const out = JSON.parse(stdout) as { pages: { pages: number; byKind: Record<string, { tp: number; fn: number }> } };
    expect(out.pages.pages).toBe(1);
    expect(out.pages.byKind.name).toMatchObject({ tp: 1, fn: 1 });
    const bad = run(tsx, ['test/bench/quality.ts', '--pages', pagesDir(undefined)], { cwd: ROOT });
    await expect(bad).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/^bench:quality: no labels\.json in /) as unknown });
  }, 60_000);
});
