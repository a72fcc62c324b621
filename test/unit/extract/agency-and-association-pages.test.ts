/**
 * Rules from measuring the extractor on unseen real-estate and vehicle pages (ads and result
 * lists): a seller box's name that links to a website's home page is a business's (its own site
 * or its storefront on the platform), a label ending in a colon is no name, other ads' data
 * under a longer key ("visibleRelevantAds") is not the ad's, and a party object with a logo is a
 * business's (a brokerage beside its agent); an agent's professional post-nominal letters are
 * not part of their name; the owners' association's line in a property's facts (in the text, or
 * under "associations" / "feesAndDues" in embedded data) is no seller's. Each with the cases an adversary
 * would write; all values are synthetic (example.* domains, invented names and numbers).
 */
import { describe, expect, it } from 'vitest';
import { plausibleName, withoutPostNominals } from '../../../lambdas/collect/extract/names.js';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.cars.example/search/?make=any', 'NO');

/** A result card whose seller box shows `nameHtml` in its name element. */
const card = (nameHtml: string, extra = ''): string =>
  `<div class="card"><h3>Estate car, 2019</h3><div class="seller">${extra}<div class="info"><div class="name">${nameHtml}</div><div class="location">Oslo</div></div></div></div>`;

describe('seller box: a name that links to a website home page is a business', () => {
  it.each([
    ['https://nordvik-bil.cars.example', 'a storefront sub-domain of the platform'],
    ['https://nordvik-bil.cars.example/', 'the same with a trailing slash'],
    ['//nordvik-bil.cars.example', 'protocol-relative'],
    ['http://www.nordvik-bil.example', "the business's own site"],
    ['https://www.nordvik-bil.example/?utm_source=cars', 'a home page with tracking parameters'],
  ])('not taken when it links to %s (%s)', (href) => {
    expect(found(page(card(`<a href="${href}" target="_blank">Kari Nordvik</a>`)), 'NO', 'name')).toEqual([]);
  });

  it('not taken when the link is wrapped inside the name element', () => {
    expect(found(page(card('<strong><a href="https://nordvik-bil.cars.example">Kari Nordvik</a></strong>')), 'NO', 'name')).toEqual([]);
  });

  it.each([
    ['https://www.cars.example/user/48213', "a member's profile page"],
    ['/profil/kari-nordvik', 'a relative profile path'],
    ['https://www.cars.example/seller/kari-nordvik?tab=ads', 'a profile with a query'],
  ])('still taken when it links to %s (%s)', (href) => {
    expect(found(page(card(`<a href="${href}">Kari Nordvik</a>`)), 'NO', 'name')).toEqual(['name kari nordvik']);
  });

  it('still taken without a link, even when the card has a logo linking to a home page elsewhere', () => {
    const logo = '<div class="logo"><a href="https://nordvik-bil.cars.example"><img src="/l.png" alt="logo"></a></div>';
    expect(found(page(card('Kari Nordvik', logo)), 'NO', 'name')).toEqual(['name kari nordvik']);
  });

  it('the phone in the same card is still read', () => {
    const html = page(card('<a href="https://nordvik-bil.cars.example">Kari Nordvik</a>') + '<p>Ring 412 83 920</p>');
    expect(found(html, 'NO', 'phone')).toEqual(['phone +4741283920']);
  });
});

describe('a label ending in a colon is no name', () => {
  it.each(['Region:', 'Kontakt:', 'Регион:', 'Standort :', 'Anna Berg:'])('rejects %j', (label) => {
    expect(plausibleName(label, true)).toBe(false);
  });

  it.each(['Anna Berg', 'Регина Петрова', "O'Neil"])('still accepts %j', (name) => {
    expect(plausibleName(name, true)).toBe(true);
  });

  it("a seller box's name element holding only a label gives no name", () => {
    expect(found(page(card('Region:') + card('Регион:')), 'NO', 'name')).toEqual([]);
  });
});

describe('embedded data: other ads under a longer key are not the ad', () => {
  const own = { listing: { seller: { name: 'Kari Nordvik', phone: '+47 913 84 720' } } };
  const other = [{ seller: { name: 'Per Olsen', phone: '+47 412 83 920' } }];

  it.each([
    'visibleRelevantAds',
    'relevantAds',
    'moreSimilarListings',
    'topRecommendedItems',
    'related_properties',
    'suggested-vehicles',
    'nearbySimilarHomes',
  ])('%s is not read', (key) => {
    expect(found(nextData({ ...own, [key]: other }))).toEqual(['name kari nordvik', 'phone +4791384720']);
  });

  it.each(['relevance', 'similarity', 'recommendedPrice', 'listingResults'])('%s is still read (it only shares a word with the other-ads keys)', (key) => {
    expect(found(nextData({ [key]: { seller: { name: 'Per Olsen' } } }), 'NO', 'name')).toEqual(['name per olsen']);
  });
});

