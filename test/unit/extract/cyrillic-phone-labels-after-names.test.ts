/**
 * A contact person written as a name, a comma and a phone label in Cyrillic ("Іван Петренко, тел.
 * 067 …"), as Ukrainian, Russian and Bulgarian boards print it, the label also on the next line
 * (a `<br>` after the comma). The Latin labels were read; the Cyrillic ones were not.
 * Every number and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe('a name before a Cyrillic phone label', () => {
  const found = foundAt('https://www.doshka.example/obyavlenie/4711', 'UA');

  it.each([
    ['Ukrainian, тел.', 'Продам мотоцикл у хорошому стані. Іван Петренко, тел. 067 555 1234', 'UA', 'name іван петренко'],
    ['Russian, телефон:', 'Сдаётся квартира. Ольга Смирнова, телефон: +7 916 555-12-34', 'RU', 'name ольга смирнова'],
    ['Bulgarian, моб.', 'Продавам апартамент. Иван Петров – моб. 0888 555 123', 'BG', 'name иван петров'],
    ['the label on the next line', 'Продам мотоцикл. Іван Петренко,<br>тел.: 067 555 1234', 'UA', 'name іван петренко'],
    ['a Latin label on the next line', 'Pronájem bytu 2+kk. Jana Nováková,<br>tel. 603 555 123', 'CZ', 'name jana nováková'],
  ])('%s', (_what, text, country, name) => {
    expect(found(page(`<p>${text}</p>`), country, 'name')).toEqual([name]);
  });

  it.each([
    ['a sentence', 'Продаю авто, тел. 067 555 1234'],
    ['a dealer', 'Автосалон Престиж, тел. 067 555 1234'],
    ['a firm with its legal form', 'ТОВ Агроцентр, тел. 067 555 1234'],
    ['a place', 'Київ Центр, тел. 067 555 1234'],
    ['a price', 'Ціна Договірна, тел. 067 555 1234'],
    ['no number after the label', 'Іван Петренко, тел. уточнюйте'],
  ])('no name: %s', (_what, text) => {
    expect(found(page(`<p>Продам мотоцикл у хорошому стані.</p><p>${text}</p>`), 'UA', 'name')).toEqual([]);
  });
});
