/**
 * Text clean-up shared by every normaliser. Pages hide identifiers from scrapers with soft
 * hyphens and zero-width characters, and write them in full-width or ligature forms; NFKC
 * plus removing those characters makes all of these spellings compare equal.
 */
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** NFKC, invisible characters removed, runs of white space collapsed to one space, trimmed. */
export function cleanText(raw: string): string {
  // ASCII is already NFKC and has no invisibles; most values are ASCII, so skip the work.
  const text = NON_ASCII.test(raw) ? raw.normalize('NFKC').replace(INVISIBLE, '') : raw;
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Locale-independent lower-casing: the same for every tenant and source, so an index built
 * from a Norwegian page matches a search typed on a German laptop. (`toLowerCase` is the
 * root-locale mapping; Turkish dotless-i rules would split the index.) The root mapping writes
 * the Turkish capital "İ" as "i" and a combining dot above (U+0307), so "SELİN" would not
 * match "Selin": that dot, redundant on an "i", is dropped.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u0307') ? lower.replace(/i\u0307/g, 'i') : lower;
}

/** ISO 3166-1 alpha-2 in upper case, or undefined. */
export function countryCode(country: string): string | undefined {
  const cc = country.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(cc) ? cc : undefined;
}
