/**
 * From the 42nd sealed round (found after its scoring) and the probes before it:
 * - a small business's own site (an agency's, a breeder's, a garage's) that says nothing of itself in
 *   schema.org data: its header's and footer's line and mailbox are the advertiser's, as they are
 *   on a site whose data says so; a marketplace's stay the platform's;
 * - firms' register numbers in the shape of a phone (Belgium's enterprise number 0xxx.xxx.xxx,
 *   France's RCS), a VAT number under a register's label read as a plate, and the word before a
 *   number the phone finder refused read as a caller's name;
 * - a phone number glued to the mailbox after it.
 * Every site, number, address and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const OWN = 'https://www.hof-lindenau.de/welpen';
const found = (url: string, html: string, country = 'DE', kind?: string): string[] => foundAt(url, country)(html, country, kind);

/** A page with a header, its content and a footer, as small sites and marketplaces both print them. */
const site = (header: string, content: string, footer: string): string =>
  `<!doctype html><html><body><header><nav><a href="/">Start</a> <a href="/welpen">Welpen</a>${header}</nav></header>` +
  `<main><h1>Unsere Welpen</h1><p>Drei Rüden und zwei Hündinnen, geimpft und gechipt.</p>${content}</main>` +
  `<footer>${footer}</footer></body></html>`;

const FOOTER = '<p>Hof Lindenau · Am Anger 3 · 96049 Bamberg</p><p>Tel. 0951 4829361</p><p>info@hof-lindenau.de</p>';

