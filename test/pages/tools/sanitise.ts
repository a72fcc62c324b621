/**
 * Sanitiser for the real-page corpus: replaces every personal value listed in a page's private
 * mapping with a synthetic value of the same shape, in every spelling the page uses (plain,
 * HTML entities, JSON \u escapes, URL encoding, upper/lower case, URL slugs, Cloudflare
 * e-mail protection, every way a phone number is written), and leaves all other bytes alone.
 *
 * The mapping (original -> synthetic) lives outside the repository; see build.ts. Synthetic
 * values are derived deterministically from the page and the original, so rebuilding gives the
 * same page. Hand-written: the job is specific to this corpus (no library rewrites identifiers
 * inside arbitrary markup while keeping the markup byte-for-byte).
 */
import { createHash } from 'node:crypto';
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { hasValidVinCheckDigit } from '../../../lambdas/shared/normalise/index.js';
import { decodeCfEmail, encodeCfEmail } from './detect.js';

export type Kind = 'phone' | 'email' | 'name' | 'vin' | 'plate' | 'address' | 'text';

export interface Replacement {
  kind: Kind;
  original: string;
  /** Filled in by the sanitiser when absent (deterministic). */
  synthetic?: string;
  /** True when the value is the seller's / advertiser's identifier: it goes into the labels. */
  seller?: boolean;
  /** Names: match whole words only (default true). */
  word?: boolean;
}

export interface SanitiseResult {
  html: string;
  /** Occurrences replaced per kind. */
  counts: Record<string, number>;
  /** Entries that matched nothing (a typo in the mapping, or already absent). */
  unmatched: Replacement[];
}

class Rng {
  private state: Buffer;
  private pos = 0;
  constructor(seed: string) {
    this.state = createHash('sha256').update(seed).digest();
  }
  next(n: number): number {
    if (this.pos >= this.state.length) {
      this.state = createHash('sha256').update(this.state).digest();
      this.pos = 0;
    }
    return this.state[this.pos++]! % n;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.next(xs.length)]!;
  }
}

const FIRST = [
  'Anna', 'Lena', 'Mara', 'Ida', 'Nora', 'Eva', 'Lina', 'Tilda', 'Greta', 'Rosa', 'Clara', 'Hanna',
  'Jonas', 'Felix', 'Emil', 'Oskar', 'Paul', 'Leon', 'Milo', 'Theo', 'Anton', 'Karl', 'Nils', 'Jakob',
];
const LAST = [
  'Berg', 'Lindqvist', 'Vogt', 'Brandt', 'Holm', 'Falk', 'Sommer', 'Winter', 'Kessler', 'Roth',
  'Lund', 'Hagen', 'Moreau', 'Novak', 'Kowal', 'Rossi', 'Marin', 'Petrov', 'Horvat', 'Silva',
];
const CYR_FIRST = ['Анна', 'Олена', 'Марія', 'Ірина', 'Ніна', 'Олег', 'Павло', 'Іван', 'Борис', 'Денис'];
const CYR_LAST = ['Коваль', 'Мельник', 'Бондар', 'Ткач', 'Лисенко', 'Гончар', 'Шевчук', 'Руденко'];
const STREETS = ['Lindenweg', 'Birkenstraat', 'Rue des Tilleuls', 'ul. Lipowa', 'Via dei Tigli', 'Linden Lane'];
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const PLATE_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

function vinCheck(vin17: string): string {
  const values: Record<string, number> = {
    A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
    S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
  };
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin17[i]!;
    sum += (c >= '0' && c <= '9' ? Number(c) : values[c]!) * weights[i]!;
  }
  const check = sum % 11;
  return vin17.slice(0, 8) + (check === 10 ? 'X' : String(check)) + vin17.slice(9);
}

/** Phone templates reserved for fiction where libphonenumber still holds them valid. */
const FICTIONAL: Partial<Record<string, (r: Rng) => string>> = {
  DE: (r) => `+4917139200${r.next(10)}${r.next(10)}`,
  AU: (r) => `+61491570${100 + r.next(60)}`,
};

