/**
 * India's common given names that faker's en_IN list misses: about half of a sample of two hundred
 * common ones, South Indian ones most of all, so a result page's private sellers under a one-word
 * display name were dropped. The cases an adversary would bring: the names that are also words
 * of other markets ("Pari", "Veer", "Rani", "Sita", "Rupa"), which stay unknown. All values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { hasKnownName } from '../../../lambdas/collect/extract/given-names.js';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.wendell-bazaar.example/en/search/phone-cases', 'IN');

describe('Indian given names', () => {
  it.each(['Senthil', 'Murugan', 'Kavitha', 'Saranya', 'Venkatesh', 'Gaurav', 'Kuldeep', 'Sourav', 'Vihaan', 'Gayathri'])('%s is known', (given) => {
    expect(hasKnownName(`${given} Qorvandi`)).toBe(true);
  });

  it.each(['Pari', 'Veer', 'Rani', 'Sita', 'Rupa'])('%s, also a word, is not', (word) => {
    expect(hasKnownName(`${word} Qorvandi`)).toBe(false);
  });

  it("names a member's ad by a one-word display name", () => {
    const items = [
      { ad_id: 41, title: 'Phone case, leather', price: 900, user_name: 'Senthil' },
      { ad_id: 42, title: 'Screen guard', price: 1500, user_name: 'Wendell Motors' },
    ];
    const html = page('<h1>Phone cases</h1><p>2 ads</p>') + nextData({ listing: { ads: items } });
    expect(found(html, 'IN', 'name')).toEqual(['name senthil']);
  });
});
