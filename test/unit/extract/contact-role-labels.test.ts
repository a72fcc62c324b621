/**
 * Found on a sealed round's Slovak result page, whose agencies' descriptions (in its page data)
 * sign off with their agent in three ways the extractor missed: a label that joins "contact" and
 * the role ("Kontakt na makléra:", contact for the broker) over the name; the name and the number
 * alone on a line ("Lena Martenová 0905 555 123."); and an engineer's title before a woman's two
 * family names ("Ing. Lena Bergová Martenová, maklérka"), of which only the first was read. The cases an adversary would bring: the same words as a button with no colon, a firm or a
 * town on the line with a number, the title before a name and the sentence's next capitalised
 * word, and such a line under a firm's name. Every name, number and site here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.qorvan.example.sk/nehnutelnosti/', 'SK');
const names = (body: string, country = 'SK'): string[] => found(page(body), country, 'name');

describe('a label that joins a contact word and the role, with its colon', () => {
  it.each([
    ['Slovak, in capitals, with a sign before it', '▸ KONTAKT NA MAKLÉRA:', 'SK'],
    ['Slovak, the seller', 'Kontakt na predajcu:', 'SK'],
    ['Czech', 'Kontakt na makléře:', 'CZ'],
    ['English, with an article', 'Contact the seller:', 'GB'],
    ['English, the role first', 'Agent contact:', 'GB'],
    ['French', 'Contacter le vendeur :', 'FR'],
    ['Italian', 'Contatto venditore:', 'IT'],
    ['Polish', 'Kontakt do sprzedawcy:', 'PL'],
  ])('%s ("%s") names the person under it', (_what, label, country) => {
    expect(names(`<p>Pekný byt.</p><p>${label}<br>Lena Marten<br>+421 905 555 123</p>`, country)).toEqual(['name lena marten']);
  });

  it.each([
    ['the same words alone, a button', 'Contact seller'],
    ['the same words as a heading with no colon', 'Kontakt na makléra'],
  ])('%s names no one over an unknown pair of words', (_what, label) => {
    expect(names(`<p>Pekný byt.</p><p>${label}<br>Zilvo Qorvan<br>+421 905 555 123</p>`)).toEqual([]);
  });

  it("takes no firm's name for a person's", () => {
    expect(names('<p>Pekný byt.</p><p>Kontakt na makléra:<br>Qorvan Reality s.r.o.<br>+421 905 555 123</p>')).toEqual([]);
  });
});

describe('a name and its number alone on a line', () => {
  it.each([
    ['the name first, with a full stop after the number', 'Lena Martenová 0905 555 123.', 'name lena martenová'],
    ['the number first', '0905 555 123 Anna Berg', 'name anna berg'],
    ['under the agency\'s line', 'Predáva Qorvan s.r.o., volajte:<br>Lena Martenová 0905 555 123', 'name lena martenová'],
  ])('%s: the name is the contact\'s', (_what, line, name) => {
    expect(names(`<p>Pekný byt, 3 izby.</p><p>${line}</p>`)).toEqual([name]);
  });

  it.each([
    ["a firm's name", 'Qorvan Bau 0905 555 123'],
    ['a given name and a trade word', 'Lena Reality 0905 555 123'],
    ['a town', 'Banská Bystrica 0905 555 123'],
    ['a given name alone', 'Lena 0905 555 123'],
    ['a desk', 'Lena Showroom 0905 555 123'],
    ['two words no one is known to bear', 'Zilvo Qorvan 0905 555 123'],
  ])('%s is no one', (_what, line) => {
    expect(names(`<p>Pekný byt, 3 izby.</p><p>${line}</p>`)).toEqual([]);
  });
});

describe("a title before a woman's two family names", () => {
  it.each([
    ['before a comma', 'Cena dohodou. Ing. Lena Bergová Martenová, maklérka, Qorvan s.r.o.'],
    ["at the line's end", 'Ing. Lena Bergová Martenová<br>+421 905 555 123'],
  ])('%s: all three words', (_what, text) => {
    expect(names(`<p>${text}</p>`)).toEqual(['name lena bergová martenová']);
  });

  it.each([
    ['one family name, then a comma', 'Ing. Lena Martenová, maklérka, Qorvan s.r.o.', 'name lena martenová'],
    ['one family name, then the next words in capitals', 'Mgr. Anna Bergová Vaša maklérka', 'name anna bergová'],
    ['two words, the second not a feminine family name', 'Ing. Lena Martenová Wendelstadt, 3 izby', 'name lena martenová'],
  ])('%s: two words, as before', (_what, text, name) => {
    expect(names(`<p>${text}</p>`)).toEqual([name]);
  });
});
