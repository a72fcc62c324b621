/**
 * Checks that no original personal value from the private mappings occurs anywhere under
 * test/pages/real/ (any file), in its written form, lower case, E.164 or bare national digits.
 * Prints counts only, never values.
 *
 *   npx tsx test/pages/tools/verify-private.ts /tmp/corpus-private
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePhoneNumberFromString, isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import { decodeForScan, decodePage } from './detect.js';
import type { PageMap } from './build.js';
import { ESCAPE_BEFORE, HANGUL, NOT_HANGUL_WORD } from './sanitise.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'real');
const dir = process.argv[2] ?? '/tmp/corpus-private';

function files(d: string): string[] {
  return readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
}
const texts = new Map(
  files(ROOT).map((f) => {
    const html = decodePage(readFileSync(f)).html;
    return [relative(ROOT, f), decodeForScan(html).toLowerCase() + '\n' + html.toLowerCase()] as const;
  }),
);
const corpus = [...texts.values()];
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let values = 0;
let probes = 0;
let leaks = 0;
let coincidences = 0;
for (const f of readdirSync(join(dir, 'maps')).filter((x) => x.endsWith('.json'))) {
  const m = JSON.parse(readFileSync(join(dir, 'maps', f), 'utf8')) as PageMap;
  for (const r of m.replace) {
    values++;
    const forms = new Set<string>([r.original.toLowerCase()]);
    if (r.kind === 'phone') {
      const p = parsePhoneNumberFromString(r.original, isSupportedCountry(m.country) ? (m.country as CountryCode) : undefined);
      if (p) {
        forms.add(p.number.toLowerCase());
        if (p.nationalNumber.length >= 7) forms.add(p.nationalNumber);
      }
    }
    for (const form of forms) {
      probes++;
      // Exact word anywhere in the corpus; for names also a declined form ("Gerdas") on the
      // page itself (across pages a short first name plus an ending is often a common word).
      // VINs (17 characters) anywhere, even touching letters or digits ("%3DWBA…%26"); other
      // values as words, a URL escape right before counting as a boundary.
      // Next to a Korean value, Hangul particles glued to it ("12가3456차량의") are no boundary.
      const around = HANGUL.test(form) ? NOT_HANGUL_WORD : '[\\p{L}\\p{N}]';
      const re =
        r.kind === 'vin'
          ? new RegExp(escapeRe(form), 'u')
          : new RegExp(`(?:${ESCAPE_BEFORE}|(?<!${around}))${escapeRe(form)}(?!${around})`, 'u');
      const declined = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(form)}\\p{Ll}{1,3}(?![\\p{L}\\p{N}])`, 'u');
      const own = texts.get(m.page) ?? '';
      // A value reviewed as a coincidence on other pages (a town's name on another page, a
      // parameter in a link) is still checked on its own page, and counted.
      const onlyOwn = m.coincidences?.includes(r.original) ?? false;
      if (onlyOwn) coincidences++;
      if ((onlyOwn ? [own] : corpus).some((text) => re.test(text)) || (r.kind === 'name' && declined.test(own))) {
        leaks++;
        console.log(`LEAK: a ${r.kind} of ${m.page} is still in the corpus`);
      }
    }
  }
}
console.log(
  `checked ${values} original values (${probes} spellings) against ${corpus.length} files: ${leaks} found` +
    (coincidences ? ` (${coincidences} spelling(s) reviewed as coincidences on other pages, checked on their own page only)` : ''),
);
process.exitCode = leaks ? 1 : 0;
