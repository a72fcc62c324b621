/**
 * Found on a sealed round's Ukrainian result page: agencies' accounts displayed with "АН", the
 * abbreviation of a property agency (агентство нерухомості / недвижимости), beside a given name or
 * the agency's name ("АН «Wendell»", "Олена АН Wendell"), were stored as people's names. "АН" is a
 * trade's word. The cases an adversary would bring: the letters inside a word or a name, and a
 * private seller's given name beside the agency's account. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell.example/d/uk/list/', 'UA');
const cards = (...names: string[]): string =>
  `<html><body><h1>Квартири</h1><script>window.__PRERENDERED_STATE__ = ${JSON.stringify({
    listing: { ads: names.map((name, i) => ({ id: 50140 + i, title: 'Квартира', contact: { name, phone: false } })) },
  })}</script></body></html>`;

describe("a property agency's abbreviation in a display name", () => {
  it.each([['АН «Wendell»'], ['Олена АН Wendell'], ['АН Оселя']])('%s is no person', (name) => {
    expect(found(cards(name), 'UA', 'name')).toEqual([]);
  });

  it('given names beside it, and a name whose word opens with its letters, stay', () => {
    expect(found(cards('АН Оселя', 'Олена', 'Анна Берг'), 'UA', 'name')).toEqual(['name анна берг', 'name олена']);
  });
});
