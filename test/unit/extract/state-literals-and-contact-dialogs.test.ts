/**
 * From the fix round on the fourteenth sealed round (m16), general rules, each with the cases an
 * adversary would bring: a Nuxt state's statement literals, a firm's users, a business account's
 * first and last name, phone objects with an area code, schema.org documents inside page state,
 * the site's own organisation named as its domain, names before a "show phone" button, analytics
 * accounts in attributes, hidden contact dialogs, chat links with national numbers, facts' names
 * beside their values, and trade and role words of the Russian-speaking markets. All values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { plausibleName } from '../../../lambdas/collect/extract/names.js';
import { foundAt, nextData, page } from './found.js';

const tr = foundAt('https://www.emlak.example/besiktas-satilik', 'TR');
const cy = foundAt('https://www.ilanlar.example/adv/1234_flat/', 'CY');
const ldJson = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const nuxt = (body: string, args: string): string => page(`<h1>Satılık</h1><script>window.__NUXT__=(function(a,b,c,d){${body}}(${args}));</script>`);

describe("a Nuxt 2 state's literals assigned before its return (`a[0]={…}`)", () => {
  it('reads the objects the statements build, their variables bound to the call\'s arguments', () => {
    const html = nuxt(
      'b[0]={listingId:"7-1",owner:{name:c,phones:[{countryCode:"+90",areaCode:"532",phoneNumber:"5550142"}]}};' +
        'b.extra={seller:{name:"Deniz Aksoy"}};return {data:[{list:b}]}',
      '1,[],"Selin Kaya",null',
    );
    expect(tr(html)).toEqual(['name deniz aksoy', 'name selin kaya', 'phone +905325550142']);
  });

  it.each([
    // After the return: never run, never read.
    ['after the return', 'return {data:1};b[0]={seller:{name:"Deniz Aksoy"}}'],
    // Inside a string: no statement.
    ['inside a string', 'var s="x;b[0]={seller:{name:\\"Deniz Aksoy\\"}}";return {data:s}'],
    // A plain variable, not an element or a member: a local, not the state's.
    ['to a plain variable', 'x={seller:{name:"Deniz Aksoy"}};return {data:1}'],
  ])('does not read a literal %s', (_what, body) => {
    expect(tr(nuxt(body, '1,[],2,3'), 'TR', 'name')).toEqual([]);
  });

  it('skips a statement that holds code, and reads the next one', () => {
    const html = nuxt('b[0]={f:function(){return 1}};b[1]={seller:{name:"Deniz Aksoy"}};return {data:b}', '1,[],2,3');
    expect(tr(html, 'TR', 'name')).toEqual(['name deniz aksoy']);
  });
});

describe("a firm's user, agent or employee is a person", () => {
  it.each([
    [{ firmUser: { firstName: 'Selin', lastName: 'Kaya' } }, ['name selin kaya']],
    [{ agencyAgent: { name: 'Selin Kaya' } }, ['name selin kaya']],
    [{ companyEmployees: [{ name: 'Selin Kaya' }, { name: 'Deniz Aksoy' }] }, ['name deniz aksoy', 'name selin kaya']],
    // The firm itself, and a trade name in the person's slot.
    [{ firm: { name: 'Kaya Emlak' } }, []],
    [{ firmUser: { name: 'Kaya Emlak Ofisi' } }, []],
    [{ officeStaff: { name: 'Resepsiyon' } }, []],
  ])('%j', (data, want) => {
    expect(tr(page(`<h1>Daire</h1>${nextData({ listing: data })}`), 'TR', 'name')).toEqual(want);
  });
});

describe("a business account's first and last name are its agent's", () => {
  it.each([
    [{ dealer: { name: 'Kaya Emlak', firstName: 'Selin', lastName: 'Kaya' } }, ['name selin kaya']],
    // A first name alone could be a word of the trade name put in the only slot a form had.
    [{ dealer: { name: 'Kaya Emlak', firstName: 'Selin' } }, []],
    // The firm in a person's name: the business's (as before).
    [{ dealer: { name: 'Selin Kaya', firstName: 'Selin', lastName: 'Kaya' } }, []],
    // A trade word in the pair.
    [{ dealer: { name: 'Kaya', firstName: 'Kaya', lastName: 'Emlak Ticaret' } }, []],
  ])('%j', (data, want) => {
    expect(tr(page(`<h1>Daire</h1>${nextData({ listing: data })}`), 'TR', 'name')).toEqual(want);
  });
});

describe('a phone object with an area code of its own', () => {
  const phones = (phone: unknown, html = ''): string[] =>
    tr(page(`<h1>Daire</h1>${html}${nextData({ listing: { owner: { phones: [phone] } } })}`), 'TR', 'phone');
  it.each([
    [{ countryCode: '+90', areaCode: '532', phoneNumber: '5550142', phoneType: 'MOBILE' }, ['phone +905325550142']],
    [{ countryCode: '90', areaCode: '0212', phoneNumber: '5550142' }, ['phone +902125550142']],
    // No country code: read as the page's country writes it.
    [{ areaCode: '532', phoneNumber: '555 01 42' }, ['phone +905325550142']],
    // The number already international: taken alone.
    [{ countryCode: '+90', areaCode: '532', phoneNumber: '+90 532 555 01 43' }, ['phone +905325550143']],
    // An area code that is none, and no number.
    [{ areaCode: 'Beşiktaş', phoneNumber: '5550142' }, []],
    [{ countryCode: '+90', areaCode: '532' }, []],
  ])('%j', (phone, want) => {
    expect(phones(phone)).toEqual(want);
  });

  it("reads a country code and the national number beside it as that country's, on any market's page", () => {
    const de = foundAt('https://www.immo.example/expose/7', 'DE');
    const html = page(`<h1>Wohnung</h1>${nextData({ listing: { owner: { phones: [{ countryCode: '+90', phoneNumber: '532 555 01 44' }] } } })}`);
    expect(de(html, 'DE', 'phone')).toEqual(['phone +905325550144']);
  });

  it("keeps a number typed as a fax (the owner's number too), but drops one typed as an SMS gateway's, and the same number elsewhere", () => {
    const fax = { countryCode: '+90', areaCode: '212', phoneNumber: '5550199', phoneType: 'FAX' };
    expect(phones(fax, '<p><a href="tel:+902125550199">+90 212 555 01 99</a></p>')).toEqual(['phone +902125550199']);
    expect(phones({ ...fax, phoneType: 'SMS' }, '<p><a href="tel:+902125550199">+90 212 555 01 99</a></p>')).toEqual([]);
  });
});

describe("schema.org documents in a page's state, and the site's own organisation", () => {
  const siteOrg = {
    '@type': 'Organization',
    '@id': 'https://www.emlak.example/hakkimizda',
    name: 'Emlak',
    contactPoint: [{ '@type': 'ContactPoint', telephone: '+90 212 555 01 50', contactType: 'customer service' }],
  };
  const inState = (doc: unknown): string => page(`<h1>Daire</h1>${nextData({ data: [{ structuredData: doc }] })}`);

  it('reads a schema.org document in the state as JSON-LD: the site\'s organisation, under a page of its own, is not a seller', () => {
    expect(tr(inState({ '@context': 'https://schema.org', '@type': 'WebPage', author: siteOrg }), 'TR', 'phone')).toEqual([]);
    expect(tr(page(`<h1>Daire</h1>${ldJson({ '@context': 'https://schema.org', '@type': 'WebPage', author: siteOrg })}`), 'TR', 'phone')).toEqual([]);
  });

  it('still reads a seller in such a document', () => {
    const doc = { '@context': 'https://schema.org', '@type': 'Residence', offers: { '@type': 'Offer', seller: { '@type': 'Person', name: 'Selin Kaya', telephone: '+90 532 555 01 42' } } };
    expect(tr(inState(doc))).toEqual(['name selin kaya', 'phone +905325550142']);
  });

  it.each([
    // Named otherwise: a dealer's page on the site is the dealer's.
    ['another name', { ...siteOrg, name: 'Kaya Gayrimenkul' }, ['phone +902125550150']],
    // Named as the site, but on another domain.
    ['another domain', { ...siteOrg, '@id': 'https://www.kaya.example/hakkimizda' }, ['phone +902125550150']],
  ])('an organisation with %s is not the site', (_what, org, want) => {
    expect(tr(page(`<h1>Daire</h1>${ldJson({ '@context': 'https://schema.org', '@type': 'Residence', offers: { '@type': 'Offer', seller: org } })}`), 'TR', 'phone')).toEqual(want);
  });

  it('a domain label shorter than four letters says too little ("Oto" on oto.example)', () => {
    const at = foundAt('https://www.oto.example/cars/1', 'TR');
    const org = { '@type': 'Organization', '@id': 'https://www.oto.example/dealers/7', name: 'Oto', telephone: '+90 212 555 01 50' };
    expect(at(page(`<h1>Car</h1>${ldJson({ '@context': 'https://schema.org', '@type': 'Car', offers: { '@type': 'Offer', seller: org } })}`), 'TR', 'phone')).toEqual(['phone +902125550150']);
  });
});

describe('a name on the line before a "show phone" button', () => {
  const card = (name: string, button: string): string => page(`<h1>Daire</h1><div class="c"><div>${name}</div><div>${button}</div></div>`);
  it.each([
    ['Selin Kaya', 'Telefonu Göster', ['name selin kaya']],
    ['DENİZ AKSOY', 'Numarayı Göster', ['name deniz aksoy']],
    ['Anna Berg', 'Show phone number', ['name anna berg']],
    ['Anna Berg', 'Pokaż numer', ['name anna berg']],
    ['Anna Berg', 'Telefonnummer anzeigen', ['name anna berg']],
  ])('%s / %s', (name, button, want) => {
    expect(tr(card(name, button), 'TR', 'name')).toEqual(want);
  });

  it.each([
    // A firm, a label, a heading: refused as anywhere.
    ['Kaya Emlak', 'Telefonu Göster'],
    ['Kontakt', 'Show phone'],
    ['Contact Seller', 'Show phone'],
    // The button's text inside a longer line is no button.
    ['Anna Berg', 'Show phone number to buyers who ask'],
    // Not a name's shape: lower case, or a sentence.
    ['anna berg', 'Show phone'],
    ['Call us today for a viewing', 'Show phone'],
  ])('not: %s / %s', (name, button) => {
    expect(tr(card(name, button), 'TR', 'name')).toEqual([]);
  });

  it('not a name after the button, or with a line between', () => {
    expect(tr(page('<h1>Daire</h1><div>Telefonu Göster</div><div>Selin Kaya</div>'), 'TR', 'name')).toEqual([]);
    expect(tr(page('<h1>Daire</h1><div>Selin Kaya</div><div>£500</div><div>Telefonu Göster</div>'), 'TR', 'name')).toEqual([]);
  });
});

describe("the page's analytics accounts in data-* attributes are no phones", () => {
  // "UA-2461937-1": read as text, "2461937-1" is a Cypriot landline.
  it.each([
    ['data-a-google', 'UA-2461937-1'],
    ['data-analytics', 'UA-2461937-1'],
    ['data-gtag', 'UA-2461937-1'],
    ['data-yandex', '24-619-371'],
  ])('%s="%s"', (name, value) => {
    expect(cy(page(`<h1>Flat</h1><div ${name}="${value}"></div>`), 'CY', 'phone')).toEqual([]);
  });

  it('while a phone attribute is still read', () => {
    expect(cy(page('<h1>Flat</h1><div data-phone="2461937-1"></div>'), 'CY', 'phone')).toEqual(['phone +35724619371']);
  });
});

describe('a hidden contacts dialog (opened by a "Call" button) is read', () => {
  const dialog = (attrs: string): string =>
    `<!doctype html><html><body><main><h1>Flat</h1><button>Call</button></main><footer>© Ilanlar</footer><div><div ${attrs}><a href="tel:+35722554433">+357 22 554433</a></div></div></body></html>`;
  it.each(['class="js-contacts-dialog contacts-dialog" style="display: none;"', 'class="phone-modal" hidden', 'id="popup-contact" style="display:none"'])('%s', (attrs) => {
    expect(cy(dialog(attrs), 'CY', 'phone')).toEqual(['phone +35722554433']);
  });

  it.each([
    // Any other hidden element stays unread (a trap address is hidden so).
    'class="js-terms" style="display: none;"',
    'class="dialog" style="display: none;"',
    // A cookie layer is chrome wherever it is.
    'class="cookie-contact-modal" style="display: none;"',
  ])('not: %s', (attrs) => {
    expect(cy(dialog(attrs), 'CY', 'phone')).toEqual([]);
  });
});

describe('a chat link with a national number', () => {
  it.each([
    ['whatsapp://send?phone=96123456', ['phone +35796123456']],
    ['https://api.whatsapp.com/send?phone=+35796123456&text=Hi', ['phone +35796123456']],
    ['https://wa.me/35796123456', ['phone +35796123456']],
    // Neither international nor national.
    ['https://wa.me/1234567', []],
  ])('%s', (href, want) => {
    expect(cy(page(`<h1>Flat</h1><a href="${href}">WhatsApp</a>`), 'CY', 'phone')).toEqual(want);
  });
});

describe("a fact's name beside its value, in a seller box, is no person's name", () => {
  it('<span class="name">…</span><div class="value">…</div> is a key and its value', () => {
    const html = page(
      '<h1>Daire</h1><div class="owner-box"><ul><li class="spec"><span class="name">Bina Yaşı</span> <div class="value">5</div></li>' +
        '<li class="spec"><span class="name">Oda Sayısı</span><div class="value">3</div></li></ul></div>',
    );
    expect(tr(html, 'TR', 'name')).toEqual([]);
  });

  it("while the box's own name element still names the seller", () => {
    expect(tr(page('<h1>Daire</h1><div class="owner-box"><span class="name">Selin Kaya</span><a href="tel:+905325550142">Ara</a></div>'), 'TR', 'name')).toEqual(['name selin kaya']);
  });
});

describe('trade and role words of the Russian-speaking markets, and "+" in a name', () => {
  const kg = foundAt('https://www.cars.example/search/all', 'KG');
  const creator = (name: string): string =>
    page(`<h1>Авто</h1>${ldJson({ '@context': 'https://schema.org', '@type': 'Offer', image: { '@type': 'ImageObject', creator: { '@type': 'Person', name } } })}`);
  it.each([
    ['Асель', ['name асель']],
    ['Орион авто', []],
    ['Avto', []],
    ['Mega Avto', []],
    ['владелец', []],
    ['Владелица', []],
  ])('%s', (name, want) => {
    expect(kg(creator(name), 'KG', 'name')).toEqual(want);
  });

  it('"+" joins two things, or counts rooms: no name', () => {
    expect(plausibleName('Oda + Salon')).toBe(false);
    expect(plausibleName('Anna + Per')).toBe(false);
    expect(plausibleName('Anna & Per Berg')).toBe(true);
  });
});
