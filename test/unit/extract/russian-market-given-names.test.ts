/**
 * Common given names on Russian-language pages that faker's Russian list lacks: Tatar, Bashkir
 * and Caucasian names common across Russia, and a few common Russian ones. A realtor's card or a
 * seller's name field held to the known names dropped them. The cases an adversary would bring:
 * the names that are also words ("Роза", a rose; "Лилия", a lily; "Милана", Milan's genitive),
 * which stay unknown. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { hasKnownName } from '../../../lambdas/collect/extract/given-names.js';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.qorvan-dom.example/ads/41/', 'RU');

describe('given names of the Russian market', () => {
  it.each(['Рустам', 'Айгуль', 'Гульнара', 'Ильдар', 'Артём', 'Даниил', 'Семён', 'Алиса', 'Карина', 'Эльвира'])('%s is known', (given) => {
    expect(hasKnownName(`${given} Кворванова`)).toBe(true);
  });

  it.each(['Роза', 'Лилия', 'Милана'])('%s, also a word, is not', (word) => {
    expect(hasKnownName(`${word} Кворванова`)).toBe(false);
  });

  it("names a member's ad by a one-word display name", () => {
    const html = page('<h1>Сдаётся квартира</h1><p>Две комнаты, рядом метро.</p>') + nextData({ offer: { id: 41, title: 'Квартира', price: 45000, user_name: 'Айгуль' } });
    expect(found(html, 'RU', 'name')).toEqual(['name айгуль']);
  });
});
