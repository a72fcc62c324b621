/**
 * From the 50th sealed round (found after its scoring): a South African result page whose ads sit
 * only in a script array, each with its seller's number as a "Phone" attribute
 * ({"attributeName": "Phone", "attributeValue": …}) and its description naming the dealer's
 * salespeople line by line ("Anna : 082 …"); and an Argentine classifieds section on a newspaper's
 * subdomain that describes itself in JSON-LD by the section's name, its support mailbox at the
 * newspaper's domain. Every site, number, address and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const RESULTS = 'https://www.carmarket.example/s-cars-bakkies/v1c9077p1';
const found = (url: string, html: string, country: string, kind?: string): string[] => foundAt(url, country)(html, country, kind);

const resultPage = (script: string, body = ''): string =>
  '<!doctype html><html><head><title>Cars &amp; Bakkies | Car Market</title></head><body>' +
  '<header><a href="/">Car Market</a> <a href="/login">Login</a> <a href="/post">Post an ad</a></header>' +
  `<main><h1>Cars &amp; Bakkies</h1><div class="gallery"></div>${body}<script>${script}</script></main>` +
  '<footer>© 2024 Car Market</footer></body></html>';

const attribute = (name: string, value: string | number): unknown => ({
  name,
  value: { attributeType: typeof value === 'number' ? 'Integer' : 'String', attributeValue: value, attributeName: name },
});

const ad = (id: string, description: string, attributes: unknown[]): unknown => ({
  id,
  title: '2012 Toyota Hilux 2.5 D-4D',
  description,
  price: { amount: 189995, currency: 'ZAR', formattedAmount: 'R 189,995' },
  adAttributes: attributes,
});

const gallery = (ads: unknown[]): string => ` var galleryAdList_searchGallery = ${JSON.stringify(ads)};`;

describe("an ad's attribute list with a phone label", () => {
  it("gives each ad's seller's number, in the keys named for the list", () => {
    const ads = [
      ad('1400000001', 'Well looked after, full service history.', [attribute('UserName', 'Example Motors CC'), attribute('CarYear', 2012), attribute('Phone', '0600712345')]),
      ad('1400000002', 'One owner, no accidents.', [attribute('Phone', '0724439876'), attribute('ForSaleBy', 'Private')]),
    ];
    expect(found(RESULTS, resultPage(gallery(ads)), 'ZA', 'phone')).toEqual(['phone +27600712345', 'phone +27724439876']);
  });

  it.each([
    ['label / value', { label: 'Telefon', value: '0171 2345678' }, 'DE', 'phone +491712345678'],
    ['key / value', { key: 'Mobile number', value: '+44 7911 123456' }, 'GB', 'phone +447911123456'],
    ['name / text', { name: 'Téléphone', text: '06 12 34 56 78' }, 'FR', 'phone +33612345678'],
  ])('and in the usual attribute-list keys (%s)', (_keys, item, country, want) => {
    const state = `window.__INITIAL_STATE__ = ${JSON.stringify({ ad: { id: 48213, attributes: [{ label: 'Year', value: '2012' }, item] } })};`;
    expect(found('https://www.market.example/ad/48213', resultPage(state), country, 'phone')).toEqual([want]);
  });

  it.each([
    ['a phone for sale', 'Phone', 'iPhone 13 Pro 128GB'],
    ['a phone model', 'Phone model', '0721 Galaxy'],
    ['the mileage', 'Mileage', 82123456],
    ['a flag', 'Phone verified', 'true'],
  ])('but not %s', (_what, name, value) => {
    const ads = [ad('1400000003', 'Clean car.', [attribute(name, value), attribute('CarYear', 2015)])];
    expect(found(RESULTS, resultPage(gallery(ads)), 'ZA', 'phone')).toEqual([]);
  });

  it("and a fax line in the list, the seller's number too", () => {
    const ads = [ad('1400000006', 'Clean car.', [attribute('Fax', '021 555 0142'), attribute('CarYear', 2015)])];
    expect(found(RESULTS, resultPage(gallery(ads)), 'ZA', 'phone')).toEqual(['phone +27215550142']);
  });

  it("nor the logged-in visitor's own profile's", () => {
    const state = `window.__INITIAL_STATE__ = ${JSON.stringify({
      session: { isLoggedIn: true, user: { profile: { attributes: [attribute('Phone', '0821234567')] } } },
      results: [ad('1400000004', 'Good condition.', [attribute('CarYear', 2011)])],
    })};`;
    expect(found(RESULTS, resultPage(state), 'ZA', 'phone')).toEqual([]);
  });
});

describe('a description naming the salespeople line by line, "Name : number"', () => {
  const description = (lines: string): unknown[] => [ad('1400000005', `Finance available.<br />For more information please call or WhatsApp :<br />${lines}<br /><br /><b>Toyota</b>`, [attribute('UserName', 'Example Motors CC')])];

  it('gives each person whose line opens with a known given name, and their numbers', () => {
    expect(found(RESULTS, resultPage(gallery(description('Willem : 0823456789<br />Lerato : 0834567890'))), 'ZA')).toEqual([
      'name lerato',
      'name willem',
      'phone +27823456789',
      'phone +27834567890',
    ]);
  });

  it.each([
    ['a department', 'Parts : 0215550142'],
    ['the showroom', 'Showroom : 0215550142'],
    ['a branch in a city', 'Durban : 0315550142'],
    ['sales', 'Sales : 0823456789'],
  ])('but not %s before the colon', (_what, line) => {
    expect(found(RESULTS, resultPage(gallery(description(line))), 'ZA', 'name')).toEqual([]);
  });

  it('nor a given name and a colon before a number no phone label is near', () => {
    const ads = [ad('1400000006', 'Service history complete.<br />Mileage checked.<br />Lerato : 0834567890<br />', [])];
    expect(found(RESULTS, resultPage(gallery(ads)), 'ZA', 'name')).toEqual([]);
  });

  it("and in the page's own text the same", () => {
    const text = '<div class="description"><p>Please call or WhatsApp:</p><p>Willem : 082 345 6789</p><p>Parts : 021 555 0142</p></div>';
    expect(found('https://www.carmarket.example/a-cars/cape-town/1400000007', resultPage('', text), 'ZA', 'name')).toEqual(['name willem']);
  });
});

describe("a classifieds section on a newspaper's subdomain", () => {
  const SECTION = 'https://clasificados.diariosur.example/inmuebles/todo';
  const org = (name: string, url: string, email: string): string =>
    `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name,
      url,
      sameAs: ['https://www.facebook.com/clasificadosdiariosur/'],
      contactPoint: { '@type': 'ContactPoint', email, contactType: 'customer support' },
    })}</script>`;
  const listing = (head: string): string =>
    `<!doctype html><html><head>${head}</head><body><main><h1>Alquiler de departamentos</h1><ul><li>3 dormitorios, Nueva Córdoba, $ 450.000</li></ul></main></body></html>`;

  it("describing itself by the section's name is the site: its support mailbox at the newspaper's domain is the platform's", () => {
    expect(found(SECTION, listing(org('Clasificados Diario Sur', 'https://clasificados.diariosur.example/', 'atencion@grupodiariosur.example')), 'AR', 'email')).toEqual([]);
  });

  it("but an advertiser the portal gives its own url is not, whose mailbox is elsewhere", () => {
    expect(found(SECTION, listing(org('Inmobiliaria Del Parque', 'https://clasificados.diariosur.example/', 'ventas@delparque.example')), 'AR', 'email')).toEqual([
      'email ventas@delparque.example',
    ]);
  });

  it("nor is another section's name on this one's host", () => {
    expect(found(SECTION, listing(org('Autos Diario Sur', 'https://clasificados.diariosur.example/', 'ventas@autosur.example')), 'AR', 'email')).toEqual([
      'email ventas@autosur.example',
    ]);
  });
});
