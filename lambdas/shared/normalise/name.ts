import { parse } from 'tldts';
import { cleanText, foldCase } from './text.js';

/** One word with dots in it, the last part letters only: "finalease.nl", "autohuis-x.com". */
const DOTTED_WORD = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;

/**
 * True when the text is a domain name under an ICANN public suffix ("finalease.nl"): a website,
 * which dealers give as their display name, not a person's name. "J.Nowak" and "A.Berg" are not
 * ("nowak", "berg" are no public suffix), nor "A.Li" (an initial before a suffix-like surname).
 */
function isDomainName(text: string): boolean {
  if (!DOTTED_WORD.test(text)) return false;
  const p = parse(text);
  // Three letters before the suffix at least: "A.Li", "J.Ng" are an initial and a surname.
  return p.isIcann === true && p.domain !== null && (p.domainWithoutSuffix ?? '').length >= 3;
}

/** The apostrophes typesetting gives a name ("O’Brien", "N’Diaye"; U+2019, U+02BC, U+2018): one name, however printed. */
const TYPOGRAPHIC_APOSTROPHES = /[\u2019\u02BC\u2018]/gu;

/**
 * Seller name -> NFKC, case-folded, single spaces, trimmed, typographic apostrophes as "'";
 * undefined without any letter, and for a domain name (a website is no person's name). A name
 * written twice over ("Lena Marten Lena Marten", as a listing's field joins its first and display
 * names) is the name once.
 */
export function normaliseName(raw: string): string | undefined {
  const text = foldCase(cleanText(raw)).replace(TYPOGRAPHIC_APOSTROPHES, "'");
  if (text.length > 200 || !/\p{L}/u.test(text) || isDomainName(text)) return undefined;
  return onceOver(text);
}

/** The words' first half where the second repeats it ("a b a b" -> "a b"); the text otherwise. */
function onceOver(text: string): string {
  const words = text.split(' ');
  if (words.length < 4 || words.length % 2 !== 0) return text;
  const half = words.slice(0, words.length / 2).join(' ');
  return words.slice(words.length / 2).join(' ') === half ? half : text;
}

/**
 * Nickname -> as a name, without the "@" that some sites print in front of a handle, so
 * "@Bilkongen88" on one page and "bilkongen88" on another index to the same value.
 */
export function normaliseNickname(raw: string): string | undefined {
  const text = foldCase(cleanText(raw)).replace(/^@+/, '');
  if (text.length > 100 || !/[\p{L}\p{N}]/u.test(text)) return undefined;
  return text;
}
