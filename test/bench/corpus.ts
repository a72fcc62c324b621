/**
 * Extraction quality on the real-structure corpus (test/pages/real/): pages of real classified
 * sites whose personal values were replaced by synthetic ones, labelled by hand with the
 * seller's / advertiser's identifiers only. Shared by `npm run -s bench:quality` and the gate
 * test (test/unit/extract/corpus-quality.test.ts), so both report the same figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFindings } from '../../lambdas/collect/extract/index.js';
import { decodeHtml } from '../../lambdas/collect/fetch/decode.js';
import type { IdentifierKind } from '../../lambdas/shared/identifiers.js';
import { normalise } from '../../lambdas/shared/normalise/index.js';

export const CORPUS_DIR = fileURLToPath(new URL('../pages/real/', import.meta.url));

/** The kinds the corpus labels, and their key in a label's `expected`. */
export const CORPUS_KINDS = { phone: 'phones', email: 'emails', vin: 'vins', plate: 'plates', name: 'names' } as const;
export type CorpusKind = keyof typeof CORPUS_KINDS;

export interface CorpusLabel {
  url: string;
  country: string;
  type?: string;
  expected: Partial<Record<(typeof CORPUS_KINDS)[CorpusKind], string[]>>;
}

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface CorpusError {
  page: string;
  kind: CorpusKind;
  type: 'missed' | 'wrong';
  /** Where the wrong value came from (never the value: even synthetic values stay out of reports). */
  origin?: string;
}

export interface CorpusReport {
  pages: number;
  byKind: Record<CorpusKind, KindScore>;
  errors: CorpusError[];
}

export function loadCorpusLabels(dir = CORPUS_DIR): Record<string, CorpusLabel> {
  const file = join(dir, 'labels.json');
  if (!existsSync(file)) return {};
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const out: Record<string, CorpusLabel> = {};
  for (const [page, label] of Object.entries(raw)) {
    // Keys starting with "_" or "$" are comments/metadata, not pages.
    if (/^[_$]/.test(page) || typeof label !== 'object' || label === null || !('expected' in label)) continue;
    out[page] = label as CorpusLabel;
  }
  return out;
}

const r3 = (n: number): number => Math.round(n * 1000) / 1000;

/** Normalises the labelled values the way the extractor normalises what it finds. */
function wanted(kind: CorpusKind, values: readonly string[] | undefined, country: string): Set<string> {
  const out = new Set<string>();
  for (const v of values ?? []) {
    const n = normalise(kind as IdentifierKind, v, country);
    if (n !== undefined) out.add(n);
  }
  return out;
}

/** Runs the extractor over every labelled page and scores it per kind. */
export function scoreCorpus(dir = CORPUS_DIR): CorpusReport {
  const labels = loadCorpusLabels(dir);
  const tally = Object.fromEntries(Object.keys(CORPUS_KINDS).map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    CorpusKind,
    { tp: number; fp: number; fn: number }
  >;
  const errors: CorpusError[] = [];
  let pages = 0;
  for (const [page, label] of Object.entries(labels)) {
    const file = join(dir, page);
    if (!existsSync(file)) continue;
    pages++;
    // Decoded as the crawler and `adwarden extract` decode a page (decode.ts).
    const html = decodeHtml(readFileSync(file), undefined, label.country);
    const country = label.country.toUpperCase();
    const findings = extractFindings(html, { url: label.url, country });
    for (const kind of Object.keys(CORPUS_KINDS) as CorpusKind[]) {
      const got = new Map<string, string>();
      for (const f of findings) if (f.kind === kind && !got.has(f.value)) got.set(f.value, f.origin);
      const want = wanted(kind, label.expected[CORPUS_KINDS[kind]], country);
      for (const [g, origin] of got) {
        if (want.has(g)) tally[kind].tp++;
        else {
          tally[kind].fp++;
          errors.push({ page, kind, type: 'wrong', origin });
        }
      }
      for (const w of want) {
        if (got.has(w)) continue;
        tally[kind].fn++;
        errors.push({ page, kind, type: 'missed' });
      }
    }
  }
  const byKind = Object.fromEntries(
    (Object.keys(CORPUS_KINDS) as CorpusKind[]).map((k) => {
      const { tp, fp, fn } = tally[k];
      // No findings and nothing expected is perfect, not 0/0.
      return [k, { tp, fp, fn, precision: tp + fp === 0 ? 1 : r3(tp / (tp + fp)), recall: tp + fn === 0 ? 1 : r3(tp / (tp + fn)) }];
    }),
  ) as Record<CorpusKind, KindScore>;
  return { pages, byKind, errors };
}
