/**
 * From the fix round on the 77th sealed round (m79a-c: small firms' own sites, a campground's,
 * garages', a body shop group's, clinics'), general rules, each with the cases an adversary would
 * bring: a key contact's mailbox named for them at the site's domain, behind a "Send email" link;
 * a list of branches, each with its line, is no roster of people; a German firm's compound
 * ("Malerwerkstätte") is no family name. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("a key contact's mailbox at the site's domain, named for them", () => {
  const CONTACT = 'https://www.wendell-camping.example/contact.html';
  const site = (header: string, rows: string): string =>
    `<!doctype html><html><body><header><nav><a href="/">Home</a> <a href="/rates">Rates</a>${header}</nav></header>` +
    `<main><h1>Contact us</h1><p>Tel. 604-555-0142</p><h2>Key Contacts</h2><table>${rows}</table></main>` +
    '<footer><p>Wendell Camping · 4410 Main St · Burnaby</p><a href="mailto:camping@wendell-camping.example">camping@wendell-camping.example</a></footer></body></html>';
  const row = (name: string, post: string, mailbox: string): string =>
    `<tr><td>${name}</td><td>${post}</td><td>ext. 21</td><td><a href="mailto:${mailbox}">Send email</a></td></tr>`;
  const emails = (html: string): string[] => foundAt(CONTACT, 'CA')(html, 'CA', 'email');

  it("is its staff's, on a site its own mailbox says is the seller's", () => {
    const rows = row('Lena Marten', 'General Manager', 'lena@wendell-camping.example') + row('Kamal Reilly', 'Reservations', 'kamal.reilly@wendell-camping.example');
    expect(emails(site('', rows))).toEqual([
      'email camping@wendell-camping.example',
      'email kamal.reilly@wendell-camping.example',
      'email lena@wendell-camping.example',
    ]);
  });

  it('on its contact page, not on another page of the site (a vacancy naming another contact)', () => {
    const rows = row('Customer care', 'Support', 'lena@wendell-camping.example');
    expect(foundAt('https://www.wendell-camping.example/rates/summer.html', 'CA')(site('', rows), 'CA', 'email')).toEqual(['email camping@wendell-camping.example']);
  });

  // Since the 91st round, any mail link at the site's domain on its contact page is its own
  // (customer-lines-association-sites-and-post-cards.test.ts): one whose local part names no one too.
  it('a mail link whose local part names no one: on the contact page, not on another page', () => {
    const rows = row('Lena Marten', 'General Manager', 'qx7@wendell-camping.example') + row('Jo Reilly', 'Reservations', 'jo@wendell-camping.example');
    expect(emails(site('', rows))).toEqual(['email camping@wendell-camping.example', 'email jo@wendell-camping.example', 'email qx7@wendell-camping.example']);
    expect(foundAt('https://www.wendell-camping.example/rates/summer.html', 'CA')(site('', rows), 'CA', 'email')).toEqual(['email camping@wendell-camping.example']);
  });

  it("nor on a marketplace's page (a posting control in its header): the platform's staff", () => {
    const rows = row('Customer care', 'Support', 'lena@wendell-camping.example') + row('Bookings', 'Reservations', 'kamal.reilly@wendell-camping.example');
    expect(emails(site(' <a href="/post-ad">Post your ad</a>', rows))).toEqual([]);
    expect(emails(site('', rows))).toEqual(['email camping@wendell-camping.example', 'email kamal.reilly@wendell-camping.example', 'email lena@wendell-camping.example']);
  });
});

describe('a list of branches, each with its line', () => {
  const us = foundAt('https://www.wendell-collision.example/contact.htm', 'US');
  const list = (lines: readonly string[]): string => `<!doctype html><html><body><main><h1>Contact</h1>${lines.map((l) => `<p>${l}</p>`).join('')}</main></body></html>`;

  it('is no roster of people where a name opens with a place\'s word ("West …", "Port …"), and such a place is no name', () => {
    expect(us(list(['Warwick: 401-555-0143', 'West Warwick: 401-555-0144', 'Port Warwick: 401-555-0145']), 'US', 'name')).toEqual([]);
    expect(us(list(['Warwick 401-555-0143', 'West Warwick 401-555-0144']), 'US', 'name')).toEqual([]);
  });

  it('while a roster of people is read, and a place word inside a name is none ("Anna West")', () => {
    expect(us(list(['Lena Marten: 401-555-0143', 'Anna West: 401-555-0144']), 'US', 'name')).toEqual(['name anna west', 'name lena marten']);
  });
});

describe("a German firm's compound", () => {
  const de = foundAt('https://www.wendell-maler.example/impressum.html', 'DE');
  const card = (name: string, post: string): string =>
    `<!doctype html><html><body><main><h1>Impressum</h1><p>${name}</p><p>${post}</p><p>Mobil: 0171 5550142</p></main></body></html>`;

  it.each([['Malerwerkstätte Marten'], ['Elektrofachbetrieb Marten'], ['Reifenhandlung Marten']])('is no family name on a card over its owner\'s title: %s', (firm) => {
    expect(de(card(firm, 'Inhaber'), 'DE', 'name')).toEqual([]);
  });

  it("while the owner's own card gives the owner's name", () => {
    expect(de(card('Lena Marten', 'Inhaberin'), 'DE', 'name')).toEqual(['name lena marten']);
  });
});
