/**
 * From the 114th sealed round (found after its scoring): a host's "seiner Frau Lena" (his wife, a
 * given name alone, no honorific); a contact's given names and family name in fields of their own
 * ("Imię:" / "Lena i Kamal" / "Nazwisko:" / "Marten"); an office's staff list giving each person's
 * initials in brackets ("Lena MARTEN (LM) : Notaire"); Austria's imprints ("Medieninhaber", the
 * statutes' line before the block); an Italian business's line "di" its owner under its name in its
 * header; a lawyer named before their title over an office's address in a firm's footer. With the
 * cases an adversary would bring. Every name, number, address and domain here is invented
 * (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe('"seiner Frau Lena": a wife\'s given name, no honorific', () => {
  const ch = foundAt('https://www.wendell-gasthaus.example/ueber-uns/', 'CH');
  const page = (text: string): string => `<!doctype html><html><body><main><h1>Über uns</h1><p>${text}</p></main></body></html>`;

  it('is not a name alone', () => {
    expect(ch(page('Er führt das Haus seit 2019 mit seiner Frau Lena, dazu zwei Köche.'), 'CH', 'name')).toEqual([]);
    expect(ch(page('Gemeinsam mit meiner Frau Anna führe ich den Betrieb.'), 'CH', 'name')).toEqual([]);
  });

  it('the honorific still names a person, and a wife named in full is one', () => {
    expect(ch(page('Reservationen bei Frau Lena Marten.'), 'CH', 'name')).toEqual(['name lena marten']);
    expect(ch(page('Er führt das Gasthaus mit seiner Frau Lena Marten.'), 'CH', 'name')).toEqual(['name lena marten']);
  });
});

describe("a contact's given names and family name in fields of their own", () => {
  const pl = foundAt('https://www.wendell-dom.example/kontakt/', 'PL');
  const page = (fields: string): string =>
    `<!doctype html><html><body><main><h1>Kontakt</h1>${fields}<p>Telefon:</p><p>+48 22 555-10-20</p></main></body></html>`;

  it.each([
    ['<p>Imię:</p><p>Anna i Kamal</p><p>Nazwisko:</p><p>Berg</p>', ['name anna berg', 'name kamal berg']],
    ['<p>Imię: Lena</p><p>Nazwisko: Marten</p>', ['name lena marten']],
    ['<dl><dt>Vorname:</dt><dd>Lena</dd><dt>Nachname:</dt><dd>Marten</dd></dl>', ['name lena marten']],
    ['<p>First name: Kamal</p><p>Last name: Reilly</p>', ['name kamal reilly']],
  ])('%s', (fields, want) => {
    expect(pl(page(fields), 'PL', 'name')).toEqual(want);
  });

  it("not a form's empty fields, nor a word that is no known given name, nor a family name in small letters", () => {
    expect(pl(page('<form><label>Imię:</label><input name="imie"><label>Nazwisko:</label><input name="nazwisko"></form>'), 'PL', 'name')).toEqual([]);
    expect(pl(page('<p>Imię: Qorvan</p><p>Nazwisko: Berg</p>'), 'PL', 'name')).not.toContain('name qorvan berg');
    expect(pl(page('<p>Vorname: Lena</p><p>Nachname: keine Angabe</p>'), 'PL', 'name')).not.toContain('name lena keine');
  });
});

describe("an office's staff list with each person's initials in brackets", () => {
  const fr = foundAt('https://www.wendell-notaires.example/contact/', 'FR');
  const page = (lines: string[]): string => `<!doctype html><html><body><main><h1>L'office</h1>${lines.map((l) => `<p>${l}</p>`).join('')}</main></body></html>`;
  const STAFF = ['Lena MARTEN (LM) : Notaire associée', 'Anna-Lena BERG (ALB)', 'Kamal REILLY (KR) : Clerc', 'Ingrid Berg (IB) : Assistante'];

  it('names each', () => {
    expect(fr(page(STAFF), 'FR', 'name')).toEqual(['name anna-lena berg', 'name ingrid berg', 'name kamal reilly', 'name lena marten']);
  });

  it('not fewer than three, nor brackets that are not the name\'s initials, nor an organisation\'s acronym', () => {
    expect(fr(page(STAFF.slice(0, 2)), 'FR', 'name')).toEqual([]);
    expect(fr(page(['Lena MARTEN (LB)', 'Anna BERG (AL)', 'Kamal REILLY (KL)']), 'FR', 'name')).toEqual([]);
    expect(fr(page(['Wendell Notaires Associés (WNA)', 'Chambre Wendell Régionale (CWR)', 'Office Wendell National (OWN)']), 'FR', 'name')).toEqual([]);
  });
});

describe("Austria's imprints: the owner under \"Medieninhaber\" or the statutes' line", () => {
  const at = foundAt('https://www.wendell-haus.example/impressum/', 'AT');
  const page = (label: string, holder: string): string =>
    `<!doctype html><html><body><main><h1>Impressum</h1><p>${label}<br>${holder}<br>Musterweg 5<br>6000 Wendelstadt</p><p>Tel. +43 664 5550132</p></main></body></html>`;

  it.each([
    ['Medieninhaber:', 'Lena Marten'],
    ['Medieninhaber und Herausgeber', 'Lena Marten'],
    ['Informationspflicht laut § 5 E-Commerce-Gesetz und Offenlegung gemäß § 25 Mediengesetz:', 'Lena Marten<br>Wendell Haus'],
  ])('%s', (label, holder) => {
    expect(at(page(label, holder), 'AT', 'name')).toEqual(['name lena marten']);
  });

  it('not a firm under them', () => {
    expect(at(page('Offenlegung laut § 25 MedienG:', 'Wendell Haus GmbH'), 'AT', 'name')).toEqual([]);
  });
});

describe('an Italian business\'s line "di" its owner under its name, in its header', () => {
  const it_ = foundAt('https://www.agriturismowendell.example/', 'IT');
  const page = (header: string, extra = ''): string =>
    `<!doctype html><html><body><header><h1>Agriturismo Wendell</h1><p>${header}</p><p>Via Roma 1, 00100 Wendello</p><p>info@agriturismowendell.example</p><p>tel: +39 333 5550199</p>${extra}</header>` +
    '<main><h2>Benvenuti</h2><p>Camere in campagna, cucina di casa.</p></main></body></html>';

  it('names the owner', () => {
    expect(it_(page('di Lena Marten'), 'IT', 'name')).toEqual(['name lena marten']);
  });

  it('not a firm\'s words after "di", nor on a marketplace', () => {
    expect(it_(page('di Wendell Srl'), 'IT', 'name')).toEqual([]);
    expect(it_(page('di Lena Marten', '<a href="/login">Accedi</a> <a href="/inserisci-annuncio">Inserisci annuncio</a>'), 'IT', 'name')).toEqual([]);
  });
});

describe("a firm's footer naming a lawyer before their title, over an office's address", () => {
  const de = foundAt('https://www.wendell-recht.example/kanzlei/', 'DE');
  const page = (lines: string): string =>
    '<!doctype html><html><body><main><h1>Unsere Kanzlei</h1><p>Wir beraten Familienbetriebe seit zwanzig Jahren.</p></main>' +
    `<footer><p>WENDELL Steuerberatung GmbH<br>Musterplatz 8<br>12345 Wendelstadt<br>Tel. +49 (0) 711 555 10 0<br>steuer@wendell-recht.example</p><p>${lines}</p><p>© Wendell 2021</p></footer></body></html>`;

  it('names the lawyer, middle initial and all', () => {
    expect(de(page('Lena M. Marten - Rechtsanwältin<br>Musterstraße 9<br>12345 Wendelstadt<br>Tel. +49 (0) 711 555 31 400'), 'DE', 'name')).toEqual(['name lena m. marten']);
  });

  it('not without a number in the block, nor a firm\'s words before the title', () => {
    expect(de(page('Lena M. Marten - Rechtsanwältin<br>Musterstraße 9<br>12345 Wendelstadt'), 'DE', 'name')).toEqual([]);
    expect(de(page('Qorvan Partner - Notar<br>Musterstraße 9<br>12345 Wendelstadt<br>Tel. +49 (0) 711 555 31 400'), 'DE', 'name')).toEqual([]);
  });
});
