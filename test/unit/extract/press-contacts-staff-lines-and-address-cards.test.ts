/**
 * From the 88th sealed round (found after its scoring): organisations' press releases, firms'
 * contact and team pages, a directory's cards. Every name, number, mailbox, address and domain here
 * is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { germanLetters, mailboxOf, plainLetters } from '../../../lambdas/collect/extract/names.js';
import { normalisePhone } from '../../../lambdas/shared/normalise/phone.js';
import { foundAt, page } from './found.js';

/**
 * Inline boxes side by side with no space between them run a number into the next one's label
 * ("T. +39 0471 555 231F. +39 0471 555 232"): the number ends where a short capitalised label and
 * its dot or colon begin, when the number is written with separators.
 */
describe('a number glued to the next label', () => {
  const office = foundAt('https://www.wendell-verein.example/de/kontakt', 'IT');

  it('a phone, then a fax label glued to it', () => {
    const html = page('<address><span>T.&nbsp;+39 0471 555 231</span><span>F.&nbsp;+39 0471 555 232</span></address>');
    expect(office(html, 'IT', 'phone')).toEqual(['phone +390471555231', 'phone +390471555232']);
  });

  it('a phone, then a mail label glued to it', () => {
    const html = page('<p><span>Tel. 04521 555946</span><span>E-Mail: info@wendell-verein.example</span></p>');
    expect(office(html, 'DE', 'phone')).toEqual(['phone +494521555946']);
  });

  it('an unbroken run glued to a letter stays an id', () => {
    const html = page('<p>04521555946F. 030 5551234</p>');
    expect(office(html, 'DE', 'phone')).toEqual(['phone +49305551234']);
  });

  it('a number glued to a word that is no label stays unread', () => {
    const html = page('<p>Zimmer 04521 555946Wendelfingen</p>');
    expect(office(html, 'DE', 'phone')).toEqual([]);
  });
});

/**
 * A shop's contact page that lists its departments' mailboxes at its domain (wholesale, billing)
 * beside its customer service's: a firm's own contact page, not a marketplace's desks.
 */
describe("a shop's departments beside its customer service", () => {
  const shop = foundAt('https://www.wendell-kamna.example/kontakt', 'CZ');
  const contact = (mailboxes: readonly string[]): string =>
    '<!doctype html><html><body><header><a href="/kosik">Košík (0)</a></header><main><h1>Kontakt</h1>' +
    '<p>Prodejna:<br>+420 380 555 123</p>' +
    mailboxes.map((m) => `<p>Oddělení:<br>${m}@wendell-kamna.example</p>`).join('') +
    '</main></body></html>';

  it("three departments make the help desk the shop's own", () => {
    expect(shop(contact(['info', 'velkoobchod', 'fakturace', 'pomoc']), 'CZ', 'email')).toEqual([
      'email fakturace@wendell-kamna.example',
      'email info@wendell-kamna.example',
      'email pomoc@wendell-kamna.example',
      'email velkoobchod@wendell-kamna.example',
    ]);
  });

  it('one department beside the help desk does not', () => {
    expect(shop(contact(['info', 'pomoc']), 'CZ', 'email')).toEqual([]);
  });

  it('nor do two', () => {
    expect(shop(contact(['info', 'velkoobchod', 'pomoc']), 'CZ', 'email')).toEqual([]);
  });
});

/**
 * An organisation's press release ends with its press contacts ("Pressekontakte:" and each
 * issuer's press office's mailbox and line): those are the contacts the page gives, though a
 * press desk's mailbox elsewhere is a platform's.
 */