describe("an advertiser's own site, by its own mailbox and the absence of a platform's controls", () => {
  it("reads the footer's line and mailbox as the advertiser's", () => {
    expect(found(OWN, site('', '', FOOTER))).toEqual(['email info@hof-lindenau.de', 'phone +499514829361']);
  });

  it('in any country: a breeder\'s page in the US, its mailbox in a link', () => {
    const html = site('', '<p>Puppies ready in May.</p>', '<p>Call (405) 482-9361</p><p><a href="mailto:hello@redoak-kennel.com">Write to us</a></p>');
    expect(found('https://redoak-kennel.com/puppies', html, 'US')).toEqual(['email hello@redoak-kennel.com', 'phone +14054829361']);
  });

  it.each([
    ['a desk of the site among its mailboxes (support@)', site('', '', `${FOOTER}<p>support@hof-lindenau.de</p>`)],
    ['a privacy mailbox of the site', site('', '', `${FOOTER}<p>Datenschutz: datenschutz@hof-lindenau.de</p>`)],
    ['a log-in link', site(' <a href="/login">Anmelden</a>', '', FOOTER)],
    ['a post-an-ad button', site(' <a href="/neu">Inserat aufgeben</a>', '', FOOTER)],
    ['"Post your ad" in English', site(' <a href="/post">Post your ad</a>', '', FOOTER)],
    ['"Adaugă anunţ" written with a cedilla', site(' <a href="/add">Adaugă anunţ</a>', '', FOOTER)],
    ['"Publique AQUÍ" (a Chilean marketplace)', site(' <a href="/p">Publique AQUÍ</a>', '', FOOTER)],
    ['"Giriş" alone (Azerbaijani, Turkish)', site(' <a href="/g">Giriş</a>', '', FOOTER)],
    ['a log-in link in Chinese', site(' <a href="/l">登录</a>', '', FOOTER)],
    ["a private seller's badge on a card", site('', '<div class="card"><p>Welpe, 8 Wochen</p><p>Privatanbieter</p></div>', FOOTER)],
  ])('but not with %s: a marketplace', (_what, html) => {
    expect(found(OWN, html, 'DE', 'phone')).toEqual([]);
    expect(found(OWN, html, 'DE', 'email')).toEqual([]);
  });

  it("but not with a desk's mailbox of the site in its page data", () => {
    const state = '<script>window.__INITIAL_STATE__ = {"app":{"supportEmail":"support@hof-lindenau.de"}};</script>';
    expect(found(OWN, site('', state, FOOTER), 'DE', 'phone')).toEqual([]);
  });

  it("nor from a mailbox found only in its page data or a card's attributes (an account manager's, a directory's)", () => {
    const state = '<script>window.__INITIAL_STATE__ = {"ad":{"manager":{"email":"team@hof-lindenau.de"}}}</script>';
    const card = '<div class="card"><a data-email="anna@hof-lindenau.de" href="#mail">E-Mail</a></div>';
    const footer = '<p>Hof Lindenau · Am Anger 3 · 96049 Bamberg</p><p>Tel. 0951 4829361</p>';
    expect(found(OWN, site('', state + card, footer), 'DE', 'phone')).toEqual([]);
  });

  it("what its content prints at the site's domain keeps the rules of any page: not kept away from the seller's number", () => {
    const html = site('', '<p>Spacious kennel.</p><p>Large garden.</p><p>Write to welpen@hof-lindenau.de</p>', FOOTER);
    expect(found(OWN, html, 'DE', 'email')).toEqual(['email info@hof-lindenau.de']);
  });

  it("or by its owner's free mailbox in its footer, and its footer's chat link is the seller's too", () => {
    const footer = '<p>Tel. 0951 4829361</p><p>hof.lindenau@gmail.com</p><p><a href="https://wa.me/4915112345678">WhatsApp</a></p>';
    expect(found(OWN, site('', '', footer))).toEqual(['email hof.lindenau@gmail.com', 'phone +4915112345678', 'phone +499514829361']);
  });

  it("but not a web designer's credit in its footer (its mailbox, its link)", () => {
    const footer = `${FOOTER}<p>Projekt i wykonawca: <a href="mailto:studio.web@gmail.com">Studio Web</a></p><p>Webdesign by pixel.studio@gmail.com</p>`;
    expect(found(OWN, site('', '', footer), 'DE', 'email')).toEqual(['email info@hof-lindenau.de']);
  });

  it('nor with a link to a log-in or posting page, whatever its words ("/login", "/items/new")', () => {
    for (const href of ['/login', '/de/login/', 'https://www.hof-lindenau.de/items/new', '/inserieren']) {
      expect(found(OWN, site(` <a href="${href}"><i class="icon-user"></i></a>`, '', FOOTER), 'DE', 'phone')).toEqual([]);
    }
  });

  it("but a blog's post and a shop's cart are no such link", () => {
    expect(found(OWN, site(' <a href="/post/new-litter">News</a> <a href="/add?item=3">Cart</a>', '', FOOTER), 'DE', 'phone')).toEqual(['phone +499514829361']);
  });

  it("but not a directory of many advertisers' numbers saved without its header (a marketplace's dealers' list)", () => {
    const cards = Array.from({ length: 20 }, (_, i) => `<div class="dealer"><h3>Autohaus ${i + 1}</h3><p>Tel. 030 48${String(20 + i).padStart(2, '0')}936</p></div>`).join('');
    const html = site('', cards, '<p>Tel. 0951 4829361</p><p>info@hof-lindenau.de</p>');
    expect(found(OWN, html, 'DE', 'phone')).not.toContain('phone +499514829361');
    expect(found(OWN, html, 'DE', 'email')).toEqual([]);
  });

  it("but not without a mailbox at the site's own domain", () => {
    const html = site('', '', '<p>Tel. 0951 4829361</p><p>hof.lindenau@mail.example</p>');
    expect(found(OWN, html, 'DE', 'phone')).toEqual([]);
  });

  it('"registered breeder" is no register control', () => {
    const html = site('', '<p>We are a registered breeder.</p>', FOOTER);
    expect(found(OWN, html, 'DE', 'email')).toEqual(['email info@hof-lindenau.de']);
  });
});

describe("the person a site's footer copyright names", () => {
  const names = (footer: string, content = '', header = ''): string[] => found(OWN, site(header, content, footer), 'DE', 'name');

  it('is the advertiser, on a site that is theirs (a known family name after a known given name)', () => {
    expect(names(`<p>© 2024 Lindenau Immobilien · Anna Berg · Am Anger 3</p>${FOOTER}`)).toEqual(['name anna berg']);
  });

  it('or a name the page\'s mailbox spells, which also says the site is theirs without a mailbox at its domain', () => {
    const footer = '<p>© 2026 Lúcia Quintela. Todos os direitos reservados.</p><p><a href="mailto:lucia.quintela@mail.example">E-mail</a></p><p>Tel. 0951 4829361</p>';
    expect(found('https://www.luciaquintela-imoveis.com.br/', site('', '', footer), 'DE').sort()).toEqual(
      ['email lucia.quintela@mail.example', 'name lúcia quintela', 'phone +499514829361'].sort(),
    );
  });

  it.each([
    ['a brand that opens with a given name, its mailbox the words run together', '<p>© 2026 Grace Hill Ragdolls. All Rights Reserved.</p><p>gracehillragdolls@mail.example</p>' + FOOTER],
    ['a two-word brand nothing vouches for ("Bella Vista")', '<p>© 2024 Bella Vista</p>' + FOOTER],
    ["a web designer's credit after the holder", '<p>© 2024 Hof Lindenau · Webdesign by Anna Berg</p>' + FOOTER],
    ["a marketplace's footer (it has a log-in link)", '<p>© 2024 Anna Berg</p>' + FOOTER],
  ])('but not %s', (what, footer) => {
    expect(names(footer, '', what.includes('log-in') ? ' <a href="/login">Anmelden</a>' : '')).toEqual([]);
  });

  it("nor a photo credit in the content", () => {
    expect(names(FOOTER, '<figure><img src="/a.jpg" alt=""><figcaption>Foto: © Anna Berg</figcaption></figure>')).toEqual([]);
  });
});

