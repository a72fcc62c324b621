/**
 * From the 120th sealed round (found after its scoring): a studio's classes, each a word and the kind
 * under a heading in capitals ("KIDS SAMBA", "STREET SAMBA"), read as a team's profiles; a practitioner's name
 * over their profile written in the first person ("Olen …", "I am"); an imprint in the
 * page's content, the firm's name over its holder's; a mailbox written backwards for the browser to
 * turn round (CSS "unicode-bidi: bidi-override; direction: rtl"); and a copyright line with a span of
 * years and the firm's name in quotes before its owner's. With the cases an adversary would bring.
 * Every name, number, address and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("a studio's classes, each a word and the kind under a heading in capitals, are no people", () => {
  const ro = foundAt('https://www.wendell-tanec.example/', 'RO');
  const classes = (headings: string[]): string =>
    `<!doctype html><html><body><main><h2>Cursuri</h2>${headings
      .map((h) => `<div class="class"><h3>${h}</h3><p>Un curs pentru toate varstele, cu pasi de baza, ritm si coregrafii noi in fiecare luna, intr-o sala mare si luminoasa din centru.</p></div>`)
      .join('')}</main></body></html>`;

  // ("Samba" is a given name somewhere: the known names vouched for the grid.)
  it('"KIDS SAMBA", "STREET SAMBA", "LATINO SAMBA", "CARDIO SAMBA", "BASIC SAMBA"', () => {
    expect(ro(classes(['KIDS SAMBA', 'STREET SAMBA', 'LATINO SAMBA', 'CARDIO SAMBA', 'BASIC SAMBA']), 'RO', 'name')).toEqual([]);
  });

  it('but a team of people under such headings still is', () => {
    expect(ro(classes(['LENA MARTEN', 'ANNA BERG', 'KAMAL REILLY', 'INGRID BERG']), 'RO', 'name')).toEqual(['name anna berg', 'name ingrid berg', 'name kamal reilly', 'name lena marten']);
  });

  it("but a family's members who share a family name are still people, known or not", () => {
    const board = (names: string[]): string =>
      `<!doctype html><html><body><main><h2>Our team</h2>${names.map((n) => `<div class="card"><h3>${n}</h3><p>Owner</p><p><a href="tel:+15555550123">(555) 555-0123</a></p></div>`).join('')}</main></body></html>`;
    const us = foundAt('https://www.wendell-outdoors.example/team', 'US');
    expect(us(board(['Anna Berg', 'Lena Berg', 'Kamal Berg']), 'US', 'name')).toEqual(['name anna berg', 'name kamal berg', 'name lena berg']);
    expect(us(board(['Ingrid Wendell', 'Kamal Wendell', 'Lena Wendell']), 'US', 'name')).toEqual(['name ingrid wendell', 'name kamal wendell', 'name lena wendell']);
  });
});

describe('a name heading a profile written in the first person', () => {
  const fi = foundAt('https://www.wendell-fysio.example/', 'FI');
  const profile = (heading: string, bio: string): string =>
    `<!doctype html><html><body><main><h2>Palvelut</h2><p>Varaa aika puhelimitse.</p><h3>${heading}</h3><p>${bio}</p></main><footer><a href="tel:+358405550123">040 555 0123</a></footer></body></html>`;

  it.each([
    ['Olen fysioterapeutti ja autan asiakkaita palautumaan harjoittelusta ja arjen rasituksista jo kymmenen vuoden ajan.'],
    ['Ich bin gelernte Masseurin und arbeite seit vielen Jahren mit Sportlern aus der ganzen Region zusammen.'],
    ['I am a trained massage therapist and have worked with runners and skiers from the whole region for years.'],
  ])('"Lena Marten" over "%s"', (bio) => {
    expect(fi(profile('Lena Marten', bio), 'FI', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    // a heading that is no person's name
    ['Wendell Studio', 'Olen fysioterapeutti ja autan asiakkaita palautumaan harjoittelusta ja arjen rasituksista jo kymmenen vuoden ajan.'],
    // Swedish "Som …" ("As a …") opens no first-person profile
    ['Lena Marten', 'Som mäklare hjälper vi dig att sälja din bostad tryggt och enkelt, från värdering till tillträde.'],
    // a paragraph that speaks of no one
    ['Lena Marten', 'Vastaanotto on avoinna arkisin, ja pysäköinti onnistuu talon pihalla maksutta koko päivän ajan.'],
  ])('not "%s" over "%s"', (heading, bio) => {
    expect(fi(profile(heading, bio), 'FI', 'name')).toEqual([]);
  });
});

describe("an imprint in the page's content", () => {
  const de = foundAt('https://www.wendell-architekt.example/impressum/', 'DE');
  const imprint = (block: string, heading = 'Impressum'): string =>
    `<!doctype html><html><head><title>Impressum</title></head><body><header><nav><a href="/">Start</a> <a href="/kontakt/">Kontakt</a></nav></header><main><h1>${heading}</h1><p>${block}</p></main><footer>© 2024 Architekturbüro Wendell</footer></body></html>`;

  it.each([
    ['Architekturbüro Wendell<br>Lena Marten<br>Wendelweg 7<br>10115 Wendelfingen<br>Fon 030 / 555 54 - 0', 'name lena marten'],
    ['Lena Berg<br>Wendelweg 7<br>10115 Wendelfingen<br>Fon 030 / 555 54 - 0', 'name lena berg'],
  ])('%s', (block, want) => {
    expect(de(imprint(block), 'DE', 'name')).toEqual([want]);
  });

  it.each([
    // a firm named with a given name, alone over the address
    ['Lena Bau<br>Wendelweg 7<br>10115 Wendelfingen<br>Fon 030 / 555 54 - 0', 'Impressum'],
    // a person first, then another line: the person's is the firm's line, as a firm named so is
    ['Lena Wendell<br>Kamal Reilly<br>Wendelweg 7<br>10115 Wendelfingen', 'Impressum'],
    // no imprint's heading over the block
    ['Architekturbüro Wendell<br>Lena Marten<br>Wendelweg 7<br>10115 Wendelfingen', 'Unser Büro'],
  ])('not %s under "%s"', (block, heading) => {
    expect(de(imprint(block, heading), 'DE', 'name')).toEqual([]);
  });
});

describe('a mailbox written backwards for the browser to turn round', () => {
  const pl = foundAt('https://www.wendell-biuro.example/', 'PL');
  const page = (style: string, body: string): string =>
    `<!doctype html><html><head><style>${style}</style></head><body><main><h1>Biuro Wendell</h1><p>Telefon: <a href="tel:+48605555123">+48 605 555 123</a>, e-mail: ${body}.</p></main></body></html>`;

  it.each([
    ['.backwards { unicode-bidi: bidi-override; direction: rtl; }', '<strong class="backwards">elpmaxe.llednew@anel</strong>'],
    ['p .lead, .mail-rtl{direction:rtl;unicode-bidi:bidi-override}', '<span class="x mail-rtl">elpmaxe.llednew@anel</span>'],
    ['', '<span style="unicode-bidi: bidi-override; direction: rtl">elpmaxe.llednew@anel</span>'],
  ])('style "%s", %s', (style, body) => {
    expect(pl(page(style, body), 'PL', 'email')).toEqual(['email lena@wendell.example']);
  });

  it('not text turned round by nothing, nor a class whose rule only sets the direction', () => {
    expect(pl(page('', '<strong class="backwards">elpmaxe.llednew@anel</strong>'), 'PL', 'email')).not.toContain('email lena@wendell.example');
    expect(pl(page('.backwards { direction: rtl; } .other { unicode-bidi: bidi-override; }', '<strong class="backwards">elpmaxe.llednew@anel</strong>'), 'PL', 'email')).not.toContain(
      'email lena@wendell.example',
    );
  });
});

describe("a copyright line with a span of years and the firm's name in quotes before its owner's", () => {
  const pl = foundAt('https://www.wendell-biuro.example/', 'PL');
  const site = (line: string): string =>
    '<!doctype html><html><head><meta name="author" content="Lena Marten"></head><body><main><h1>Biuro Wendell</h1><p>Kontakt: <a href="tel:+48605555123">+48 605 555 123</a>, <a href="mailto:lena@wendell.example">lena@wendell.example</a></p></main>' +
    `<footer><p>${line}</p></footer></body></html>`;

  it.each([['© 2005 - 2019 "WENDELL" Lena Marten'], ['© 2005 – 2019 „Wendell” Lena Marten'], ['© 2019 Lena Marten']])('%s', (line) => {
    expect(pl(site(line), 'PL', 'name')).toEqual(['name lena marten']);
  });

  it('not the firm alone in quotes', () => {
    expect(pl(site('© 2005 - 2019 "WENDELL BIURO"'), 'PL', 'name')).toEqual([]);
  });
});
