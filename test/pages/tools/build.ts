/**
 * Builds test/pages/real/ from private mappings kept OUTSIDE the repository:
 *
 *   npx tsx test/pages/tools/build.ts /tmp/corpus-private
 *
 * <dir>/maps/*.json  one mapping per page (hand-written): source, meta and the personal values
 *                    with their replacements; synthetic values are filled in and written back.
 * <dir>/orig/<page>  the original page (fetched from the source repository beforehand).
 *
 * Writes the sanitised pages, test/pages/real/labels.json and test/pages/real/provenance.json.
 * Labels are the hand-marked seller values of each mapping in the CLI's normalised form.
 *
 *   npx tsx test/pages/tools/build.ts <dir> --merge
 *
 * builds only the pages mapped in <dir> and keeps the other pages' labels and provenance as
 * committed (for a batch of new pages whose mappings live in a separate private directory).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFindings, summarise } from '../../../lambdas/collect/extract/index.js';
import { normalise } from '../../../lambdas/shared/normalise/index.js';
import { decodePage, findAll } from './detect.js';
import { sanitise, type Replacement } from './sanitise.js';

export interface PageMap {
  page: string;
  repo: string;
  commit: string;
  path: string;
  site: string;
  country: string;
  type: 'ad' | 'listing';
  url: string;
  notes?: string;
  replace: Replacement[];
  /** The platform's own contacts left on the page (raw spellings). */
  platformContacts?: string[];
  /**
   * Originals (as in `replace`) that also occur on other corpus pages as something else, reviewed
   * by hand (a town's name, a parameter in a link): verify-private checks them on this page only.
   */
  coincidences?: string[];
  /**
   * Phone/e-mail/VIN-shaped values reviewed by hand as no one's ("phone:+493421015412", an ad id):
   * the build refuses any other value the privacy net or the extractor sees that is not mapped.
   */
  nonPersonal?: string[];
  /** Seller identifiers deliberately left as they are (e.g. already synthetic on the page). */
  keepSeller?: Partial<Record<'phones' | 'emails' | 'vins' | 'plates' | 'names', string[]>>;
}

/** Where the corpus is written: test/pages/real, or ADWARDEN_CORPUS_DIR (the build's own test). */
const ROOT = process.env.ADWARDEN_CORPUS_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'real');
const KIND_OF = { phones: 'phone', emails: 'email', vins: 'vin', plates: 'plate', names: 'name' } as const;
type LabelKey = keyof typeof KIND_OF;

function norm(kind: 'phone' | 'email' | 'vin' | 'plate' | 'name', raw: string, country: string): string {
  const v = normalise(kind, raw, country);
  if (!v) throw new Error(`label value does not normalise as ${kind}: ${raw}`);
  return v;
}

function normAny(raw: string, country: string): string {
  return normalise('email', raw, country) ?? normalise('phone', raw, country) ?? raw;
}