const BE = 'https://www.immo-voorbeeld.be/pand/48';
const body = (lines: string): string => `<!doctype html><html><body><main><h1>Woning te koop</h1>${lines}</main></body></html>`;

describe("a firm's register number in a phone's shape", () => {
  it.each([
    'Ondernemingsnummer: 0482.936.154',
    'Ondernemingsnr. 0482.936.154',
    'KBO 0482 936 154',
    'BCE 0482.936.154',
    "Numéro d'entreprise : 0482.936.154",
    'Unternehmensnummer 0482.936.154',
    'RPM Bruxelles 0482.936.154',
  ])('"%s" is no phone (Belgium: the shape of a mobile)', (line) => {
    expect(found(BE, body(`<p>Tel: 0478 48 29 36</p><p>${line}</p>`), 'BE', 'phone')).toEqual(['phone +32478482936']);
  });

  it('the same number under "Tel" is a phone', () => {
    expect(found(BE, body('<p>Tel: 0482 93 61 54</p>'), 'BE', 'phone')).toEqual(['phone +32482936154']);
  });

  it('"RCS Paris 823 456 789" gives no name and no phone', () => {
    const html = body('<p>Tél. : 06 48 29 36 15</p><p>RCS Paris 823 456 789</p>');
    expect(found('https://www.agence-exemple.fr/', html, 'FR')).toEqual(['phone +33648293615']);
  });
});

describe('the word before a number the phone finder refused', () => {
  it('is no caller\'s name ("Paris 823 456 789": no trunk prefix where France writes one)', () => {
    const html = body('<p>Tél. : 06 48 29 36 15</p><p>Paris 823 456 789</p>');
    expect(found('https://www.agence-exemple.fr/', html, 'FR', 'name')).toEqual([]);
  });

  it('but a name before a number the finder took still is ("Theo 501 720 226")', () => {
    const html = body('<p>Zadzwoń teraz!</p><p>Theo 501 720 226</p>');
    expect(found('https://www.ogloszenia-przyklad.pl/', html, 'PL')).toEqual(['name theo', 'phone +48501720226']);
  });
});

describe('a VAT number under a register label', () => {
  const FI = 'https://www.auto-esimerkki.fi/';
  it('"ALV-rekisteri FI24829361" is no plate: seven digits in a row are no plate\'s', () => {
    expect(found(FI, body('<p>ALV-rekisteri FI24829361</p>'), 'FI', 'plate')).toEqual([]);
  });

  it.each([
    ['"Rekisterinumero: ABC-123" (Finland\'s format)', 'FI', '<p>Rekisterinumero: ABC-123</p>', ['plate FI:ABC123']],
    ['a Swiss plate with six digits, under its label', 'CH', '<p>Kennzeichen: ZH 482936</p>', ['plate CH:ZH482936']],
  ])('but %s still is', (_what, country, html, expected) => {
    expect(found(FI, body(html), country, 'plate')).toEqual(expected);
  });
});

describe('a phone number glued to the mailbox after it', () => {
  const PL = 'https://www.biuro-przyklad.pl/';
  it('is cut off ("601-482-936" + "biuro@…")', () => {
    expect(found(PL, body('<p>tel. <span>601-482-936</span><span>biuro@mail.example</span></p>'), 'PL', 'email')).toEqual(['email biuro@mail.example']);
  });

  it.each([
    ['a local part that opens with a short number', '0711-auto@mail.example'],
    ['a number alone', '48123@mail.example'],
    ['digits with no separator', '13912345678abc@mail.example'],
    ['a long dashed run of digits with no letter after it (a pattern that repeats a group could take hours)', `${'1-'.repeat(31)}0@mail.example`],
  ])('but not from %s', (_what, address) => {
    expect(found(PL, body(`<p>${address}</p>`), 'PL', 'email')).toEqual([`email ${address}`]);
  });
});
