import { cleanText, countryCode } from './text.js';

/** ISO 3779: 17 characters, digits and capitals without I, O and Q. */
const VIN_SHAPE = /^[A-HJ-NPR-Z0-9]{17}$/;

/**
 * Where the check digit (position 9) is mandatory by law (49 CFR 565 in the US, and the
 * Canadian and Mexican rules that copy it). European makers often put a letter or a 0 there.
 */
export const VIN_CHECK_DIGIT_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA', 'MX']);

const VALUES: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/** True when position 9 of an upper-case 17-character VIN is its ISO 3779 / FMVSS check digit. */
export function hasValidVinCheckDigit(vin: string): boolean {
  if (!VIN_SHAPE.test(vin)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i]!;
    const value = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : VALUES[c]!;
    sum += value * WEIGHTS[i]!;
  }
  const check = sum % 11;
  return vin[8] === (check === 10 ? 'X' : String(check));
}

/**
 * A masked VIN: five X's or more in a row ("XXXXXXXXX12345678", "WVWZZZ1KZ6WXXXXXX"), as sites
 * write one they hide (a Brazilian portal's JSON-LD gave every car so). X is a VIN letter, and
 * makers use it as a filler, but in shorter runs: Ford of Europe's "WF0XXXGCDX…" has three.
 */
const MASKED = /X{5}/;

/**
 * VIN -> 17 upper-case characters (spaces and dashes people type inside it removed); the check
 * digit is enforced only for sources in VIN_CHECK_DIGIT_COUNTRIES. A masked VIN is none.
 */
export function normaliseVin(raw: string, country: string): string | undefined {
  const vin = cleanText(raw).toUpperCase().replace(/[\s-]/g, '');
  if (!VIN_SHAPE.test(vin) || MASKED.test(vin)) return undefined;
  const cc = countryCode(country);
  if (cc && VIN_CHECK_DIGIT_COUNTRIES.has(cc) && !hasValidVinCheckDigit(vin)) return undefined;
  return vin;
}
