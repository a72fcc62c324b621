/**
 * From the 106th sealed round's pages, after its fix round: a consultant introducing herself with
 * "and" after her full name ("je m'appelle Lena Marten et j'aide …"); an accountant's
 * own site whose banner is the owner's name with her letters ("Lena Marten, CPA, CA"); a farm
 * stay's hosts under "Ihre Gastgeber" as a couple under one family name; a hotel's mailbox in its
 * address block under a line that asks the visitor to get in touch. With the cases an adversary
 * would bring. Every name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const ownSite = (main: string, header = '<a href="/">Wendell</a>', footer = 'Tel. 0711 555 0142 <a href="mailto:info@wendell-bau.example">info@wendell-bau.example</a>'): string =>
  `<!doctype html><html><body><header>${header}<nav><a href="/">Home</a></nav></header><main>${main}</main><footer>${footer}</footer></body></html>`;

describe('a self-introduction with "and" after the full name', () => {
  const found = foundAt('https://www.wendell-bau.example/', 'DE');

  it.each([
    ["Je m'appelle Lena Marten et j'aide les petites entreprises.", 'name lena marten'],
    ["Hi, I'm Lena Marten and I help small firms with their books.", 'name lena marten'],
    ['Ich bin Lena Marten und baue seit 2004 Häuser.', 'name lena marten'],
  ])('names the person: %s', (text, expected) => {
    expect(found(ownSite(`<h1>Über uns</h1><p>${text}</p>`), 'DE', 'name')).toEqual([expected]);
  });

  it.each([
    ['a firm\'s "we are"', 'We are Wendell Bau and we build houses.'],
    ['a firm\'s "we are" before a full stop', 'Wir sind Lena Marten Bau.'],
    ['"and" before another capitalised name', "I'm Lena Marten and Kamal Reilly is my partner."],
  ])('but not %s', (_, text) => {
    expect(found(ownSite(`<h1>Über uns</h1><p>${text}</p>`), 'DE', 'name')).toEqual([]);
  });
});

describe("an own site's banner of a name and professional letters", () => {
  const found = foundAt('https://www.wendell-cpa.example/', 'CA');
  const site = (banner: string): string =>
    ownSite('<h2>Wendell Accounting</h2><p>Bookkeeping and returns for small firms.</p>', `<h1>${banner}</h1>`, 'Tel. 250 555 0142 <a href="mailto:lena@wendell-cpa.example">lena@wendell-cpa.example</a>');

  it.each(['Lena Marten, CPA, CA', 'Lena Marten, CPA', 'Lena Marten, CPA, CGA'])('names the owner: %s', (banner) => {
    expect(found(site(banner), 'CA', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    ['a firm with letters', 'Wendell Accounting, CPA'],
    ['a name and a state', 'Lena Marten, CA'],
  ])('but not %s', (_, banner) => {
    expect(found(site(banner), 'CA', 'name')).toEqual([]);
  });

  it("nor on a marketplace's header", () => {
    const portal = foundAt('https://www.wendell-finder.example/accountants/bc', 'CA');
    const html =
      '<!doctype html><html><body><header><h1>Lena Marten, CPA, CA</h1><a href="/post-a-listing">Post a listing</a><a href="/login">Log in</a><a href="/register">Sign up</a></header>' +
      '<main><h2>Accountants in British Columbia</h2><p>Compare 120 firms.</p></main><footer>Help: <a href="mailto:help@wendell-finder.example">help@wendell-finder.example</a></footer></body></html>';
    expect(portal(html, 'CA', 'name')).toEqual([]);
  });
});

describe('hosts under a plural heading', () => {
  const found = foundAt('https://www.wendell-gaeste.example/kontakt', 'AT');

  it.each(['Ihre Gastgeber', 'Your hosts', 'Vos hôtes'])('"%s" over a couple under one family name', (heading) => {
    const html = ownSite(`<h1>Kontakt</h1><h4>${heading}</h4><p>Lena &amp; Kamal Marten</p><p>Gästehaus Wendell</p><p>Am Hang 5<br>6999 Wendelbach</p>`, '<a href="/">Gästehaus Wendell</a>', '<a href="mailto:info@wendell-gaeste.example">info@wendell-gaeste.example</a>');
    expect(found(html, 'AT', 'name')).toEqual(['name kamal marten', 'name lena marten']);
  });

  it('but not a place under it', () => {
    const html = ownSite('<h1>Kontakt</h1><h4>Ihre Gastgeber</h4><p>Ferienhof Wendelstein</p><p>Am Hang 5<br>6999 Wendelbach</p>', '<a href="/">Gästehaus Wendell</a>', '<a href="mailto:info@wendell-gaeste.example">info@wendell-gaeste.example</a>');
    expect(found(html, 'AT', 'name')).toEqual([]);
  });
});

describe("an own site's mailbox under a line that asks the visitor to get in touch", () => {
  const block = (ask: string, mailbox = 'info@wendell-hotel.example'): string =>
    ownSite(
      `<h1>Prezzi</h1><p>Camera doppia da 90 euro a notte.</p><p>${ask}</p><p>Via dei Pini 7</p><p>39099 Wendello (BZ)</p><p>Italia</p><p><a href="tel:0471555108">0471 555108</a></p><p><a href="mailto:${mailbox}">${mailbox}</a></p>`,
      '<a href="/">Hotel Wendell</a>',
      '© 2025 Hotel Wendell · Via dei Pini 7 · 39099 Wendello',
    );
  const found = foundAt('https://www.wendell-hotel.example/prezzi.html', 'IT');

  it.each(['Per qualsiasi domanda contattateci!', 'Contact us:', 'Kontaktieren Sie uns!'])('is its own: "%s"', (ask) => {
    expect(found(block(ask), 'IT', 'email')).toEqual(['email info@wendell-hotel.example']);
  });

  it("but not a sentence that goes on after the ask", () => {
    expect(found(block('Contattarci è facile: ecco come arrivare in hotel.', 'booking@wendell-hotel.example'), 'IT', 'email')).not.toContain('email booking@wendell-hotel.example');
  });
});

describe("a footer's mailbox that spells a person the content names", () => {
  const found = foundAt('https://wendell-vino.example/kontakt.html', 'CZ');
  const page = (content: string, mailbox: string): string =>
    `<!doctype html><html><body><header><a href="/">Vinařství Wendell</a></header><main><h1>Kontakt</h1>${content}</main>` +
    `<footer><a href="mailto:${mailbox}">${mailbox}</a><p>2025 © Vinařství Wendell</p></footer></body></html>`;
  const owner = '<p>Fakturační adresa:</p><p>Ing. Lena Martenová</p><p>Vinná 5</p><p>699 99 Wendelov</p>';

  it.each(['martenova.lena@wendell-mail.example', 'lena.martenova@wendell-mail.example'])('is theirs: %s', (mailbox) => {
    expect(found(page(owner, mailbox), 'CZ', 'email')).toEqual([`email ${mailbox}`]);
  });

  it.each([
    ['a given name alone', 'lena@wendell-mail.example'],
    ["a desk's", 'vino@wendell-mail.example'],
    ["another person's", 'kamal.reilly@wendell-mail.example'],
  ])("but not %s mailbox", (_, mailbox) => {
    expect(found(page(owner, mailbox), 'CZ', 'email')).toEqual([]);
  });
});
