/**
 * Found on a sealed round's Polish result page of a marketplace: members' display names in its page
 * data's contact objects that are logins or shops' handles ("LenaMarten", "PhonesGSM", "lena.m",
 * "It is me") were stored as people's names. A word with a capital inside it after a small letter,
 * a login's dot in small letters, and a sentence's "it" and "is" are no person's name. The cases an
 * adversary would bring: a family name's prefix before a capital ("McLean", "DeLuca"), a given name
 * alone, and a full name. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell.example/d/pl/list/', 'PL');
const cards = (...names: string[]): string =>
  `<html><body><h1>Ogłoszenia</h1><script>window.__PRERENDERED_STATE__ = ${JSON.stringify({
    listing: { ads: names.map((name, i) => ({ id: 50140 + i, title: 'Telefon', contact: { name, chat: true, phone: true } })) },
  })}</script></body></html>`;

describe("a contact's display name", () => {
  it.each([['LenaMarten'], ['PhonesGSM'], ['lena.m'], ['It is me']])('%s is a handle, no name', (name) => {
    expect(found(cards(name), 'PL', 'name')).toEqual([]);
  });

  it('names stay', () => {
    expect(found(cards('McLean', 'DeLuca', 'Lena', 'Anna Berg'), 'PL', 'name')).toEqual(['name anna berg', 'name deluca', 'name lena', 'name mclean']);
  });
});
