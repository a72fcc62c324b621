/**
 * From the 113th sealed round (found after its scoring): a German number whose subscriber part a
 * hyphen sets off after a space ("0711 -5550436"); a small business's contact block in its sidebar
 * or footer, the person over the block's street and town and then the number, with a site builder's
 * editor log-in at the page's foot; a double family name joined by a hyphen in such a block; an own
 * site's footer imprint naming its owner ("Inhaberin: …"); an imprint's "Anbieter dieser Webseite"
 * over two people; a one-person practice's contact block under its site's address ("Wendell.pl" /
 * the person / the number); a vet's team list, "Docteur" and the family name in capitals first,
 * and the same names only in a photo gallery's captions (lightGallery's "data-sub-html").
 * With the cases an adversary would bring. Every name, number, address and domain here is invented
 * (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe('a hyphen after a space before the subscriber\'s number ("0711 -5550436")', () => {
  const de = foundAt('https://www.wendell-klavier.example/kontakt/', 'DE');
  const body = (line: string): string => `<!doctype html><html><body><main><h1>Kontakt</h1><p>Klavierschule Wendell</p><p>${line}</p></main></body></html>`;

  it.each([
    ['Fon +49 (0)711 -5550436', 'phone +497115550436'],
    ['Fon 0711 -5550436', 'phone +497115550436'],
  ])('%s', (line, want) => {
    expect(de(body(line), 'DE', 'phone')).toEqual([want]);
  });

  it('not an extension of one to four digits, which stays one ("030-612 55 93 -19")', () => {
    expect(de(body('Tel. 030-612 55 93 -19'), 'DE', 'phone')).toEqual(['phone +4930612559319']);
    expect(de(body('Tel. 030-612 55 93 -19'), 'DE', 'phone')).not.toContain('phone +49306125593');
  });

  it('not a range of amounts', () => {
    expect(de(body('Budget 10000 -20000 Euro'), 'DE', 'phone')).toEqual([]);
  });
});

describe("a small business's contact block: the person over the block's street and town, then the number", () => {
  const url = 'https://www.wendell-klavier.example/unterricht/kinder/';
  const de = foundAt(url, 'DE');
  // A site builder's page: the contact block in the sidebar, the builder's editor log-in at the foot.
  const page = (block: string, foot = '<a href="/login">Anmelden</a><br><a href="/logout">Abmelden</a> | <a href="/edit">Bearbeiten</a>', extra = ''): string =>
    `<!doctype html><html><body><header><nav><a href="/">Start</a> <a href="/unterricht">Unterricht</a>${extra}</nav></header>` +
    '<main><h1>Klavier für Kinder</h1><p>Unterricht ab sechs Jahren, einzeln oder zu zweit, nachmittags.</p></main>' +
    `<aside><ul><li><a href="/kinder">Kinder</a></li><li><a href="/erwachsene">Erwachsene</a></li></ul>${block}</aside>` +
    `<footer><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a><br>${foot}</footer></body></html>`;
  const BLOCK = (name = 'Lena Marten', between = '<p>Musterstr. 12</p><p>12345 Wendelstadt</p><p>&nbsp;</p>'): string =>
    `<p><strong>Kontakt</strong></p><p>Klavierschule Wendell<br>${name}</p>${between}<p><strong>Fon</strong> 0711 5550436</p><p><a href="mailto:info@qorvan-rent.example">info@qorvan-rent.example</a></p>`;

  it("is the business's: its person, number and mailbox", () => {
    expect(de(page(BLOCK()), 'DE')).toEqual(['email info@qorvan-rent.example', 'name lena marten', 'phone +497115550436']);
  });

  it('a double family name joined by a hyphen', () => {
    expect(de(page(BLOCK('Anna Berg-Marten')), 'DE', 'name')).toEqual(['name anna berg-marten']);
  });

  it('not with other lines than the street and town between', () => {
    expect(de(page(BLOCK('Lena Marten', '<p>Lehrerin seit 2010</p><p>Klavier und Gesang</p><p>Kurse am Abend</p>')), 'DE', 'name')).toEqual([]);
  });

  it('not on a marketplace: a log-in without the editor\'s log-out and edit after it, or a post-an-ad control', () => {
    expect(de(page(BLOCK(), '<a href="/login">Anmelden</a> <a href="/registrieren">Registrieren</a>'), 'DE', 'name')).toEqual([]);
    expect(de(page(BLOCK(), undefined, ' <a href="/inserieren">Anzeige aufgeben</a>'), 'DE', 'name')).toEqual([]);
  });

  it("not the business's name over its owner's, where its last word is no family name", () => {
    const block = '<p><strong>Kontakt</strong></p><p>Wendell Ferien<br>Lena Marten</p><p>Musterweg 7</p><p>12345 Wendelstadt</p><p>Tel. 05191 555014</p><p>info@wendell-lena.example</p>';
    expect(foundAt('https://www.wendell-lena.example/haus/', 'DE')(page(block), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it('two people over the block, each with a family name, are both named', () => {
    const block = '<p><strong>Kontakt</strong></p><p>Anna Berg<br>Lena Marten</p><p>Musterweg 7</p><p>12345 Wendelstadt</p><p>Tel. 05191 555014</p><p>info@qorvan-rent.example</p>';
    expect(de(page(block), 'DE', 'name')).toEqual(['name anna berg', 'name lena marten']);
  });
});

describe("an own site's footer imprint naming its owner by role", () => {
  const at = foundAt('https://www.wendell-ferien.example/', 'AT');
  const page = (line: string): string =>
    '<!doctype html><html><body><main><h1>Ferienwohnung</h1><p>Zwei Zimmer, Blick auf den See.</p></main>' +
    `<footer><section><h3>Impressum</h3><address><strong>Ferienwohnung Wendell</strong><br>${line}<br>Musterweg 5<br>7000 Wendelstadt</address><p>wendell.ferien@proton.me</p></section></footer></body></html>`;

  it.each([
    ['Inhaberin: Lena Marten', 'name lena marten'],
    ['Inhaber: Kamal Reilly', 'name kamal reilly'],
  ])('%s', (line, want) => {
    expect(at(page(line), 'AT', 'name')).toEqual([want]);
  });

  it('not a firm after the label', () => {
    expect(at(page('Inhaber: Wendell Bau GmbH'), 'AT', 'name')).toEqual([]);
  });
});

describe('an imprint\'s "Anbieter dieser Webseite" over two people', () => {
  const de = foundAt('https://www.wendell-praxis.example/impressum/', 'DE');
  const imprint = (lines: string): string =>
    `<!doctype html><html><body><main><h1>Impressum</h1><p>Angaben gemäß § 5 TMG</p><p>Anbieter dieser Webseite:<br>${lines}<br>Musterstraße 9<br>12345 Wendelstadt</p><p>Telefon: 0711 555 40 41</p></main></body></html>`;

  it('names both', () => {
    expect(de(imprint('Lena Marten<br>Anna Berg'), 'DE', 'name')).toEqual(['name anna berg', 'name lena marten']);
  });

  it('one person under the label', () => {
    expect(de(imprint('Lena Marten'), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it('not a firm, nor a practice\'s name, under the label', () => {
    expect(de(imprint('Wendell Zahnarztpraxis GmbH'), 'DE', 'name')).toEqual([]);
    expect(de(imprint('Wendell Praxis<br>Zahnärztin'), 'DE', 'name')).toEqual([]);
  });
});

describe("a one-person practice's contact block under its site's address", () => {
  const pl = foundAt('https://wendell-fizjo.pl/', 'PL');
  const page = (lines: string): string =>
    '<!doctype html><html><body><main><p>Fizjoterapia dla całej rodziny.</p><h3>Kontakt:</h3><ul>' +
    `${lines}<li><a href="tel:+48511555270">+48 511 555 270</a></li><li><a href="mailto:wendell.lm@proton.me">wendell.lm@proton.me</a></li></ul></main></body></html>`;

  it('its person and number', () => {
    expect(pl(page('<li>Wendell-fizjo.pl</li><li>Lena Marten</li><li>fizjoterapeutka</li>'), 'PL')).toEqual(['email wendell.lm@proton.me', 'name lena marten', 'phone +48511555270']);
  });

  it("not a desk's words under the site's address: the site's own line", () => {
    const market = foundAt('https://www.wendell-rynek.pl/oferta/123', 'PL');
    const html =
      '<!doctype html><html><body><main><h1>Oferta</h1><p>Masz pytania? Zadzwoń do Wendell-rynek.pl pod numer 22 555 10 10.</p>' +
      '<div class="seller"><p>Sprzedający: Anna Berg</p><p>tel. 601 555 212</p></div></main></body></html>';
    expect(market(html, 'PL', 'phone')).toEqual(['phone +48601555212']);
  });

  it('not a web address read as the name under the label', () => {
    expect(pl(page('<li>Wendell-fizjo.pl</li>'), 'PL', 'name')).toEqual([]);
  });
});

describe('a vet\'s team list: "Docteur" and the family name in capitals first', () => {
  const fr = foundAt('https://www.wendell-vet.example/nos-veterinaires/', 'FR');
  const team = (items: string[]): string =>
    `<!doctype html><html><body><main><h1>Notre équipe</h1><ul>${items.map((h) => `<li><h4>${h}</h4><p>Médecine | Chirurgie</p></li>`).join('')}</ul></main></body></html>`;

  it('names each, as written', () => {
    expect(fr(team(['Docteur MARTEN Lena', 'Docteure BERG Anna', 'Docteur Kamal Reilly']), 'FR', 'name')).toEqual(['name berg anna', 'name kamal reilly', 'name marten lena']);
  });

  it('not a family name alone, nor capitals before a word that is no given name', () => {
    expect(fr(team(['Docteur MARTEN', 'Docteur WENDELL Clinique']), 'FR', 'name')).toEqual([]);
  });
});

describe("a team page's names only in its photo gallery's captions (lightGallery's data-sub-html)", () => {
  const fr = foundAt('https://www.wendell-vet.example/nos-veterinaires/', 'FR');
  const gallery = (captions: string[], attribute = 'data-sub-html'): string =>
    '<!doctype html><html><body><main><h1>Notre équipe</h1><ul class="gallery">' +
    captions.map((c, i) => `<li data-src="/img/team/${i}.png" ${attribute}="${c.replace(/"/g, '&quot;')}"><a href=""><img src="/img/team/${i}.png"></a></li>`).join('') +
    '</ul></main></body></html>';

  it('names the people a title names there', () => {
    expect(fr(gallery(['<h4>Docteur MARTEN Lena</h4><p>Médecine | Chirurgie</p>', '<h4>Docteur Kamal Reilly</h4><p>Chirurgie</p>']), 'FR', 'name')).toEqual(['name kamal reilly', 'name marten lena']);
    expect(fr(gallery(['<h4>Dr Anna Berg</h4>'], 'data-caption'), 'FR', 'name')).toEqual(['name anna berg']);
  });

  it("not a caption's name that nothing cues, nor a caption that is no markup", () => {
    expect(fr(gallery(['<h4>Lena Marten</h4><p>Accueil</p>', '<p>Salle de consultation</p>']), 'FR', 'name')).toEqual([]);
    expect(fr(gallery(['Docteur Lena Marten']), 'FR', 'name')).toEqual([]);
  });
});
