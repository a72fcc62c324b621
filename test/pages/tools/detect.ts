/**
 * Generic detectors for the real-page corpus: every phone-shaped number, e-mail address and
 * VIN-like string anywhere in a page's raw HTML (text, attributes, scripts, embedded JSON).
 *
 * They are deliberately wider than the product's extractor: they are the privacy net. The
 * sanitiser's operator reviews what they find on an original page (personal or not), and the
 * privacy test runs them again on the committed page and fails on anything that is neither a
 * label (synthetic), a platform contact nor recorded as non-personal in the provenance.
 * Hand-written because no library looks for identifiers in raw markup; the validity decisions
 * are libphonenumber's.
 */
import { parsePhoneNumberFromString, isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';

export interface Hit {
  kind: 'phone' | 'email' | 'vin';
  /** Normalised value: E.164, lower-case e-mail, upper-case VIN. */
  value: string;
  /** The spelling found in the page. */
  raw: string;
  at: number;
}

/** Decode the few escapes that hide digits and "@" in markup and JSON. */
export function decodeForScan(html: string): string {
  return html
    .replace(/\\u00([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    // Script data's own escapes: "\\x3E", and "\\n" before a number ("…servis\\n0651234567"),
    // which would otherwise read as the word "n0651234567" and hide the number from the net.
    .replace(/\\x([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\[nrtbfv]/g, ' ')
    .replace(/&#(\d{2,3});/g, (_m, d: string) => String.fromCharCode(Number(d)))
    .replace(/&#x([0-9a-f]{2});/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/%40/g, '@')
    .replace(/%2B/g, '+')
    .replace(/%20/g, ' ')
    .replace(/&nbsp;|\u00a0|\u202f/g, ' ');
}

/** Cloudflare e-mail obfuscation: the first byte is the XOR key for the rest. */
export function decodeCfEmail(hex: string): string | undefined {
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(hex)) return undefined;
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return out;
}

export function encodeCfEmail(email: string, key: number): string {
  const hex = (n: number): string => n.toString(16).padStart(2, '0');
  let out = hex(key);
  for (const ch of email) out += hex(ch.charCodeAt(0) ^ key);
  return out;
}

/** Style sheets, SVG and rgb() hold digit groups that are never phone numbers. */
function blankNoise(html: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  return html
    .replace(/<style\b[\s\S]*?<\/style>/gi, blank)
    .replace(/<svg\b[\s\S]*?<\/svg>/gi, blank)
    .replace(/\b(?:rgba?|hsla?)\([^)]*\)/gi, blank)
    .replace(/\s(?:d|points|viewBox|style)="[^"]*"/g, blank);
}

const PHONE_RUN = /(?<![\w.,/-])(?:\+|00)?\(?\d[\d ()./-]{4,22}\d(?![\w])/g;
const PHONE_WORD =
  /(?:tel|phone|fon|mobil|handy|cell|gsm|whats ?app|viber|telegram|contact|kontakt|numer|nummer|numero|número|telefone|celular|téléphone|portable|телефон|тел|номер|zadzwo|call|ring|ringe|soita)/i;

/**
 * Phone numbers: a run of digits and separators that libphonenumber holds valid for the
 * country, and that is written the way people write numbers (a leading + or 0, brackets,
 * groups) or sits within 40 characters after a phone word or in a tel: link. Bare digit runs
 * in scripts (ids, timestamps) without any of those are not phone-shaped.
 */
export function findPhones(html: string, country: string): Hit[] {
  const text = decodeForScan(blankNoise(html));
  const cc = isSupportedCountry(country) ? (country as CountryCode) : undefined;
  const hits: Hit[] = [];
  for (const m of text.matchAll(PHONE_RUN)) {
    const raw = m[0].replace(/[\s(/.-]+$/, '');
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    // Coordinates, decimals and dates are not numbers anyone dials.
    if (/^\d{4}-\d{2}-\d{2}/.test(raw) || /\d\.\d{4,}/.test(raw) || /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(raw) || /^\d+\.\d+$/.test(raw)) continue;
    const at = m.index;
    const before = text.slice(Math.max(0, at - 40), at);
    const shaped =
      /^(?:\+|00|0|\()/.test(raw) || /\d[ ./-]\d/.test(raw) || /tel:\s*$/i.test(before) || PHONE_WORD.test(before);
    if (!shaped) continue;
    const candidates = [raw.replace(/^00/, '+')];
    for (const c of candidates) {
      const p = parsePhoneNumberFromString(c, { defaultCountry: cc, extract: false });
      if (p?.isValid()) hits.push({ kind: 'phone', value: p.number, raw, at });
    }
  }
  return hits;
}

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,24}/u;
const ASSET = /\.(?:png|jpe?g|gif|webp|svg|avif|css|js)$/i;

/**
 * E-mail addresses, plain, escaped and Cloudflare-obfuscated. Found from each "@" outwards (the
 * run of local-part characters before it, a domain after it), which is what a leftmost match of
 * `[local]+@domain` gives, in linear time: a regex scan is quadratic on the 80 KB runs of
 * letters and digits some pages carry in scripts (base64 payloads) and took minutes on them.
 */
export function findEmails(html: string): Hit[] {
  const text = decodeForScan(html);
  const hits: Hit[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > lastEnd && LOCAL_CHAR.test(text.charAt(start - 1))) start--;
    if (start === at) continue;
    const domain = DOMAIN.exec(text.slice(at + 1, at + 1001));
    if (!domain) continue;
    const raw = text.slice(start, at + 1) + domain[0];
    lastEnd = at + 1 + domain[0].length;
    if (ASSET.test(raw)) continue;
    hits.push({ kind: 'email', value: raw.toLowerCase(), raw, at: start });
  }
  for (const m of html.matchAll(/(?:data-cfemail="|email-protection#)([0-9a-f]{4,})/gi)) {
    const e = decodeCfEmail(m[1]!);
    if (e && e.includes('@')) hits.push({ kind: 'email', value: e.toLowerCase(), raw: m[1]!, at: m.index });
  }
  return hits;
}

/** 17-character VIN-shaped strings with at least three letters and three digits. */
export function findVins(html: string): Hit[] {
  const hits: Hit[] = [];
  // A URL escape right before counts as a boundary: "vin%3DWBA…%26" hides a VIN in a link.
  for (const m of html.matchAll(/(?:(?<=%[0-9A-Fa-f]{2})|(?<![A-Za-z0-9]))[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])/g)) {
    const v = m[0];
    if ((v.match(/[A-Z]/g)?.length ?? 0) < 3 || (v.match(/\d/g)?.length ?? 0) < 3) continue;
    hits.push({ kind: 'vin', value: v, raw: v, at: m.index });
  }
  return hits;
}

export function findAll(html: string, country: string): Hit[] {
  return [...findPhones(html, country), ...findEmails(html), ...findVins(html)];
}

/** Pages are UTF-8 except a few old ISO-8859-1 ones; latin1 round-trips their bytes exactly. */
export function decodePage(bytes: Buffer): { html: string; encoding: 'utf8' | 'latin1' } {
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf8' };
  } catch {
    return { html: bytes.toString('latin1'), encoding: 'latin1' };
  }
}
