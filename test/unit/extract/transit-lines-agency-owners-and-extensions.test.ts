/**
 * From the 48th sealed round (found after its scoring): a Polish portal's flat ads that list the
 * bus lines near the flat ("Autobus: 109 136 154 167 204 320 504 709") and name the agent only in
 * the ad's owner object, typed as an agency beside the agency's own object; a Berlin housing
 * cooperative's pages with contact tables ("Name | Frau …"), addresses kept ROT13-encoded in a data
 * attribute, and lines written with their extension ("030-612 48 93 -0", fax "… -19").
 * Every site, number, address and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const AD = 'https://www.flats.example/oferta/mieszkanie-4829361';
const text = (t: string): string => page(`<h1>Mieszkanie</h1><div class="description">${t}</div>`);

describe("public transport's line numbers are no phone", () => {
  const phones = (html: string, country: string): string[] => foundAt(AD, country)(html, country, 'phone');
  it.each([
    ['PL', '<p>Autobus:\u00a0109\u00a0136\u00a0154\u00a0167\u00a0204\u00a0320\u00a0504\u00a0709 N01 N85</p>'],
    ['PL', '<p>Autobus:\u00a0109\u00a0136\u00a0204 N85</p>'],
    ['PL', '<p>Tramwaje: 512 384 907</p>'],
    ['CZ', '<p>Tramvaj 601 482 936, metro B</p>'],
    ['DE', '<p>Buslinien 171 482 936</p>'],
    ['DE', '<p>Straßenbahn 030 612 489</p>'],
  ])('%s %s', (country, body) => {
    expect(phones(text(body), country)).toEqual([]);
  });

  it.each([
    ['PL', '<p>Autobus pod domem. Tel. 512 384 907</p>', ['phone +48512384907']],
    ['GB', '<p>Metro Cars 020 7946 0321</p>', ['phone +442079460321']],
    ['GB', '<p>Smith Bus Hire 020 7946 0123</p>', ['phone +442079460123']],
  ])('but a number after its own label, or after a firm named for buses, still is: %s %s', (country, body, want) => {
    expect(phones(text(body), country)).toEqual(want);
  });
});

describe("an owner object typed as an agency, beside the agency's own object", () => {
  const names = (ad: unknown): string[] => foundAt(AD, 'PL')(page(`<h1>Mieszkanie</h1>${nextData({ ad })}`), 'PL', 'name');
  const agency = { id: 7, name: 'Nordic Homes Nieruchomości', type: 'agency', phones: ['+48 22 555 01 27'] };

  it("gives the agent's own name", () => {
    expect(names({ owner: { id: 7, name: 'Marta Zielińska', type: 'agency', phones: ['512 384 907'] }, agency })).toEqual(['name marta zielińska']);
  });

  it.each([
    ['the same name as the agency', 'Nordic Homes Nieruchomości'],
    ['a trade name of its own', 'Zielińska Nieruchomości Sp. z o.o.'],
    ['one word', 'Marta'],
    ['no known given name first', 'Vistula Residence'],
  ])('not %s', (_what, name) => {
    expect(names({ owner: { id: 7, name, type: 'agency', phones: ['512 384 907'] }, agency })).toEqual([]);
  });

  it('nor without an agency beside it', () => {
    expect(names({ owner: { id: 7, name: 'Marta Zielińska', type: 'agency', phones: ['512 384 907'] } })).toEqual([]);
  });
});

describe('a contact table', () => {
  const OWN = 'https://www.wohnen-eg.example/angebote';
  const found = (html: string, kind: string): string[] => foundAt(OWN, 'DE')(html, 'DE', kind);
  const table = (rows: string): string => page(`<h1>Angebote</h1><strong>Kontakt</strong><br><table><tbody>${rows}</tbody></table>`);

  it('takes no "Name" row heading for a name', () => {
    expect(found(table('<tr><th>Name</th><td>Frau Jana Feldmann</td></tr><tr><th>Telefon</th><td>030 555 01 27</td></tr>'), 'name')).toEqual(['name jana feldmann']);
    expect(found(table('<tr><th>Nome</th><td>Sig.ra Giulia Conti</td></tr>'), 'name')).toEqual(['name giulia conti']);
  });

  it('reads no address kept encoded: its domain ends in no top-level domain there is', () => {
    const html = table(`<tr><th>E-Mail</th><td><a href="javascript:;" data-enc-email="wnan.sryqznaa[at]jbuara-rt.qr">*protected email*</a></td></tr>`);
    expect(found(html, 'email')).toEqual([]);
  });

  it.each([
    ['jana.feldmann@wohnen-eg.de', 'email jana.feldmann@wohnen-eg.de'],
    ['jana@wohnen.berlin', 'email jana@wohnen.berlin'],
    ['anna@почта.рф', 'email anna@почта.рф'],
  ])('but a real one is read: %s', (address, want) => {
    expect(found(table(`<tr><th>E-Mail</th><td><a href="mailto:${address}">${address}</a></td></tr>`), 'email')).toEqual([want]);
  });
});

describe("a line's extension after a space and a hyphen", () => {
  const OWN = 'https://www.wohnen-eg.example/kontakt';
  const phones = (body: string): string[] => foundAt(OWN, 'DE')(page(body), 'DE', 'phone');

  it("belongs to the number, a fax line's too (the firm's number as well)", () => {
    expect(phones('<p>Telefon 030-612 48 93 -0<br> Fax&nbsp;030-612 48 93 -19</p>')).toEqual(['phone +493061248930', 'phone +4930612489319']);
    expect(phones('<p>Telefon <a href="tel:+493061248930">030-612 48 93 -0</a><br> Fax&nbsp;<a href="tel:+4930612489319">030-612 48 93 -19</a></p>')).toEqual([
      'phone +493061248930',
      'phone +4930612489319',
    ]);
  });

  it.each([
    ['office hours', '<p>Telefon 030 612 48 93, Mo–Fr 9 -17 Uhr</p>', ['phone +49306124893']],
    ['a price after the number', '<p>Telefon 030 612 48 93 -10% Rabatt</p>', ['phone +49306124893']],
  ])('and stays off what follows a number otherwise: %s', (_what, body, want) => {
    expect(phones(body)).toEqual(want);
  });
});
