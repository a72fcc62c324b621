/**
 * Found on a sealed round's Ukrainian and French result pages. On the first, members name their
 * contact with the number they call from, as dialled at home ("0935550142"), a word glued before it
 * or not, or with their town ("Odesa"); on the second, agents of a network show their account as
 * "<network> - <person>" with the network's name in small letters or with an acronym ("qorvanity -
 * …", "… - QRV France"), which only a trade word or a surname in capitals made an agent's name. The
 * cases an adversary would bring: a number-like id as a name, a town that is also a given name, two
 * persons' names around the dash, a branch and a place. Every name, number and site here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData } from './found.js';

const shell = (data: string): string => `<!doctype html><html><body><main><h1>Оголошення</h1></main>${data}</body></html>`;
const ua = foundAt('https://www.qorvan.example.ua/uk/oholoshennia/', 'UA');
const contact = (name: string): string => shell(nextData({ ads: [{ id: 7, title: 'Opel Astra 2007', contact: { name, phone: true } }] }));

describe("a member's contact name that is a number", () => {
  it.each([
    ['as dialled at home', '0935550142'],
    ['a word glued before it', 'Petrovich0935550142'],
    ['as dialled from abroad', '380935550142'],
  ])('%s: the number, and no name', (_what, name) => {
    expect(ua(contact(name))).toEqual(['phone +380935550142']);
  });

  it.each([
    ['an id of ten digits', '2055501420'],
    ['a short code', '093555'],
  ])('%s: nothing', (_what, name) => {
    expect(ua(contact(name))).toEqual([]);
  });
});

describe("a member's contact name that is a town", () => {
  it('a town alone is no name', () => {
    expect(ua(contact('Одеса'), 'UA', 'name')).toEqual([]);
  });
  it('a town people bear as a given name is still one', () => {
    expect(ua(contact('Софія'), 'UA', 'name')).toEqual(['name софія']);
  });
  it('a given name is one', () => {
    expect(ua(contact('Олена'), 'UA', 'name')).toEqual(['name олена']);
  });
});

describe("a network agent's account", () => {
  const fr = foundAt('https://www.qorvan.example.fr/annonces/', 'FR');
  const owner = (name: string): string => shell(nextData({ searchData: { ads: [{ id: 1, subject: 'Appartement 3 pièces', owner: { type: 'pro', name, store_id: 1 } }] } }));

  it.each([
    ['the network in small letters first', 'qorvanity - Lena Marten'],
    ['the network with an acronym after', 'Lena Marten - QRV France'],
    ['a surname in capitals, as before', 'Lena MARTEN - QRV France'],
  ])('%s: the agent', (_what, name) => {
    expect(fr(owner(name), 'FR', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    ["two persons' names", 'Lena Marten - Anna Berg'],
    ['a branch and a place', 'Qorvan Immobilier - Lyon Centre'],
    ['a brand alone', 'QRV France'],
    ['a network and a place in small letters', 'qorvanity - Wendelstadt Centre'],
  ])('%s: no name', (_what, name) => {
    expect(fr(owner(name), 'FR', 'name')).toEqual([]);
  });
});
