/**
 * Found on a sealed round's result page: its schema.org scripts were typed
 * `application/ld&#x2B;json`, the "+" written as an entity. A browser reads the attribute decoded;
 * the fast parse tested it raw, so the page's offers and their sellers were never read. The cases
 * an adversary would bring: the other spellings of the entity, a JSON type so written, and a
 * script whose type only looks like one. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell-homes.example/search?kind=flat', 'PT');
const offer = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Offer', name: 'T2 flat', price: 1000, seller: { '@type': 'Person', name: 'Ana Lima', telephone: '+351 912 555 014' } });
const withType = (type: string): string =>
  `<!doctype html><html><body><main><h1>Flats for sale</h1><p>12 results</p></main><script type="${type}">${offer}</script></body></html>`;

describe('a script type written with entities', () => {
  it.each(['application/ld&#x2B;json', 'application/ld&#43;json', 'application/ld&plus;json', 'application/LD&#X2b;JSON', 'application/ld+json'])('%s is JSON-LD', (type) => {
    expect(found(withType(type))).toEqual(['name ana lima', 'phone +351912555014']);
  });

  it('a JSON type so written is page data', () => {
    const state = JSON.stringify({ ad: { id: 7, seller: { name: 'Ana Lima', phone: '+351 912 555 014' } } });
    const html = `<!doctype html><html><body><main><p>Flat</p></main><script type="application/vnd.wendell&#x2B;json" id="state">${state}</script></body></html>`;
    expect(found(html)).toEqual(['name ana lima', 'phone +351912555014']);
  });

  it.each(['text/ld&amp;json', 'application/ldjson', 'text/template'])('%s is no JSON-LD', (type) => {
    expect(found(withType(type), 'PT', 'name')).toEqual([]);
  });
});
