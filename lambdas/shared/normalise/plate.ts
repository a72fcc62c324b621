import { cleanText, countryCode } from './text.js';

/**
 * Plate -> "CC:" + upper-case letters and digits, e.g. "NO:AB12345", "DE:BAB1234".
 * A value that already carries a country ("DE:B-AB 1234") keeps it, so normalising a stored
 * value again changes nothing. Letters outside A-Z stay (German district codes such as "TÜ").
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
  const body = text.replace(/[\s\-‐‑–—.·•]/g, '');
  if (!/^[\p{Lu}\p{N}]{2,10}$/u.test(body)) return undefined;
  return `${cc}:${body}`;
}
