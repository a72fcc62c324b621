/**
 * From the 91st sealed round: a shop's own customer service's line and mailbox, an association's
 * or a university's site without a mailbox among its signs, a form's hidden recipient, a
 * directory's staff cards, practices named after their principals, numbers under a country's
 * name. Every name, number, mailbox and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

/** A page with a header, its content and a footer. */
const site = (header: string, main: string, footer = ''): string =>
  `<!doctype html><html><head><title>Wendell</title></head><body><header>${header}</header><main>${main}</main><footer>${footer}</footer></body></html>`;

/**
 * "Kundenservice", "Customer Care" before a number: a customer service's line, no customer
 * number's ("Kundennummer") label. A shop's own (its cart in its header) keeps it; elsewhere it is
 * a platform's desk, as before.
 */
describe("a customer service's line", () => {
  const shop = foundAt('https://www.wendell-moebel.example/ecksofa-blau.html', 'DE');
  const header = '<a href="/warenkorb">Warenkorb</a>';

  it("is a shop's own line, printed at the top of its content", () => {
    expect(shop(site(header, '<p>Kundenservice <strong>04521 555 61 20</strong></p><h1>Ecksofa blau</h1><p>499,00 €</p>'), 'DE', 'phone')).toEqual(['phone +4945215556120']);
  });

  it('is no marketplace line on a page without a shop', () => {
    expect(shop(site('<a href="/login">Anmelden</a>', '<p>Kundenservice <strong>04521 555 61 20</strong></p><h1>Ecksofa blau</h1>'), 'DE', 'phone')).toEqual([]);
  });

  it('a customer number stays an id', () => {
    expect(shop(site(header, '<p>Kundennummer 04521 555 61 20</p><h1>Ecksofa blau</h1>'), 'DE', 'phone')).toEqual([]);
  });

  it('"Customer Care" is a desk on a page of unknown kind, not an id label that hides the number from the own site', () => {
    const ad = foundAt('https://www.wendell-market.example/ad/4711', 'US');
    expect(ad(page('<p>Customer Care: (312) 555-0140</p><p>Nice sofa, call Lena (312) 555-0141</p>'), 'US', 'phone')).toEqual(['phone +13125550141']);
  });
});

/** A shop's product list with its contact block in a menu of its content (not its footer's markup). */
describe("a shop's contact block in its content", () => {
  const list = foundAt('https://www.wendell-modell.example/neuheiten.php', 'DE');
  const contact = '<ul><li>Impressum</li><li>KONTAKT</li><li>service@wendell-modell.example</li><li>Tel. 030 - 555 61 82 04</li></ul>';

  it("gives the shop's mailbox and line", () => {
    expect(list(site('<a href="/warenkorb">Warenkorb</a>', `<h1>Neuheiten</h1><p>Rennauto 129,00 €</p>${contact}`))).toEqual(['email service@wendell-modell.example', 'phone +4930555618204']);
  });

  it("not on a page that gives another party's mailbox (a directory's entry on a site that also sells)", () => {
    const html = site('<a href="/warenkorb">Warenkorb</a>', `<h1>Fotostudio</h1><p>Kontakt: studio@wendell-foto.example</p>${contact}`);
    expect(list(html, 'DE', 'email')).toEqual(['email studio@wendell-foto.example']);
  });
});

/** An association's or a foundation's site, by its name, where its header has a members' log-in and no copyright line names it. */
describe("an association's site by its name", () => {
  const body = site(
    '<a href="/">Stiftung</a> <a href="/user/login">Login</a>',
    '<h1>Meeresschutz</h1><p>Die Stiftung unterstützt Schulen.</p>',
    '<p><strong>Kontakt</strong> Geschäftsstelle: Lindenweg 3 <span>Telefon: 04521 555-190</span><br>E-Mail: info@wendell-stiftung.example</p>',
  );

  it('keeps its footer contacts', () => {
    expect(foundAt('https://www.wendell-stiftung.example/meeresschutz', 'DE')(body)).toEqual(['email info@wendell-stiftung.example', 'phone +494521555190']);
  });

  it("a site named otherwise still reads the log-in as a marketplace's", () => {
    expect(foundAt('https://www.wendell-portal.example/meeresschutz', 'DE')(body.replaceAll('wendell-stiftung', 'wendell-portal'))).toEqual([]);
  });
});

