/**
 * From the 127th sealed round (found after its scoring): one-person sites whose owner a
 * self-introduction, the title, a postal card, a mailbox or a "run by" phrase names, and the values
 * that are not theirs (a designer's mail link after its credit, a designer's block under
 * "Websiteanpassungen", a number whose last digits are "XX", a contact heading's question). With
 * the cases an adversary would bring. Every name, number, address and domain here is invented
 * (wendell-* domains, 555 numbers, proton.me).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const doc = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe("a self-introduction's given name, made whole by the site's header or footer", () => {
  const de = foundAt('https://www.wendell-trauung.example/', 'DE');
  const site = (header: string, footer: string): string =>
    doc(
      '<title>Hochzeitsrednerin</title>',
      `<header>${header}<nav><a href="#uber">Über mich</a><a href="#kontakt">Kontakt</a></nav></header><main><h2>Über mich</h2><p>Willkommen! Ich bin Lena.</p><p>Ich schreibe für jedes Paar eine eigene Rede.</p></main><footer>${footer}</footer>`,
    );

  it('the full name the header prints as its brand', () => {
    expect(de(site('<div class="brand">Lena Marten</div>', '<p>Alle Rechte vorbehalten</p>'), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it('the full name on a line of the footer', () => {
    expect(de(site('<div class="brand">Hochzeitsrednerin</div>', '<p>Lena Marten</p><p>Alle Rechte vorbehalten</p>'), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it('two full names with that given name: which one is not said, the given name stays', () => {
    expect(de(site('<div class="brand">Lena Marten</div>', '<p>Lena Berg</p>'), 'DE', 'name')).toEqual(['name lena']);
  });

  it("the given name inside a longer line (a studio's name) makes nothing whole", () => {
    expect(de(site('<div class="brand">Lena Marten Studio</div>', '<p>Alle Rechte vorbehalten</p>'), 'DE', 'name')).toEqual(['name lena']);
  });
});

describe("a contact heading's question", () => {
  const br = foundAt('https://www.wendell-piano.example/', 'BR');
  const page = (line: string): string =>
    doc('', `<main><h2>Contato</h2><h3>${line}</h3><a href="https://wa.me/5511955512345">WhatsApp</a></main>`);

  it.each([['Lena marcar?'], ['Lena?'], ['Lena agendar!']])('"%s" names no one', (line) => {
    expect(br(page(line), 'BR', 'name')).toEqual([]);
  });

  it('a name under the heading still is one', () => {
    expect(br(page('Lena Marten'), 'BR', 'name')).toEqual(['name lena marten']);
  });
});

describe("the owner a one-person site's title names", () => {
  it("a trade's word, then the name the page prints as a line of its own (no contact on the page)", () => {
    const html = doc('<title>Weingut Lena Marten</title>', '<header><p>Weingut</p><p>Lena Marten</p></header><main><p>Unsere Weine reifen in Wendelfeld.</p></main>');
    expect(foundAt('https://www.wendell-wein.example/', 'AT')(html, 'AT', 'name')).toEqual(['name lena marten']);
  });

  it("a patron's name after an inn's word is no owner's", () => {
    const html = doc('<title>Hotel Maria Theresia</title>', '<header><p>Hotel</p><p>Maria Theresia</p></header><main><p>Zimmer frei.</p></main>');
    expect(foundAt('https://www.wendell-hotel.example/', 'AT')(html, 'AT', 'name')).toEqual([]);
  });

  it("the trade's word and the name, but the name printed only inside a sentence: not without a site of its own", () => {
    const html = doc('<title>Weingut Lena Marten</title>', '<main><p>Das Weingut Lena Marten liegt in Wendelfeld.</p></main>');
    expect(foundAt('https://www.wendell-wein.example/', 'AT')(html, 'AT', 'name')).toEqual([]);
  });

  it("the name first and its trade after, where only the site's own name spells the name: not by that alone (a firm's brand is spelt so)", () => {
    const html = doc('<title>Lena Marten - Violinista e professora</title>', '<main><h2>Quem somos</h2><p>Aulas de violino.</p><a href="https://wa.me/5511955512345">WhatsApp</a></main>');
    expect(foundAt('https://www.lenamarten.example/', 'BR')(html, 'BR', 'name')).toEqual([]);
  });

  it('the name first, where the author meta tag names the same person', () => {
    const title = '<title>Lena Marten - Zámečník Wendelov</title><meta name="description" content="Zámečnické práce. Tel: 731 555 218">';
    const cz = foundAt('https://www.wendell-voda.example/', 'CZ');
    expect(cz(doc(`${title}<meta name="author" content="Lena Marten">`, '<div id="root"></div>'), 'CZ', 'name')).toEqual(['name lena marten']);
    // Another author (the web designer): the title alone says nothing.
    expect(cz(doc(`${title}<meta name="author" content="Kamal Reilly">`, '<div id="root"></div>'), 'CZ', 'name')).toEqual([]);
  });

  it('a doctor\'s title first ("Dott.ssa …", "Dr. …"), the trade after the name left out', () => {
    const it_ = foundAt('https://www.wendell-psicologa.example/', 'IT');
    expect(it_(doc('<title>Dott.ssa Lena Berg Logopedista</title>', '<main><p>Studio aperto il martedì.</p></main>'), 'IT', 'name')).toEqual(['name lena berg']);
    expect(it_(doc('<title>Dr. Lena Berg – Zahnärztin</title>', '<main><p>Termine nach Vereinbarung.</p></main>'), 'IT', 'name')).toEqual(['name lena berg']);
    // A middle name stays ("Anna Maria"), and a clinic after "Dr." is no person.
    expect(it_(doc('<title>Dr. Anna Maria Berg</title>', '<main><p>Termine.</p></main>'), 'IT', 'name')).toEqual(['name anna maria berg']);
    expect(it_(doc('<title>Dr. Wendell Clinic</title>', '<main><p>Termine.</p></main>'), 'IT', 'name')).toEqual([]);
  });

  it("a doctor's title on another page than the home, contact or about page (an article's) names no owner", () => {
    const html = doc('<title>Dr. Lena Berg – Zahnärztin</title>', '<main><p>Ein Bericht.</p></main>');
    expect(foundAt('https://www.wendell-news.example/2024/05/bericht-zahnaerzte.html', 'DE')(html, 'DE', 'name')).toEqual([]);
  });
});

describe('a postal card under "Par courrier :"', () => {
  const fr = foundAt('https://www.wendell-haras.example/contact/', 'FR');
  const page = (card: string): string =>
    doc('', `<main><h2>Écrivez-nous</h2><p>Téléphone : 01 45 55 31 20</p><p>Adresse postale :<br>${card}</p></main>`);

  it('a couple, the second after "&" on a line of their own, the street\'s number first', () => {
    expect(fr(page('Lena MARTEN<br>&amp; Kamal REILLY<br>15 route de Wendel<br>10115 LE WENDEL'), 'FR', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it('one person, the street\'s number first', () => {
    expect(fr(page('Lena Marten<br>12 rue de Wendel<br>10115 Wendelville'), 'FR', 'name')).toEqual(['name lena marten']);
  });

  it("a firm's line after \"&\" is no person", () => {
    expect(fr(page('Lena Marten<br>&amp; Wendell Immobilier<br>12 rue de Wendel<br>10115 Wendelville'), 'FR', 'name')).toEqual(['name lena marten']);
  });

  it("under a web designer's label: no one", () => {
    const html = doc('', '<main><p>Téléphone : 01 45 55 31 20</p><p>Conception du site :<br>Kamal Reilly<br>&amp; Lena Berg<br>12 rue de Wendel<br>10115 Wendelville</p></main>');
    expect(fr(html, 'FR', 'name')).toEqual([]);
  });
});

describe('a number whose last digits are masked or not yet filled in', () => {
  const it_ = foundAt('https://www.wendell-olio.example/contatti/', 'IT');

  it.each([['Telefono +39 02 5550 XX'], ['Scrivici o chiama lo 02 5550 XX .'], ['+39 02 5550XX'], ['Tel. 0170 555 12xx']])('"%s" is no phone', (line) => {
    expect(it_(doc('', `<main><p>${line}</p></main>`), 'IT', 'phone')).toEqual([]);
  });

  it('a whole number beside them is one, and so is one before a tariff\'s footnote or a word with X', () => {
    const html = doc('', '<main><p>Telefono +39 02 5550 XX</p><p>Cellulare +39 333 555 1234</p><p>Tel. 02 555 1234** (**tariffa locale)</p><p>Tel. 02 555 9876 XXL-Möbel</p></main>');
    expect(it_(html, 'IT', 'phone')).toEqual(['phone +39025551234', 'phone +39025559876', 'phone +393335551234']);
  });
});

describe('a Dutch or German family name with its particles, spelt whole by the site\'s free mailbox', () => {
  const nl = foundAt('https://www.wendell-praktijk.example/contact.html', 'NL');
  const page = (line: string, mailbox: string): string =>
    doc(
      '<title>Contact</title>',
      `<main><p>Bel of mail voor een afspraak.</p><p>${line}</p></main><footer><p><a href="mailto:${mailbox}">${mailbox}</a><br>06 55523417</p></footer>`,
    );

  it('the owner, her given name unknown to the lists', () => {
    expect(nl(page('Wendeline van der Marten, logopedist, heet u welkom in de praktijk.', 'wendelinevandermarten@proton.me'), 'NL', 'name')).toEqual(['name wendeline van der marten']);
  });

  it("a place's or a trade's name with particles is no person's", () => {
    expect(nl(page('Hof van Wendel, uw adres in de regio.', 'hofvanwendel@proton.me'), 'NL', 'name')).toEqual([]);
    expect(nl(page('Bakkerij van der Marten, al jaren in de regio.', 'bakkerijvandermarten@proton.me'), 'NL', 'name')).toEqual([]);
  });

  it('French particles with an unknown first word: not without a known given name ("Camping de la Plage")', () => {
    expect(nl(page('Camping de la Wendel, uw adres in de regio.', 'campingdelawendel@proton.me'), 'NL', 'name')).toEqual([]);
  });
});

describe("a web designer's mail link after its credit, in the content", () => {
  const it_ = foundAt('https://www.wendell-logopedia.example/', 'IT');
  const page = (credit: string): string =>
    doc('', `<main><h1>Lena Berg</h1><p>Cellulare 333 555 1842, lenaberg@proton.me</p><div class="modal"><p>Logopedista · ${credit} <a href="mailto:kamal@wendell-dev.example"><span>Kamal Reilly</span></a></p></div></main>`);

  it.each([['Designed by:'], ['Sito realizzato da'], ['Webdesign &amp; Hosting –']])('"%s": not the designer\'s name', (credit) => {
    expect(it_(page(credit), 'IT', 'name')).not.toContain('name kamal reilly');
  });

  it('a credit earlier on the line, then a contact label before the link: the link is the contact\'s', () => {
    expect(it_(page('Sito realizzato da Wendell Web · Scrivi alla segreteria:'), 'IT', 'name')).toContain('name kamal reilly');
  });
});

describe('the site maker\'s block under "Websiteanpassungen:" and the like', () => {
  const de = foundAt('https://www.wendell-logo.example/impressum/', 'DE');
  const page = (label: string): string =>
    doc(
      '',
      `<main><h1>Impressum</h1><p>Sprachtherapie Wendell<br>Wendelweg 4<br>10115 Berlin<br>Telefon: 030 555 0101<br>E-Mail: info@wendell-logo.example</p><p>Bildnachweis: Wendell Foto<br>${label}<br>Kamal Reilly, Wendelstrasse 5, 10117 Berlin, 030/555012</p></main>`,
    );

  it.each([['Websiteanpassungen:'], ['Homepage-Betreuung:'], ['Technische Umsetzung:'], ['Sviluppo sito:'], ['Wykonanie strony:']])('%s: not the maker\'s number', (label) => {
    expect(de(page(label), 'DE', 'phone')).toEqual(['phone +49305550101']);
  });

  it("without such a label, the second number is the page's", () => {
    expect(de(page('Zweigstelle:'), 'DE', 'phone')).toEqual(['phone +49305550101', 'phone +4930555012']);
  });
});

describe('the owner a "run by" phrase names', () => {
  const fr = foundAt('https://www.wendell-elagage.example/', 'FR');
  const page = (phrase: string): string =>
    doc('', `<main><p>Wendell Paysage est une petite entreprise ${phrase}, qui entretient vos jardins.</p><p>Tél : 06 55 48 31 07</p></main>`);

  it.each([['dirigée par Lena MARTEN-BERG', 'lena marten-berg'], ['gérée par Lena Marten', 'lena marten'], ['tenue par Kamal Reilly', 'kamal reilly']])('"%s"', (phrase, name) => {
    expect(fr(page(phrase), 'FR', 'name')).toEqual([`name ${name}`]);
  });

  it('run by a council or a firm: no one', () => {
    expect(fr(page('dirigée par le conseil municipal'), 'FR', 'name')).toEqual([]);
    expect(fr(page('dirigée par Wendell Conseil SARL'), 'FR', 'name')).toEqual([]);
  });

  it.each([
    ['DE', 'Unser Betrieb wird geführt von Lena Marten in zweiter Generation.', 'lena marten'],
    ['IT', "L'azienda è gestita da Lena Marten dal 2010.", 'lena marten'],
    ['NL', 'Het bedrijf wordt geleid door Kamal Reilly sinds 2015.', 'kamal reilly'],
  ])('%s: "%s"', (cc, sentence, name) => {
    expect(foundAt('https://www.wendell-firma.example/', cc)(doc('', `<main><p>${sentence}</p><p>Tel 0455 551 234</p></main>`), cc, 'name')).toEqual([`name ${name}`]);
  });
});

describe('a couple under one family name on a line of their own over their address', () => {
  const fr = foundAt('https://www.wendell-gite.example/contact.html', 'FR');
  const block = (couple: string): string => `<p>Gîte Wendell<br>Location à la semaine<br>${couple}<br>10115 WENDELVILLE<br>Tél. +33 (0)5 55 31 48 26<br>contact@wendell-gite.example</p>`;

  it('in the content, and in a site\'s footer', () => {
    expect(fr(doc('', `<main><h2>Contact</h2>${block('Lena &amp; Ingrid BERG')}</main>`), 'FR', 'name')).toEqual(['name ingrid berg', 'name lena berg']);
    expect(fr(doc('', `<main><h2>Contact</h2><p>Écrivez-nous.</p></main><footer>${block('Lena et Ingrid Berg')}</footer>`), 'FR', 'name')).toEqual(['name ingrid berg', 'name lena berg']);
  });

  it('not where the last word is a given name only ("Anna & Maria Theresia"), nor a given name unknown to the lists', () => {
    expect(fr(doc('', `<main><h2>Contact</h2>${block('Anna &amp; Maria Theresia')}</main>`), 'FR', 'name')).toEqual([]);
    expect(fr(doc('', `<main><h2>Contact</h2>${block('Lena &amp; Qorvan BERG')}</main>`), 'FR', 'name')).toEqual([]);
  });

  it("a holiday let's name over the block (\"Gîte Wendell\", \"Ferienhaus Lena\") is no person's", () => {
    expect(fr(doc('', `<main><h2>Contact</h2>${block('Téléphone et adresse :')}</main>`), 'FR', 'name')).toEqual([]);
    const de = foundAt('https://www.wendell-ferien.example/kontakt.html', 'DE');
    expect(de(doc('', '<main><h2>Kontakt</h2><p>Ferienhaus Lena<br>Wendelweg 3<br>10115 Berlin<br>Tel. 030 5557788</p></main>'), 'DE', 'name')).toEqual([]);
  });

  it('not without an address under it (a heading of two first names and a word)', () => {
    expect(fr(doc('', '<main><h2>Lena &amp; Ingrid Berg</h2><p>Nous vous accueillons toute l’année.</p></main>'), 'FR', 'name')).toEqual([]);
  });
});
