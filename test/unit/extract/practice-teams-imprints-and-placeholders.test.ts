/**
 * From the 129th sealed round (found after its scoring): a practice's team whose doctors' degrees
 * a template sets in a <nav> without links, doctors' and therapists' posts under their names, an
 * imprint's answerable person after the law's name ("nach Telemediengesetz") and a dentist's "ZÄ"
 * before them, an imprint's holder over two lines of the trade's names, a doctor's title in a later
 * part of the page title, and a contact form's example number and mailbox in its fields' titles
 * and in the text.
 * With the cases an adversary would bring. Every name, number, address and domain here is invented
 * (wendell-* domains, 555 numbers, proton.me).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const doc = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe("a practice's team page", () => {
  const fr = foundAt('https://www.wendell-dentiste.example/equipe.php', 'FR');
  const card = (name: string, post: string, list: 'nav' | 'ul'): string =>
    `<div class="row"><h2>${name}</h2><${list}><ul><li>${post}</li><li>Formée à Wendelville</li><li>Membre de l’association Wendell depuis 2015</li></ul></${list}></div>`;

  it("the doctors' cards, their degrees in a <nav> without links", () => {
    const html = doc('', `<div class="container">${card('Lena Marten', 'Docteur en médecine vétérinaire', 'nav')}${card('Anna Berg', 'Docteur en médecine vétérinaire', 'nav')}</div>`);
    expect(fr(html, 'FR', 'name')).toEqual(['name anna berg', 'name lena marten']);
  });

  it.each([['Kinésithérapeute'], ['Ostéopathe'], ['Vétérinaire'], ['Médecin généraliste']])('%s under each name', (post) => {
    const html = doc('', `<main>${card('Lena Marten', post, 'ul')}${card('Anna Berg', post, 'ul')}</main>`);
    expect(fr(html, 'FR', 'name')).toEqual(['name anna berg', 'name lena marten']);
  });

  it("a <nav> with links is the site's navigation still, and so is a short one without", () => {
    const linked = doc('', `<div class="container"><nav><a href="/">Accueil</a> <a href="/equipe.php">Lena Marten</a> <a href="/contact.php">Contact</a></nav><p>Bienvenue.</p></div>`);
    expect(fr(linked, 'FR', 'name')).toEqual([]);
    const short = doc('', '<div class="container"><nav>Lena Marten · Accueil</nav><p>Bienvenue.</p></div>');
    expect(fr(short, 'FR', 'name')).toEqual([]);
  });

  it("a header's <nav> without links stays the header's (its number is not the content's)", () => {
    const html = doc('', "<header><nav>Hotline du réseau Wendell : 01 45 55 12 34, du lundi au vendredi de 9 h à 18 h, hors jours fériés</nav></header><main><p>Bienvenue.</p></main>");
    expect(fr(html, 'FR', 'phone')).toEqual([]);
  });
});

describe("an imprint's answerable person and holder", () => {
  const de = foundAt('https://www.wendell-zahn.example/impressum.php', 'DE');

  it.each([['nach Telemediengesetz'], ['nach TMG'], ['gemäß § 18 Abs. 2 MStV']])('"Verantwortlich für den Inhalt %s:" over the name, a dentist\'s "ZÄ" before it', (law) => {
    const html = doc('', `<main><h1>Impressum</h1><p>Verantwortlich für den Inhalt ${law}:<br>ZÄ Lena Marten</p><p>Telefon 030 5551234</p></main>`);
    expect(de(html, 'DE', 'name')).toEqual(['name lena marten']);
  });

  it('a firm after the law\'s name is no person', () => {
    const html = doc('', '<main><h1>Impressum</h1><p>Verantwortlich nach Telemediengesetz:<br>Wendell Dental GmbH</p><p>Telefon 030 5551234</p></main>');
    expect(de(html, 'DE', 'name')).toEqual([]);
  });

  it('the holder over two lines of the trade\'s names, then the address', () => {
    const html = doc('', '<main><h1>Impressum</h1><p>Angaben gemäß § 5 TMG</p><p>Lena Marten<br>Brillen Wendell<br>Wendeller Sehzentrum<br>Wendelweg 7<br>10115 Berlin</p><p>Telefon 030 5551234</p></main>');
    expect(de(html, 'DE', 'name')).toEqual(['name lena marten']);
  });

  it('a label over a label, then two holders and the address: both holders', () => {
    const html = doc('', '<main><h1>Impressum</h1><p>Angaben gemäß § 5 TMG</p><p>Anbieter dieser Webseite:</p><p>Lena Marten<br>Anna Berg<br>Wendelweg 7<br>10115 Berlin</p><p>Telefon 030 5551234</p></main>');
    expect(de(html, 'DE', 'name')).toEqual(['name anna berg', 'name lena marten']);
  });

  it('a firm over two such lines names no one', () => {
    const html = doc('', '<main><h1>Impressum</h1><p>Angaben gemäß § 5 TMG</p><p>Wendell Brillen GmbH<br>Brillen Wendell<br>Wendeller Sehzentrum<br>Wendelweg 7<br>10115 Berlin</p><p>Telefon 030 5551234</p></main>');
    expect(de(html, 'DE', 'name')).toEqual([]);
  });
});

describe("a doctor's title in a later part of the page title", () => {
  const it_ = foundAt('https://www.wendell-dermatologo.example/contatti.php', 'IT');

  it('"Contatti | Dott.Lena Berg - Dermatologo", and "Dottor" before a name in the text', () => {
    expect(it_(doc('<title>Contatti | Dott.Lena Berg - Dermatologo</title>', '<main><p>Studio aperto il martedì.</p></main>'), 'IT', 'name')).toEqual(['name lena berg']);
    expect(it_(doc('<title>Contatti</title>', '<main><h2>Dottor Lena Berg</h2><p>Dermatologo</p><p>Tel. 02 5551234</p></main>'), 'IT', 'name')).toEqual(['name lena berg']);
  });

  it("a title's part that names a clinic after its title is no person", () => {
    expect(it_(doc('<title>Contatti | Dott. Wendell Clinic</title>', '<main><p>Studio aperto il martedì.</p></main>'), 'IT', 'name')).toEqual([]);
  });
});

describe("a contact form's example number and mailbox", () => {
  const it_ = foundAt('https://www.wendell-dermatologo.example/contatti.php', 'IT');
  const form = (phone: string, mail: string): string =>
    doc('', `<main><p>Cellulare 333 555 1842</p><form><input name="tel" title="${phone}"><textarea name="msg" aria-label="${mail}"></textarea></form></main>`);

  it("in the form's fields' titles: no one's", () => {
    expect(it_(form('Esempio: 02 5553412', 'Esempio: lena.berg@wendell-mail.example'), 'IT')).toEqual(['phone +393335551842']);
  });

  it("a title on a link or an image is still read (a call link's number in its title)", () => {
    expect(it_(doc('', '<main><a href="/contatti" title="Chiamaci: 02 5553412">Contatti</a></main>'), 'IT', 'phone')).toEqual(['phone +39025553412']);
  });

  it.each([['mia.email@sito.it'], ['tuaemail@tuosito.it'], ['votre.email@votresite.fr'], ['ihre.email@beispiel.de']])('an example mailbox in the text: "%s"', (mail) => {
    expect(it_(doc('', `<main><p>Scrivi a ${mail}</p></main>`), 'IT', 'email')).toEqual([]);
  });

  it('a real mailbox at a domain whose name begins so, and a number ending in other digits, are kept', () => {
    const html = doc('', '<main><p>Scrivici: lena@sitowendell.it</p><p>Tel. 02 5551234</p><p>Cell. 333 555 4567</p></main>');
    expect(it_(html, 'IT')).toEqual(['email lena@sitowendell.it', 'phone +39025551234', 'phone +393335554567']);
  });
});