export function syntheticPhone(original: string, country: string, r: Rng): string {
  const p = parsePhoneNumberFromString(original, isSupportedCountry(country) ? (country as CountryCode) : undefined);
  if (!p?.isValid()) throw new Error(`not a valid phone for ${country}: ${original}`);
  const nsn = p.nationalNumber;
  const cc = p.countryCallingCode;
  const type = p.getType();
  const fict = FICTIONAL[p.country ?? ''];
  if (fict && type === 'MOBILE') {
    const f = parsePhoneNumberFromString(fict(r))!;
    if (f.isValid() && f.nationalNumber.length === nsn.length && f.number !== p.number) return f.number;
  }
  if (cc === '1') {
    // North American fiction: NXX 555, line 0100-0199.
    const f = parsePhoneNumberFromString(`+1${nsn.slice(0, 3)}5550${100 + r.next(100)}`);
    if (f?.isValid()) return f.number;
  }
  // Keep the operator / area prefix (not personal), replace the subscriber digits.
  const keep = Math.min(nsn.length - 4, Math.max(2, Math.ceil(nsn.length / 3)));
  for (let attempt = 0; attempt < 500; attempt++) {
    let tail = '';
    for (let i = keep; i < nsn.length; i++) tail += String(r.next(10));
    const cand = parsePhoneNumberFromString(`+${cc}${nsn.slice(0, keep)}${tail}`);
    if (cand?.isValid() && cand.number !== p.number && (!type || cand.getType() === type)) return cand.number;
  }
  throw new Error(`no synthetic phone found for ${original}`);
}

function syntheticName(original: string, r: Rng): string {
  const tokens = original.trim().split(/\s+/);
  const out = tokens.map((t, i) => {
    const initial = /^\p{Lu}\.$/u.test(t);
    const cyr = /\p{Script=Cyrillic}/u.test(original);
    const name = i === 0 ? r.pick(cyr ? CYR_FIRST : FIRST) : r.pick(cyr ? CYR_LAST : LAST);
    const v = initial ? `${name[0]}.` : name;
    return t === t.toUpperCase() && t.length > 1 && !initial ? v.toUpperCase() : t === t.toLowerCase() ? v.toLowerCase() : v;
  });
  return out.join(' ');
}

function syntheticPlate(original: string, r: Rng): string {
  // Keep a leading district / region group when the plate has a separator after it.
  const m = /^([\p{L}]{1,3})([\s-])(.*)$/u.exec(original);
  const keep = m ? m[1]! + m[2]! : '';
  const rest = m ? m[3]! : original;
  let out = '';
  for (const ch of rest) {
    if (/\d/.test(ch)) out += String(r.next(10));
    else if (/\p{Lu}/u.test(ch)) out += PLATE_LETTERS[r.next(PLATE_LETTERS.length)];
    else if (/\p{Ll}/u.test(ch)) out += PLATE_LETTERS[r.next(PLATE_LETTERS.length)]!.toLowerCase();
    else out += ch;
  }
  return keep + out;
}

const VIN_LETTERS = VIN_CHARS.replace(/\d/g, '');

/** Keeps the maker code, the letter/digit pattern (a numeric serial stays numeric, as the
 * extractor's plausibility test expects of a real VIN) and the check-digit property. */
function syntheticVin(original: string, r: Rng): string {
  let v = original.slice(0, 3);
  for (let i = 3; i < 17; i++) {
    v += /\d/.test(original[i]!) ? String(r.next(10)) : VIN_LETTERS[r.next(VIN_LETTERS.length)];
  }
  return hasValidVinCheckDigit(original) ? vinCheck(v) : v;
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

export function synthesise(rep: Replacement, country: string, seed: string, taken: Set<string>, page = ''): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const r = new Rng(`${seed}\u0000${rep.kind}\u0000${rep.original}\u0000${attempt}`);
    let s: string;
    switch (rep.kind) {
      case 'phone':
        s = syntheticPhone(rep.original, country, r);
        break;
      case 'email': {
        const domain = r.pick(['example.com', 'example.net', 'example.org', 'mail.example.com']);
        s = `${slug(`${r.pick(FIRST)} ${r.pick(LAST)}`)}${r.next(90) + 10}@${domain}`;
        break;
      }
      case 'name':
        s = syntheticName(rep.original, r);
        break;
      case 'vin':
        s = syntheticVin(rep.original, r);
        break;
      case 'plate':
        s = syntheticPlate(rep.original, r);
        break;
      case 'address':
        s = `${r.pick(STREETS)} ${r.next(80) + 1}`;
        break;
      case 'text':
        throw new Error(`text replacement needs a synthetic value: ${rep.original}`);
    }
    const probe = rep.kind === 'phone' ? parsePhoneNumberFromString(s)!.nationalNumber : s;
    // A synthetic name must not reuse a word of the page (an original first name, say): the
    // replacement of that original would then rewrite the synthetic value too.
    const clash =
      rep.kind === 'name' &&
      s.split(/\s+/).some((t) => {
        const w = t.replace(/\.$/, '');
        return w.length > 1 && new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu').test(page);
      });
    if (!taken.has(s) && !page.includes(probe) && !clash) return s;
  }
  throw new Error(`could not synthesise ${rep.kind}`);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The spellings of a literal value a page may carry, each paired with its synthetic spelling. */
