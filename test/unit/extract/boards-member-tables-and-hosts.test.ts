/**
 * From the 112th sealed round (found after its scoring): clubs' board pages whose cards describe
 * each post in a paragraph, with Nordic posts ("Nestleder", "-sjef", "-ansvarlig") and Polish ones
 * ("Zastępca prezesa", "Członek"); two people sharing a role on one line; a member table with family and
 * given names in columns of their own; a board's list of names, each beside its own mailbox; a
 * club's footer giving its postal block and number; a host who welcomes the guests in their own
 * name, in a guest house's header; an Italian business "of" its owner in the copyright line, the web
 * designer's credit after it on the same line; and a one-person business's "Contact me" before its
 * number. With the cases an adversary would bring. Every name, number, address and domain here is
 * invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const DESCRIPTION = 'Har ansvar for sitt område i klubben og rapporterer til styret ved hvert møte, og svarer på spørsmål fra medlemmene i løpet av uken.';

describe("a board's cards, each describing its post in a paragraph", () => {
  const no = foundAt('https://www.wendell-klubb.example/om-oss/styre', 'NO');
  const card = (post: string, name: string, box: string, text = DESCRIPTION): string =>
    `<div class="card"><h3>${post}</h3><p class="name">${name}</p><div class="contact"><a href="mailto:${box}@wendell-klubb.example">${box}@wendell-klubb.example</a></div><div><p>${text}</p></div></div>`;
  const board = (cards: string): string => `<!doctype html><html><body><main><h2>Styre og tillitsvalgte</h2>${cards}</main></body></html>`;
  const people: [string, string, string][] = [
    ['Nestleder', 'Ingrid Berg', 'nestleder'],
    ['Sekretær', 'Lena Marten', 'sekretaer'],
    ['Arrangementsjef', 'Kamal Reilly', 'arrangement'],
    ['Utstyrsansvarlig', 'Oskar Lindqvist', 'utstyr'],
    ['Kursleder', 'Anna Berg', 'kurs'],
  ];

  it('names each holder', () => {
    expect(no(board(people.map(([p, n, b]) => card(p, n, b)).join('')), 'NO', 'name')).toEqual([
      'name anna berg',
      'name ingrid berg',
      'name kamal reilly',
      'name lena marten',
      'name oskar lindqvist',
    ]);
  });

  it('but two paragraphs under a card end the list (an article after a name)', () => {
    const two = people.map(([p, n, b]) => card(p, n, b, `${DESCRIPTION}</p><p>${DESCRIPTION}`)).join('');
    expect(no(board(two), 'NO', 'name')).toEqual([]);
  });

  it('nor are the lines under a post that is a call to join names ("Mitglied werden")', () => {
    const de = foundAt('https://www.wendell-reitverein.example/team', 'DE');
    const html = '<!doctype html><html><body><main><h2>Ansprechpartner</h2><p>Lena Marten</p><p>Dressur für alle</p><p>Kamal Reilly</p><p>Springen für Kinder</p>' +
      `<p>${'Unsere Halle ist täglich von acht bis zwanzig Uhr geöffnet, auch an Feiertagen und in den Ferien. '.repeat(2)}</p><h3>Mitglied werden</h3><p>Reiten Lernen</p><p>Wendell Hof</p></main></body></html>`;
    expect(de(html, 'DE', 'name').filter((n) => !/lena marten|kamal reilly/.test(n))).toEqual([]);
  });
});

describe('a Polish board, a post and its holder on a line each', () => {
  const pl = foundAt('https://www.wendell-klub.example/o-nas', 'PL');

  it('names the deputy and the members as the chair', () => {
    const html = '<!doctype html><html><body><main><h1>Zarząd</h1><p>Prezes: Lena Marten<br>Zastępca prezesa: Kamal Reilly<br>Skarbnik: Anna Berg<br>Członek: Oskar Lindqvist<br>Członek: Ingrid Berg</p></main></body></html>';
    expect(pl(html, 'PL', 'name')).toEqual(['name anna berg', 'name ingrid berg', 'name kamal reilly', 'name lena marten', 'name oskar lindqvist']);
  });
});

describe('two people sharing a role on one line', () => {
  const de = foundAt('https://www.wendell-turnverein.example/vorstand.html', 'DE');
  const team = (line: string): string =>
    `<!doctype html><html><body><main><h2>Unsere Trainer</h2><h3>Lena Marten</h3><p>Tennis</p><h3>${line}</h3><p>Schwimmen</p><h3>Kamal Reilly</h3><p>Tischtennis</p><h3>Anna Berg</h3><p>Radsport</p></main></body></html>`;

  it('are two names', () => {
    expect(de(team('Ingrid Berg und Oskar Lindqvist'), 'DE', 'name')).toEqual(['name anna berg', 'name ingrid berg', 'name kamal reilly', 'name lena marten', 'name oskar lindqvist']);
  });

  it('not a post joined by "und" ("Kinder- und Jugendzahnmedizin"), which would end the list under a card', () => {
    const ch = foundAt('https://www.wendell-praxis.example/team', 'CH');
    const html =
      '<!doctype html><html><body><main><h2>Unser Team</h2><p>Lena Marten</p><p>Zahnärztin</p><p>Kamal Reilly</p><p>Dr. med. dent.</p>' +
      '<p>Fachzahnarzt Kinder- und Jugendzahnmedizin SSO</p><p>ab März 2026</p><p>Anna Berg</p><p>Dentalhygienikerin</p><p>Oskar Lindqvist</p><p>Praxisassistent</p></main></body></html>';
    expect(ch(html, 'CH', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten', 'name oskar lindqvist']);
  });
});

describe("a member table's family and given names in columns of their own", () => {
  const ch = foundAt('https://www.wendell-club.example/joueurs.html', 'CH');
  const table = (family: string, given: string): string =>
    `<!doctype html><html><body><main><h1>Nos joueurs</h1><table><tr><td>Licence</td><td>${family}</td><td>${given}</td><td>Tél.</td></tr>` +
    '<tr><td>10001</td><td>Marten</td><td>Lena</td><td>022 555 10 31</td></tr><tr><td>10002</td><td>Reilly</td><td>Kamal</td><td>022 555 10 32</td></tr>' +
    '<tr><td>10003</td><td>Berg</td><td>Anna</td><td>022 555 10 33</td></tr></table></main></body></html>';

  it.each([
    ['Nom', 'Prénom'],
    ['Name', 'Vorname'],
    ['Last name', 'First name'],
  ])('%s | %s: each row\'s person', (family, given) => {
    expect(ch(table(family, given), 'CH', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten']);
  });

  it('not where one of the two headers is missing', () => {
    expect(ch(table('Club', 'Prénom'), 'CH', 'name')).toEqual([]);
  });
});

describe("a board's names, each beside its own mailbox", () => {
  const be = foundAt('https://www.wendell-vereniging.example/bestuur/', 'BE');
  const line = (name: string, box: string): string => `<p>${name}, <a href="mailto:${box}@wendell-mail.example">${box}@wendell-mail.example</a></p>`;
  const people: [string, string][] = [
    ['Lena Marten', 'lena.marten'],
    ['Kamal Reilly', 'kamal.reilly'],
    ['Anna Berg', 'anna.berg'],
    ['Oskar Lindqvist', 'oskar.lindqvist'],
    ['Ingrid Berg', 'ingrid.berg'],
    ['Rik Qorvantel', 'rikqorvantel'],
  ];

  it('vouch for a name the lists do not know', () => {
    const html = `<!doctype html><html><body><main><h1>Bestuur</h1>${people.map(([n, b]) => line(n, b)).join('')}</main></body></html>`;
    expect(be(html, 'BE', 'name')).toContain('name rik qorvantel');
  });

  it('but two such names do not', () => {
    const html = `<!doctype html><html><body><main><h1>Bestuur</h1>${line('Lena Marten', 'lena.marten')}${line('Rik Qorvantel', 'rikqorvantel')}</main></body></html>`;
    expect(be(html, 'BE', 'name')).not.toContain('name rik qorvantel');
  });
});

describe("a club's footer giving its postal block and number", () => {
  const de = foundAt('https://www.wendell-turnverein.example/vorstand.html', 'DE');
  const page = (block: string): string =>
    '<!doctype html><html><body><main><h1>Vorstand</h1><p>Der Vorstand leitet den Verein.</p></main>' +
    `<footer><p>${block}</p><p>Wendellweg 7</p><p>55555 Wendell</p><p>Telefon: 05555 - 61470</p></footer></body></html>`;

  it("is the club's own line", () => {
    expect(de(page('Turnverein Wendell 1902 e.V.'), 'DE', 'phone')).toEqual(['phone +49555561470']);
  });

  it("not a firm's (a marketplace's company)", () => {
    expect(de(page('Wendell Marktplatz GmbH'), 'DE', 'phone')).toEqual([]);
  });
});

describe("a host welcoming the guests in their own name, in a guest house's header", () => {
  const fr = foundAt('https://www.wendell-gite.example/', 'FR');
  const site = (intro: string, box = 'lena.marten@laposte.net'): string =>
    `<!doctype html><html><body><header><div class="intro"><p>Au calme, ${intro} dans sa ferme de Wendell.</p></div></header>` +
    '<main><h1>Chambres</h1><p>Deux chambres avec terrasse.</p></main>' +
    `<footer><p>Réservation : <a href="tel:+33655501234">06 55 50 12 34</a> · <a href="mailto:${box}">${box}</a></p></footer></body></html>`;

  it('names the host', () => {
    expect(fr(site('Lena Marten vous accueille'), 'FR', 'name')).toEqual(['name lena marten']);
  });

  it.each([['Lena Marten welcomes you'], ['Lena Marten heißt Sie willkommen']])('%s', (intro) => {
    expect(fr(site(intro), 'FR', 'name')).toEqual(['name lena marten']);
  });

  it('not a name that does not welcome', () => {
    expect(fr(site('la maison de Lena Marten', 'gite.wendell@laposte.net'), 'FR', 'name')).toEqual([]);
  });

  // (Where the site's free mailbox spells that name whole, its holder is the host all the same:
  // about-us-titles-acronyms-and-spelt-mailboxes.)
  it('but the name the reservations mailbox spells is the host', () => {
    expect(fr(site('la maison de Lena Marten'), 'FR', 'name')).toEqual(['name lena marten']);
  });
});

describe("an Italian business \"of\" its owner in the copyright line", () => {
  const it_ = foundAt('https://www.wendell-agriturismo.example/dove-siamo', 'IT');
  const site = (copyright: string): string =>
    '<!doctype html><html><body><main><h1>Dove siamo</h1><p>Via Roma 5, Wendell</p></main>' +
    `<footer><p>+39 347 555 0261</p><p>info@wendell-agriturismo.example</p><p>${copyright}</p></footer></body></html>`;

  it('names the owner, the web designer\'s credit on the same line left out', () => {
    expect(it_(site('© 2021 Agriturismo Il Wendell di Lena Marten · sito realizzato da Kamal Reilly'), 'IT', 'name')).toEqual(['name lena marten']);
  });

  it('not a place after "di"', () => {
    expect(it_(site('© 2021 Azienda Agricola di Poggio Wendell'), 'IT', 'name')).toEqual([]);
  });
});

describe("a one-person business's \"Contact me\" before its number", () => {
  const gb = foundAt('https://www.wendell-cakes.example/get-in-touch', 'GB');
  const site = (footer: string): string =>
    '<!doctype html><html><body><main><h1>Contact</h1><form action="https://forms.example/f/123"><input name="email"></form></main>' +
    `<footer><p>${footer}</p><a href="tel:02079460123">Tel 020 7946 0123</a></footer></body></html>`;

  it('says the site is its own', () => {
    expect(gb(site('Contact me for a quote'), 'GB', 'phone')).toEqual(['phone +442079460123']);
  });

  it("not a desk's words", () => {
    expect(gb(site('Customer service:'), 'GB', 'phone')).toEqual([]);
  });
});
