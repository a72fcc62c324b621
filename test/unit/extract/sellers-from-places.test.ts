/**
 * Found on a sealed round's page of an American car marketplace: a private seller's card gives
 * the seller's given name and town on one line ("<name> from <town>, <state> <zip>"), and nothing
 * read it. The line in a seller box, the name opening with a known given name, is the seller's.
 * The cases an adversary would bring: a firm's name, a shipping line, a word no one is known to
 * bear, the same line outside a seller box. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.qorvan.example/listing/4401937/', 'US');
const ad = (line: string, box = 'class="seller-info"'): string =>
  `<html><body><main><h1>2019 Qorvan Q5</h1><p>$54,900</p><section ${box}><h2 class="heading">Seller's info</h2><div class="seller-address">${line}</div></section></main></body></html>`;

describe("a seller box's name and town", () => {
  it.each([
    ['Lena from Wendelstadt, PA 18972', 'US', 'name lena'],
    ['Lena Marten from Wendelstadt, PA', 'US', 'name lena marten'],
    ['Lena aus Wendelstadt', 'DE', 'name lena'],
    ['Kari fra Wendelstad', 'NO', 'name kari'],
  ])('%s', (line, country, name) => {
    expect(found(ad(line), country, 'name')).toEqual([name]);
  });

  it.each([
    'Cars from Wendelstadt, PA 18972',
    'Wendell Motors from Wendelstadt, PA',
    'Qorvan from Wendelstadt, PA 18972',
    'Shipping from Wendelstadt, PA',
    'Lena from Wendelstadt, PA 18972 called about this car',
  ])('not %s', (line) => {
    expect(found(ad(line), 'US', 'name')).toEqual([]);
  });

  it('not outside a seller box', () => {
    expect(found(ad('Lena from Wendelstadt, PA 18972', 'class="reviews"'), 'US', 'name')).toEqual([]);
  });
});

describe('a family name\'s particle is no "from"', () => {
  it.each([['Lotte de Wit', 'NL', 'name lotte'], ['Marco da Silva', 'PT', 'name marco'], ['Lena di Marten', 'IT', 'name lena']])('%s gives no given name alone', (line, country, given) => {
    expect(found(ad(line), country, 'name')).not.toContain(given);
  });
});
