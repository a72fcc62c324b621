/**
 * Found on a sealed round's Belarusian result page, whose page data keeps each seller's account
 * parameters: business accounts of sole traders named "ИП" and the owner's full name, or the
 * surname and initials, and private accounts named with a "ё" the known-names list holds as "е".
 * The prefix is taken off where the rest reads as a person's name; "ё" and "е" are one letter to
 * the known-names check. The cases an adversary would bring: a shop's trade name after the prefix,
 * a word that opens with the prefix's letters, Latin letters, a name in capitals, a handle with a
 * "ё". All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { soleTradersName } from '../../../lambdas/collect/extract/sole-traders.js';
import { hasKnownName, isGivenName } from '../../../lambdas/collect/extract/given-names.js';
import { foundAt, nextData } from './found.js';

describe("a sole trader's name", () => {
  it.each([
    ['ИП Марченко Олена Андреевна', 'Марченко Олена Андреевна'],
    ['ИП Марченко О.А.', 'Марченко О.А.'],
    ['ИП Марченко О. А.', 'Марченко О. А.'],
    ['ИП  Марченко   Тимофей ', 'Марченко Тимофей'],
    ['ФОП Марченко Олена', 'Марченко Олена'],
    ['ФЛП Грищук Тимофей Андрійович', 'Грищук Тимофей Андрійович'],
    // an unknown surname and given name, said to be a person's by the patronymic
    ['ИП Вендельчук Квирин Игоревич', 'Вендельчук Квирин Игоревич'],
  ])('%s is %s', (raw, name) => {
    expect(soleTradersName(raw)).toBe(name);
  });

  it.each([
    // a shop's trade name after the prefix
    'ИП Ромашка',
    'ИП Вендель Трейд',
    'ФОП ТЕХНОСВІТ',
    'ИП "Марченко и партнёры"',
    // no prefix, or a word that opens with its letters
    'Марченко Олена Андреевна',
    'ИПОТЕКА Марченко Олена',
    // Latin letters, more words than a name has, a surname alone
    'ИП Wendell Trade',
    'ИП Марченко Олена Андреевна Минск Центр',
    'ИП Марченко',
  ])('%s gives none', (raw) => {
    expect(soleTradersName(raw)).toBeUndefined();
  });
});

describe('"ё" and "е" in known names', () => {
  it.each(['фёдор', 'федор', 'алёна', 'алена'])('%s is a known given name', (word) => {
    expect(isGivenName(word)).toBe(true);
  });

  it('a handle with a "ё" is no known name', () => {
    expect(hasKnownName('ёжик')).toBe(false);
  });
});

const found = foundAt('https://www.wendell-bazar.example/l/search', 'BY');
const account = (v: string, company = false) => ({
  ad_id: 7301001,
  company_ad: company,
  account_parameters: [{ p: 'name', v, pl: 'Имя' }],
});
const results = (...ads: object[]): string =>
  `<!doctype html><html><head>${nextData({ initialState: { listing: { ads } } })}</head><body><main><h1>Объявления</h1></main></body></html>`;

describe("sellers' names in a result page's account parameters", () => {
  it('reads a sole trader by the owner, and a name written with "ё"', () => {
    const html = results(account('ИП Марченко Олена Андреевна', true), account('ИП Грищук Т.А.', true), account('Фёдор'), account('ИП Ромашка', true));
    expect(found(html, 'BY', 'name')).toEqual(['name грищук т.а.', 'name марченко олена андреевна', 'name фёдор']);
  });

  it('reads no trade name and no handle', () => {
    expect(found(results(account('ИП Вендель Трейд', true), account('ёжик'), account('ИП ТЕХНОМИР', true)), 'BY', 'name')).toEqual([]);
  });
});
