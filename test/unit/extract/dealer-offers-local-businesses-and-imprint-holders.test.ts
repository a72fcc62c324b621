/**
 * From the fix round on the 74th sealed round's sets (m76a-d: small firms' own sites, vehicle
 * dealers' sites, property portals and agencies, classified ads), scored before any of their pages
 * was read: a dealer's "Sell Your Car" menu item, a site whose schema.org data types its own
 * organisation as a local business, a team's cards with a sentence under each role, a company
 * profile's "Representative", an imprint's holder under the trade's name, a private seller's badge
 * before the name, a trade's compound in a keywords list, a given name alone where the page's data
 * names the fuller one. With the cases an adversary would bring: the same pages under a
 * marketplace's controls, an organisation typed as no local business or as another site's, cards
 * whose bodies run long, a one-word value, a department under the firm, a business badge, a short
 * compound that is a family name, another person's given name. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const site = (header: string, main: string, footer: string, head = ''): string =>
  `<!doctype html><html><head>${head}</head><body><header>${header}</header><main>${main}</main><footer>${footer}</footer></body></html>`;

describe('a dealer\'s "Sell Your Car" is its offer to buy yours', () => {
  const us = foundAt('https://www.wendell-motors.com/about.html', 'US');
  const menu = (extra = ''): string =>
    `<p><a href="tel:2145550151">(214) 555-0151</a></p><nav>\n<a href="/">Home</a>\n<a href="/vehicles">Vehicles</a>\n<a href="/finance">Finance</a>\n<a href="/sell.html">Sell Your Car</a>\n<a href="/contact">Contact</a>\n${extra}</nav>`;
  const main = '<h1>About Wendell Motors</h1><p>Three generations of car people under one roof on the ring road.</p>';
  const footer = (mailbox: string): string => `<h4>Business Information</h4><p>12 Example Street, Springfield</p><p>(214) 555-0151</p><p>${mailbox}</p>`;

  it("on a page that prints the site's own mailbox, or its owner's free one in its footer, with no other control", () => {
    expect(us(site(menu(), main, footer('info@wendell-motors.com')))).toEqual(['email info@wendell-motors.com', 'phone +12145550151']);
    expect(us(site(menu(), main, footer('wendellmotors@gmail.com')))).toEqual(['email wendellmotors@gmail.com', 'phone +12145550151']);
  });

  it("a marketplace still, where its members' log-in or sign-up is beside it (on an ad's page), or it offers to sell your goods", () => {
    // (On the site's home, contact or about page, a visitor's log-in alone is no marketplace's.)
    const ad = foundAt('https://www.wendell-motors.com/inventory/2019-ford-f150', 'US');
    expect(ad(site(menu('<a href="/signin">Sign in</a>'), main, footer('info@wendell-motors.com')))).toEqual([]);
    expect(ad(site(menu('<a href="/join">Register</a>\n'), main, footer('info@wendell-motors.com')))).toEqual([]);
    const goods = menu().replace('Sell Your Car', 'Sell your item');
    expect(us(site(goods, main, footer('info@wendell-motors.com')))).toEqual([]);
  });
});

describe('a site whose schema.org data types its own organisation as a local business', () => {
  const us = foundAt('https://www.wendell-locks.com/pest-control-springfield', 'US');
  const ld = (node: Record<string, unknown>): string => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...node })}</script>`;
  const business = (type: unknown, url = 'https://www.wendell-locks.com/'): string =>
    ld({ '@type': type, name: 'Wendell Locks', url, telephone: '(209) 555-0143', address: { '@type': 'PostalAddress', addressLocality: 'Springfield' } });
  const header = (extra = ''): string => `<nav><a href="/">Home</a><a href="/services">Services</a>${extra}</nav><a class="btn" href="tel:2095550142">Call: 209-555-0142</a>`;
  const main = '<h1>Locksmiths in Springfield</h1><p>Locks fitted, doors opened and safes serviced, day and night.</p>';

  it('is its own: its header\'s number and its organisation\'s are the seller\'s', () => {
    expect(us(site(header(), main, '', business('LocalBusiness')), 'US', 'phone')).toEqual(['phone +12095550142', 'phone +12095550143']);
    expect(us(site(header(), main, '', business(['Organization', 'Place', 'Electrician'])), 'US', 'phone')).toEqual([
      'phone +12095550142',
      'phone +12095550143',
    ]);
  });

  it("its customers' log-in (to its portal, or on its site) leaves it its own", () => {
    const portal = '<a href="https://wendell.clientportal.example/login"><div>Customer Login</div></a>';
    expect(us(site(header(portal), main, '', business('LocalBusiness')), 'US', 'phone')).toEqual(['phone +12095550142', 'phone +12095550143']);
    const onSite = '<a href="/client-login">Client Login</a>';
    expect(us(site(header(onSite), main, '', business('HomeAndConstructionBusiness')), 'US', 'phone')).toEqual(['phone +12095550142', 'phone +12095550143']);
  });

  it('not an organisation typed as no local business, one online only, or another site\'s; nor under a posting control', () => {
    expect(us(site(header(), main, '', business('Organization')), 'US', 'phone')).toEqual([]);
    expect(us(site(header(), main, '', business('OnlineStore')), 'US', 'phone')).toEqual([]);
    // (Another site's business is a party of the page: its own number is read as any party's, the header's is not.)
    expect(us(site(header(), main, '', business('LocalBusiness', 'https://www.wendell-elsewhere.com/')), 'US', 'phone')).toEqual(['phone +12095550143']);
    expect(us(site(header('<a href="/post-ad">Post an ad</a>'), main, '', business('LocalBusiness')), 'US', 'phone')).toEqual([]);
  });
});

describe("a team's cards, each with a sentence or a button under the role", () => {
  const za = foundAt('https://www.wendell-motors.co.za/about.html', 'ZA');
  const card = (name: string, role: string, body: string[]): string => `<div class="card"><h3>${name}</h3><p class="role">${role}</p>${body.map((b) => `<p>${b}</p>`).join('')}</div>`;
  const team = (body: string[], roles = ['Workshop', 'Sales', 'Finance']): string =>
    page(`<h2>Meet the team</h2>${card('Lena Marten', roles[0]!, body)}${card('Kamal Reilly', roles[1]!, body)}${card('Anna Berg', roles[2]!, body)}`);

  it('gives the names, with up to two lines under each role', () => {
    const names = ['name anna berg', 'name kamal reilly', 'name lena marten'];
    expect(za(team(['Knows every car on the lot by its first service.']), 'ZA', 'name')).toEqual(names);
    expect(za(team(['Keeps the coffee hot and the paperwork short.', '<a href="#">Call</a>']), 'ZA', 'name')).toEqual(names);
  });

  it('not where three lines or more come between a role and the next name, nor where every "role" is the same words', () => {
    expect(za(team(['One line.', 'Another line.', 'A third line.']), 'ZA', 'name')).toEqual([]);
    expect(za(team(['Knows every car.'], ['Read more', 'Read more', 'Read more']), 'ZA', 'name')).toEqual([]);
  });
});

describe('a company profile\'s "Representative"', () => {
  const jp = foundAt('https://www.wendell-trading.example/about-en.html', 'JP');

  it('names its person, with its colon', () => {
    expect(jp(page('<h1>About us</h1><p><strong>Founded：</strong>2011</p><p><strong>Representative：</strong>Lena Marten</p>'), 'JP', 'name')).toEqual([
      'name lena marten',
    ]);
    expect(jp(page('<p>Representative director: Kamal Reilly</p>'), 'JP', 'name')).toEqual(['name kamal reilly']);
  });

  it('not one word, nor a desk\'s line', () => {
    expect(jp(page('<p>Representative: Lena</p>'), 'JP', 'name')).toEqual([]);
    expect(jp(page('<p>Customer service representative: 03-5555-0142</p>'), 'JP', 'name')).toEqual([]);
  });
});

describe("an imprint's holder under the trade's name", () => {
  const de = foundAt('https://www.wendell-audio.de/impressum', 'DE');
  const imprint = (lines: string[]): string => page(`<h1>Impressum</h1><p>${lines.join('<br>')}</p><p>Mobil: 0151 5550142</p>`);

  it('is the person on one of the two lines under "Verantwortlich:", over the street', () => {
    expect(de(imprint(['Verantwortlich:', 'Studio Wendell', 'Lena Marten', 'Musterweg 12', '20095 Hamburg']), 'DE', 'name')).toEqual(['name lena marten']);
    expect(de(imprint(['Verantwortlich:', 'Lena Marten', 'Musterweg 12']), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it('not a department under the firm, nor a name that opens with no known given name', () => {
    expect(de(imprint(['Verantwortlich:', 'Studio Wendell GmbH', 'Abteilung Vertrieb', 'Musterweg 12']), 'DE', 'name')).toEqual([]);
    expect(de(imprint(['Verantwortlich:', 'Studio Wendell', 'Quorra Vexlin', 'Musterweg 12']), 'DE', 'name')).toEqual([]);
  });
});

describe("a private seller's badge before the name on its line", () => {
  const es = foundAt('https://www.wendell-pisos.es/inmueble/1234567/', 'ES');
  // (The badge's word is in the page's text whoever advertises: "particulares y profesionales".)
  const ad = (line: string): string =>
    page(`<h1>Piso luminoso con terraza</h1><div class="advertiser"><p>Ver teléfono</p><p>${line}</p><p>Anuncio: 1234567</p></div><p>Pisos de particulares y profesionales</p>`);

  it('says the name is a person\'s', () => {
    expect(es(ad('Particular - Rafael Irfan'), 'ES', 'name')).toEqual(['name rafael irfan']);
    expect(es(ad('Particular: Anna Berg'), 'ES', 'name')).toEqual(['name anna berg']);
  });

  it("not a professional's badge, nor the badge before a control's words or a name nobody is known to bear", () => {
    expect(es(ad('Profesional - Rafael Irfan'), 'ES', 'name')).toEqual([]);
    expect(es(ad('Particular - Quorra Vexlin'), 'ES', 'name')).toEqual([]);
    expect(es(ad('Particular - Ver Teléfono'), 'ES', 'name')).toEqual([]);
  });
});

describe("a trade's compound in a keywords list", () => {
  const ch = foundAt('https://www.wendell-immo.ch/', 'CH');

  it('is no name over its split spelling', () => {
    const words = ['Fahrzeugagent', 'Fahrzeug Agent', 'Bester Fahrzeugmakler', 'Bester Fahrzeug makler', 'Beste Fahrzeugmakler', 'Fahrzeugmakler finden', 'Günstiger Fahrzeugmakler', 'Günstiger Fahrzeug makler', 'Kauf'];
    const keywords = page(`<h1>Wendell Immo</h1><p>Tel. 044 555 01 42</p><div class="tags">${words.map((w) => `<p>${w}</p>`).join('')}</div>`);
    expect(ch(keywords, 'CH', 'name')).toEqual([]);
  });

  it("while a family name that ends as a trade does, under a first part that is short, stays a name", () => {
    const cards = page('<h1>Unser Team</h1><div class="agent"><p>Lena Baumeister</p><p>Fahrzeugmaklerin</p></div><div class="agent"><p>Kamal Reilly</p><p>Fahrzeugmakler</p></div>');
    expect(ch(cards, 'CH', 'name')).toEqual(['name kamal reilly', 'name lena baumeister']);
  });
});

describe('a given name alone where the page\'s data names the fuller one', () => {
  const gb = foundAt('https://www.wendell-music.uk/testimonials/', 'GB');
  const person = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Person', name: 'Kamal Reilly' })}</script>`;
  const body = (who: string): string => `<h1>Testimonials</h1><p>To book a lesson, ring ${who} on 07700 900142.</p>`;

  it('is the same person: the fuller name only', () => {
    expect(gb(page(person + body('Kamal')), 'GB', 'name')).toEqual(['name kamal reilly']);
  });

  it('but another given name, or the same one on a page whose data names no one, is kept', () => {
    expect(gb(page(person + body('Lena')), 'GB', 'name')).toEqual(['name kamal reilly', 'name lena']);
    expect(gb(page(body('Kamal')), 'GB', 'name')).toEqual(['name kamal']);
  });
});