describe('embedded data: a party object with a logo is a business', () => {
  const agent = { name: 'Kari Nordvik', photo: { url: 'https://img.example/a.jpg' }, phone: '+47 913 84 720' };

  it.each([
    ['a logo URL', { logo: 'https://img.example/logo.png' }],
    ['an empty logo slot', { logo: '' }],
    ['a logo object', { logo_image: { url: 'https://img.example/logo.png' } }],
    ['a logoUrl key', { logoUrl: 'https://img.example/logo.png' }],
  ])("a broker's name is not a person's with %s", (_what, logo) => {
    const broker = { name: 'Per Olsen', phone: '+47 412 83 920', ...logo };
    expect(found(nextData({ property: { agent, broker } }))).toEqual(['name kari nordvik', 'phone +4741283920', 'phone +4791384720']);
  });

  it('the same word without a logo is still a person (a broker in markets where it is one)', () => {
    expect(found(nextData({ property: { broker: { name: 'Per Olsen', phone: '+47 412 83 920' } } }))).toEqual(['name per olsen', 'phone +4741283920']);
  });

  it("an agent who carries the agency's logo under its own key is still a person", () => {
    expect(found(nextData({ property: { agent: { ...agent, agencyLogo: 'https://img.example/logo.png' } } }), 'NO', 'name')).toEqual(['name kari nordvik']);
  });

  it("a seller object with a logo gives no person's name, and its contacts still count", () => {
    const html = nextData({ ad: { seller: { name: 'Kari Nordvik', logo: 'https://img.example/l.png', email: 'sales@dealer.example' } } });
    expect(found(html)).toEqual(['email sales@dealer.example']);
  });
});

describe("an agent's professional post-nominal letters are not part of the name", () => {
  it.each([
    ['Jane Doe MRICS', 'Jane Doe'],
    ['John Roe MIPAV MMCEPI', 'John Roe'],
    ['Ann Poe, CRS, GRI', 'Ann Poe'],
    ['Ann Poe PhD.', 'Ann Poe'],
  ])('%j is %j', (raw, name) => {
    expect(withoutPostNominals(raw)).toBe(name);
  });

  it.each([
    ['Anna MAI', 'a surname in capitals that is also a designation'],
    ['Jean RENE', 'a first name in capitals'],
    ['Jane Doe mrics', 'not written as the body writes it'],
    ['Anna CPA Berg', 'not at the end'],
    ['MRICS', 'nothing else: left as it is'],
    ['Jane DoeMRICS', 'glued to the surname'],
  ])('%j is left as it is (%s)', (raw) => {
    expect(withoutPostNominals(raw)).toBe(raw);
  });

  it('in embedded data and in a seller box', () => {
    expect(found(nextData({ listing: { seller: { name: 'Kari Nordvik MRICS FRICS' } } }), 'NO', 'name')).toEqual(['name kari nordvik']);
    expect(found(page(card('Kari Nordvik, MIPAV')), 'NO', 'name')).toEqual(['name kari nordvik']);
  });
});

describe("a property's owners' association is a third party", () => {
  const foundUs = foundAt('https://www.homes.example/home/12-oak-st', 'US');
  const facts = (line: string): string =>
    page(`<h1>3 bd, 2 ba house</h1><ul class="facts"><li>${line}</li></ul><div class="agent-card">Listed by Jane Doe, (425) 555-0142</div>`);

  it.each([
    'HOA phone: (425) 555-0143',
    'Owners association phone : (425) 555-0143',
    "Homeowners' association: (425) 555-0143",
    'Condo association tel. (425) 555-0143',
    'Strata corporation contact (425) 555-0143',
  ])('the number in %j is not taken; the agent\'s is', (line) => {
    expect(foundUs(facts(line), 'US', 'phone')).toEqual(['phone +14255550142']);
  });

  it('a number after other facts on the page is still taken (guard)', () => {
    expect(foundUs(facts('Call the owner: (425) 555-0143'), 'US', 'phone')).toEqual(['phone +14255550142', 'phone +14255550143']);
  });

  it.each(['associations', 'hoaDetails', 'feesAndDues', 'homeOwnersAssociation'])('embedded %s is not read', (key) => {
    const data = { property: { agent: { name: 'Jane Doe', phone: '(425) 555-0142' }, facts: { [key]: [{ name: 'Oak Owners', phone: '(425) 555-0143' }] } } };
    expect(foundUs(nextData(data), 'US')).toEqual(['name jane doe', 'phone +14255550142']);
  });
});
