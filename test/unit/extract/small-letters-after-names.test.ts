/**
 * From the 107th sealed round's pages, after its fix round: a translator's references name her
 * after an honorific and go on with a verb that opens with a small letter of Latin Extended-A
 * ("Pani Lena Marten śpiewa w chórze …"), a range the names' patterns take for capitals, as it
 * holds both cases. With the cases an adversary would bring. Every name, number and domain here is
 * invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell-tlumacz.example/', 'PL');
const page = (text: string): string =>
  '<!doctype html><html><body><header><a href="/">Wendell Tłumaczenia</a></header>' +
  `<main><h1>Referencje</h1><p>${text}</p><p>Kontakt: tel. 601 555 142</p></main></body></html>`;

describe('a word in small letters after a name', () => {
  it.each([
    ['Pani Lena Marten śpiewa w chórze parafialnym.', 'name lena marten'],
    ['Pan Kamil Nowacki łowi ryby w weekendy.', 'name kamil nowacki'],
    ['Pani Ewa Żak-Nowacka świetnie tłumaczy.', 'name ewa żak-nowacka'],
  ])('is not the name\'s: %s', (text, expected) => {
    expect(found(page(text), 'PL', 'name')).toEqual([expected]);
  });

  it('while capitals of the same range still open names', () => {
    expect(found(page('Pan Łukasz Śliwa prowadzi biuro.'), 'PL', 'name')).toEqual(['name łukasz śliwa']);
  });
});
