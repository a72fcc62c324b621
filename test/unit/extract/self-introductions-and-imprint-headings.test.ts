/**
 * From the 105th sealed round's pages, after its fix round: a one-person practice whose header
 * introduces its owner ("Hoi, ik ben Lena Marten") as its heading, with nothing after the name.
 * With the cases an adversary would bring.
 * Every name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe('a self-introduction as a heading', () => {
  const fysio = foundAt('https://www.wendell-fysio.example/', 'NL');
  const site = (heading: string, where: 'header' | 'main'): string =>
    '<!doctype html><html><body>' +
    (where === 'header' ? `<header><h1>${heading}</h1><p>Fysiotherapie voor sporters</p></header><main><h2>Behandelingen</h2><p>Sportblessures en rugklachten.</p></main>` : `<header><a href="/">Fysio Wendell</a></header><main><h1>${heading}</h1><p>Fysiotherapie voor sporters</p></main>`) +
    '<footer><p>Fysio Wendell · Tel. 010 555 01 42 · <a href="mailto:info@wendell-fysio.example">info@wendell-fysio.example</a></p></footer></body></html>';

  it.each(['main', 'header'] as const)('names the person, with nothing after the name (in the %s)', (where) => {
    expect(fysio(site('Hoi, ik ben Lena <span>Marten</span>', where), 'NL', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    ['a firm introducing itself', 'Wij zijn Wendell Fysiotherapie'],
    ['a given name alone in the header', 'Hoi, ik ben Lena'],
  ])('but not %s', (_, heading) => {
    expect(fysio(site(heading, 'header'), 'NL', 'name')).toEqual([]);
  });

  it("nor in the header of a site that is not its own (a portal's)", () => {
    const portal = foundAt('https://www.wendell-zorg.example/', 'NL');
    const html =
      '<!doctype html><html><body><header><h1>Hoi, ik ben Lena Marten</h1><a href="/plaats-advertentie">Plaats advertentie</a><a href="/inloggen">Inloggen</a><a href="/registreren">Registreren</a></header>' +
      '<main><h2>Fysiotherapeuten in Wendeldorp</h2><p>Vergelijk 120 praktijken.</p></main><footer><p>Wendell Zorg B.V. · Klantenservice: <a href="mailto:help@wendell-zorg.example">help@wendell-zorg.example</a></p></footer></body></html>';
    expect(portal(html, 'NL', 'name')).toEqual([]);
  });
});

describe("a German imprint's representative under a heading without a colon", () => {
  const imprint = foundAt('https://www.wendell-rc.example/impressum.html', 'DE');
  const page = (heading: string, holder: string): string =>
    '<!doctype html><html><body><header><a href="/">Ruderclub Wendell</a></header><main><h1>Impressum</h1><h2>Angaben gemäß § 5 DDG</h2>' +
    '<p>Ruderclub Wendell e.V.<br>Beispielweg 2<br>70999 Wendelfingen</p>' +
    `<h3>${heading}</h3><p>${holder}<br>Lindenweg 3<br>70999 Wendelfingen<br>Telefon: 0711/555142<br>E-Mail: info@wendell-rc.example</p></main></body></html>`;

  it.each(['Vertreten durch', 'Vertretungsberechtigter Vorstand', 'Geschäftsführerin', 'Inhaber'])('"%s" over the name and an address', (heading) => {
    expect(imprint(page(heading, 'Lena Marten'), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    ['a firm under it', 'Vertreten durch', 'Wendell Verwaltungs GmbH'],
    ['a sentence under it', 'Vertreten durch', 'den Vorstand nach § 26 BGB'],
    ['another heading over a name', 'Haftung für Inhalte', 'Lena Marten'],
  ])('but not %s', (_, heading, holder) => {
    expect(imprint(page(heading, holder), 'DE', 'name')).toEqual([]);
  });
});
