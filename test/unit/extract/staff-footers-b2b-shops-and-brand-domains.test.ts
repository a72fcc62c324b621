/**
 * From the fix round on the 71st sealed round (m73b: small businesses' own sites): an own site's
 * staff listed in its footer, each over their own mailbox; a wholesaler's log-in to its B2B system;
 * a shop's customer-service mailbox; a firm's mailbox at its name under another country's domain.
 * With the cases an adversary would bring: the same footer on a marketplace, a firm's name over a
 * mailbox of its words, a log-in with no B2B after it, a customer-service desk on a page that is no
 * shop, a desk at the other domain, another firm's domain, a short name. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const site = (header: string, main: string, footer: string): string =>
  `<!doctype html><html><body><header>${header}</header><main>${main}</main><footer>${footer}</footer></body></html>`;
const staff = (name: string, title: string, mailbox: string, phone: string): string =>
  `<p>${name}<br />${title}<br /><a href="mailto:${mailbox}">${mailbox}</a><br />${phone}</p>`;
const nav = '<nav><a href="/">Start</a><a href="/maszyny">Maszyny</a><a href="/serwis">Serwis</a><a href="/kontakt">Kontakt</a></nav>';
const news = '<h2>Aktualności</h2><p>Nowe ciągniki w ofercie od marca. Zapraszamy do salonu.</p>';

describe("an own site's staff in its footer, each over their own mailbox", () => {
  const pl = foundAt('https://www.wendell-agro.pl/', 'PL');
  const footer =
    '<p><strong>Dział Handlowy</strong></p>' +
    staff('Lena Marten', 'Doradca handlowy', 'lena.marten@wendell-agro.pl', '601-555-142') +
    staff('Kamal Reilly', 'Specjalista ds. maszyn', 'k.reilly@wendell-agro.pl', '601-555-143') +
    '<p><strong>Dział Serwisu</strong></p>' +
    staff('Anna Berg', 'Doradca serwisowy', 'anna.berg@wendell-agro.pl', '601-555-144');

  it('are the business\'s people', () => {
    expect(pl(site(nav, news, footer), 'PL', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten']);
  });

  it("not a firm's name over a mailbox of its words, nor a name over a mailbox that does not spell it", () => {
    const more =
      footer +
      '<p>Wendell Agro<br /><a href="mailto:wendell.agro@wendell-agro.pl">wendell.agro@wendell-agro.pl</a></p>' +
      '<p>Rafael Irfan<br /><a href="mailto:biuro@wendell-agro.pl">biuro@wendell-agro.pl</a></p>' +
      '<p>Vexlin Agrar<br /><a href="mailto:vexlin.agrar@wendell-agro.pl">vexlin.agrar@wendell-agro.pl</a></p>';
    const names = pl(site(nav, news, more), 'PL', 'name');
    expect(names).not.toContain('name wendell agro');
    expect(names).not.toContain('name rafael irfan');
    // A partner's trade name over its mailbox of the same words, no known name in it: held to the known-name check.
    expect(names).not.toContain('name vexlin agrar');
  });

  it('not on a marketplace: the same footer under its account and posting controls', () => {
    const market = '<nav><a href="/login">Zaloguj się</a> <a href="/dodaj-ogloszenie">Dodaj ogłoszenie</a></nav>';
    expect(pl(site(market, news, footer), 'PL', 'name')).toEqual([]);
  });
});

describe("a wholesaler's log-in to its B2B system is its trade customers', not a marketplace's", () => {
  const pl = foundAt('https://www.wendell-opakowania.pl/', 'PL');
  const footer = '<p>Wendell Opakowania</p><p>tel. +48 62 555 01 42</p><p><a href="mailto:info@wendell-opakowania.pl">info@wendell-opakowania.pl</a></p>';

  it('"Zaloguj się do B2B", "Log in to the B2B portal", "B2B-Login"', () => {
    for (const control of ['Zaloguj się do B2B', 'Zaloguj sie do systemu B2B', 'Log in to the B2B portal', 'B2B-Login']) {
      expect(pl(site(`${nav}<p><a href="https://b2b.wendell-opakowania.pl/">${control}</a></p>`, news, footer), 'PL', 'email')).toEqual([
        'email info@wendell-opakowania.pl',
      ]);
    }
  });

  it('but a log-in with no B2B after it still says "marketplace" (on a page that is not the home, contact or team page)', () => {
    const article = foundAt('https://www.wendell-opakowania.pl/aktualnosci/nowe-kartony', 'PL');
    for (const control of ['Zaloguj się', 'Zaloguj się do konta', 'Log in to B2Bay']) {
      expect(article(site(`${nav}<p><a href="/konto">${control}</a></p>`, news, footer), 'PL', 'email')).toEqual([]);
    }
  });
});

describe("a shop's customer-service mailbox at its domain is the shop's own, in a shop built with a merchant's shop software", () => {
  const de = foundAt('https://shop.wendell-kaffee.de/products/espresso-bohnen', 'DE');
  const engine = '<script src="https://cdn.shopify.com/s/files/1/0555/0142/t/3/assets/theme.js"></script>';
  const header = '<nav><a href="/">Start</a><a href="/collections/all">Kaffee</a><a href="/cart">Warenkorb</a></nav>';
  const main = '<h1>Espresso Bohnen 1 kg</h1><p>Fragen? Schreib uns an support@wendell-kaffee.de</p>';
  const footer = '<p>Wendell Kaffee GmbH · Musterweg 12 · 12345 Musterstadt</p><p><a href="mailto:support@wendell-kaffee.de">support@wendell-kaffee.de</a></p>';
  const shop = (h: string, f: string, head = engine): string => site(h, main, f).replace('<body>', `<head>${head}</head><body>`);

  it('with its cart and its shop software, or with software that is a whole shop and no cart in its header', () => {
    expect(de(shop(header, footer), 'DE', 'email')).toEqual(['email support@wendell-kaffee.de']);
    const woo = '<link rel="stylesheet" href="/wp-content/plugins/woocommerce/assets/css/woocommerce.css">';
    expect(de(shop(header, footer, woo), 'DE', 'email')).toEqual(['email support@wendell-kaffee.de']);
    // (A cart its script fills: Shopify's marks say "shop" as the cart would.)
    const noCart = header.replace('<a href="/cart">Warenkorb</a>', '');
    expect(de(shop(noCart, footer), 'DE', 'email')).toEqual(['email support@wendell-kaffee.de']);
  });

  it("not without a cart beside a portal's plugin, nor without the shop software (a marketplace with a cart), nor beside a trust-and-safety desk", () => {
    const noCart = header.replace('<a href="/cart">Warenkorb</a>', '');
    const woo = '<link rel="stylesheet" href="/wp-content/plugins/woocommerce/assets/css/woocommerce.css">';
    expect(de(shop(noCart, footer, woo), 'DE', 'email')).toEqual([]);
    expect(de(shop(header, footer, ''), 'DE', 'email')).toEqual([]);
    const trust = footer + '<p><a href="mailto:trust@wendell-kaffee.de">trust@wendell-kaffee.de</a></p>';
    expect(de(shop(header, trust), 'DE', 'email')).toEqual([]);
  });
});

describe("a firm's mailbox at its name under another country's domain is its own", () => {
  const header = '<nav><a href="/">Start</a><a href="/oferta">Oferta</a><a href="/kontakt">Kontakt</a></nav><p>tel. +359 88 555 0142</p>';
  const main = '<h1>Apartamenty nad morzem</h1><p>Sprzedajemy mieszkania w Bułgarii od 2010 roku.</p>';
  const footer = (mailbox: string): string => `<p>Wendell Domy Ltd.</p><p><a href="mailto:${mailbox}">${mailbox}</a></p>`;

  it('"office@wendell-domy.bg" on "wendell-domy.pl"', () => {
    const pl = foundAt('https://www.wendell-domy.pl/', 'BG');
    expect(pl(site(header, main, footer('office@wendell-domy.bg')), 'BG', 'email')).toEqual(['email office@wendell-domy.bg']);
  });

  it("not another firm's domain, nor a short name that many firms share, nor a desk at the other domain", () => {
    expect(foundAt('https://www.wendell-domy.pl/', 'BG')(site(header, main, footer('office@vexlin-domy.bg')), 'BG', 'email')).toEqual([]);
    expect(foundAt('https://www.domy.pl/', 'BG')(site(header, main, footer('office@domy.bg')), 'BG', 'email')).toEqual([]);
    const desk = footer('office@wendell-domy.bg') + '<p><a href="mailto:moderation@wendell-domy.bg">moderation@wendell-domy.bg</a></p>';
    expect(foundAt('https://www.wendell-domy.pl/', 'BG')(site(header, main, desk), 'BG', 'email')).toEqual([]);
  });
});
