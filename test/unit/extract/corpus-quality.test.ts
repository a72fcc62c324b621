/**
 * Regression gate on the real-structure corpus (test/pages/real/): the generic extractor, no
 * site rules. Deterministic: the same pages and labels give the same figures. `npm run -s bench:quality` prints the same figures with the errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, CORPUS_KINDS, scoreCorpus, type CorpusKind } from '../../bench/corpus.js';

/**
 * Issue 7's goals. Met for every kind on this corpus and asserted below (precision and recall
 * from the counts). The corpus is thin for some kinds (3 e-mails, 19 plates, on few sites: see
 * README "Extraction quality"), so the gate also holds today's error counts as a ceiling: a change
 * that adds one wrong value fails even while the ratio stays above the goal.
 * `npm run -s bench:quality` prints the figures beside the goals.
 */
export const GOALS: Record<CorpusKind, { precision: number; recall: number }> = {
  phone: { precision: 0.98, recall: 0.95 },
  email: { precision: 0.98, recall: 0.95 },
  vin: { precision: 0.98, recall: 0.95 },
  plate: { precision: 0.98, recall: 0.95 },
  name: { precision: 0.95, recall: 0.8 },
};

/** The kinds whose goals are met on this corpus: the gate asserts the goals for them. */
const AT_GOAL: readonly CorpusKind[] = ['phone', 'email', 'vin', 'plate', 'name'];

/**
 * Measured on the corpus as committed (69 pages), 2026-11-30 (phone: 2026-12-02, after a dealer's
 * sales line was labelled; 2026-12-07, after a platform's sign-up sales line was no longer labelled
 * as a partner agency's): errors may not grow.
 */
const CEILING: Record<CorpusKind, { fp: number; fn: number; minTp: number }> = {
  phone: { fp: 0, fn: 0, minTp: 88 },
  email: { fp: 0, fn: 0, minTp: 3 },
  vin: { fp: 0, fn: 0, minTp: 62 },
  plate: { fp: 0, fn: 0, minTp: 19 },
  name: { fp: 1, fn: 0, minTp: 84 },
};

const report = scoreCorpus();

describe('extraction quality on the real-structure corpus', () => {
  it('has the corpus to measure on (at least 50 labelled pages)', () => {
    expect(report.pages).toBeGreaterThanOrEqual(50);
  });

  it.each(Object.keys(CEILING) as CorpusKind[])('%s: no more wrong or missed values than the recorded ceiling', (kind) => {
    const got = report.byKind[kind];
    const errors = report.errors.filter((e) => e.kind === kind).map((e) => `${e.type} ${e.page}${e.origin ? ` (${e.origin})` : ''}`);
    expect(got.fp, `${kind} wrong values; errors:\n${errors.join('\n')}`).toBeLessThanOrEqual(CEILING[kind].fp);
    expect(got.fn, `${kind} missed values; errors:\n${errors.join('\n')}`).toBeLessThanOrEqual(CEILING[kind].fn);
    expect(got.tp, `${kind} found values`).toBeGreaterThanOrEqual(CEILING[kind].minTp);
  });

  it.each(AT_GOAL)('%s: precision and recall at issue 7’s goals', (kind) => {
    const { tp, fp, fn } = report.byKind[kind];
    const errors = report.errors.filter((e) => e.kind === kind).map((e) => `${e.type} ${e.page}${e.origin ? ` (${e.origin})` : ''}`);
    expect(tp, `${kind}: values to measure on`).toBeGreaterThan(0);
    expect(tp / (tp + fp), `${kind} precision; errors:\n${errors.join('\n')}`).toBeGreaterThanOrEqual(GOALS[kind].precision);
    expect(tp / (tp + fn), `${kind} recall; errors:\n${errors.join('\n')}`).toBeGreaterThanOrEqual(GOALS[kind].recall);
  });
});

describe('the README’s corpus figures', () => {
  // The README's table of figures on the corpus: its "labelled values" column and the page
  // count must be the corpus's (the precision and recall are dated measurements; the gate above
  // holds them).
  const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
  const labels = JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as Record<
    string,
    { expected: Record<string, string[]> }
  >;
  const ROW: Record<CorpusKind, string> = { phone: 'phone', email: 'e-mail', vin: 'VIN', plate: 'plate', name: 'name' };

  it('states the number of pages the corpus has', () => {
    expect(readme).toContain(`corpus in \`test/pages/real/\`: ${Object.keys(labels).length} pages`);
  });

  it.each(Object.keys(ROW) as CorpusKind[])('states how many %s values are labelled', (kind) => {
    const row = new RegExp(`^\\| ${ROW[kind]} \\|[^|\\n]*\\|[^|\\n]*\\| (\\d+) \\|`, 'm').exec(readme);
    const count = Object.values(labels).reduce((n, l) => n + (l.expected[CORPUS_KINDS[kind]]?.length ?? 0), 0);
    expect(row?.[1], `README row for ${kind}`).toBe(String(count));
  });
});
