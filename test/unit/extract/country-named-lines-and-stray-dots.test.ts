/**
 * From the 108th sealed round's pages: camper rental firms that list their lines country by
 * country ("Australia: 1800 …" / "UK & Ireland: 44 800 …" / "Germany: 0800 …"), in a paragraph or
 * in the header's drop-down of international numbers; and a salon's imprint that writes its number
 * with a stray dot ("030 .5550931"). Each number is in the plan of the country named before it,
 * though the page's own country reads some of them too; a header that lists its lines so is the
 * firm's own. With the cases an adversary would bring: people and states named like countries,
 * "Call us:", the page's own country, a marketplace's chrome. Every name, number and domain here is
 * invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const nz = foundAt('https://www.wendell-campers.example/', 'NZ');

const paragraph = (lines: readonly string[]): string =>
  `<!doctype html><html><body><main><h1>FAQ</h1><p>Our reservation lines:<br><br>${lines.join('<br>\n')}</p></main></body></html>`;

describe('a number under a country\'s name', () => {
  it.each([
    ['Germany: 0800 5550 214', 'phone +498005550214'],
    ['Deutschland: 0800 5550 214', 'phone +498005550214'],
    ['Australia: 1800 555 261', 'phone +611800555261'],
    ['UK & Ireland: 44 800 555 3390', 'phone +448005553390'],
    ['USA/Canada: 1 866 555 0148', 'phone +18665550148'],
    ['UK: 020 7946 0321', 'phone +442079460321'],
  ])('is read in that country\'s plan: %s', (line, expected) => {
    expect(nz(paragraph([line]), 'NZ', 'phone')).toEqual([expected]);
  });

  it('each in its own, where the lines run together and the page\'s plan reads some of them', () => {
    // The source's line breaks are lost between the first two: both names are on one line.
    const html = paragraph(['Australia: 1800 555 261 UK &amp; Ireland: 44 800 555 3390', 'Germany: 0800 5550 214', 'Elsewhere: + 64 9 555 0172']);
    expect(nz(html, 'NZ', 'phone')).toEqual(['phone +448005553390', 'phone +498005550214', 'phone +611800555261', 'phone +6495550172']);
  });

  it.each([
    // A person named like a country: the number is not one of that country, and the page's own plan reads it.
    ['Jordan: 0412 555 123', 'AU', 'phone +61412555123'],
    // A US state named like a country.
    ['Georgia: (404) 555-0134', 'US', 'phone +14045550134'],
    // "Contact us": no country.
    ['Contact us: 0412 555 123', 'AU', 'phone +61412555123'],
    ['Call US: 0412 555 123', 'AU', 'phone +61412555123'],
  ])('while a name that is no country\'s there leaves the page\'s plan: %s', (line, country, expected) => {
    const found = foundAt('https://www.wendell-campers.example/', country);
    expect(found(paragraph([line]), country, 'phone')).toEqual([expected]);
  });

  it('and a number with its country code keeps it under any name', () => {
    expect(nz(paragraph(['Germany: +61 412 555 123']), 'NZ', 'phone')).toEqual(['phone +61412555123']);
  });
});

describe("a header's list of the firm's lines by country", () => {
  const header = (lines: readonly string[], extra = ''): string =>
    '<!doctype html><html><head><title>Campervan Hire | Wendell Campers</title></head><body><header>' +
    `<div class="phone-list"><a>Our lines</a><div class="lines">${lines.map((l) => `<a>${l}</a><br>`).join('')}</div></div>` +
    `<nav><a href="/">Home</a> <a href="/deals">Deals</a> <a href="/campervans">Campervans</a></nav>${extra}</header>` +
    '<main><h1>Campervan hire</h1><p>Pick up your campervan at Wendell Bay.</p></main>' +
    '<footer><p>© 2025 Wendell Campers</p></footer></body></html>';
  const lines = ['Australia: 1800 555 246', 'Australia (landline): 07 3555 4418', 'New Zealand: 0800 555 362', 'Canada: +1 800 555 2093'];

  it("is the firm's own, its every line", () => {
    expect(nz(header(lines), 'NZ', 'phone')).toEqual(['phone +18005552093', 'phone +611800555246', 'phone +61735554418', 'phone +64800555362']);
  });

  it('but two countries are no such list', () => {
    expect(nz(header(lines.slice(0, 3)), 'NZ', 'phone')).toEqual([]);
  });

  it("nor is a marketplace's, whose chrome offers to post an ad", () => {
    const post = '<div class="post-ad"><a href="/post-ad">Post an ad</a> <a href="/login">Log in</a> <a href="/register">Register</a></div>';
    const ad = foundAt('https://www.wendell-campers.example/ads/2018-campervan-4-berth-81234567', 'NZ');
    expect(ad(header(lines), 'NZ', 'phone')).toHaveLength(4);
    expect(ad(header(lines, post), 'NZ', 'phone')).toEqual([]);
  });
});

describe('a number split from its area code by a stray dot', () => {
  const de = foundAt('https://www.wendell-haar.example/de/impressum.html', 'DE');
  const imprint = (number: string, link = ''): string =>
    '<!doctype html><html><body><main><h1>Impressum</h1><p>wendell haar<br>Musterstr. 7, 10115 Berlin<br>' +
    `Tel.: ${link ? `<a href="tel:${link}">${number}</a>` : number}<br>E-Mail: hello@wendell-haar.example</p></main></body></html>`;

  it('gives no shorter number of its tail', () => {
    expect(de(imprint('030 .5550931'), 'DE', 'phone')).toEqual([]);
  });

  it('while the call link around it gives the number', () => {
    expect(de(imprint('030 .5550931', '+49305550931'), 'DE', 'phone')).toEqual(['phone +49305550931']);
  });

  it.each([
    ['030 5550931', 'phone +49305550931'],
    ['030.5550931', 'phone +49305550931'],
    ['030 / 5550931', 'phone +49305550931'],
  ])('and a number written whole is read as before: %s', (number, expected) => {
    expect(de(imprint(number), 'DE', 'phone')).toEqual([expected]);
  });
});
