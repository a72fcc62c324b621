/**
 * Found on a sealed round's Spanish result page: each ad's "publisher" is read as a business's
 * account (an agency's as often as a person's), so a private seller's name there was taken for a
 * trade name, even where the publisher's own type says one natural person ("particular") and its
 * logo slot is empty ("logo": null). The cases an adversary would bring: the same object typed as
 * a professional, with no type, with a logo set, and a private type over a firm's name. Every
 * name, number and site here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.qorvan.example.es/anuncios/', 'ES');
const resultPage = (publisher: Record<string, unknown>): string => {
  const state = { initialSearch: { result: { items: [{ id: 1, phone: '+34655501420', publisher, price: { amount: 220000 } }] } } };
  return `<!doctype html><html><body><main><h1>Anuncios</h1></main><script>window.__INITIAL_PROPS__ = JSON.parse(${JSON.stringify(JSON.stringify(state))});</script></body></html>`;
};
const names = (publisher: Record<string, unknown>): string[] => found(resultPage(publisher), 'ES', 'name');

describe("a publisher typed as one person is a private seller's account", () => {
  it.each([
    ['"particular", its logo slot empty, its alias its name', { alias: 'Lucía Gómez Marten', logo: null, name: 'Lucía Gómez Marten', type: 'particular' }],
    ['"private", with no logo slot', { name: 'Lucía Gómez Marten', type: 'private' }],
    ['"particular", its logo an empty string', { logo: '', name: 'Lucía Gómez Marten', type: 'particular' }],
  ])('%s: the name', (_what, publisher) => {
    expect(names(publisher)).toEqual(['name lucía gómez marten']);
  });

  it('a given name alone that is a known one', () => {
    expect(names({ alias: '', logo: null, name: 'Lucía', type: 'particular' })).toEqual(['name lucía']);
  });

  it.each([
    ['typed as a professional', { logo: null, name: 'Lucía Gómez Marten', type: 'professional' }],
    ['with no type', { logo: null, name: 'Lucía Gómez Marten' }],
    ['with a logo set', { logo: 'https://img.qorvan.example/l/1.png', name: 'Lucía Gómez Marten', type: 'particular' }],
    ["a firm's name, typed private", { logo: null, name: 'Qorvan Inmobiliaria', type: 'particular' }],
    ['one word no one is known to bear', { logo: null, name: 'Qorvanita', type: 'particular' }],
  ])('%s: no name', (_what, publisher) => {
    expect(names(publisher)).toEqual([]);
  });
});
