/**
 * Two places page data puts an advertiser's identifiers that were not read:
 * - the page's whole state under "model" (an MVC framework's view model:
 *   `window.__INITIAL_STATE__ = {"env": …, "model": {"inAreaResultViews": [...]}}`), which the
 *   walker skipped as a vehicle's model;
 * - the author of an item's photos in schema.org data (`"image": {"@type": "ImageObject",
 *   "author": "Dmitri"}`), the member who uploaded them.
 * Written with what an adversary (a page) brings instead: a car's model object holding a
 * manufacturer's hotline, a "model" deep in the data, a studio's or stock agency's photo credit, a
 * page's own author. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.trades.example/search?q=plumber', 'AU');
const state = (data: unknown): string =>
  `<!doctype html><html><body><main><h1>Results</h1></main><script>window.__INITIAL_STATE__ = ${JSON.stringify(data)};</script></body></html>`;
const ld = (data: unknown): string =>
  `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(data)}</script></head><body><main><h1>BMW 520i</h1></main></body></html>`;

describe('the page model at the root of the page data', () => {
  it('is walked like any state', () => {
    const html = state({
      env: { apiBase: 'https://api.trades.example' },
      model: { inAreaResultViews: [{ name: 'Reef Coast Drains', primaryEmail: 'office@reefcoastdrains.example', phone: '0412 975 653' }] },
    });
    expect(found(html, 'AU', 'email')).toEqual(['email office@reefcoastdrains.example']);
    expect(found(html, 'AU', 'phone')).toEqual(['phone +61412975653']);
  });

  it('under one wrapper ("props") too', () => {
    const html = state({ props: { model: { listings: [{ email: 'kate.ng@mailbox.example' }] } } });
    expect(found(html, 'AU', 'email')).toEqual(['email kate.ng@mailbox.example']);
  });

  it('a vehicle\'s model inside an ad is still skipped', () => {
    const html = state({ ad: { title: 'Corolla', make: { name: 'Toyota' }, model: { name: 'Corolla', support: { phone: '1800 869 682', email: 'care@maker.example' } } } });
    expect(found(html, 'AU', 'email')).toEqual([]);
    expect(found(html, 'AU', 'phone')).toEqual([]);
  });

  it('a "model" that is a string at the root is no state', () => {
    expect(found(state({ model: 'Corolla', phone: '0412 975 653' }), 'AU', 'phone')).toEqual(['phone +61412975653']);
  });
});

describe('the author of an item\'s photos', () => {
  const product = (author: unknown, type = 'Product') => ({
    '@context': 'https://schema.org',
    '@type': type,
    name: 'BMW 5 серии 520i',
    image: { '@context': 'https://schema.org', '@type': 'ImageObject', author, contentUrl: 'https://img.cars.example/1.jpg' },
  });

  it.each([
    ['Всеволод', 'name всеволод'],
    ['Anna', 'name anna'],
    ['Dana Whitfield', 'name dana whitfield'],
  ])('a known name: %s', (author, want) => {
    expect(found(ld(product(author)), 'RU', 'name')).toEqual([want]);
  });

  it.each([['Studio Foto Rossi'], ['Getty Images'], ['Shutterstock'], ['Autohaus Berg'], ['drdoom88'], ['Private seller']])('a credit or a handle: %s', (author) => {
    expect(found(ld(product(author)), 'DE', 'name')).toEqual([]);
  });

  it('an article\'s author and a page\'s image author are not the image of an item', () => {
    const article = { '@context': 'https://schema.org', '@type': 'Article', author: 'Anna', image: 'https://img.cars.example/2.jpg' };
    expect(found(ld(article), 'DE', 'name')).toEqual([]);
    const logo = { '@context': 'https://schema.org', '@type': 'Organization', name: 'Cars Example', logo: { '@type': 'ImageObject', author: 'Anna' } };
    expect(found(ld(logo), 'DE', 'name')).toEqual([]);
  });
});
