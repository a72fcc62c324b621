/**
 * Extraction quality on the real-structure corpus (test/pages/real/): pages of real classified
 * sites whose personal values were replaced by synthetic ones, labelled by hand with the
 * seller's / advertiser's identifiers only. Shared by `npm run -s bench:quality` and the gate
 * test (test/unit/extract/corpus-quality.test.ts), so both report the same figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { extractFindings } from '../../lambdas/collect/extract/index.js';
import { decodeHtml } from '../../lambdas/collect/fetch/decode.js';
import { boundNesting } from '../../lambdas/collect/fetch/nesting.js';
import type { IdentifierKind } from '../../lambdas/shared/identifiers.js';
import { normalise } from '../../lambdas/shared/normalise/index.js';
import { configSchema } from '../../lib/config.js';

/**
 * The most a page may be (crawler.maxPageBytes' default): the crawler aborts a larger download
 * and `adwarden extract` refuses a larger file, so a larger page yields nothing in the product
 * and is scored so here (every label missed), and named in the report's `refused`.
 */
export const MAX_PAGE_BYTES: number = configSchema.shape.crawler.shape.maxPageBytes.parse(undefined);

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
  /** Pages over MAX_PAGE_BYTES: nothing extracted from them, as in the product. */
  refused: string[];
  byKind: Record<CorpusKind, KindScore>;
  errors: CorpusError[];
}

/** One page's label: where the page is from, and the advertiser's identifiers as the page writes them. */
const LabelSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  country: z.string().regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code, such as "DE"'),
  type: z.string().optional(),
  expected: z.object(Object.fromEntries(Object.values(CORPUS_KINDS).map((k) => [k, z.array(z.string()).optional()])) as Record<(typeof CORPUS_KINDS)[CorpusKind], z.ZodOptional<z.ZodArray<z.ZodString>>>),
});

/**
 * The labels of a directory of saved pages (`labels.json`: page path → label). Keys starting
 * with "_" or "$" are comments and metadata, not pages. With `required`, a missing file is an
 * error, as is a label that does not fit (the message names the page and the field, never a value).
 */
export function loadCorpusLabels(dir = CORPUS_DIR, required = false): Record<string, CorpusLabel> {
  const file = join(dir, 'labels.json');
  if (!existsSync(file)) {
    if (required) throw new Error(`no labels.json in ${dir}: it maps each page's path to {"url", "country", "expected": {"phones": [...], ...}}`);
    return {};
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    // Only where it failed: JSON.parse's own message can quote the text around it, labelled values included.
    const at = /\bposition (\d+)/.exec((e as Error).message)?.[1];
    // eslint-disable-next-line preserve-caught-error -- the cause is that message; printed with the error, it would carry the values
    throw new Error(`${file} is not JSON${at ? ` (at character ${at})` : ''}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${file} must hold one object: page path → label`);
  const out: Record<string, CorpusLabel> = {};
  for (const [page, label] of Object.entries(raw)) {
    if (/^[_$]/.test(page)) continue;
    const parsed = LabelSchema.safeParse(label);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file}: the label of "${page}" is not valid at ${issue.path.join('.') || '(the label)'}: ${issue.message}`);
    }
    out[page] = parsed.data;
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

/**
 * Runs the extractor over every labelled page and scores it per kind. With `required` (a
 * directory a user names), a missing labels.json or a labelled page that is not there is an
 * error rather than nothing to score.
 */
export function scoreCorpus(dir = CORPUS_DIR, required = false): CorpusReport {
  const labels = loadCorpusLabels(dir, required);
  const tally = Object.fromEntries(Object.keys(CORPUS_KINDS).map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    CorpusKind,
    { tp: number; fp: number; fn: number }
  >;
  const errors: CorpusError[] = [];
  const refused: string[] = [];
  let pages = 0;
  for (const [page, label] of Object.entries(labels)) {
    const file = join(dir, page);
    if (!existsSync(file)) {
      if (required) throw new Error(`${join(dir, 'labels.json')} labels "${page}", which is not in ${dir}`);
      continue;
    }
    pages++;
    // Read as the crawler and `adwarden extract` read a page: bounded in size, decoded
    // (decode.ts), its nesting bounded (nesting.ts), then extracted.
    const bytes = readFileSync(file);
    const country = label.country.toUpperCase();
    let findings: ReturnType<typeof extractFindings> = [];
    if (bytes.length > MAX_PAGE_BYTES) refused.push(page);
    else findings = extractFindings(boundNesting(decodeHtml(bytes, undefined, label.country)).html, { url: label.url, country });
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
  return { pages, refused, byKind, errors };
}