describe("a press release's press contacts", () => {
  const release = foundAt('https://www.wendell-hilfe.example/aktuelles/aufruf-4711.html', 'DE');
  const body = (block: string): string =>
    '<!doctype html><html><body><header><a href="/login/">Login</a></header><main><h1>Gemeinsamer Aufruf</h1>' +
    '<p>Die Verbände rufen zum Blutspenden auf.</p>' +
    block +
    '</main></body></html>';

  it("the press offices' mailboxes and lines, of the site and of the other issuers", () => {
    const html = body(
      '<p>Pressekontakte:<br>Wendell Bund: presse@wendell-bund.example, Tel. 04521 / 555-310<br>' +
        'Wendell Hilfe: presse@wendell-hilfe.example, Tel. 030 / 555 914 -133</p>',
    );
    expect(release(html, 'DE')).toEqual(['email presse@wendell-bund.example', 'email presse@wendell-hilfe.example', 'phone +4930555914133', 'phone +494521555310']);
  });

  it("the organisation's own footer is its own, beside its staff's log-in and its press office's mailbox", () => {
    const html = body('<p>Pressekontakt:<br>Presse: 030 / 555 914 -133</p>').replace(
      '</main>',
      '</main><footer><p>Wendell Hilfe e.V.<br>Wendelweg 3, 12345 Wendelfingen<br>Zentrale: 030 555 9140<br>presse@wendell-hilfe.example</p></footer>',
    );
    expect(release(html, 'DE', 'phone')).toEqual(['phone +49305559140', 'phone +4930555914133']);
  });

  it('a heading without a mailbox or a number on the lines under it is no press block', () => {
    const menu = ['Press Office', 'Jobs', 'Shop', 'Team', 'History', 'Awards'].map((item) => `<li>${item}</li>`).join('');
    const html = body(`<ul>${menu}</ul><p>Schreiben Sie an presse@wendell-hilfe.example</p>`);
    expect(release(html, 'DE', 'email')).toEqual([]);
  });

  it("a press desk's mailbox on a page without the block stays a platform's", () => {
    const html = body('<p>Fragen? presse@wendell-hilfe.example, Tel. 030 / 555 914 -133</p>');
    expect(release(html, 'DE')).toEqual([]);
  });
});

/**
 * A staff list, a line each, whose posts are written in Title Case ("Lena Marten – Vice
 * President"): a capitalised role must name a post. On the firm's team page, such a list also says
 * the site is the firm's own, so its footer's lines are its own.
 */
