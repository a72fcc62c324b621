/**
 * From the 107th and 108th sealed rounds' pages: a salon's imprint that names its owner after the
 * statute that makes her answerable ("Inhaltlich Verantwortliche gemäß § 10 MDStV: …"); a salon's
 * story that says who owns it ("Lena Marten has owned Wendell Salon since 2011. She …"); a
 * breeder's imprint in a dialog after the page's footer ("Impressum!" / the owner / the address);
 * a music school's home page whose mail links are the school's and the webmaster's; and a
 * photographer's gallery whose captions, under its subjects' names in capitals, read like bios.
 * With the cases an adversary would bring. Every name, number and domain here is invented
 * (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("an imprint's answerable person after the statute", () => {
  const de = foundAt('https://www.wendell-haar.example/impressum.html', 'DE');
  const imprint = (line: string): string =>
    `<!doctype html><html><body><main><h1>Impressum</h1><p>wendell haar<br>Tel.: 030 5550931</p><p>${line}</p></main></body></html>`;

  it.each([
    'Inhaltlich Verantwortliche gemäß § 10 Abs. 3 MDStV: Lena Marten',
    'Inhaltlich Verantwortlicher gemäß § 10 MDStV: Lena Marten',
    'Verantwortlich i.S.d. § 55 Abs. 2 RStV: Lena Marten',
    'Inhaltlich verantwortlich gemäß § 18 Abs. 2 MStV: Lena Marten',
    'Verantwortlich nach § 55 Abs. 2 RStV: Lena Marten, Musterstr. 3, 10115 Berlin',
    'Verantwortlich für den Inhalt nach § 55 Abs. 2 RStV: Lena Marten',
    'V.i.S.d.P.: Lena Marten',
  ])('is named: %s', (line) => {
    expect(de(imprint(line), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    'Verantwortlich gemäß § 55 Abs. 2 RStV: Wendell Medien GmbH',
    'Verantwortlich gemäß § 55 Abs. 2 RStV: siehe oben',
    'Haftung gemäß § 7 Abs. 1 TMG: Für Links auf fremde Seiten haften wir nicht.',
  ])('but a firm, a pointer or another section is no one: %s', (line) => {
    expect(de(imprint(line), 'DE', 'name')).toEqual([]);
  });
});

describe("a sentence that says who owns the business", () => {
  const us = foundAt('https://www.wendell-salon.example/', 'US');
  const story = (text: string): string =>
    "<!doctype html><html><body><header><a href='/'>Wendell Salon</a></header><main><h1>Our Story</h1>" +
    `<p>${text}</p><p>Call (515) 555-5883</p></main></body></html>`;

  it.each([
    ['Lena Marten has owned Wendell Salon since 2011. She trained in Leeds and Paris.', 'name lena marten'],
    ['Kamal Reilly owns Wendell Salon. He trained in London.', 'name kamal reilly'],
    ['Wendell Salon is owned and operated by Lena Marten. She opened it in 2002.', 'name lena marten'],
    ['Mi-Rae Sohn is the owner of Wendell Salon. She colours and cuts.', 'name mi-rae sohn'],
    ['Lena Marten ist Inhaberin des Salons. Sie ist seit 1990 Friseurmeisterin.', 'name lena marten'],
    ['Lena Marten est la propriétaire du salon. Elle coiffe depuis 1990.', 'name lena marten'],
  ])('names the owner: %s', (text, expected) => {
    expect(us(story(text), 'US', 'name')).toEqual([expected]);
  });

  it.each([
    ['a group', 'Wendell Salon is owned by Wendell Holdings Group. It runs three salons.'],
    ['a group that owns', 'Wendell Group owns Wendell Salon and three other shops.'],
    ['a founder of decades ago', 'Mi-Rae Sohn founded the salon in 1974. She retired in 1999.'],
    ['an owner of an unknown name with nothing after to say it is a person', 'Qorvan Telmi runs Wendell Salon.'],
    ['a known name and the verb with nothing after it', 'Lena Marten runs. Kamal cuts.'],
    ['capitalised words in the middle of a sentence', 'Since 2002 our Team Leader owns the front desk.'],
  ])('but not %s', (_, text) => {
    expect(us(story(text), 'US', 'name')).toEqual([]);
  });
});

describe("an imprint headed by its own title", () => {
  const breeder = foundAt('https://www.wendell-welpen.example/', 'DE');
  const page = (imprint: string, mailbox = true): string =>
    '<!doctype html><html><body><main><h1>Beagle aus Wendell</h1><p>Der nächste Wurf ist im Mai.</p></main>' +
    '<footer><a class="link" onclick="showLegal()">Rechtliches</a></footer>' +
    `<dialog id="legal"><h2>Impressum!</h2><p>${imprint}<h3>Kontakt</h3><br>${mailbox ? 'Email: beagle@wendell-zucht.example<br>' : ''}Telefon: 0170 5558814<br><br>` +
    '<h3>Haftung</h3><br>Für Links auf fremde Seiten haften wir nicht.</p></dialog></body></html>';
  const owner = 'Lena Marten<br>Am Wendellhof 3<br>10115 Berlin<br><br>';

  it("after the page's footer gives the sole trader", () => {
    expect(breeder(page(owner), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it('and says the site is hers where nothing else does', () => {
    expect(breeder(page(owner, false), 'DE', 'phone')).toEqual(['phone +491705558814']);
  });

  it.each([
    ["a firm's imprint", page('Wendell Zucht GmbH<br>Am Wendellhof 3<br>10115 Berlin<br><br>', false)],
    ['a name under another heading', page(owner, false).replace('<h2>Impressum!</h2>', '<h2>Unsere Welpen</h2>')],
  ])('but %s names no one and says nothing of the site', (_, html) => {
    expect(breeder(html)).toEqual([]);
  });
});

describe("a home page's mail links", () => {
  const school = foundAt('https://www.wendell-musikschule.example/', 'CH');
  const page = (links: string): string =>
    '<!doctype html><html><body><div class="navbar"><a href="#/kontakt">Kontakt</a></div><div id="content"><div class="app-root"></div></div>' +
    `<div id="site-foot"><p>© Musikschule Wendell<br>${links}</p></div></body></html>`;

  it("are the school's, beside a webmaster's link, which no one answers", () => {
    const links = '<a href="mailto:webmaster@wendell-musikschule.example">Webmaster</a><br><a href="/cms/">Redaktion</a> <a href="mailto:kontakt@wendell-musikschule.example"><span class="icon-mail"></span></a>';
    expect(school(page(links), 'CH', 'email')).toEqual(['email kontakt@wendell-musikschule.example']);
  });

  it("but two people's links are not the school's by this rule", () => {
    const links = '<a href="mailto:lena@wendell-musikschule.example">Lena</a> <a href="mailto:kamal@wendell-musikschule.example">Kamal</a>';
    const shop = '<a href="/cart">Warenkorb</a>';
    expect(school(page(links + shop), 'CH', 'email')).toEqual(school(page(links.replace('webmaster', 'x') + shop), 'CH', 'email'));
  });
});

describe("a gallery's captions under names in capitals", () => {
  const it_ = foundAt('https://www.wendell-photo.example/', 'IT');
  const card = (name: string, caption: string): string =>
    `<figure class="shot"><img src="x.jpg" alt="${name}"><h4 class="shot-name">${name.toUpperCase()}</h4><p class="shot-where">${caption}</p></figure>`;
  const gallery = (cards: string): string =>
    `<!doctype html><html><body><main><h1>Live</h1><div class="gallery">${cards}</div><p>Contact: lena@wendell-photo.example</p></main></body></html>`;

  it('are no bios, and the names under them no team', () => {
    // Bands of one word between the people (no heading of two words or more): the captions under
    // each name run on to the next such name, and add up to a bio's length.
    const cards = [
      card('Lena Marten', 'Wendell Club - Verona | November 3, 2017'),
      card('Wendells', 'Lake Fest - Garda | August 5, 2017'),
      card('Kamal Reilly', 'Wendell Arena - Padova | October 2, 2017'),
      card('Loopers', 'Old Mill - Padova | September 9, 2017'),
      card('Anna Berg', 'Wendell Fest - Genova | March 4, 2018'),
      card('Spindles', 'Wendell Hall - Bologna | March 1, 2018'),
      card('Oskar Lindqvist', 'Wendell Hall - Bologna | April 6, 2018'),
      card('Marlings', 'Harbour Stage - Genova | May 7, 2018'),
    ].join('');
    expect(it_(gallery(cards), 'IT', 'name')).toEqual([]);
  });

  it('while a team grid of names over their bios is still one', () => {
    const bio = (first: string): string =>
      `${first} has photographed weddings and concerts across Veneto since 2009, and her work has been shown in Verona and Padova.`;
    const cards = ['Lena Marten', 'Kamal Reilly', 'Anna Berg', 'Oskar Lindqvist'].map((n) => card(n, bio(n.split(' ')[0]!))).join('');
    expect(it_(gallery(cards), 'IT', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten', 'name oskar lindqvist']);
  });
});
