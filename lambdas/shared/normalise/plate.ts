import { cleanText, countryCode } from './text.js';

/**
 * Cyrillic plate letters that have a Latin twin. Ukrainian and Russian plates use only these;
 * sellers and sites write them in either script ("АА 1234 ВВ", "AA 1234 BB"), so the Latin
 * spelling is the one stored.
 */
const CYRILLIC_TWIN: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X', У: 'Y',
};

/**
 * Plate -> "CC:" + upper-case letters and digits, e.g. "NO:AB12345", "DE:BAB1234", "UA:AA1234BB".
 * A value that already carries a country ("DE:B-AB 1234") keeps it, so normalising a stored
 * value again changes nothing. Letters outside A-Z stay (German district codes such as "TÜ");
 * Cyrillic letters with a Latin twin become that twin when the whole plate is made of such
 * letters and digits (a plate is never mixed-script, a Cyrillic word is not a plate).
 */
export function normalisePlate(raw: string, country: string): string | undefined {
  let text = cleanText(raw).toUpperCase();
  let cc = countryCode(country);
  const prefixed = /^([A-Z]{2}):(.*)$/.exec(text);
  if (prefixed) {
    cc = prefixed[1];
    text = prefixed[2]!;
  }
  if (!cc) return undefined;
  let body = text.replace(/[\s\-‐‑–—.·•]/g, '');
  if (/^[0-9A-Z\u0400-\u04FF]+$/.test(body) && [...body].every((c) => c <= 'Z' || CYRILLIC_TWIN[c])) {
    body = body.replace(/[\u0400-\u04FF]/g, (c) => CYRILLIC_TWIN[c]!);
  }
  if (!/^[\p{Lu}\p{N}]{2,10}$/u.test(body)) return undefined;
  return `${cc}:${body}`;
}