const dir = process.argv[2] ?? '/tmp/corpus-private';
const merge = process.argv.includes('--merge');
const readJson = (f: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as Record<string, unknown>;
const labels: Record<string, unknown> = merge ? readJson('labels.json') : {};
const provenance: Record<string, unknown> = merge ? readJson('provenance.json') : {};
for (const f of readdirSync(join(dir, 'maps')).filter((x) => x.endsWith('.json')).sort()) {
  const mapFile = join(dir, 'maps', f);
  const m = JSON.parse(readFileSync(mapFile, 'utf8')) as PageMap;
  const { html: original, encoding } = decodePage(readFileSync(join(dir, 'orig', m.page.replace(/\//g, '__'))));
  const res = sanitise(original, m.replace, m.country, m.page);
  if (res.unmatched.length) {
    throw new Error(`${m.page}: mapping entries matched nothing: ${res.unmatched.map((r) => r.kind).join(', ')}`);
  }

  const expected: Record<LabelKey, string[]> = { phones: [], emails: [], vins: [], plates: [], names: [] };
  const decoys = new Set<string>();
  for (const r of m.replace) {
    const key = (Object.keys(KIND_OF) as LabelKey[]).find((k) => KIND_OF[k] === r.kind);
    if (!key) continue;
    const v = norm(KIND_OF[key], r.synthetic!, m.country);
    if (r.seller) expected[key].push(v);
    else decoys.add(v);
  }
  for (const key of Object.keys(KIND_OF) as LabelKey[]) {
    for (const raw of m.keepSeller?.[key] ?? []) expected[key].push(norm(KIND_OF[key], raw, m.country));
    expected[key] = [...new Set(expected[key])].sort();
  }
  const platform = [...new Set((m.platformContacts ?? []).map((c) => normAny(c, m.country)))].sort();

  // What the detectors and the extractor still see that is neither a label nor a platform
  // contact nor a synthetic decoy: recorded as non-personal (ids, prices, dates read as phones).
  const known = new Set<string>([...Object.values(expected).flat(), ...platform, ...decoys]);
  const seen = new Set<string>();
  for (const h of findAll(res.html, m.country)) seen.add(`${h.kind}:${h.value}`);
  const s = summarise(extractFindings(res.html, { url: m.url, country: m.country }));
  for (const v of s.phones) seen.add(`phone:${v}`);
  for (const v of s.emails) seen.add(`email:${v}`);
  for (const v of s.vins) seen.add(`vin:${v}`);
  const nonPersonal = [...seen].filter((k) => !known.has(k.slice(k.indexOf(':') + 1))).sort();
  // Every such value must have been looked at by a person: a seller's number the mapping missed
  // (one written after a JSON "\\n" once was) would otherwise be waved through as an id and
  // copied into provenance.json. Reviewed: the map's own list, or this page's committed one.
  const committed = (provenance[m.page] as { nonPersonal?: string[] } | undefined)?.nonPersonal ?? [];
  const reviewed = new Set([...(m.nonPersonal ?? []), ...committed]);
  const unreviewed = nonPersonal.filter((k) => !reviewed.has(k));
  if (unreviewed.length) {
    throw new Error(
      `${m.page}: ${unreviewed.length} value(s) the privacy net or the extractor still sees were not reviewed ` +
        `(kinds: ${unreviewed.map((k) => k.slice(0, k.indexOf(':'))).join(', ')}). ` +
        'Add each personal one to the map\'s "replace" list, each id/date/price to its "nonPersonal" list.',
    );
  }
  writeFileSync(mapFile, JSON.stringify(m, null, 2));
  const out = join(ROOT, m.page);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, Buffer.from(res.html, encoding));

  labels[m.page] = {
    url: m.url,
    country: m.country,
    type: m.type,
    expected,
    platformContacts: platform,
    notes: m.notes ?? '',
  };
  const replaced: Record<string, { values: number; occurrences: number }> = {};
  for (const r of m.replace) {
    replaced[r.kind] ??= { values: 0, occurrences: 0 };
    replaced[r.kind]!.values++;
  }
  for (const [k, n] of Object.entries(res.counts)) replaced[k]!.occurrences = n;
  provenance[m.page] = {
    repository: m.repo,
    commit: m.commit,
    path: m.path,
    site: m.site,
    country: m.country,
    type: m.type,
    bytes: Buffer.byteLength(res.html, encoding),
    encoding,
    replaced,
    syntheticDecoys: [...decoys].sort(),
    nonPersonal,
  };
  console.log(`${m.page}: ${JSON.stringify(res.counts)} labels=${JSON.stringify(expected)} nonPersonal=${nonPersonal.length}`);
}
const sorted = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
writeFileSync(join(ROOT, 'labels.json'), `${JSON.stringify(sorted(labels), null, 2)}\n`);
writeFileSync(join(ROOT, 'provenance.json'), `${JSON.stringify(sorted(provenance), null, 2)}\n`);