function variants(orig: string, synth: string): Array<[string, string]> {
  const out = new Map<string, string>();
  const add = (a: string, b: string): void => {
    if (a && !out.has(a)) out.set(a, b);
  };
  const jsonEsc = (s: string): string =>
    s.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const jsonEscUpper = (s: string): string =>
    s.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`);
  const htmlNum = (s: string): string => s.replace(/[^\x20-\x7e]/g, (c) => `&#${c.charCodeAt(0)};`);
  const htmlAmp = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const dashSlug = (s: string): string =>
    s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  for (const [a, b] of [
    [orig, synth],
    [orig.normalize('NFD'), synth.normalize('NFD')],
    [orig.toUpperCase(), synth.toUpperCase()],
    [orig.toLowerCase(), synth.toLowerCase()],
  ] as Array<[string, string]>) {
    add(a, b);
    add(htmlAmp(a), htmlAmp(b));
    add(jsonEsc(a), jsonEsc(b));
    add(jsonEscUpper(a), jsonEscUpper(b));
    add(htmlNum(a), htmlNum(b));
    add(encodeURIComponent(a), encodeURIComponent(b));
    add(encodeURIComponent(a).replace(/%20/g, '+'), encodeURIComponent(b).replace(/%20/g, '+'));
  }
  if (/\s/.test(orig) && dashSlug(orig).length >= 6) add(dashSlug(orig), dashSlug(synth));
  return [...out.entries()].sort((x, y) => y[0].length - x[0].length);
}

export const HANGUL = /\p{Script=Hangul}/u;
/**
 * What continues a token next to a Hangul value: digits only. Korean glues particles to a word,
 * and a translated page glues Latin words to it ("Information한가온bargain"): neither is part of it.
 */
export const NOT_HANGUL_WORD = '[\\p{N}]';

/**
 * An escape that ends right before a value is no part of it: a URL escape ("%2C"), or a string
 * escape in embedded script data (JSON's and JavaScript's "\\n", "\\t", "\\u003E", "\\x3E").
 * Without it "...ulaganja\\n0651234567" reads as the word "n0651234567" and the number is kept.
 */
const STRING_ESCAPE_BEFORE = '(?<=\\\\[nrtbfv])|(?<=\\\\u[0-9A-Fa-f]{4})|(?<=\\\\x[0-9A-Fa-f]{2})';
export const ESCAPE_BEFORE = `(?:(?<=%[0-9A-Fa-f]{2})|${STRING_ESCAPE_BEFORE})`;

function replaceLiteral(html: string, rep: Replacement, synth: string): [string, number] {
  let count = 0;
  // A VIN is 17 characters: as a substring it is never part of another value, and it must be
  // found where a letter or digit touches it (a query string "…%3DWBA…%26", an id "car-WBA…").
  const wordy =
    rep.kind === 'name' ? rep.word !== false : rep.kind !== 'text' && rep.kind !== 'address' && rep.kind !== 'vin';
  for (const [a, b] of variants(rep.original, synth)) {
    // Names also match with a short inflection ending ("Gerdas", "Piotra", "Анны"): a leak
    // in a declined form is still a leak; over-replacing a longer word only changes text.
    // Korean glues particles to a value ("12가3456차량의", "12가3456를"): next to a Hangul value
    // only a digit continues it (NOT_HANGUL_WORD).
    const around = HANGUL.test(rep.original) ? NOT_HANGUL_WORD : '[\\p{L}\\p{N}]';
    const end = rep.kind === 'name' ? `(?=\\p{Ll}{0,3}(?!${around}))` : `(?!${around})`;
    // A word boundary, or a URL or string escape right before the value ("q=Anna%2CBerg",
    // "%3DAB-123-C", a JSON description's "...\\n0651234567" or "\\u003E0651234567").
    const start = `(?:${ESCAPE_BEFORE}|(?<!${around}))`;
    const re = new RegExp(wordy ? `${start}${escapeRe(a)}${end}` : escapeRe(a), wordy ? 'gu' : 'g');
    html = html.replace(re, () => {
      count++;
      return b;
    });
  }
  return [html, count];
}

function replaceEmail(html: string, orig: string, synth: string): [string, number] {
  let count = 0;
  const lo = orig.toLowerCase();
  html = html.replace(/(data-cfemail="|email-protection#)([0-9a-f]{4,})/gi, (m, pre: string, hex: string) => {
    const d = decodeCfEmail(hex);
    if (d?.toLowerCase() !== lo) return m;
    count++;
    return pre + encodeCfEmail(synth, parseInt(hex.slice(0, 2), 16));
  });
  const [local, domain] = [orig.slice(0, orig.lastIndexOf('@')), orig.slice(orig.lastIndexOf('@') + 1)];
  const [sl, sd] = [synth.slice(0, synth.lastIndexOf('@')), synth.slice(synth.lastIndexOf('@') + 1)];
  for (const [at, sat] of [['@', '@'], ['%40', '%40'], ['\\u0040', '\\u0040'], ['&#64;', '&#64;'], ['\\u0040'.toUpperCase(), '\\u0040']]) {
    const re = new RegExp(`${escapeRe(local)}${escapeRe(at!)}${escapeRe(domain)}`, 'gi');
    html = html.replace(re, () => {
      count++;
      return `${sl}${sat}${sd}`;
    });
  }
  return [html, count];
}