describe('a staff list with Title Case posts', () => {
  const team = foundAt('https://www.wendell-restoration.example/about/our-team/', 'US');
  const staff = (lines: readonly string[], footer = ''): string =>
    `<!doctype html><html><body><main><h1>Our Team</h1>${lines.map((l) => `<p><a href="/x">${l}</a></p>`).join('')}</main>` +
    `<footer>${footer}</footer></body></html>`;
  const footer = '<p><strong>Head Office:</strong><br>12 Wendell Avenue<br>Phone: (312) 555-0142<br>Fax: (312) 555-0143</p>';

  it('names each person', () => {
    const html = staff(['Lena Marten – President', 'Kamal Reilly – Site Manager', 'Anna Berg – Estimator / Bookkeeper']);
    expect(team(html, 'US', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten']);
  });

  it('a list of other things by a name is none', () => {
    const html = staff(['Lena Marten – Shoulder Concept', 'Kamal Reilly – Garden Course', 'Anna Berg – Spring Workshop']);
    expect(team(html, 'US', 'name')).toEqual([]);
  });

  it("the team page's footer lines are the firm's", () => {
    const lines = ['Lena Marten – President', 'Kamal Reilly – Site Manager', 'Anna Berg – Project Coordinator', 'Oskar Lindqvist – Estimator'];
    expect(team(staff(lines, footer), 'US', 'phone')).toEqual(['phone +13125550142', 'phone +13125550143']);
  });

  it('the same footer on a page that lists no staff stays chrome', () => {
    expect(team(staff(['Our history began in a garage.'], footer), 'US', 'phone')).toEqual([]);
  });

  it("the same list on a page whose address is no team's or contact page's says nothing of the site", () => {
    const lines = ['Lena Marten – President', 'Kamal Reilly – Site Manager', 'Anna Berg – Project Coordinator', 'Oskar Lindqvist – Estimator'];
    const elsewhere = foundAt('https://www.wendell-restoration.example/blog/2024/award', 'US');
    expect(elsewhere(staff(lines, footer), 'US', 'phone')).toEqual([]);
  });

  it('three names are too few to say so', () => {
    const lines = ['Lena Marten – President', 'Kamal Reilly – Site Manager', 'Anna Berg – Project Coordinator'];
    expect(team(staff(lines, footer), 'US', 'phone')).toEqual([]);
  });
});

/**
 * A directory's cards: the person's name over their postal address, then their number. Two such
 * cards at least; one alone is as often a branch's or a firm's heading over its address.
 */
describe('names over address blocks', () => {
  const directory = foundAt('https://www.wendell-center.example/business_services.html', 'US');
  const card = (firm: string, person: string, phone: string): string => `${firm}<br>${person}<br>22 Wendell Square<br>Suite 7<br>Wendelton, OR 97001<br>${phone}<br>`;

  it('two cards name their people', () => {
    const html = page(`<p>${card('Harbourline Bookkeeping', 'Lena Marten', '(312) 555-0101')}${card('Northgate Design Studio', 'Kamal Reilly, Managing Director', '(312) 555-0102')}</p>`);
    expect(directory(html, 'US', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it("one card alone names no one (a branch's heading over its address)", () => {
    const html = page(`<p>Locations<br>${card('Our branches', 'Madison Heights', '(312) 555-0101')}</p>`);
    expect(directory(html, 'US', 'name')).toEqual([]);
  });
});

/**
 * A contact block's person after their post's label ("Leiterin: …"), with a phone's or a mail's
 * label on the lines around: and a mailbox that spells the surname, then the initial, is theirs.
 */
describe("a post's label before a contact person", () => {
  const foundation = foundAt('https://www.wendell-stiftung.example/aktuelles/bericht-4711/', 'DE');

  it("names the block's people and confirms the mailbox named after one", () => {
    const html = page(
      '<p>Der Bericht endet hier.</p><h3>Kontakt</h3><p>Abteilung Süd<br>Leiterin: Lena Marten<br>Telefon: 04521 555-263<br>' +
        'E-Mail: martenl@wendell-stiftung.example<br>Projektleitung: Anna Berg</p>',
    );
    expect(foundation(html, 'DE', 'name')).toEqual(['name anna berg', 'name lena marten']);
    expect(foundation(html, 'DE', 'email')).toEqual(['email martenl@wendell-stiftung.example']);
  });

  it('a mailbox of the surname, then the initial, is the person\'s', () => {
    expect(mailboxOf('martenl', 'Lena Marten')).toBe('initial');
    expect(mailboxOf('martenk', 'Lena Marten')).toBeUndefined();
  });

  it("a board's list in an article, with no contact beside it, names no one", () => {
    const html = page('<p>Der neue Vorstand:</p><p>Leiter: Kamal Reilly</p><p>Der Verein wurde 1950 gegründet und zählt heute viele Mitglieder.</p>');
    expect(foundation(html, 'DE', 'name')).toEqual([]);
  });
});

describe("a German doctor's faculty after the title", () => {
  const practice = foundAt('https://www.wendell-praxis.example/kontakt.html', 'CH');

  it('"Dr. med. dent." before the name', () => {
    const html = page('<p>Dr. med. dent. Lena Marten<br>Zahnärztin<br>Wendelstrasse 5<br>Telefon 021 555 31 42</p>');
    expect(practice(html, 'CH', 'name')).toEqual(['name lena marten']);
  });

  it('"Dr. med. vet." after a label\'s colon', () => {
    const html = page('<p>Praxisleitung: Dr. med. vet. Anna Berg, seit 2010</p>');
    expect(practice(html, 'CH', 'name')).toEqual(['name anna berg']);
  });

  it('"Herr Dr. rer. nat." inside a sentence', () => {
    const html = page('<p>Heute sprach Herr Dr. rer. nat. Kamal Reilly über Bienen.</p>');
    expect(practice(html, 'CH', 'name')).toEqual(['name kamal reilly']);
  });

  it('"Frau Dr. rer. nat." before the name', () => {
    const html = page('<p>Ihre Ansprechpartnerin ist Frau Dr. rer. nat. Anna Berg, Telefon 021 555 31 43.</p>');
    expect(practice(html, 'CH', 'name')).toEqual(['name anna berg']);
  });
});

describe('"for the attention of" over an address block', () => {
  const portal = foundAt('https://www.wendell-puls.example/contact', 'DK');

  it('"Att:" names the person, and her mailbox spells her Æ as "ae"', () => {
    const html = page('<div>Wendell Klub<br>Wendelvej 1<br>4999 Wendelby<br>Att: Sofie Ærvang<br><a href="mailto:sofie.aervang@wendell.example">sofie.aervang@wendell.example</a></div>');
    expect(portal(html, 'DK', 'name')).toEqual(['name sofie ærvang']);
  });

  it('letters no mark makes are spelt as mailboxes write them', () => {
    expect(plainLetters('Dæhlin')).toBe('daehlin');
    expect(plainLetters('Søvang')).toBe('sovang');
    expect(plainLetters('Łucja')).toBe('lucja');
    expect(plainLetters('Süßmann')).toBe('sussmann');
    expect(germanLetters('Søvang')).toBe('soevang');
    expect(germanLetters('Åse')).toBe('aase');
  });
});

describe("a newsroom's own byline", () => {
  const news = foundAt('https://www.wendell-news.example/politica/nota-4711/', 'PE');
  const authored = (name: string): string =>
    page(`<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Nota', author: { '@type': 'Person', name } })}</script><p>Texto.</p>`);

  it.each([['Redacción Wendell'], ['Redazione Wendell'], ['Rédaction Wendell']])('"%s" is no person', (name) => {
    expect(news(authored(name), 'PE', 'name')).toEqual([]);
  });

  it('a reporter still is one', () => {
    expect(news(authored('Lena Marten'), 'PE', 'name')).toEqual(['name lena marten']);
  });
});

/**
 * A North American number as a firm abroad prints its line for American callers ("1-866-…",
 * "1-(866)-…", a toll-free "866-…" alone), read in North America's plan where the page's
 * country's plan has no such number, and where "1-" and ten digits grouped 3-3-4 say it.
 */
describe("North American numbers on other countries' pages", () => {
  it.each([
    ['1-866-555-0142', 'IL', '+18665550142'],
    ['1-(866)-555-0142', 'IL', '+18665550142'],
    ['866-555-0142', 'IL', '+18665550142'],
    ['1 (212) 555-0142', 'DE', '+12125550142'],
    ['+1-866-555-0142', 'DE', '+18665550142'],
  ])('%s on a %s page', (raw, country, e164) => {
    expect(normalisePhone(raw, country)).toBe(e164);
  });

  it.each([
    ['0800 555 0142', 'GB', '+448005550142'],
    ['1-800-55-55-55', 'IL', '+9721800555555'],
    ['03-555-1234', 'IL', '+97235551234'],
  ])("the country's own numbers stay its own: %s on a %s page", (raw, country, e164) => {
    expect(normalisePhone(raw, country)).toBe(e164);
  });

  it("where the page's plan would take the digits for a national number without its trunk 0", () => {
    expect(normalisePhone('1-866-555-0142', 'DE')).toBe('+18665550142');
  });

  it('the 1 and ten digits unbroken are not read as North American', () => {
    expect(normalisePhone('18665550142', 'IL')).toBeUndefined();
  });

  it('a number of no toll-free code, without the 1, is not read as North American', () => {
    expect(normalisePhone('212-555-0142', 'IL')).toBeUndefined();
  });
});

/**
 * An association's or a foundation's own site (its footer's copyright names it: "© Wendell-Stiftung
 * e.V.") keeps its own lines and mailboxes beside its members' log-in, as a local business's do
 * beside its customers'.
 */
describe("an association's own site with its members' log-in", () => {
  const site = foundAt('https://www.wendell-stiftung.example/aktuelles/4711', 'DE');
  const withOwner = (owner: string): string =>
    '<!doctype html><html><body><header><nav><a href="/mein-bereich">Anmelden</a></nav></header><main><h1>Bericht</h1><p>Text.</p></main>' +
    `<footer><p>Geschäftsstelle<br>Wendelstraße 1, 12345 Wendelfingen<br>Telefon: 04521 555 618<br>E-Mail: kontakt@wendell-stiftung.example</p><p>&copy; ${owner} 2024</p></footer></body></html>`;

  it("its footer's line and mailbox are kept", () => {
    expect(site(withOwner('Wendell-Stiftung e.V.'), 'DE')).toEqual(['email kontakt@wendell-stiftung.example', 'phone +494521555618']);
  });

  it("a firm's copyright beside the same log-in keeps the marketplace's reading", () => {
    expect(site(withOwner('Wendell Media GmbH'), 'DE')).toEqual([]);
  });
});
