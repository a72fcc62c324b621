/**
 * From the 54th sealed round (found after its scoring):
 * - a law firm's own page whose contact persons' mail links carry their names as text and a copy
 *   to the office ("mailto:w.berg@…, office@…?subject=…"), at the site's own domain: the names
 *   were kept, their mailboxes dropped as the site's;
 * - small online shops' own product pages ("Mein Konto", "Anmelden", "My account" beside
 *   "Warenkorb", "Basket", "Checkout"): their customers' account controls read as a
 *   marketplace's, so the shop's own line and mailbox were dropped as a platform's;
 * - an agency's owner signing its home page ("- Name, Inhaber und Geschäftsführer");
 * - a firm's mailbox written as the initial, a dot and the last name ("j.doe@") beside its person.
 * Every site, number, address and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = (url: string, html: string, country: string, kind?: string): string[] => foundAt(url, country)(html, country, kind);

describe("a mail link whose text is a person's name", () => {
  const FIRM = 'https://www.kanzlei-hartwig.example/de/forderungen';
  const page = (links: string): string =>
    '<!doctype html><html><body><header><nav><a href="/">Start</a> <a href="/team">Team</a></nav></header>' +
    `<main><h1>Internationale Forderungen</h1><p>Wir beraten Sie gern.</p><h2>Ihre Ansprechpartner</h2>${links}</main>` +
    '<footer><p>Kanzlei Hartwig · Leopoldstraße 12 · München</p></footer></body></html>';

  it("gives that person's mailboxes at the site's own domain, the office's copy too", () => {
    const link = '<p><a href="mailto:l.hartwig@kanzlei-hartwig.example ,%20office@kanzlei-hartwig.example?subject=Anfrage%20Forderungen">Lena Hartwig</a></p>';
    expect(found(FIRM, page(link), 'DE')).toEqual(['email l.hartwig@kanzlei-hartwig.example', 'email office@kanzlei-hartwig.example', 'name lena hartwig']);
  });

  it.each([
    ['a word, not a name', '<a href="mailto:l.hartwig@kanzlei-hartwig.example">Kontakt</a>'],
    ['a name whose link opens with a desk\'s address', '<a href="mailto:support@kanzlei-hartwig.example">Lena Hartwig</a>'],
    ['a name whose link opens with the press desk\'s address', '<a href="mailto:presse@kanzlei-hartwig.example, l.hartwig@kanzlei-hartwig.example">Lena Hartwig</a>'],
    ['a firm\'s name', '<a href="mailto:l.hartwig@kanzlei-hartwig.example">Hartwig Rechtsanwälte GmbH</a>'],
  ])('but not under %s', (_what, link) => {
    expect(found(FIRM, page(`<p>${link}</p>`), 'DE', 'email')).toEqual([]);
  });

  it('a mailbox of another domain under a name is kept as before', () => {
    expect(found(FIRM, page('<p><a href="mailto:lena.hartwig@mailbox.example">Lena Hartwig</a></p>'), 'DE', 'email')).toEqual(['email lena.hartwig@mailbox.example']);
  });
});

describe("a firm's mailbox written as the initial, a dot and the last name", () => {
  const SITE = 'https://www.hartwig-immo.example/angebote/wohnung-4711';
  const card = (name: string, email: string): string =>
    `<!doctype html><html><body><main><h1>3-Zimmer-Wohnung mit Balkon</h1><p>Ruhige Lage, 78 m².</p><h2>Ihr Ansprechpartner</h2><p>${name}</p><p>${email}</p></main></body></html>`;

  it("is the person's on its card, with their name", () => {
    expect(found(SITE, card('Lena Hartwig', 'l.hartwig@hartwig-immo.example'), 'DE')).toEqual(['email l.hartwig@hartwig-immo.example', 'name lena hartwig']);
  });

  it.each([
    ['another initial', 'Lena Hartwig', 'm.hartwig@hartwig-immo.example'],
    ['another last name', 'Lena Hartmann', 'l.hartwig@hartwig-immo.example'],
    ['a role word for a last name', 'Lena Hartwig', 'l.verkauf@hartwig-immo.example'],
  ])('not with %s', (_what, name, email) => {
    expect(found(SITE, card(name, email), 'DE', 'email')).toEqual([]);
  });
});

describe("a small shop's own product page", () => {
  const SHOP = 'https://www.pflanzkiste.example/wildapfel.html';
  const FOOTER = '<p>Kontakt</p><p>Tel. 0176 5550 1842</p><p><a href="mailto:info@pflanzkiste.example">info@pflanzkiste.example</a></p>';
  const page = (header: string, footer = FOOTER, buy = ''): string =>
    `<!doctype html><html><body><header><nav><a href="/">Start</a> ${header}</nav></header>` +
    `<main><h1>Wildapfel Pflanzset</h1><p>Anzuchtset mit Samen, Topf und Erde.</p><p>12,90 €</p>${buy}</main>` +
    `<footer>${footer}</footer></body></html>`;
  const OWN = ['email info@pflanzkiste.example', 'phone +4917655501842'];

  it.each([
    ['"Mein Konto", "Anmelden" and a cart link', '<a href="/customer/account/">Mein Konto</a> <a href="/customer/account/login/">Anmelden</a> <a href="/checkout/cart/">Warenkorb</a>'],
    ['"My account" and "Basket" links of their own', '<a href="/my-account/">My account</a> <a href="/basket/">Basket (0)</a>'],
    ['a log-in link and "shopping_cart.php"', '<a href="/login.php">Log in</a> <a href="/shopping_cart.php">Cart</a>'],
  ])("is the shop's with %s: its line and mailbox are the advertiser's", (_what, header) => {
    expect(found(SHOP, page(header), 'DE')).toEqual(OWN);
  });

  it.each([
    ['a cart beside a post-an-ad control', '<a href="/login">Anmelden</a> <a href="/warenkorb">Warenkorb</a> <a href="/neu">Anzeige aufgeben</a>'],
    ['a cart beside a posting page\'s link', '<a href="/warenkorb">Warenkorb</a> <a href="/inserieren">Verkaufen</a>'],
    ['an account and no cart', '<a href="/konto">Mein Konto</a> <a href="/login">Anmelden</a>'],
    ['a link to cartoons, not a cart', '<a href="/cartoons/">Cartoons</a> <a href="/login">Anmelden</a>'],
  ])('is a marketplace with %s', (_what, header) => {
    expect(found(SHOP, page(header), 'DE', 'email')).toEqual([]);
  });

  it('is the shop\'s with "Anmelden" and its header\'s cart named in words only', () => {
    expect(found(SHOP, page('<a href="/login">Anmelden</a> <span class="minicart">Warenkorb (0)</span>'), 'DE')).toEqual(OWN);
  });

  it("is the shop's with its cart at the top of a page whose header no markup marks", () => {
    const html =
      '<!doctype html><html><body><div class="top"><a href="/login">Anmelden</a> <span>Warenkorb: 0 Artikel</span></div>' +
      '<div class="content"><h1>Wildapfel Pflanzset</h1><p>Anzuchtset mit Samen, Topf und Erde.</p><p>12,90 €</p></div>' +
      `<footer>${FOOTER}</footer></body></html>`;
    expect(found(SHOP, html, 'DE')).toEqual(OWN);
  });

  it("is a marketplace with a cart and a desk's mailbox", () => {
    const desk = '<p>Kontakt</p><p>Tel. 0176 5550 1842</p><p><a href="mailto:hilfe@pflanzkiste.example">hilfe@pflanzkiste.example</a></p>';
    expect(found(SHOP, page('<a href="/login">Anmelden</a> <a href="/warenkorb">Warenkorb</a>', desk), 'DE', 'phone')).toEqual([]);
  });
});

describe("a person named with their post as the business's owner", () => {
  const AGENCY = 'https://www.brenner-immobilien.example/';
  const names = (line: string): string[] =>
    found(AGENCY, `<!doctype html><html><body><main><h1>Kontakt</h1><p>Wir freuen uns auf Ihre Anfrage!</p><p>${line}</p><p>Tel. 071 555 12 34</p></main></body></html>`, 'CH', 'name');

  it.each([
    ['- Lukas Brenner, Inhaber und Geschäftsführer', 'lukas brenner'],
    ['Lukas Brenner, Inhaber', 'lukas brenner'],
    ['Jane Porter, Owner &amp; CEO', 'jane porter'],
    ['Marie Roux, propriétaire', 'marie roux'],
  ])('"%s" names the advertiser', (line, name) => {
    expect(names(line)).toEqual([`name ${name}`]);
  });

  it.each([
    ['a managing director alone', 'Lukas Brenner, Geschäftsführer'],
    ['a firm', 'Brenner Holding AG, Eigentümerin'],
    ['a place', 'Berlin, Inhaber gesucht'],
    ['a sentence after the post', 'Lukas Brenner, Inhaber seit 1998 der Firma Brenner'],
    ['words before the name', 'Das Team um Lukas Brenner, Inhaber'],
  ])('not %s', (_what, line) => {
    expect(names(line)).toEqual([]);
  });
});

describe("a shop's own page with no mailbox, only its line", () => {
  const SHOP = 'https://www.pflegeprodukte.example/schmierfett-250g.html';
  const page = (header: string, main = '<button>In den Warenkorb</button>'): string =>
    `<!doctype html><html><body><header><p>Beratung: 0031 (0) 6 5550 2817</p><nav><a href="/">Start</a> ${header}</nav></header>` +
    `<main><h1>Schmierfett 250 g</h1><p>Für Lager und Gelenke.</p><p>14,50 €</p>${main}</main>` +
    '<footer><p>Kontakt</p><p>Tel.: +31 (0) 6 5550 2817</p></footer></body></html>';

  it("is the shop's by its cart: its line is the advertiser's", () => {
    expect(found(SHOP, page('<a href="/customer/account/login/">Anmelden</a> <a href="#header-cart">Warenkorb</a>'), 'DE')).toEqual(['phone +31655502817']);
  });

  it.each([
    ['no cart', '<a href="/customer/account/login/">Anmelden</a>', '<p>Auf Lager</p>'],
    ['a cart beside a post-an-ad control', '<a href="/warenkorb">Warenkorb</a> <a href="/neu">Anzeige aufgeben</a>', ''],
    ['a cart beside a private seller\'s badge', '<a href="/warenkorb">Warenkorb</a>', '<p>Privatanbieter</p>'],
  ])('not with %s', (_what, header, main) => {
    expect(found(SHOP, page(header, main), 'DE')).toEqual([]);
  });
});

describe("an agency's own site with no mailbox, its footer naming its agents with their lines", () => {
  const OFFICE = 'https://www.glarus-immo.example/immobilien/';
  const page = (footer: string, header = ''): string =>
    `<!doctype html><html><body><header><nav><a href="/">Home</a> <a href="/kaufen">Immobilien kaufen</a> <a href="/team">Team</a>${header}</nav></header>` +
    '<main><h1>Unsere Objekte</h1><ul><li>6½-Zimmer-Einfamilienhaus, Schwanden</li><li>4½-Zimmer-Einfamilienhaus, Linthal</li></ul></main>' +
    `<footer>${footer}<p>© 2024 Glarus Immobilien</p></footer></body></html>`;
  const CONTACTS = '<h3>KONTAKT</h3><p>&gt; Lena Hartwig</p><p>&gt;&gt; 055 555 01 35</p><p>&gt;&gt; 079 555 67 12</p>';

  it("is the agency's: its footer's lines are the advertiser's", () => {
    expect(found(OFFICE, page(CONTACTS), 'CH', 'phone')).toEqual(['phone +41555550135', 'phone +41795556712']);
  });

  it.each([
    ['a desk, not a person, above the line', '<h3>KONTAKT</h3><p>Kundenservice</p><p>055 555 01 35</p>', ''],
    // (the block's street and town between do not count: "Lena Hartwig" / "Hauptstrasse 28" / "8750 Glarus" / "Tel. 055 …" is one)
    ['a person whose number is more than two other lines below', '<h3>KONTAKT</h3><p>Lena Hartwig</p><p>Gastgeberin seit 2010</p><p>Ferien am See</p><p>Telefon</p><p>055 555 01 35</p>', ''],
    ['no known given name on the line', '<h3>KONTAKT</h3><p>Skyline Orchard</p><p>055 555 01 35</p>', ''],
    ['a person and a line beside a post-an-ad control', CONTACTS, ' <a href="/inserieren">Inserat aufgeben</a>'],
  ])('not with %s', (_what, footer, header) => {
    expect(found(OFFICE, page(footer, header), 'CH', 'phone')).toEqual([]);
  });
});

describe("an agency's own site whose header's log-in leads to another site", () => {
  const AGENCY = 'https://www.frueh-immo.example/angebote/';
  const page = (login: string, extra = ''): string =>
    `<!doctype html><html><body><header><nav><a href="/">Home</a> <a href="/kaufen">Kaufen</a> <a href="/kontakt">Kontakt</a> ${login} ${extra}</nav></header>` +
    '<main><h1>Unsere Angebote</h1><ul><li>4½-Zimmer-Wohnung, Luzern</li><li>Einfamilienhaus, Kriens</li></ul></main>' +
    '<footer><p>Frueh Immobilien AG · Seestrasse 4 · Luzern</p><p>Tel. 041 555 20 30</p><p><a href="mailto:info@frueh-immo.example">info@frueh-immo.example</a></p></footer></body></html>';
  const OWN = ['email info@frueh-immo.example', 'phone +41415552030'];

  it('is the agency\'s: an intranet\'s "Login" on its own domain is not this site\'s accounts', () => {
    expect(found(AGENCY, page('<a href="https://www.fruehnet.example/">Login</a>'), 'CH')).toEqual(OWN);
  });

  it.each([
    ['a log-in on the site itself', '<a href="/login/">Login</a>', ''],
    ['a log-in on a subdomain of the site', '<a href="https://konto.frueh-immo.example/">Login</a>', ''],
    ['the same word also linking to the site itself', '<a href="https://www.fruehnet.example/">Login</a>', '<a href="/konto">Login</a>'],
    ['a sign-up beside the other site\'s log-in', '<a href="https://www.fruehnet.example/">Login</a>', '<a href="https://www.fruehnet.example/join">Registrieren</a>'],
  ])('but with %s it is a marketplace', (_what, login, extra) => {
    expect(found(AGENCY, page(login, extra), 'CH', 'email')).toEqual([]);
  });
});

describe("a person's own page on an agency's site, its address spelling their name", () => {
  const card = '<h1>Lena Hartwig</h1><p>Seeland Immobilien GmbH</p><p>Kontaktdaten</p><p>Büro: 041 555 20 30</p>';
  const at = (url: string, body = card): string[] => found(url, `<!doctype html><html><body><main>${body}</main></body></html>`, 'CH', 'name');

  it.each([
    ['https://www.seeland-immo.example/agent/lena-hartwig-luzern/'],
    ['https://www.seeland-immo.example/team/lena-hartwig'],
    ['https://www.seeland-immo.example/de/makler/lena-hartwig/?ref=list'],
  ])('%s names the advertiser', (url) => {
    expect(at(url)).toEqual(['name lena hartwig']);
  });

  it('a name written with umlauts matches its address spelled with "ue"', () => {
    expect(at('https://www.seeland-immo.example/agent/juerg-buehler/', '<h1>Jürg Bühler</h1><p>Büro: 041 555 20 30</p>')).toEqual(['name jürg bühler']);
  });

  it.each([
    ['no people\'s path', 'https://www.seeland-immo.example/angebote/lena-hartwig-luzern/'],
    ['another person\'s address', 'https://www.seeland-immo.example/agent/tom-reed/'],
    ['a place under the people\'s path', 'https://www.seeland-immo.example/team/luzern-stadt/'],
  ])('not with %s', (_what, url) => {
    expect(at(url)).toEqual([]);
  });

  it('a product named like the address is no person (no known name)', () => {
    expect(at('https://www.seeland-immo.example/team/villa-seeblick/', '<h1>Villa Seeblick</h1><p>Büro: 041 555 20 30</p>')).toEqual([]);
  });
});
