/**
 * From the 104th sealed round: a holiday flat's hosts named as a couple under one family name
 * ("Lena und Kamal Marten"), which read as one person's name. With the cases an adversary would
 * bring. Every name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { FindingSet } from '../../../lambdas/collect/extract/findings.js';

const names = (raw: string, country = 'AT'): string[] => {
  const found = new FindingSet(country);
  found.add('name', raw, 'text');
  return found.findings.map((f) => f.value);
};

describe('a couple under one family name', () => {
  it.each([
    ['Lena und Kamal Marten', ['lena marten', 'kamal marten']],
    ['Anna & Oskar Berg', ['anna berg', 'oskar berg']],
    ['Lena et Kamal Marten-Berg', ['lena marten-berg', 'kamal marten-berg']],
  ])('%s is two people', (raw, want) => {
    expect(names(raw)).toEqual(want);
  });

  it.each([
    ['a firm of two family names and a trade word', 'Marten und Wendelsson Immobilien'],
    ['two given names without a family name', 'Lena und Kamal'],
    ['one person', 'Lena Marten'],
  ])('but not %s, which is recorded as written', (_, raw) => {
    expect(names(raw)).toEqual([raw.toLowerCase()]);
  });
});
