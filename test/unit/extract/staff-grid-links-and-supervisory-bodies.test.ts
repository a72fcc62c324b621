/**
 * From the 110th sealed round's pages: a practice's staff grid whose cards link to each one's own
 * page at a Dutch people's path ("/medewerker/lena-van-marten/"), the name broken over two lines
 * in the card and written with its family name's particles; and medical practices' imprints that
 * give their chamber's, their supervisory body's and their district government's lines under
 * "Zuständige Kammer" and the like. With the cases an adversary would bring. Every name, number
 * and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("a staff grid's cards linking to each one's page", () => {
  const nl = foundAt('https://www.wendell-fysio.example/medewerkers/', 'NL');
  const card = (given: string, family: string, path = 'medewerker'): string => {
    const slug = `${given} ${family}`.toLowerCase().replace(/\s+/g, '-');
    return `<div class="profile"><a class="profile__link" href="https://www.wendell-fysio.example/${path}/${slug}/" title="Over ${given} ${family}">` +
      `<img class="profile__photo" src="/img/${given}.jpg" alt="${given} ${family}"><span class="profile__name">${given}<br> ${family}</span></a></div>`;
  };
  const grid = (cards: string): string =>
    `<!doctype html><html><body><header><a href="/">Wendell Fysio</a></header><main><h1>Medewerkers</h1><div class="grid">${cards}</div></main>` +
    '<footer><p>Wendell Fysio · 035-5550374 · info@wendell-fysio.example</p></footer></body></html>';
  const people: [string, string][] = [
    ['Lena', 'Marten'],
    ['Kamal', 'Reilly'],
    ['Anna', 'van den Berg'],
    ['Oskar', 'Lindqvist-de Vries'],
  ];

  it('names each, the lines of a card read together and the particles kept', () => {
    expect(nl(grid(people.map(([g, f]) => card(g, f)).join('')), 'NL', 'name')).toEqual([
      'name anna van den berg',
      'name kamal reilly',
      'name lena marten',
      'name oskar lindqvist-de vries',
    ]);
  });

  it.each([
    ['a path of no people', 'behandeling'],
    ['a product path', 'producten'],
  ])('but not at %s', (_, path) => {
    expect(nl(grid(people.map(([g, f]) => card(g, f, path)).join('')), 'NL', 'name')).toEqual([]);
  });

  it("nor where the card's lines do not spell the address", () => {
    const wrong = people.map(([g, f]) => card(g, f).replace(/<span class="profile__name">[^<]*<br>/, '<span class="profile__name">Meer<br>')).join('');
    expect(nl(grid(wrong), 'NL', 'name')).toEqual([]);
  });
});

describe("an imprint's chamber, supervisory body and district government", () => {
  const de = foundAt('https://www.wendell-zahnarzt.example/impressum.html', 'DE');
  const imprint = (bodies: string): string =>
    '<!doctype html><html><body><main><h1>Impressum</h1><p>Zahnarztpraxis Lena Marten<br>Musterweg 3<br>10115 Berlin<br>' +
    '<a href="tel:+49305551396">Telefon: 030 5551396</a></p>' +
    `${bodies}<h2>Berufsrechtliche Regelungen</h2><p>Zahnheilkundegesetz</p></main></body></html>`;

  it.each([
    ['Zuständige Kammer', 'Zahnärztekammer Wendell<br>Auf der Wendell 7<br>10117 Berlin<br><a href="tel:+4930555090">Telefon: 030 555-090</a>', 'phone +4930555090'],
    ['Zuständige Aufsichtsbehörde', 'Kassenzahnärztliche Vereinigung Wendell<br>Auf der Wendell 9<br>10117 Berlin<br>Telefon: 030 5550 90', 'phone +4930555090'],
    ['Zuständige Bezirksregierung', 'Bezirksregierung Wendell<br>Wendellstraße 1<br>10117 Berlin<br>Telefon: 030 5558271', 'phone +49305558271'],
  ])('gives no line of the practice\'s under "%s"', (heading, body, theirs) => {
    const found = de(imprint(`<h2>${heading}</h2><p>${body}</p>`), 'DE', 'phone');
    expect(found).toEqual(['phone +49305551396']);
    expect(found).not.toContain(theirs);
  });

  it('while a sentence that names the chamber heads no paragraph', () => {
    const bodies = '<p>Wir sind Mitglied der Zahnärztekammer Wendell.<br>Notfälle: 0170 5553318</p>';
    expect(de(imprint(bodies), 'DE', 'phone')).toEqual(['phone +491705553318', 'phone +49305551396']);
  });
});