/** URL-encoded spaces inside a number ("+49%20151%20...") are swapped for this marker while
 * digits are replaced, so the "2" and "0" of "%20" are never taken for digits of the number. */
const SPACE = '\u0001';
// A run never starts inside a URL escape: in "%22(067)%20123%2045%2067" the "22" of "%22" is the
// escaped quote, not the first digits of the number.
const RUN = new RegExp(
  `(?:${STRING_ESCAPE_BEFORE}|(?<![\\w.,]))(?<!%[0-9A-Fa-f]?)(\\+|%2B|\\\\u002[bB]|00)?(\\(?\\d[\\d ()./\u0001-]{4,40}\\d)(?!\\w)`,
  'g',
);

function replacePhone(html: string, origE164: string, synthE164: string, country: string): [string, number] {
  const o = parsePhoneNumberFromString(origE164)!;
  const s = parsePhoneNumberFromString(synthE164)!;
  const cc = isSupportedCountry(country) ? (country as CountryCode) : undefined;
  const onsn = o.nationalNumber;
  const snsn = s.nationalNumber;
  if (onsn.length !== snsn.length) throw new Error(`synthetic ${synthE164} must have the length of ${origE164}`);
  let count = 0;
  if (html.includes(SPACE)) throw new Error('page contains U+0001; cannot mark encoded spaces');
  html = html.replace(/%20/g, SPACE);
  html = html.replace(RUN, (m, plus: string | undefined, body: string) => {
    const digits = body.replace(/\D/g, '');
    if (digits.length < onsn.length) return m;
    const tries = [plus ? `+${digits}` : body, `+${digits}`, digits];
    const hit = tries.some((t) => {
      const p = parsePhoneNumberFromString(t, { defaultCountry: cc });
      return p?.number === o.number;
    });
    if (!hit || !digits.endsWith(onsn)) return m;
    // Replace the last |nsn| digits positionally, keeping every separator and prefix digit.
    let k = snsn.length - 1;
    let left = onsn.length;
    const chars = body.split('');
    for (let i = chars.length - 1; i >= 0 && left > 0; i--) {
      if (/\d/.test(chars[i]!)) {
        chars[i] = snsn[k--]!;
        left--;
      }
    }
    count++;
    return (plus ?? '') + chars.join('');
  });
  html = html.split(SPACE).join('%20');
  // Pages that put every word on its own line ("Tlf:\n    40\n    58\n    18\n    76") split a
  // number by whitespace runs the pass above does not cross: replace the national digits
  // written with any whitespace between them, digit by digit, keeping the whitespace.
  const split = new RegExp(`(?<![\\d+])${onsn.split('').join('[ \\t\\r\\n]*')}(?!\\d)`, 'g');
  html = html.replace(split, (m) => {
    let k = 0;
    count++;
    return m.replace(/\d/g, () => snsn[k++]!);
  });
  return [html, count];
}

/** Apply all replacements; fills missing synthetic values in `reps` (mutates). */
export function sanitise(html: string, reps: Replacement[], country: string, seed: string): SanitiseResult {
  const taken = new Set<string>();
  for (const rep of reps) {
    // A synthetic value that already occurs in the original would be ambiguous: synthesise
    // skips those.
    if (!rep.synthetic) rep.synthetic = synthesise(rep, country, seed, taken, html);
    taken.add(rep.synthetic);
  }
  const counts: Record<string, number> = {};
  const unmatched: Replacement[] = [];
  // Longer originals first: "Anna Berg" before "Anna".
  const ordered = [...reps].sort((a, b) => b.original.length - a.original.length);
  for (const rep of ordered) {
    let n: number;
    if (rep.kind === 'phone') {
      const norm = parsePhoneNumberFromString(rep.original, isSupportedCountry(country) ? (country as CountryCode) : undefined);
      if (!norm?.isValid()) throw new Error(`invalid phone in mapping: ${rep.original}`);
      [html, n] = replacePhone(html, norm.number, rep.synthetic!, country);
    } else if (rep.kind === 'email') [html, n] = replaceEmail(html, rep.original, rep.synthetic!);
    else [html, n] = replaceLiteral(html, rep, rep.synthetic!);
    counts[rep.kind] = (counts[rep.kind] ?? 0) + n;
    if (n === 0) unmatched.push(rep);
  }
  return { html, counts, unmatched };
}
