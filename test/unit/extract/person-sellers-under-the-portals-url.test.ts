/**
 * Found on a sealed round's result page: each offer's schema.org seller is typed as a person, and
 * the portal fills its own root into every seller's url ({"@type": "Person", "name": …, "url":
 * <the portal's root>}). A seller at the site's root was read as the site itself, so the
 * private sellers' names were lost. A seller typed as a person and not named as the site is
 * that person. The cases an adversary would bring: an organisation at the site's root (the site
 * as seller), a person named as the site (a sole trader's own site), and a handle in one word.
 * All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendellhomes.example/search?kind=flat', 'PT');
const page = (...sellers: Record<string, unknown>[]): string =>
  `<!doctype html><html><body><main><h1>Flats for sale</h1><p>${sellers.length} results</p></main>${sellers
    .map((seller, i) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'http://schema.org', '@type': 'Offer', name: `Flat ${i + 1}`, price: 1000 + i, seller })}</script>`)
    .join('')}</body></html>`;
const root = 'https://www.wendellhomes.example';

describe("a person seller under the portal's url", () => {
  it('is that person', () => {
    const html = page(
      { '@type': 'Person', name: 'Ana Lima', image: `${root}/avatar/1.jpg`, url: root, address: 'n/a', telephone: '0' },
      { '@type': 'Person', name: 'Lucía Gómez', url: `${root}/` },
      { '@type': 'RealEstateAgent', name: 'Qorvan Imóveis', url: 'https://qorvan.example' },
    );
    expect(found(html, 'PT', 'name')).toEqual(['name ana lima', 'name lucía gómez']);
  });

  it.each([
    // the site as the seller of its own ad
    [{ '@type': 'Organization', name: 'Wendell Homes', url: root }],
    // a person named as the site: a sole trader's own site, the site's as before
    [{ '@type': 'Person', name: 'Wendell Homes', url: root }],
    // a member's handle in one word
    [{ '@type': 'Person', name: 'flatfinder77x', url: root }],
    [{ '@type': 'Person', name: 'Zorblax', url: root }],
  ])('%j gives no name', (seller) => {
    expect(found(page(seller), 'PT', 'name')).toEqual([]);
  });
});
