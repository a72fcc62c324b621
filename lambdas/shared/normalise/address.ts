import { cleanText, foldCase } from './text.js';

/**
 * Postal address -> NFKC, case-folded, single spaces, trimmed; spaces before commas and
 * stray separators at the ends dropped, so "Storgata 1 , 0150 Oslo," equals "storgata 1, 0150 oslo".
 */
export function normaliseAddress(raw: string): string | undefined {
  const text = foldCase(cleanText(raw))
    .replace(/\s+,/g, ',')
    .replace(/,(?=\S)/g, ', ')
    .replace(/(?:,\s*)+,/g, ',')
    .replace(/^[\s,;·-]+|[\s,;·-]+$/g, '');
  if (text.length < 3 || text.length > 300 || !/\p{L}/u.test(text)) return undefined;
  return text;
}
