/**
 * Page data and cards of the sixth unseen round's shapes, with what a page brings against each:
 * Angular's server state (its own escapes for JSON's quotes), two agents sharing one card, the
 * signed-in visitor's account settings, a firm named after a title ("Mr Noodle Ltd"), the
 * platform's sales desk under its address, an agent who "presents" the home, a name above a
 * private seller's badge, and the site operator's desk on the domain its copyright line names.
 * All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

describe('Angular’s server state ("TransferState")', () => {
  const found = foundAt('https://www.homes.example/property/4242', 'NZ');
  const state = (o: unknown): string =>
    `<script id="serverApp-state" type="application/json">${JSON.stringify(o).replace(/"/g, '&q;').replace(/&(?!q;)/g, '&a;')}</script>`;
  it('its agents’ names and numbers are read once its escapes are undone', () => {
    const html = page('<p>House</p>') + state({ listing: { agency: { name: 'Harbour Realty Ltd', phoneNumber: '+64 9 555 0142', agents: [{ fullName: 'Aroha Ngata', mobilePhoneNumber: '(021) 555 0199' }] } } });
    expect(found(html, 'NZ')).toEqual(['name aroha ngata', 'phone +64215550199', 'phone +6495550142']);
  });
  it('a JSON script whose text merely contains "&q;" elsewhere is read as JSON', () => {
    const html = page('<p>House</p>') + '<script type="application/json">{"ad":{"seller":{"phone":"+64 9 555 0142"}},"note":"&q; is a quote"}</script>';
    expect(found(html, 'NZ', 'phone')).toEqual(['phone +6495550142']);
  });
});

describe('cards and desks', () => {
  const found = foundAt('https://www.homes.example/list', 'NZ');
  it('two agents sharing one card’s name element are two names', () => {
    expect(found(page('<div class="agent-card"><p class="agent-name">Sarah Tane &amp; Paul Rowe</p></div>'), 'NZ', 'name')).toEqual(['name paul rowe', 'name sarah tane']);
  });
  it('a firm of one word each side of the ampersand is not split into two people', () => {
    const names = found(page('<div class="agent-card"><p class="agent-name">Lin &amp; Smith</p></div>'), 'NZ', 'name');
    expect(names).not.toContain('name lin');
    expect(names).not.toContain('name smith');
  });
  it('a firm named after a title is no person: "Mr Noodle (Pvt) Ltd"', () => {
    expect(found(page('<p>Restaurant Supervisor</p><p>Mr Noodle (Pvt) Ltd</p>'), 'LK', 'name')).toEqual([]);
    expect(found(page('<p>Contact Mr Nimal Perera for details</p>'), 'LK', 'name')).toEqual(['name nimal perera']);
  });
  it('the platform’s sales desk: short lines under its own address', () => {
    const body = '<div>To post vacancies: <a href="mailto:ads@homes.example">ads@homes.example</a> or call<div>Nadeesha 076 555 0101</div><div>Kasun 077 555 0102</div></div><p>Software Engineer – apply by 20 June</p>';
    expect(found(page(body), 'LK', 'phone')).toEqual([]);
  });
  it('a seller’s number under the seller’s own address is kept', () => {
    expect(found(page('<p>anna.berg@mail.example</p><p>Tel 021 555 0142</p>'), 'NZ', 'phone')).toEqual(['phone +64215550142']);
  });
});

describe('agents who present the home, and private sellers’ badges', () => {
  const found = foundAt('https://www.immo.example/annonces', 'FR');
  it('"<name> vous propose …" (a known name)', () => {
    expect(found(page('<p>Claire Dubois vous propose cette maison familiale des années 70.</p>'), 'FR', 'name')).toEqual(['name claire dubois']);
  });
  it('not a place or a firm that "vous propose"', () => {
    expect(found(page('<p>Immobilier Lyon vous propose 20 biens.</p><p>Orpi Bellecour vous propose ce studio.</p>'), 'FR', 'name')).toEqual([]);
  });
  it('a name above a private seller’s badge, kept without a known name', () => {
    expect(found(page('<div><p>Münster</p><p>Wiebke Osterkamp</p><p>Privater Anbieter</p></div>'), 'DE', 'name')).toEqual(['name wiebke osterkamp']);
  });
  it('not a heading above the badge, nor a name above another line', () => {
    expect(found(page('<p>Alle Anzeigen</p><p>Privater Anbieter</p><p>Wiebke Osterkamp</p><p>Münster</p>'), 'DE', 'name')).toEqual([]);
  });
});

describe('the site operator named in the copyright line', () => {
  const found = foundAt('https://www.immo-portal.example/suche', 'DE');
  it('its desk’s address and number, on another domain than the page’s, are the platform’s', () => {
    const body = '<p>Wohnung, 3 Zimmer</p><p>Kontakt</p><p>service.online@medienhaus-nord.example</p><p>Telefon 0251/555–0142</p><p>© Medienhaus Nord GmbH &amp; Co. KG</p>';
    expect(found(page(body), 'DE').filter((f) => !f.startsWith('name'))).toEqual([]);
  });
  it('a seller’s address on a domain the copyright line does not name is kept', () => {
    const body = '<p>Wohnung: anna.berg@mail.example</p><p>© Medienhaus Nord GmbH</p>';
    expect(found(page(body), 'DE', 'email')).toEqual(['email anna.berg@mail.example']);
  });
});

describe('the signed-in visitor’s account settings', () => {
  const found = foundAt('https://www.market.example/list', 'AT');
  it('an object with newsletter preferences and a login id is the visitor’s, whatever its key', () => {
    const html = page('<p>Grafikkarten</p>') + nextData({ userInfo: { loginId: 4242, receiveNewsletter: false, firstName: 'Lukas', emailAddress: 'lukas@mail.example' }, ads: [{ title: 'GPU', seller: { name: 'Anna Berg' } }] });
    expect(found(html, 'AT')).toEqual(['name anna berg']);
  });
  it('a contact form’s receiver mailbox is no account setting', () => {
    const html = page('<p>Wohnung</p>') + nextData({ ad: { agent: { receiverEmail: 'office@agency.example' } } });
    expect(found(html, 'AT', 'email')).toEqual(['email office@agency.example']);
  });
});
