/**
 * Embedded page data, from a fix round on earlier sealed rounds' pages (estate and directory
 * pages whose state names the ad's "publisher", lists several contact persons in one string, or
 * says who created the listing). Each with the cases an adversary would write; all values are
 * synthetic (example.* domains, invented names and numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData } from './found.js';

const found = foundAt('https://www.homes.example/listing/4816', 'ES');

describe('a "publisher" object is the party that published the ad, read as a business', () => {
  it("an agency's name is not a person's; its number still counts", () => {
    const html = nextData({ ad: { publisher: { name: 'Costa Casa Inmobiliaria', phone: '+34 912 48 37 15' } } });
    expect(found(html)).toEqual(['phone +34912483715']);
  });
  it.each([
    ['Mi Hogar Hoy', 'a brand of common words'],
    ['Nube Desarrollos', 'a developer'],
    ['Realia Plus', 'a franchise'],
    ['Anna Berg', 'a business in a person\'s name, with nothing beside it to say otherwise'],
  ])('%j (%s) alone is not stored', (name) => {
    expect(found(nextData({ ad: { publisher: { name, type: 'professional' } } }), 'ES', 'name')).toEqual([]);
  });
  it("an agent's own name beside the agency's trade name under a key of its own is the agent's", () => {
    const html = nextData({ ad: { publisher: { alias: 'Nordic Homes Real Estate', name: 'Irina Holm', type: 'professional', logo: 'https://img.example/l.jpg' } } });
    expect(found(html, 'ES', 'name')).toEqual(['name irina holm']);
  });
  it('the same written surname first in capitals, as registries write it', () => {
    const html = nextData({ ad: { publisher: { alias: 'Nordic Homes Real Estate', name: 'HOLM IRINA', type: 'professional' } } });
    expect(found(html, 'ES', 'name')).toEqual(['name holm irina']);
  });
  it.each([
    ['Costa Casa Inmobiliaria', 'a trade word in it'],
    ['Declan', 'one word: a brand or a handle as often'],
    ['Castilla Norte', 'no known given name opens it'],
    ['BERLIN MITTE', 'capitals without a known name'],
    ['Nordic Homes Real Estate', 'the same string as the alias'],
  ])('%j (%s) beside an alias is still not a person', (name) => {
    const html = nextData({ ad: { publisher: { alias: 'Nordic Homes Real Estate', name, type: 'professional' } } });
    expect(found(html, 'ES', 'name')).toEqual([]);
  });
  it("an agent's name after the network's name and a dash is the agent's", () => {
    expect(found(nextData({ posting: { publisher: { name: 'Grupo Alameda - Marta Ibarra' } } }), 'MX', 'name')).toEqual(['name marta ibarra']);
  });
});

describe('a contact-person key that lists several people', () => {
  it('each person, without the honorific and the role in brackets after the name', () => {
    const html = nextData({ results: { contactperson: 'Mr Ravi Menon(Partner),Mr Arjun(Manager)', name: 'Lumen Lighting' } });
    expect(found(html, 'IN', 'name')).toEqual(['name arjun', 'name ravi menon']);
  });
  it.each([
    ['Anna Berg / Per Holm'],
    ['Anna Berg & Per Holm'],
    ['Anna Berg and Per Holm'],
    ['Anna Berg; Per Holm'],
  ])('%j: both', (v) => {
    expect(found(nextData({ ad: { contactPerson: v } }), 'SE', 'name')).toEqual(['name anna berg', 'name per holm']);
  });
  it.each([
    ['Berlin, Mitte', 'a place and its district'],
    ['Verkauf, Service', 'desks'],
    ['Kundenservice (Mo-Fr)', 'a desk and its hours'],
    ['Sales Team, Customer Service', 'teams'],
  ])('%j (%s): nobody', (v) => {
    expect(found(nextData({ ad: { contactPerson: v } }), 'DE', 'name')).toEqual([]);
  });
});

describe('"createdBy" on an ad is the poster, as "postedBy" is', () => {
  it("on a listing's own object (a title and a price), a known name is taken", () => {
    expect(found(nextData({ listings: [{ heading: '3 bed flat', price: 120000, createdBy: 'Anna Berg' }] }), 'KE', 'name')).toEqual(['name anna berg']);
  });
  it.each([
    [{ page: { title: 'Help centre', createdBy: 'Anna Berg' } }, "a page of the site's content system (an editor)"],
    [{ listings: [{ heading: '3 bed flat', price: 1, createdBy: 'Webmaster' }] }, 'a role'],
    [{ listings: [{ heading: '3 bed flat', price: 1, createdBy: 'xk_admin_7' }] }, 'a handle'],
    [{ review: { title: 'Great', rating: 5, createdBy: 'Anna Berg' } }, 'a review, not an ad'],
  ])('%j (%s): nothing', (data, _what) => {
    expect(found(nextData(data), 'KE', 'name')).toEqual([]);
  });
});

describe("a dealer's or an agency's own site: its own contacts are the seller's", () => {
  const dealerSite = (self: Record<string, unknown>, body = ''): string =>
    `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...self })}</script></head>` +
    `<body><header><p>Call us 01752 381 947</p></header><main><h1>2016 Fiat 500</h1>${body}</main>` +
    `<footer><p>Mobile 07843 219 665 · sales@dealer.example · privacy@dealer.example</p></footer></body></html>`;
  const onDealer = foundAt('https://www.dealer.example/used/fiat-500-4812', 'GB');
  const contacts = (html: string): string[] => onDealer(html).filter((f) => !f.startsWith('name'));

  it.each([
    ['AutoDealer', 'https://www.dealer.example/'],
    ['AutomotiveBusiness', 'www.dealer.example'],
    ['RealEstateAgent', 'https://dealer.example'],
  ])('%s at %s: its own address and the numbers in its header and footer count (not its privacy desk)', (type, url) => {
    expect(contacts(dealerSite({ '@type': type, name: 'Dealer Motors', url, telephone: '01752 381 947', email: 'sales@dealer.example' }))).toEqual([
      'email sales@dealer.example',
      'phone +441752381947',
      'phone +447843219665',
    ]);
  });
  it('the business says it is the site by its e-mail at the site, with no url', () => {
    expect(contacts(dealerSite({ '@type': 'AutoDealer', name: 'Dealer Motors', email: 'sales@dealer.example' }))).toEqual([
      'email sales@dealer.example',
      'phone +441752381947',
      'phone +447843219665',
    ]);
  });
  it.each([
    [{ '@type': 'Organization', name: 'Dealer Motors', url: 'https://www.dealer.example/', telephone: '01752 381 947' }, 'an Organization: a marketplace describes itself so'],
    [{ '@type': 'WebSite', name: 'Dealer Motors', url: 'https://www.dealer.example/' }, 'a WebSite'],
    [{ '@type': 'AutoDealer', name: 'Another Dealer', url: 'https://another-dealer.example/', email: 'sales@another-dealer.example' }, "another site's dealer (a marketplace's dealer page)"],
    [{ '@type': 'AutomotiveBusiness', name: 'Salvage Car Auction', url: 'https://www.dealer.example/', email: 'info@dealer.example' }, "an auction house: it sells its consignors' lots"],
  ])('%j (%s): the chrome stays chrome, the site\'s own addresses the platform\'s', (self, _what) => {
    const found = contacts(dealerSite(self));
    expect(found.filter((f) => f.includes('dealer.example') && !f.includes('another'))).toEqual([]);
    expect(found).not.toContain('phone +447843219665');
  });
});
