/**
 * Found on a sealed round's property ad: the page's data keeps the search it was opened from, its
 * hits each with their agent's name and numbers, the page's own ad first among them. Every hit's
 * agent was read as the advertiser's. On a page whose address holds an ad id, a list of ads that
 * holds the page's own (the one item whose id is in the address) is read for that item only. The
 * cases an adversary would bring: a result page (no item is the page's), two items with the page's
 * id, an id in the address that is a page number, and a list of the ad's own contacts. All values
 * are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const hit = (id: number, name: string, phone: string) => ({ id: id + 900, externalID: String(id), title: `House ${id}`, contactName: name, phoneNumber: { mobile: phone } });
const hits = [hit(14330001, 'Lena Marten', '+971 50 555 0141'), hit(14330002, 'Kamal Reilly', '+971 50 555 0142'), hit(14330003, 'Anna Berg', '+971 50 555 0143')];
const page = (list: unknown[]): string =>
  `<!doctype html><html><body><main><h1>House for sale</h1><p>4 rooms</p></main><script>window.state = ${JSON.stringify({ algolia: { content: { hits: list } } })};</script></body></html>`;

describe("an ad page's own item among a search's hits", () => {
  it('only the own item is read', () => {
    const found = foundAt('https://www.wendell-homes.example/listings/14330001', 'AE');
    expect(found(page(hits))).toEqual(['name lena marten', 'phone +971505550141']);
  });

  it('wherever it stands in the list', () => {
    const found = foundAt('https://www.wendell-homes.example/listings/14330003', 'AE');
    expect(found(page(hits))).toEqual(['name anna berg', 'phone +971505550143']);
  });

  it('a result page reads every hit', () => {
    const found = foundAt('https://www.wendell-homes.example/search?kind=house', 'AE');
    expect(found(page(hits), 'AE', 'phone')).toHaveLength(3);
  });

  it("an id in the address that is no item's reads every hit", () => {
    const found = foundAt('https://www.wendell-homes.example/search?page=20001&category=55555', 'AE');
    expect(found(page(hits), 'AE', 'phone')).toHaveLength(3);
  });

  it("two items with the page's id: neither is told apart, all are read", () => {
    const found = foundAt('https://www.wendell-homes.example/listings/14330001', 'AE');
    expect(found(page([...hits, hit(14330001, 'Ingrid Berg', '+971 50 555 0144')]), 'AE', 'phone')).toHaveLength(4);
  });

  it("a list of the ad's own contacts, which hold no ids, is read whole", () => {
    const found = foundAt('https://www.wendell-homes.example/listings/14330001', 'AE');
    const state = { property: { id: 14330001, agents: [{ name: 'Lena Marten', phone: '+971 50 555 0141' }, { name: 'Kamal Reilly', phone: '+971 50 555 0142' }] } };
    const html = `<!doctype html><html><body><main><h1>House</h1></main><script>window.state = ${JSON.stringify(state)};</script></body></html>`;
    expect(found(html, 'AE', 'phone')).toEqual(['phone +971505550141', 'phone +971505550142']);
  });
});
