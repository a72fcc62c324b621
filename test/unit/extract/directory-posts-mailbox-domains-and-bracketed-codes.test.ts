/**
 * From the 89th sealed round (found after its scoring): a town's staff directory, numbers after a
 * mailbox on the same line, offices abroad with their country codes in brackets, a newspaper's
 * settings data, a shop's customer-service page, a comment's author. Every name, number, mailbox,
 * address and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../../lambdas/shared/normalise/phone.js';
import { foundAt, page } from './found.js';

/**
 * A staff directory that gives each person's post, a dash, then their name, with an extension,
 * a mailbox or a number after it, and the duties on the lines under it.
 */
describe('a staff directory of posts, then names', () => {
  const town = foundAt('https://www.wendelltown.example/town-office/', 'US');
  const directory = (rows: readonly string[]): string => page(`<h2>Staff:</h2>${rows.map((r) => `<p>${r}</p><p>permits, licences and records</p>`).join('')}`);

  it('names each person, initials and professional letters as written', () => {
    const html = directory([
      'Town Recorder – Lena Marten, CPA (ext. 31) recorder@wendelltown.example',
      'Deputy Clerk – Anna Berg (ext. 32) clerk@wendelltown.example',
      'Fire Inspector – K.J. Reilly fire@wendelltown.example',
      'Parks Supervisor - Timo Wendrich (312) 555-0183 parks@wendelltown.example',
    ]);
    expect(town(html, 'US', 'name')).toEqual(['name anna berg', 'name k.j. reilly', 'name lena marten', 'name timo wendrich']);
  });

  it('a list of shops by their owners\' names is no directory', () => {
    const html = directory(['Shop – Lena Marten', 'Shop – Anna Berg', 'Shop – Timo Wendrich']);
    expect(town(html, 'US', 'name')).toEqual([]);
  });

  it('two such lines are no directory', () => {
    const html = directory(['Deputy Clerk – Anna Berg (ext. 32) clerk@wendelltown.example', 'Fire Inspector – Timo Wendrich fire@wendelltown.example']);
    expect(town(html, 'US', 'name')).toEqual([]);
  });

  it('a list of events by their place names no one', () => {
    const html = directory([
      'Summer Fair – Lena Marten Park (ext. 31) events@wendelltown.example',
      'Lantern Night – Anna Berg Square (ext. 32) events@wendelltown.example',
      'Spring Market – Timo Wendrich Hall events@wendelltown.example',
    ]);
    expect(town(html, 'US', 'name')).toEqual([]);
  });
});

/**
 * A number after a mailbox on the same line ("info@wendell.org or (312) …", "post@wendell.no
 * 22 …"): the mailbox's domain (".org", ".no") is no "Org.nr" or "No." label before it.
 */
describe('a number after a mailbox on its line', () => {
  it.each([
    ['https://www.wendell-zoo.example/contact-us', 'US', 'Guest relations: info@wendell-zoo.org or (312) 555-0177', 'phone +13125550177'],
    ['https://www.wendell-bil.example/kontakt', 'NO', 'Kontakt: post@wendell-bil.no 22 55 44 55', 'phone +4722554455'],
    ['https://www.wendell-zoo.example/contact-us', 'US', 'See www.wendell-zoo.org or call 312-555-0178', 'phone +13125550178'],
  ])('on %s', (url, country, line, phone) => {
    expect(foundAt(url, country)(page(`<p>${line}</p>`), country, 'phone')).toEqual([phone]);
  });

  it("an org number's label still says it is no phone", () => {
    expect(foundAt('https://www.wendell-bil.example/kontakt', 'NO')(page('<p>Org.nr 955 123 456</p>'), 'NO', 'phone')).toEqual([]);
  });
});

/**
 * A firm's offices abroad, each with its country code in brackets, spaces inside them, and no "+"
 * ("Tel ( 86 ) 755-8555- 0142"): read as that country's numbers where the page's country's plan
 * has no such number.
 */
describe('a country code in brackets without its "+"', () => {
  const offices = foundAt('https://www.wendell-soft.example/contactus/', 'HK');

  it('with spaces inside the brackets', () => {
    const html = page('<p>Hong Kong:<br>Tel ( 852 ) 2555- 3057</p><p>Shenzhen:<br>Tel ( 86 ) 755-8555- 0142</p>');
    expect(offices(html, 'HK', 'phone')).toEqual(['phone +85225553057', 'phone +8675585550142']);
  });

  it.each([
    ['(86) 21-5555-4915', 'HK', '+862155554915'],
    ['( 86 ) 139 5555 6183', 'HK', '+8613955556183'],
    ['(49) 30 5550142', 'FR', '+49305550142'],
  ])('%s on a %s page', (raw, country, e164) => {
    expect(normalisePhone(raw, country)).toBe(e164);
  });

  it.each([
    ['(27) 3333-4444', 'BR', '+552733334444'],
    ['(11) 98765-4321', 'BR', '+5511987654321'],
    ['(030) 5550142', 'DE', '+49305550142'],
  ])('an area code in brackets stays the country\'s own: %s on a %s page', (raw, country, e164) => {
    expect(normalisePhone(raw, country)).toBe(e164);
  });

  it('three digits in brackets with no space inside are an area code, not a country code', () => {
    expect(normalisePhone('(201) 555-0123', 'NO')).toBeUndefined();
  });

  it('a count in brackets with spaces is no number', () => {
    expect(offices(page('<p>Rooms ( 2 ) 3 4</p>'), 'HK', 'phone')).toEqual([]);
  });
});

