/**
 * From the fix round on the 75th sealed round's sets (m77a-c: small firms' own sites, garages'
 * and dealers' sites, brokers' and agencies' pages), scored with the code after the 74th round's
 * fix round before any of their pages was read: a local business typed by a name the site gives
 * its own ("CarRepair"); a weak label over a sentence; a given name alone where the page
 * prints the fuller name; a land parcel's numbers; a mailbox under its card's heading spelled by the
 * surname alone or under a name with letters after it; a listing credited to an office and then its
 * agent. With the cases an adversary would bring: a government's or a web service's type, a name
 * over the sentence, two fuller forms, a button's capitalised words, a list of phones, another
 * card's mailbox between, an unknown agent's name. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const site = (header: string, main: string, footer: string, head = ''): string =>
  `<!doctype html><html><head>${head}</head><body><header>${header}</header><main>${main}</main><footer>${footer}</footer></body></html>`;

describe('a local business typed by a name the site gives its own', () => {
  const us = foundAt('https://www.wendell-garage.com/services.html', 'US');
  const ld = (type: string): string =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': type, name: 'Wendell Garage', url: 'https://www.wendell-garage.com/', telephone: '+1-209-555-0171' }] })}</script>`;
  const header = '<nav>\n<a href="/">Home</a>\n<a href="/repair.html">Repair</a>\n</nav><a class="btn" href="tel:+12095550186">Breakdown line: 209-555-0186</a>';
  const main = '<h1>Our services</h1><p>Brakes, tyres and engines, seen the same day.</p>';

  it('is its own site: its header\'s line is the seller\'s', () => {
    expect(us(site(header, main, '', ld('CarRepair')), 'US', 'phone')).toEqual(['phone +12095550171', 'phone +12095550186']);
    expect(us(site(header, main, '', ld('BarberShop')), 'US', 'phone')).toEqual(['phone +12095550171', 'phone +12095550186']);
  });

  it("not a government's or a web service's, nor a bare \"Service\"", () => {
    for (const type of ['GovernmentService', 'WebService', 'Service']) {
      expect(us(site(header, main, '', ld(type)), 'US', 'phone')).toEqual(['phone +12095550171']);
    }
  });
});

describe('a weak label over a sentence', () => {
  const gb = foundAt('https://www.wendell-spa.co.uk/contact', 'GB');

  it("is no name: the sentence's first word is no person", () => {
    expect(gb(page('<h2>Contact</h2><p>Mark your calendar: we answer every message within a working day.</p>'), 'GB', 'name')).toEqual([]);
  });

  it('while a full name at the head of the line still is one', () => {
    expect(gb(page('<h2>Contact</h2><p>Lena Marten, who answers every message within a working day.</p>'), 'GB', 'name')).toEqual(['name lena marten']);
  });
});

describe('a given name alone where the page prints the fuller name', () => {
  const au = foundAt('https://www.wendell-machines.com.au/about', 'AU');
  const call = '<p>Questions? Call Lena on 0412 555 014 before noon.</p>';

  it('is the same person: the fuller name only', () => {
    expect(au(page(`<h2>Lena Marten</h2><p>Machines sold and serviced since 2009.</p>${call}`), 'AU', 'name')).toEqual(['name lena marten']);
    expect(au(page(`<p>Your contact for every machine: Lena Marten</p>${call}`), 'AU', 'name')).toEqual(['name lena marten']);
  });

  it('not where two fuller forms are printed, nor from a line of capitalised words', () => {
    expect(au(page(`<p>Our drivers are Lena Marten</p><p>and her sister Lena Berg</p>${call}`), 'AU', 'name')).toContain('name lena');
    const button = au(page(`<p><a href="/book">Book With Lena Anytime</a></p>${call}`), 'AU', 'name');
    expect(button).toContain('name lena');
    expect(button).not.toContain('name lena anytime');
  });
});

describe("a land parcel's numbers", () => {
  const us = foundAt('https://www.wendell-land.com/farms.htm', 'US');

  it('are no phones, the second of a list either', () => {
    expect(us(page('<h2>80 acres, Springfield County</h2><p>Taxes: $1,020.00</p><p>PIN : 31.07.400.008; 33.14.300.021</p>'), 'US', 'phone')).toEqual([]);
    expect(us(page('<p>APN 209-555-014</p>'), 'US', 'phone')).toEqual([]);
  });

  it('while a number after an id of another shape, or a list of numbers under a phone label, is read', () => {
    expect(us(page('<p>PIN : 31.07.400.008; 209.555.0142</p>'), 'US', 'phone')).toEqual(['phone +12095550142']);
    expect(us(page('<p>Tel: 209.555.0142; 209.555.0143</p>'), 'US', 'phone')).toEqual(['phone +12095550142', 'phone +12095550143']);
  });
});

describe("a mailbox under its card's heading", () => {
  // (A page of its brokers that is no team, contact or home page: there a visitor's log-in is a marketplace's sign.)
  const us = foundAt('https://www.wendell-ranch.com/brokers', 'US');
  const card = (name: string, phone: string, mailbox: string): string =>
    `<div class="broker"><h3>${name}</h3><p>${name.split(',')[0]} has sold farmland for twenty years and knows every field road in the county.</p><a href="/more">Read on</a><p>Springfield area</p><p>Phone:</p><p>Mobile: ${phone}</p><p><a href="mailto:${mailbox}">${mailbox}</a></p></div>`;
  // (Under a header with its members' log-in: no own site's rules, so only the card says whose a mailbox is.)
  const team = (cards: string[]): string[] => us(site('<nav>\n<a href="/login">Log in</a>\n</nav>', `<h1>Our brokers</h1>${cards.join('')}`, ''), 'US', 'email');

  it('is its person\'s: by the surname alone, or under a name with letters after it', () => {
    expect(
      team([
        card('Kamal Reilly', '620-555-0101', 'kamal@wendell-ranch.com'),
        card('Anna Reilly', '620-555-0102', 'reilly@wendell-ranch.com'),
        card('Lena Marten, GRI', '620-555-0103', 'lenamarten@wendell-ranch.com'),
      ]),
    ).toEqual(['email kamal@wendell-ranch.com', 'email lenamarten@wendell-ranch.com', 'email reilly@wendell-ranch.com']);
  });

  it("not a mailbox its card's heading does not spell, nor one whose card's heading is above another card's mailbox", () => {
    expect(team([card('Kamal Reilly', '620-555-0101', 'kamal@wendell-ranch.com'), card('Anna Berg', '620-555-0102', 'ranch7@wendell-ranch.com')])).toEqual([
      'email kamal@wendell-ranch.com',
    ]);
    const twoMailboxes = card('Anna Reilly', '620-555-0102', 'anna.b@wendell-ranch.com').replace('</div>', '<p><a href="mailto:reilly@wendell-ranch.com">reilly@wendell-ranch.com</a></p></div>');
    expect(team([twoMailboxes])).not.toContain('email reilly@wendell-ranch.com');
  });
});

describe('a listing credited to an office and then its agent', () => {
  const us = foundAt('https://www.wendell-realty.com/homes/1234567/', 'US');
  const credit = (line: string): string => page(`<h1>10 Example Road, Springfield</h1><p>Listing courtesy of</p><p>${line}</p><p>Request details</p>`);

  it("names the agent after the office's name", () => {
    expect(us(credit('Wendell Realty LLC, Lena Marten'), 'US', 'name')).toEqual(['name lena marten']);
  });

  it('not a name nobody is known to bear there, nor the office alone', () => {
    expect(us(credit('Wendell Realty LLC, Quorra Vexlin'), 'US', 'name')).toEqual([]);
    expect(us(credit('Wendell Realty LLC'), 'US', 'name')).toEqual([]);
  });
});