/** A university's or a public body's switchboard in its footer: the site's own, beside its VAT number. */
describe("a switchboard's line", () => {
  const home = foundAt('https://www.wendell-uni.example/', 'IT');
  const footer = (label: string): string => `<p>Università Wendell<br>Via Roma, 12<br>${label} +39 011 555 0190<br>P.I. 01234560017<br>C.F. 91234560015</p>`;

  it('is the site own line, and "P.I." labels a VAT number', () => {
    expect(home(site('<a href="/">Home</a>', '<h1>Benvenuti</h1>', footer('Centralino')))).toEqual(['phone +390115550190']);
  });

  it('without the word, the footer stays unread', () => {
    expect(home(site('<a href="/">Home</a>', '<h1>Benvenuti</h1>', footer('Sede')))).toEqual([]);
  });
});

/** A shop's empty cart's summary with no cart word ("0 Artikel – 0,00 €"), and its server's mailbox in a meta tag. */
describe("a shop's empty cart and its webmaster's mailbox", () => {
  const shop = foundAt('https://www.wendell-hardware.example/rueckruf', 'DE');
  const body = (cart: string, head = ''): string =>
    `<!doctype html><html><head><title>Wendell</title>${head}</head><body><main><p>${cart}</p><p>Login</p><p>info@wendell-hardware.example</p><p>04521 / 555 12 040</p><h1>Rückruf</h1></main></body></html>`;

  it('the summary says "shop": its log-in is its customers\'', () => {
    expect(shop(body('0 Artikel – 0,00 €'))).toEqual(['email info@wendell-hardware.example', 'phone +49452155512040']);
  });

  it("a webmaster's mailbox in the head is no marketplace's desk", () => {
    expect(shop(body('0 Artikel – 0,00 €', '<meta name="reply-to" content="webmaster@wendell-hardware.example">'))).toEqual(['email info@wendell-hardware.example', 'phone +49452155512040']);
  });

  it('without the summary the log-in says "marketplace"', () => {
    expect(shop(body('Willkommen'))).toEqual([]);
  });
});

/** A contact form's hidden recipient field: the mailbox the form sends to. */
describe("a form's hidden recipient", () => {
  const contact = foundAt('https://www.wendell-builders.example/contact.html', 'US');
  const body = (field: string): string =>
    site(
      '<a href="/">Home</a>',
      `<h1>Contact Us</h1><form><input name="${field}" value="lmarten@wendell-builders.example" type="hidden"><input name="email"></form>`,
      '<p>Phone: (312) 555-0160<br><a href="mailto:info@wendell-builders.example">info@wendell-builders.example</a></p>',
    );

  it.each(['to_email', 'recipient', 'sendemail'])('%s is read', (field) => {
    expect(contact(body(field), 'US', 'email')).toEqual(['email info@wendell-builders.example', 'email lmarten@wendell-builders.example']);
  });

  it('another field is not', () => {
    expect(contact(body('reply_hint'), 'US', 'email')).toEqual(['email info@wendell-builders.example']);
  });
});

/**
 * A home page's mail links at the site's domain, two or more in its content ("e-mail" in its top
 * menu, "Admissions"): its own, as its footer's mailbox is, where the page gives no other party's mailbox.
 */
describe("a home page's mail links", () => {
  const home = foundAt('https://www.wendell-uni.example/', 'BY');
  const body = (extra: string): string =>
    '<!doctype html><html><body><main><p><a class="top" href="mailto:wendrich@wendell-uni.example">e-mail</a></p><h1>Университет</h1>' +
    `<p><a href="mailto:priem@wendell-uni.example">Приёмная комиссия</a></p>${extra}</main>` +
    '<footer><p>Приёмная: тел. +375 17 555-26-44, <a href="mailto:kanc@wendell-uni.example">kanc@wendell-uni.example</a></p></footer></body></html>';

  it('keeps each', () => {
    expect(home(body(''), 'BY', 'email')).toEqual(['email kanc@wendell-uni.example', 'email priem@wendell-uni.example', 'email wendrich@wendell-uni.example']);
  });

  it("not where the page gives another party's mailbox (a network's member's page)", () => {
    expect(home(body('<p>Мастерская: <a href="mailto:office@wendell-tyres.example">office@wendell-tyres.example</a></p>'), 'BY', 'email')).toEqual([
      'email kanc@wendell-uni.example',
      'email office@wendell-tyres.example',
    ]);
  });
});

