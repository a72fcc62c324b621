/**
 * From the fix round on the 163rd sealed round, after its scoring: a result page's filter offers
 * its residential complexes in a custom drop-down, a list whose items carry their option's value
 * ("<li data-value='…'>"), some named after people ("Anna Quarter") over the next choice, which
 * the name-and-role pairs read as a team. With the cases an adversary would bring: the same list
 * without values (a team's list), a list of tabs where few items carry one, too few options, a
 * team list beside the picker. Every name and site here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.qorvan.kz/rent/flats/', 'KZ');
const names = (html: string): string[] => found(page(html), 'KZ', 'name');
const CHOICES = ['Anna Quarter', 'Qorvex', 'Ingrid Court', 'Wendelhof', 'Kamal Square', 'Nordlicht', 'Lena Heights', 'Sonnenhang'];
/** A list of `items`, each with its option's value when `valued` says so for its index. */
const list = (items: readonly string[], valued: (i: number) => boolean, search = true): string =>
  '<h2>Выберите ЖК</h2><ul class="options">' +
  (search ? '<li class="search"><input type="text" placeholder="Поиск…"></li>' : '') +
  items.map((x, i) => (valued(i) ? `<li data-value="${100 + i * 7}">${x}</li>` : `<li>${x}</li>`)).join('') +
  '</ul>';

describe("a custom drop-down's options", () => {
  it('are no team: names over the next choice are choices', () => {
    expect(names(list(CHOICES, () => true))).toEqual([]);
    expect(names(list(CHOICES, () => true, false))).toEqual([]);
  });

  it('a team beside the picker is still read', () => {
    const team = '<ul><li>Anna Berg</li><li>Директор</li><li>Kamal Reilly</li><li>Риелтор</li><li>Ingrid Berg</li><li>Риелтор</li><li>Lena Marten</li><li>Менеджер</li></ul>';
    expect(names(list(CHOICES, () => true) + team)).toEqual(['name anna berg', 'name ingrid berg', 'name kamal reilly', 'name lena marten']);
  });

  it.each([
    ['the same list without values', () => false],
    ['a list where few items carry one (tabs)', (i: number) => i < 2],
  ])('%s is read as before', (_what, valued) => {
    expect(names(list(CHOICES, valued))).toEqual(['name anna quarter', 'name ingrid court', 'name kamal square', 'name lena heights']);
  });

  it('too few options are no picker', () => {
    const few = ['Anna Berg', 'Директор', 'Kamal Reilly', 'Риелтор'];
    const valuedFew = '<ul>' + few.map((x, i) => `<li data-value="${i}">${x}</li>`).join('') + '</ul><ul><li>Ingrid Berg</li><li>Риелтор</li><li>Lena Marten</li><li>Менеджер</li></ul>';
    expect(names(valuedFew)).toEqual(['name anna berg', 'name ingrid berg', 'name kamal reilly', 'name lena marten']);
  });
});
