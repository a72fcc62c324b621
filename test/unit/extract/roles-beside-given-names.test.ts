/**
 * Found on a sealed round's ad of a Moldovan marketplace: the seller's display name, a trade's word
 * and a given name ("Photographer Anna" in Russian), was stored whole as a person's name. A role or
 * a trade before or after a known given name, as marketplaces' display names and agents' cards write
 * it, is no part of the name. The cases an adversary would bring: a role before a word that is no
 * given name (a place, a trade's complement, a firm's word), a role alone, an agency's word before a
 * given name, and a name held in page data. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData } from './found.js';

const found = foundAt('https://www.wendell.example/ru/an/40417', 'MD');
const seller = (shown: string): string =>
  `<html><body><main><h1>Шкаф-купе</h1><p>Цена 5000 лей</p><div class="seller">` +
  `<a href="/ru/user/50142" class="profile">${shown}</a><a href="tel:+37369555014">069 555 014</a></div></main></body></html>`;

describe('a role beside a given name', () => {
  it.each([
    ['Фотограф Анна', 'name анна'],
    ['Риелтор Ольга', 'name ольга'],
    ['Агент Ирина Бергова', 'name ирина бергова'],
    ['Мастер Тимофей', 'name тимофей'],
    ['Анна Риелтор', 'name анна'],
  ])('%s gives %s', (shown, name) => {
    expect(found(seller(shown), 'MD', 'name')).toEqual([name]);
  });

  it.each([['Фотограф Москва'], ['Агент недвижимости'], ['Риелтор'], ['Брокер Плюс'], ['Агентство Анна']])('%s gives no name', (shown) => {
    expect(found(seller(shown), 'MD', 'name')).toEqual([]);
  });

  it("in a seller's object of page data", () => {
    const html = `<html><body><h1>Шкаф-купе</h1>${nextData({ ad: { title: 'Шкаф-купе', seller: { name: 'Риелтор Анна', phone: '+37369555014' } } })}</body></html>`;
    expect(found(html, 'MD', 'name')).toEqual(['name анна']);
  });
});
