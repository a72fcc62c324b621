/**
 * A trunk prefix and an area code in one bracket with a space or hyphen between them, as some
 * countries write a landline: "(0 30) 4827 3915" (DE, the older DIN spelling), "(8 5) 272 3956"
 * and "(8-612) 94867" (LT, trunk 8), "(8 017) 293-45-61" (BY). Before, the bracket was not read:
 * the rest was taken alone and, after a phone label, stored as a shorter, wrong number. Written
 * with what an adversary (a page) brings instead: brackets that hold no trunk prefix, a
 * bracket the run cannot read, sizes and ranges in brackets. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.market.example/ad/4242', 'DE');
const phones = (text: string, country: string): string[] => found(page(`<p>${text}</p>`), country, 'phone');

describe('a bracketed trunk prefix and area code', () => {
  it.each([
    ['DE', 'Tel.: (0 30) 4827 3915', ['phone +493048273915']],
    ['DE', 'Telefon (0-30) 48273915', ['phone +493048273915']],
    ['LT', 'Tel.: (8 5) 272 3956', ['phone +37052723956']],
    ['LT', 'Tel.: (8-5) 2723956', ['phone +37052723956']],
    ['LT', 'Tel.: (8 37) 383 956', ['phone +37037383956']],
    ['LT', 'Mob.: (8-612) 94867', ['phone +37061294867']],
    ['BY', 'Тел.: (8 017) 293-45-61', ['phone +375172934561']],
    // and a hyphen after the bracket, as some write every gap
    ['US', 'Call (201)-263-1220', ['phone +12012631220']],
    ['IE', 'Ph: (071)-895-0497', ['phone +353718950497']],
  ])('%s %s', (country, text, want) => {
    expect(phones(text, country)).toEqual(want);
  });

  it('reads a second number of the list with the first one\'s area code', () => {
    expect(phones('Tel.: (0 30) 4827 3915 oder 4827 3916', 'DE')).toEqual(['phone +493048273915', 'phone +493048273916']);
  });

  it('does not read the area code\'s digits into an unlabelled number that follows a year', () => {
    expect(phones('Baujahr 2019 (0 30) 4827 3915', 'DE')).toEqual(['phone +493048273915']);
  });
});

describe('what is not a bracketed area code', () => {
  it('a bracket the run cannot read leaves its tail unread, not stored as a shorter number', () => {
    // "(0 300 30)" is no spelling of an area code; "4827 3915" alone would be +49 4827 3915.
    expect(phones('Tel.: (0 300 30) 4827 3915', 'DE')).toEqual([]);
    expect(phones('Tel.: (12 34) 4827 3915', 'DE')).toEqual([]);
  });

  it.each([
    ['NO', 'Soverom (2-3) 48 27 39 15'],
    ['NO', 'Størrelse (2 3) 4827 3915'],
    ['DE', 'Zimmer (3-4) 48273915'],
    ['LT', 'Kambariai (2 3) 61294867'],
  ])('%s: a range in brackets before digits: %s', (country, text) => {
    expect(phones(text, country)).toEqual([]);
  });

  it('a number after a closing bracket of words is still read', () => {
    expect(phones('Telefon (mobil) 0171 4828391', 'DE')).toEqual(['phone +491714828391']);
    expect(phones('Tel. (+49) 171 4828391', 'DE')).toEqual(['phone +491714828391']);
  });
});

describe('a number after a bracket of words that ends in a digit', () => {
  it('is read', () => {
    expect(phones('Ring (etter kl 17) 48 27 39 15', 'NO')).toEqual(['phone +4748273915']);
  });
});