/** A name that the page's prose also writes in lower case, as words: a phrase, not a person. */
describe('names written as words', () => {
  const firm = foundAt('https://www.wendell-tel.example/services', 'US');
  const desk = '<p>Penny Saver<br>Customer Service:<br>Phone: 1-800-555-0123<br>eMail: pennysaver@wendell-tel.example</p>';

  it('the prose writes it in lower case', () => {
    expect(firm(page(`${desk}<p>Unlike any other penny saver service, we work for a flat fee.</p>`), 'US', 'name')).toEqual([]);
  });

  it("a person's name the prose writes capitalised is kept", () => {
    expect(firm(page('<p>Lena Marten<br>Sales<br>Phone: 1-800-555-0123<br>lenamarten@wendell-tel.example</p><p>Call Lena Marten today.</p>'), 'US', 'name')).toEqual([
      'name lena marten',
    ]);
  });
});

/** Practices named after their principals. */
describe('a practice named after its principal', () => {
  const firm = foundAt('https://www.wendell-law.example/', 'US');

  it('named in its own words too', () => {
    expect(firm(page('<p>Lena Marten &amp; Associates, P.C. was founded in 1994.</p><p>Lena Marten offers estate planning.</p>'), 'US', 'name')).toEqual(['name lena marten']);
  });

  it("only in a firm's name on a directory's card: the firm's", () => {
    expect(firm(page('<p>Law Offices of Lena Marten, A Professional Corporation 310-555-0111</p>'), 'US', 'name')).toEqual([]);
  });

  it("the page's title names the practice", () => {
    const html = '<!doctype html><html><head><title>Law Offices of Lena Marten, Wills and Trusts</title></head><body><main><p>Law Offices of Lena Marten</p></main></body></html>';
    expect(firm(html, 'US', 'name')).toEqual(['name lena marten']);
  });

  it('"Practice of …" too', () => {
    expect(firm(page('<p>The Practice of Lena Marten, Physiotherapy</p><p>Lena Marten treats back pain.</p>'), 'US', 'name')).toEqual(['name lena marten']);
  });

  it("not a firm's trade name", () => {
    expect(firm(page('<p>Offices of Wendell Systems</p><p>Wendell Systems offers hosting.</p>'), 'US', 'name')).toEqual([]);
  });
});

/** An international firm's lines, each under its country's name. */
describe("a country's name over a number", () => {
  const contact = foundAt('https://www.wendell-foods.example/contact', 'CA');
  const header = '<a href="/cart">Cart</a>';

  it("reads the number in that country's plan", () => {
    const html = site(header, '<h1>Contact</h1><p>info@wendell-foods.example</p><p>New Zealand:</p><p>Customer Hotline: 0800 555 511</p><p>Australia</p><p>Customer Care: 1800 555 521</p>');
    expect(contact(html, 'CA', 'phone')).toEqual(['phone +611800555521', 'phone +64800555511']);
  });

  it('on any page', () => {
    const travel = foundAt('https://www.wendell-travel.example/about', 'CA');
    expect(travel(page('<p>Österreich</p><p>Tel. 0662 555 123</p>'), 'CA', 'phone')).toEqual(['phone +43662555123']);
  });
});

/** "visit <site> or call …": the line of the site the visitor is sent to. */
describe('a number after another site', () => {
  const theatre = foundAt('https://www.wendell-theater.example/contacts/', 'US');
  const body = (domain: string): string =>
    site('<a href="/">Home</a>', '<h1>Contacts</h1><p>Business: (312) 555-0173</p><p>info@wendell-theater.example</p>', `<p>For tickets, visit ${domain} or call (800) 555-0199.</p>`);

  it("is that site's", () => {
    expect(theatre(body('WendellTickets.com'), 'US', 'phone')).toEqual(['phone +13125550173']);
  });

  it("the page's own site's is the page's", () => {
    expect(theatre(body('wendell-theater.example'), 'US', 'phone')).toEqual(['phone +13125550173', 'phone +18005550199']);
  });
});

