/**
 * From a fix round on the tenth sealed round's pages (shared flats, agencies' own sites, estate
 * portals): people introducing themselves in their ad, a person named before their own mailbox,
 * an agency's staff under "agentProfiles", placeholder mailboxes, and the platform's own number
 * in a footer's parts. Each with the cases an adversary would
 * write; all values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.rooms.example/room/4812', 'DE');
const names = (text: string, country = 'DE'): string[] => found(page(`<h1>Zimmer frei</h1><p>${text}</p>`), country, 'name');

describe('a person introducing themselves', () => {
  it.each([
    ['Hallo, ich bin Lena und suche eine Nachmieterin.', 'DE', ['name lena']],
    ['Wir sind Anna-Lena und Jonas, zwei Studenten.', 'DE', ['name anna-lena', 'name jonas']],
    ["Hi, I'm Tom. The room is free from May.", 'GB', ['name tom']],
    ['My name is Sarah, call me after six.', 'GB', ['name sarah']],
    ["Je m'appelle Margaux et je loue ma chambre.", 'FR', ['name margaux']],
    ['Jeg heter Kari og leier ut et rom.', 'NO', ['name kari']],
    ['Nazywam się Anna, pokój od zaraz.', 'PL', ['name anna']],
  ])('%j', (text, country, want) => {
    expect(names(text, country)).toEqual(want);
  });
  it.each([
    ['I am Selling my car.', 'GB'],
    ['I am Paris-based and travel a lot.', 'GB'],
    ['Ich bin Nichtraucher und ruhig.', 'DE'],
    ['We are Located in the city centre.', 'GB'],
    ['Je suis Disponible le soir.', 'FR'],
    ['Wir sind Xylofon und Quarz.', 'DE'],
  ])('%j: no name', (text, country) => {
    expect(names(text, country)).toEqual([]);
  });
});

describe("a person named right before their own mailbox on the agency's own site", () => {
  const onSite = foundAt('https://www.lettings.example/listings/', 'US');
  it.each([
    ['Flats near the park! Email Dave (daveh@lettings.example) for a showing.', ['email daveh@lettings.example', 'name dave']],
    ['Contact Anna: anna.berg@lettings.example', ['email anna.berg@lettings.example', 'name anna']],
  ])('%j', (text, want) => {
    expect(onSite(page(`<h1>Listings</h1><p>${text}</p>`))).toEqual(want);
  });
  it.each([
    ['Email Sales (salesh@lettings.example) for a showing.', 'no given name'],
    ['Email Dave (office@lettings.example) for a showing.', "a mailbox not named after him"],
    ['Email Dave (daveh@mail.example) today.', 'a mailbox at another domain is an ordinary address'],
  ])('%j (%s): no name from the mailbox', (text) => {
    expect(onSite(page(`<h1>Listings</h1><p>${text}</p>`)).filter((f) => f.startsWith('name'))).toEqual([]);
  });
});

describe("an agency's staff under \"agentProfiles\"", () => {
  it('each profile is a person', () => {
    const html = nextData({ ad: { agentProfiles: [{ name: 'Anna BERG', email: 'aberg@agence.example' }, { name: 'Paul MARTIN', email: 'pmartin@agence.example' }] } });
    expect(found(html, 'FR', 'name')).toEqual(['name anna berg', 'name paul martin']);
  });
  it("the profiles' list under a key of no party is not read", () => {
    expect(found(nextData({ page: { reviewerProfiles: [{ name: 'Anna Berg' }] } }), 'FR', 'name')).toEqual([]);
  });
});

describe('placeholder mailboxes', () => {
  it.each([['someone@example.com'], ['yourname@domain.de'], ['your.email@mail.example'], ['john.doe@gmail.com'], ['name@firma.example']])('%s', (email) => {
    expect(found(page(`<form><p>E-mail (e.g. ${email})</p></form>`), 'GB', 'email')).toEqual([]);
  });
  it('a real address beside them is kept', () => {
    expect(found(page('<p>Write to jonas.weber@mail.example (not someone@example.com)</p>'), 'GB', 'email')).toEqual(['email jonas.weber@mail.example']);
  });
});

describe("the platform's own number in its footer's parts, or on a line that names the site", () => {
  const portal = foundAt('https://www.flats.example/rent/vilnius/', 'LT');
  it('a footer part named as one ("footer-strip") is chrome, with its contact line', () => {
    const html = page('<h1>Flats for rent</h1><p>Seller: +370 612 48 159</p>') +
      '<div class="footer-strip"><div class="foot-contact"><span class="contact-info">Flats.example information: +370 664 81 592</span></div></div>';
    expect(portal(html, 'LT', 'phone')).toEqual(['phone +37061248159']);
  });
  it('a number on a line that names the site is the platform\'s', () => {
    const html = page('<h1>Flats for rent</h1><p>Call Anna 8 612 48 159</p><p>Flats.example customer line: +370 664 81 592</p>');
    expect(portal(html, 'LT', 'phone')).toEqual(['phone +37061248159']);
  });
  it("a seller's own ad that mentions the site on a long line keeps the seller's number", () => {
    const text = `Found on flats.example? ${'Bright flat near the old town, quiet street, two rooms. '.repeat(3)}Call 8 612 48 159.`;
    expect(portal(page(`<h1>Flat</h1><p>${text}</p>`), 'LT', 'phone')).toEqual(['phone +37061248159']);
  });
});
