/**
 * Found on a sealed round's US property ad: the page data keeps the ad's own listing agent, and
 * beside it modules of other listings ("collections": {"modules": [{"name": "Similar homes",
 * "propertyDetails": [… each with its own agent …]}]}), whose key says nothing and whose title
 * says what they are. A module titled as other ads is not read, as a key that says so is not. The
 * cases an adversary would bring: a module titled as the ad's own people, a title that only opens
 * with such a word, an object so titled that holds no list, other ads under a key that says so.
 * All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData } from './found.js';

const found = foundAt('https://www.wendell-homes.example/house/12-lake-st-20614401/', 'US');
const own = { listingId: 20614401, attributionInfo: { agentName: 'Anna Berg', agentPhoneNumber: '206-555-0142', brokerName: 'Wendell Realty' } };
const other = (n: number, agentName: string) => ({ listingId: 20614500 + n, price: 310000 + n, attributionInfo: { agentName, brokerName: 'Qorvan Homes' } });
const adPage = (modules: unknown[]): string =>
  `<!doctype html><html><head>${nextData({ property: { ...own, collections: { modules } } })}</head><body><main><h1>12 Lake St</h1></main></body></html>`;

describe('a module of other ads, by its title', () => {
  it.each(['Similar homes', 'Recommended listings', 'More similar properties', 'similar_listings'])('%s: its agents are not the ad\'s', (name) => {
    const html = adPage([{ name, placement: 'NEIGHBORHOOD', propertyDetails: [other(1, 'Kamal Reilly'), other(2, 'Ingrid Berg')] }]);
    expect(found(html, 'US', 'name')).toEqual(['name anna berg']);
  });

  it.each([
    // the ad's own people, in a module titled so
    ['Listing agents', ['name anna berg', 'name kamal reilly']],
    // a title that only opens with such a word
    ['Similar homes sold by Kamal Reilly', ['name anna berg', 'name kamal reilly']],
  ])('%s: read', (name, names) => {
    const html = adPage([{ name, propertyDetails: [other(1, 'Kamal Reilly')] }]);
    expect(found(html, 'US', 'name')).toEqual(names);
  });

  it('an object so titled that holds no list is read', () => {
    const html = adPage([{ name: 'Similar homes', agent: { name: 'Kamal Reilly', phone: '206-555-0199' } }]);
    expect(found(html, 'US', 'name')).toEqual(['name anna berg', 'name kamal reilly']);
  });

  it('other ads under a key that says so are not read, as before', () => {
    const html = `<!doctype html><html><head>${nextData({ property: { ...own, similarHomes: [other(1, 'Kamal Reilly'), other(2, 'Ingrid Berg')] } })}</head><body><main><h1>12 Lake St</h1></main></body></html>`;
    expect(found(html, 'US', 'name')).toEqual(['name anna berg']);
  });
});