describe('headings and tiles that are no names', () => {
  it('"General Enquiries" over a contact block', () => {
    const home = foundAt('https://www.wendell-theater.example/contacts/', 'US');
    const html = site('<a href="/">Home</a>', '<h1>Contacts</h1><p>info@wendell-theater.example</p>', '<p>General Enquiries<br>Business: (312) 555-0173</p>');
    expect(home(html, 'US', 'name')).toEqual([]);
  });

  it("an honorific in a shop's tile's title, its price under it", () => {
    const shop = foundAt('https://www.wendell-pharmacy.example/', 'CA');
    expect(shop(page('<p>Mr Wendell and Little Miss Daisy Mug</p><p>$9.95</p><p>Add to Cart +</p>'), 'CA', 'name')).toEqual([]);
  });

  it('"JSR 168" is no Swedish plate', () => {
    const se = foundAt('https://www.wendell-myndighet.example/privat', 'SE');
    expect(se(page('<p>Portlet (JSR 168)</p>'), 'SE', 'plate')).toEqual([]);
  });
});

/** A team page's bios that name their person after the first sentence's opening words. */
describe('bios that name their person after an opening phrase', () => {
  const team = foundAt('https://www.wendell-builders.example/about-us', 'US');
  const bio = (heading: string, text: string): string => `<h3>${heading}</h3><p>${text}</p>`;

  it('names each', () => {
    const html = page(
      bio('Kamal Reilly', 'As a co-owner, Kamal leads our site crews, and his clients value his care and his honesty in every project we build.') +
        bio('Anna Berg, CKD - Design & Sales Consultant', 'Anna holds a Kitchen Design Diploma and her designs have won awards in the region for many years now.'),
    );
    expect(team(html, 'US', 'name')).toEqual(['name anna berg', 'name kamal reilly']);
  });
});

/** A directory's staff cards: name, post in Title Case, then what they answer for, a room, a number. */
describe("a directory's staff cards", () => {
  const directory = foundAt('https://www.wendell-broadcast.example/commissioning/contacts', 'GB');
  const card = (name: string, post: string): string => `<p><b>${name}</b><br>${post}<br>Responsible for: Drama<br>Room 12<br>tel: (020) 8555 0142</p>`;

  it('names each', () => {
    const html = page(card('Lena Marten', 'Project Co-ordinator') + card('Kamal Reilly', 'Head of Drama') + card('Anna Berg', 'Editor, Drama, Wendell North'));
    expect(directory(html, 'GB', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten']);
  });

  it("a menu's lines over a department's are no cards", () => {
    const html = page('<p>Weekly Digest<br>Home Sales Figures</p><p>Log In<br>Sales Team Tools</p><p>Building Trust<br>Finance Partnerships Formed</p>');
    expect(directory(html, 'GB', 'name')).toEqual([]);
  });
});

describe('labels and spellings', () => {
  it('an area code in brackets with a space on one side', () => {
    const us = foundAt('https://www.wendell-downtown.example/directory.php', 'US');
    expect(us(page('<p>Telephone: (312 ) 555-0135</p>'), 'US', 'phone')).toEqual(['phone +13125550135']);
  });

  it('"Broker of Record:" and "Sales Rep.:" before a name', () => {
    const listing = foundAt('https://www.wendell-cottages.example/sales.htm', 'CA');
    const html = page('<p>Broker of Record: Lena Marten. tel: 613-555-0150</p><p>Sales Rep.:Kamal Reilly. tel: 613-555-0150</p>');
    expect(listing(html, 'CA', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });
});

/** A staff page whose address is the initial and the surname ("/staff/lmarten.asp"). */
describe("a staff page's address of the initial and the surname", () => {
  const body = '<h1>Lena Marten (Emeritus)</h1><p>Role</p><p>Senior Lecturer</p><p>Email: lena.marten@eng.wendell-uni.example</p>';

  it('names the person, and their mailbox is theirs', () => {
    const staff = foundAt('https://www.eng.wendell-uni.example/staff/lmarten.asp', 'NZ');
    expect(staff(page(body), 'NZ')).toEqual(['email lena.marten@eng.wendell-uni.example', 'name lena marten']);
  });

  it('another address names no one', () => {
    const staff = foundAt('https://www.eng.wendell-uni.example/staff/kreilly.asp', 'NZ');
    expect(staff(page(body), 'NZ')).toEqual([]);
  });
});
