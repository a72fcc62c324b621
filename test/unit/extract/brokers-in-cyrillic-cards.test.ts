/**
 * From the 57th sealed round (found after its scoring):
 * - a Bulgarian result page whose cards' texts end "Отговорен брокер: <name>" (the responsible
 *   broker) and run on into the next card's title: "… Lozen Hills by …" (another script), "Твоят
 *   нов дом …" ("your new home": a possessive taken for a third name word), "инж. <name>" (an
 *   engineer's title in small letters before the name);
 * - a landlord's state naming its contact person's last name under "surename" (a misspelling),
 *   which left the first name alone stored as the name.
 * Every name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe('a broker named inside a card\'s text', () => {
  const found = foundAt('https://www.obiavi.example/imoti/sofia', 'BG');
  const card = (after: string): string =>
    `<div class="listtop-desc">За повече информация свържете се с нас. Референтен номер: Ref 40404 Отговорен брокер: ${after}</div>`;

  it.each([
    ['the next title in Latin letters', 'Мария Стоянова Lozen Hills by Example е проект от най-високите сгради.', 'name мария стоянова'],
    ['a possessive after the name', 'Мария Стоянова Твоят нов дом край парка.', 'name мария стоянова'],
    ['an engineer\'s title before it', 'инж. Мария Стоянова Vitosha Park - дом край планината.', 'name мария стоянова'],
  ])('%s', (_what, after, name) => {
    expect(found(page(card(after)), 'BG', 'name')).toEqual([name]);
  });

  it('a firm after the title is no person still', () => {
    expect(found(page(card('инж. Иван Петров ЕООД, тел. 0888 555 123')), 'BG', 'name')).toEqual([]);
  });

  it('three Cyrillic name words stay one name', () => {
    expect(found(page(card('Мария Иванова Стоянова, Lozen Hills by Example.')), 'BG', 'name')).toEqual(['name мария иванова стоянова']);
  });
});

describe('a last name under "surename"', () => {
  const found = foundAt('https://www.wohnen.example/mieten/4711', 'DE');

  it('joins the first name', () => {
    const state = JSON.stringify({ contact: { firstname: 'Lena', surename: 'Marten' } }).replace(/"/g, '&quot;');
    expect(found(page(`<div data-estate-data="${state}"></div><p>2-Zimmer-Wohnung</p>`), 'DE', 'name')).toEqual(['name lena marten']);
  });
});
