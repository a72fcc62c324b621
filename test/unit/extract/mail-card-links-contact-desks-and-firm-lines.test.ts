/**
 * From the 90th sealed round (found after its scoring): a firm's staff cards each wrapped in a mail
 * link, a firm's contact page that lists its departments' and desks' mailboxes, a directory's cards
 * that put the agency's name between the agent's and the number. Every name, number, mailbox and
 * domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

/**
 * A staff card wrapped in a mail link, its heading the name and a paragraph the post
 * ("<a href='mailto:…'><h4>Lena Marten</h4><p>Associée</p></a>"): the name is the link's first
 * line, not the whole link's text run together.
 */
describe('staff cards wrapped in mail links', () => {
  const firm = foundAt('https://www.wendell-fiduciaire.example/', 'CH');
  const card = (mailbox: string, name: string, post: string): string =>
    `<a href="mailto:${mailbox}@wendell-fiduciaire.example"><p><img src="/p.png" alt="Photo"></p><h4>${name}</h4><p>${post}</p></a>`;

  it("names each card's person without the post", () => {
    const html = page(`<div>${card('lmarten', 'Lena Marten', 'Associée')}${card('aberg', 'Anna Berg', 'Assistante')}</div>`);
    expect(firm(html, 'CH', 'name')).toEqual(['name anna berg', 'name lena marten']);
  });

  it('a mail link whose text is the name alone still names', () => {
    const html = page('<p>Écrire à <a href="mailto:lmarten@wendell-fiduciaire.example">Lena Marten</a></p>');
    expect(firm(html, 'CH', 'name')).toEqual(['name lena marten']);
  });
});

/**
 * A firm's own contact page that lists three or more of its departments' mailboxes at its domain
 * ("info@", "sales@", "accounts@"): its desks' mailboxes beside them ("jobs@", "support@") are its
 * own too, as its lines are, not a marketplace's desks.
 */
describe("a firm's contact page with its departments and desks", () => {
  const contact = foundAt('https://www.wendell-safes.example/contact', 'US');
  const body = (mailboxes: readonly string[]): string =>
    '<!doctype html><html><body><main><h1>Contact</h1><p>Main: (312) 555-0190</p>' +
    mailboxes.map((m) => `<p>${m}: <a href="mailto:${m}@wendell-safes.example">${m}@wendell-safes.example</a></p>`).join('') +
    '</main><footer><p>Wendell Safes Inc.<br>Phone: (312) 555-0191</p></footer></body></html>';

  it('keeps the desks and the footer line', () => {
    expect(contact(body(['info', 'sales', 'accounts', 'jobs', 'support']), 'US')).toEqual([
      'email accounts@wendell-safes.example',
      'email info@wendell-safes.example',
      'email jobs@wendell-safes.example',
      'email sales@wendell-safes.example',
      'email support@wendell-safes.example',
      'phone +13125550190',
      'phone +13125550191',
    ]);
  });

  it('with two departments only, the desks still say "platform"', () => {
    expect(contact(body(['info', 'sales', 'jobs', 'support']), 'US', 'email')).toEqual([]);
  });

  it('on a page whose address is no contact page, the desks still say "platform"', () => {
    const ad = foundAt('https://www.wendell-safes.example/listing/4711', 'US');
    expect(ad(body(['info', 'sales', 'accounts', 'jobs', 'support']), 'US', 'email')).toEqual([]);
  });
});

/**
 * A directory's cards that put the agency's name between the agent's and the number ("Lena Marten"
 * / "Wendell Realty" / "(312) 555-0101"): two such cards at least name their people.
 */
describe('names over a firm line and a number', () => {
  const directory = foundAt('https://www.wendell-agents.example/real_estate/state.htm', 'US');
  const card = (town: string, name: string, firm: string, phone: string): string => `<p>${town}<br>${name}<br>${firm}<br>${phone}<br>Visit my Web Site</p>`;

  it('two cards name their agents', () => {
    const html = page(card('Wendelton', 'Lena Marten', 'Wendell Realty', '(312) 555-0101') + card('Northgate', 'Kamal Reilly', 'Harbourline Homes', '(312) 555-0102'));
    expect(directory(html, 'US', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it("one card alone names no one (a branch's heading over its firm and number)", () => {
    const html = page(card('Offices', 'Madison Heights', 'Wendell Realty', '(312) 555-0101'));
    expect(directory(html, 'US', 'name')).toEqual([]);
  });

  it('a firm whose name opens with a given name, right over the number, is no card', () => {
    const html = page('<p>Madison Realty<br>(312) 555-0101</p><p>Harper Homes<br>(312) 555-0102</p>');
    expect(directory(html, 'US', 'name')).toEqual([]);
  });
});

/**
 * A firm's cards whose mail links read only "E-Mail", at mailboxes of the initial and the surname
 * ("u.bruenig@" for "Ursula Brünig"): the mailbox spells the surname's umlauts out, the card writes
 * them; it is the card's person's all the same.
 */
describe("mailboxes that spell a card's umlauts out", () => {
  const firm = foundAt('https://www.wendell-dach.example/', 'CH');
  const card = (name: string, phone: string, mailbox: string): string =>
    `<p>${name}<br>Berater<br>Telefon ${phone}<br><a href="mailto:${mailbox}@wendell-dach.example">E-Mail</a></p>`;

  it.each([
    ['Ursula Brünig', 'u.bruenig'],
    ['Oskar Straßer', 'o.strasser'],
    ['Timo Wendrich', 't.wendrich'],
  ])('%s at %s@', (name, mailbox) => {
    const html = page(card('Lena Marten', '+41 41 555 31 48', 'l.marten') + card(name, '+41 41 555 25 83', mailbox));
    expect(firm(html, 'CH', 'email')).toContain(`email ${mailbox}@wendell-dach.example`);
  });
});
