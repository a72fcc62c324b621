/**
 * Tradespeople's firms and one-word party names, as directories of services and job boards
 * write them:
 * - a firm named after its founder and its trade ("Doug Hensley Plumbing", "Lind Sanitär",
 *   "Rossi Impianti") is a business, in a profile link as in page data;
 * - a party object's name of one word nobody is known to bear ("Iterate", "Autoland") is a
 *   firm's or a handle's as often as a person's, and is kept only when it is a known name.
 * Written with the people an adversary (a page) also puts there: a tradesman's own name, a
 * painter's or carpenter's family name, a known one-word name. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData } from './found.js';

const found = foundAt('https://www.trades.example/plumbers/cairns', 'AU');
const profileLink = (text: string): string =>
  `<!doctype html><html><body><main><h1>Plumbers</h1><div class="listing"><a href="/profile/4821">${text}</a><a href="tel:0412975653">Call</a></div></main></body></html>`;
const names = (html: string): string[] => found(html, 'AU', 'name');

describe('a trade word in the name', () => {
  it.each([['Doug Hensley Plumbing'], ['Brennan Plumbing'], ['Neil Harker Roofing'], ['Anna Lind Cleaning'], ['Mick Doyle Electrical']])(
    'a profile link: %s',
    (text) => {
      expect(names(profileLink(text))).toEqual([]);
    },
  );

  it.each([['Lind Sanitär'], ['Rossi Impianti'], ['Dupont Plomberie'], ['Nilsen Rørlegger'], ['Jansen Loodgieter']])('in page data: %s', (name) => {
    expect(names(nextData({ listing: { seller: { name, phone: '0412 975 653' } } }))).toEqual([]);
  });

  it.each([
    ['Doug Hensley', 'name doug hensley'],
    ['Sam Painter', 'name sam painter'],
    ['Karen Carpenter', 'name karen carpenter'],
  ])('a person whose family name is a trade: %s', (name, want) => {
    expect(names(nextData({ listing: { seller: { name, phone: '0412 975 653' } } }))).toEqual([want]);
  });
});

describe('a party\'s name of one word', () => {
  it.each([['Iterate'], ['Autoland'], ['Kwikfix']])('unknown: %s', (name) => {
    expect(names(nextData({ job: { advertiser: { name } } }))).toEqual([]);
  });

  it.each([
    ['Anna', 'name anna'],
    ['Всеволод', 'name всеволод'],
    ['Dana Whitfield', 'name dana whitfield'],
  ])('known, or of two words: %s', (name, want) => {
    expect(names(nextData({ job: { advertiser: { name } } }))).toEqual([want]);
  });
});
