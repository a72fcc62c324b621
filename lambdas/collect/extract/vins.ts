/**
 * VINs in text. A 17-character token of VIN letters is also what many hashes and ids look
 * like, so outside a VIN label a token must look like a real VIN: upper case, letters and
 * digits, a valid check digit, a letter in the maker code and a numeric serial (positions
 * 14-17 are numeric for every maker that builds more than 500 vehicles a year). Near a label
 * the label is trusted.
 */
import { hasValidVinCheckDigit } from '../../shared/normalise/vin.js';
import type { FindingSet } from './findings.js';
import { VIN_LABEL } from './labels.js';

const CONTEXT = 60;
const VIN_CHARS = /^[A-HJ-NPR-Za-hj-npr-z0-9]{17}$/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function plausible(vin: string): boolean {
  return /\d{4}$/.test(vin) && /[A-Z]/.test(vin.slice(0, 3)) && hasValidVinCheckDigit(vin);
}

/**
 * Scans text (lines separated by "\n"); `label` describes the whole text (an attribute name).
 * The tokens are cut by a character loop: a pattern such as /\b[A-Z0-9]{17}\b/ has no first
 * character to search for, and measured half again as slow on a page.
 */
export function scanVins(text: string, found: FindingSet, origin: string, label = ''): void {
  if (text.length < 17) return;
  // The label is read only when a token is found: most texts (attribute values) hold none.
  let labelledText: boolean | undefined = label === '' ? false : undefined;
  forEachRunOf17(text, (at) => check(text, at, found, origin, (labelledText ??= VIN_LABEL.test(label))));
}

/**
 * VINs in a link's address, where sites put the car's VIN in its page's slug, often in lower case
 * ("/veh/1989-bus-1m8gdm9axkp042788-x7Kq2"): a token of 17 that, upper-cased, looks
 * like a real VIN by the same test as unlabelled text (check digit, maker code, numeric serial).
 */
export function scanLinkVins(href: string, found: FindingSet, origin: string): void {
  if (href.length < 17) return;
  forEachRunOf17(href, (at) => {
    const vin = href.slice(at, at + 17).toUpperCase();
    if (VIN_CHARS.test(vin) && plausible(vin)) found.add('vin', vin, origin);
  });
}

/**
 * Calls `visit` with the start of every maximal run of exactly 17 ASCII letters and digits, in
 * order. It looks at the 17th character from a run's possible start first: when that one is not
 * a letter or digit, no run of 17 starts in between, and the loop skips them unread (most of a
 * page is short words, spaces or other scripts, so most characters are never read: measured
 * ~3x cheaper than reading every character; test/unit/extract/vins.test.ts compares the two).
 */
export function forEachRunOf17(text: string, visit: (at: number) => void): void {
  const n = text.length;
  // Invariant: `i` is 0 or follows a character that is not a letter or digit.
  let i = 0;
  while (i + 17 <= n) {
    const j = i + 16;
    if (!isAsciiAlnum(text.charCodeAt(j))) {
      i = j + 1;
      continue;
    }
    // The run holding j: it starts at or after i (by the invariant).
    let start = j;
    while (start > i && isAsciiAlnum(text.charCodeAt(start - 1))) start--;
    let end = j + 1;
    while (end < n && isAsciiAlnum(text.charCodeAt(end))) end++;
    if (end - start === 17) visit(start);
    i = end + 1;
  }
}

function check(text: string, at: number, found: FindingSet, origin: string, labelledText: boolean): void {
  const token = text.slice(at, at + 17);
  if (!VIN_CHARS.test(token) || !/\d/.test(token) || !/[a-z]/i.test(token)) return;
  // Letters outside ASCII (æ, ü...) continue a word too.
  if (WORD_CHAR.test(text.charAt(at - 1)) || WORD_CHAR.test(text.charAt(at + 17))) return;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let labelled = labelledText || VIN_LABEL.test(text.slice(Math.max(lineStart, at - CONTEXT), at));
  if (!labelled && at - lineStart < 3 && lineStart > 0) {
    // dt/dd and th/td layouts put the label on the line above.
    const previous = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
    labelled = previous.length <= 40 && VIN_LABEL.test(previous);
  }
  const upper = token.toUpperCase();
  if (labelled || (token === upper && plausible(upper))) found.add('vin', upper, origin);
}

/** An event handler's function named for a car or its VIN ("carRegInfo(…)", "showVehicle(…)", "openVin(…)"). */
const CAR_HANDLER = /(?:car|vin|vehicle|auto)\w*\s*\(/i;

/**
 * VINs passed to an event handler's script ("onclick=\"carRegInfo('CR2024…', '<VIN>', …)\"").
 * Where the function is named for a car or its VIN, the call says what its argument is, and the
 * check digit is not required: outside North America makers need not write one (Korean and many
 * European VINs have a letter there). The rest of the shape still is: upper case, a letter in the
 * maker code, a numeric serial.
 */
export function scanHandlerVins(script: string, found: FindingSet, origin: string): void {
  if (script.length < 17) return;
  if (!CAR_HANDLER.test(script)) {
    scanVins(script, found, origin);
    return;
  }
  forEachRunOf17(script, (at) => {
    const token = script.slice(at, at + 17);
    if (VIN_CHARS.test(token) && token === token.toUpperCase() && /\d{4}$/.test(token) && /[A-Z]/.test(token.slice(0, 3))) {
      found.add('vin', token, `${origin}:car-handler`);
    }
  });
}