/**
 * A newspaper's page data holds its settings for each of its editions ("pageMeta": {"editionOverrides":
 * {<edition>: {"contact": {…}}}}): the publisher's desks, not a party's.
 */
describe("a publisher's settings in its page data", () => {
  const news = foundAt('https://www.wendell-news.example/business/story-4711', 'AU');
  const state = (data: unknown): string => page(`<script>window.__STATE__ = ${JSON.stringify(data)};</script><p>Story.</p>`);

  it("the editions' contacts under the settings are not read", () => {
    const data = { pageMeta: { editionOverrides: { 'wendell-herald': { contact: { name: 'Wendell Herald', phone: '(08) 5550 4417', email: 'news@wendell-herald.example' } } } } };
    expect(news(state(data), 'AU')).toEqual([]);
  });

  it('nor are the overrides under a key of their own', () => {
    const data = { editionOverrides: { 'wendell-herald': { contact: { name: 'Wendell Herald', phone: '(08) 5550 4417', email: 'news@wendell-herald.example' } } } };
    expect(news(state(data), 'AU')).toEqual([]);
  });

  it('a seller under another key still is', () => {
    const data = { listing: { seller: { name: 'Lena Marten', phone: '0412 555 018' } } };
    expect(news(state(data), 'AU')).toEqual(['name lena marten', 'phone +61412555018']);
  });
});

/**
 * A shop's own pages at addresses that say what they are: its customer-service page
 * ("/zakaznicky-servis"), a contact page whose template adds comma-separated parameters
 * ("/contact,en,2,9.cfm"). There the mailboxes of a site shown as its own are its own.
 */
describe("a shop's customer-service and contact pages", () => {
  const shopPage = (mailboxes: readonly string[]): string =>
    '<!doctype html><html><body><header><a href="/kosik">Košík (0)</a></header><main><h1>Služby</h1>' +
    mailboxes.map((m) => `<p>${m}</p>`).join('') +
    '</main><footer><p>Wendell s.r.o.</p></footer></body></html>';

  it('the customer-service page', () => {
    const found = foundAt('https://www.wendell-obchod.example/zakaznicky-servis', 'SK');
    expect(found(shopPage(['Predajňa: predajna@wendell-obchod.example', 'Veľkoobchod: velkoobchod@wendell-obchod.example']), 'SK', 'email')).toEqual([
      'email predajna@wendell-obchod.example',
      'email velkoobchod@wendell-obchod.example',
    ]);
  });

  it('a contact page with comma-separated parameters', () => {
    const found = foundAt('https://www.wendell-confiserie.example/contact,fr,2,9.cfm', 'FR');
    expect(found(shopPage(['Contact : lena@wendell-confiserie.example']), 'FR', 'email')).toEqual(['email lena@wendell-confiserie.example']);
  });

  // Since the 91st round: a shop sells its own goods on every page, so its mailbox is its own there
  // too (customer-lines-association-sites-and-post-cards.test.ts), where the page gives no other party's.
  it("another page of the shop: its own mailbox, where the page gives no other party's", () => {
    const found = foundAt('https://www.wendell-obchod.example/podmienky', 'SK');
    expect(found(shopPage(['Predajňa: predajna@wendell-obchod.example']), 'SK', 'email')).toEqual(['email predajna@wendell-obchod.example']);
    expect(found(shopPage(['Predajňa: predajna@wendell-obchod.example', 'Partner: dielna@wendell-dielna.example']), 'SK', 'email')).toEqual([
      'email dielna@wendell-dielna.example',
    ]);
  });
});

describe("a comment's author's handle", () => {
  const news = foundAt('https://www.wendell-news.example/region/story-4711.html', 'PL');
  const comment = (author: string): string =>
    page(`<p>Story.</p><div itemscope itemtype="http://schema.org/Comment"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name"> ${author} </span></span><span itemprop="text">Good.</span></div>`);

  it.each([['lena.marten'], ['kamal_reilly']])('"%s" is no name', (author) => {
    expect(news(comment(author), 'PL', 'name')).toEqual([]);
  });

  it('a name written as one still is', () => {
    expect(news(comment('Lena Marten'), 'PL', 'name')).toEqual(['name lena marten']);
  });
});
