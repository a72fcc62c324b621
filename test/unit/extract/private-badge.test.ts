/**
 * A result card that says its seller is a private person ("Частное лицо", "Privater Nutzer",
 * "Particulier") beside the link to the seller's profile: the link's text is a person's name,
 * even a name the known-name list lacks (a diminutive, a transliteration). Written with what an
 * adversary (a page) brings: the same unknown name without the badge, a business's badge, a
 * badge far from the link, a handle and a UI word beside the badge. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.market.example/moskva/zapchasti', 'RU');

const card = (name: string, badge: string, href = '/user/9f3c2a71b0e4/profile'): string =>
  `<div class="item"><a href="/moskva/zapchasti/fara_1234567">Фара передняя</a><p>2 500 ₽</p>` +
  `<div class="item-aside"><div class="user-info"><div class="user-name"><a href="${href}" title="${name}">${name}</a></div>` +
  `<span class="text">${badge}</span><span class="text">На сайте с мая 2011</span></div></div></div>`;

describe('a private seller’s badge beside a profile link', () => {
  it.each([
    ['Russian', 'Частное лицо', 'RU'],
    ['German', 'Privater Nutzer', 'DE'],
    ['French', 'Particulier', 'FR'],
    ['English', 'Private seller', 'GB'],
    ['Polish', 'Osoba prywatna', 'PL'],
  ])('keeps a name the known-name list lacks (%s badge)', (_, badge, country) => {
    expect(found(page(card('Zhorvan', badge)), country, 'name')).toEqual(['name zhorvan']);
  });

  it('the same unknown name without the badge is not kept', () => {
    expect(found(page(card('Zhorvan', 'На сайте с 2011')), 'RU', 'name')).toEqual([]);
  });

  it('a business’s badge vouches for nothing', () => {
    expect(found(page(card('Zhorvan', 'Компания')), 'RU', 'name')).toEqual([]);
  });

  it('a badge elsewhere on the page vouches for nothing', () => {
    const html = page(`<div class="filters"><label>Частное лицо</label></div>` + card('Zhorvan', '4,8 ★'));
    expect(found(html, 'RU', 'name')).toEqual([]);
  });

  it.each([
    ['a handle', 'zhorvan_77'],
    ['a UI word', 'Написать'],
  ])('%s beside the badge is still no name', (_, text) => {
    expect(found(page(card(text, 'Частное лицо')), 'RU', 'name')).toEqual([]);
  });

  it('every private seller of a result page is read, and a known name with or without the badge', () => {
    const html = page(card('Zhorvan', 'Частное лицо') + card('Всеволод', 'Частное лицо', '/user/4b2d9e10c7a3/profile') + card('Савелий', 'Компания', '/user/7e1a0c3f9b42/profile'));
    expect(found(html, 'RU', 'name')).toEqual(['name zhorvan', 'name всеволод', 'name савелий']);
  });
});
