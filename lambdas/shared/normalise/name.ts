import { cleanText, foldCase } from './text.js';

/** Seller name -> NFKC, case-folded, single spaces, trimmed; undefined without any letter. */
export function normaliseName(raw: string): string | undefined {
  const text = foldCase(cleanText(raw));
  if (text.length > 200 || !/\p{L}/u.test(text)) return undefined;
  return text;
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
