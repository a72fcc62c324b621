/**
 * From the 92nd sealed round: the site's own name read as a person's, a contact form's receiver
 * field and a payment button's merchant field, a full name after "I'm" before a comma, a shop's
 * tiles over their discounts, a Lithuanian shop's cart, a city's name in a roster. Every name,
 * number, mailbox and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

/** The site's own name, read as a person's (a news outlet's author that is the outlet itself). */
describe("the site's own name as a name", () => {
  const body = page('<p>Escribe al Sr. Valle Noticias para más información.</p>');

  it('is its brand', () => {
    expect(foundAt('https://www.vallenoticias.example/a/1', 'ES')(body, 'ES', 'name')).toEqual([]);
  });

  it('on another site it is read as before', () => {
    expect(foundAt('https://www.wendell-prensa.example/a/1', 'ES')(body, 'ES', 'name')).toEqual(['name valle noticias']);
  });

  it("not a person's own site named after them", () => {
    const own = foundAt('https://www.lenamarten.example/', 'ES');
    expect(own(page('<p>Escribe a la Sra. Lena Marten para más información.</p>'), 'ES', 'name')).toEqual(['name lena marten']);
  });
});

describe("a form's receiver field and a payment button's merchant field", () => {
  const contact = foundAt('https://www.wendell-baby.example/contacts.html', 'GB');
  const body = (field: string): string =>
    page(`<h1>Contact us</h1><form><input type="hidden" name="${field}" value="reception@wendell-group.example"><input name="email"></form><p>Office: +44 1623 555 870</p>`);

  it.each(['receiveremail', 'business'])('%s gives its mailbox', (field) => {
    expect(contact(body(field), 'GB', 'email')).toEqual(['email reception@wendell-group.example']);
  });

  it('another field does not', () => {
    expect(contact(body('publicnote'), 'GB', 'email')).toEqual([]);
  });
});

describe('a full name after "I\'m"', () => {
  const board = foundAt('https://www.wendell-index.example/pages/12.html', 'GB');

  it('before a comma or a full stop', () => {
    expect(board(page("<p>Hi can anyone help me? I'm Lena Marten, my father was a teacher in Pontyfelin.</p>"), 'GB', 'name')).toEqual(['name lena marten']);
    expect(board(page("<p>Hi, I'm Lena Marten.</p>"), 'GB', 'name')).toEqual(['name lena marten']);
  });

  it("not a firm's name", () => {
    expect(board(page("<p>We're Wendell Cars, your local dealer.</p>"), 'GB', 'name')).toEqual([]);
  });
});

describe("a shop's tiles over their discounts", () => {
  it('an honorific in the title is no name', () => {
    const shop = foundAt('https://www.wendell-parduotuve.example/', 'LT');
    expect(shop(page('<p>-38%</p><p>Wendell Parfums Miss Daisy 2011, dušo želė, 200ml</p><p>-29%</p>'), 'LT', 'name')).toEqual([]);
  });
});

/** A Lithuanian shop's cart ("Krepšelis") in its header: its log-in is its customers', its contacts its own. */
describe("a Lithuanian shop's cart", () => {
  const shop = foundAt('https://www.wendell-parduotuve.example/prekes', 'LT');
  const body = (cart: string): string =>
    `<!doctype html><html><body><header><p>${cart}</p><p>Prisijungti</p><p>info@wendell-parduotuve.example</p></header><main><h1>Prekės</h1><p>Kėdė 45 €</p></main></body></html>`;

  it('says "shop"', () => {
    expect(shop(body('Krepšelis'), 'LT', 'email')).toEqual(['email info@wendell-parduotuve.example']);
  });

  it('without it the log-in says "marketplace"', () => {
    expect(shop(body('Naujienos'), 'LT', 'email')).toEqual([]);
  });
});

/** A grid of profiles under names in capitals, one of them a large city's name (a branch's heading): a place, not a person. */
describe("a city's name in a grid of names", () => {
  it('is dropped', () => {
    const team = foundAt('https://www.wendell-trucks.example/team', 'US');
    const bio = '<p>Has sold trucks and trailers to farms and fleets across the region for many years, and knows every model we carry.</p>';
    const html = page(['LENA MARTEN', 'KAMAL REILLY', 'ANNA BERG', 'SAN DIEGO'].map((h) => `<h3>${h}</h3>${bio}`).join(''));
    expect(team(html, 'US', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten']);
  });
});
