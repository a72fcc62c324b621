/**
 * From a fix round on the twelfth sealed round's pages (job boards, estate portals of Central
 * Europe and the Americas, vehicle marketplaces): a contact verb with a colon, academic titles
 * around a name, a Brazilian broker's licence, an ad signed by its agent and agency, a job title
 * before a contact person's name, and a form's example address. Each with the cases an adversary
 * would write; all values are invented.
 */
import { describe, expect, it } from 'vitest';
import { withoutPostNominals, withoutRoleBefore } from '../../../lambdas/collect/extract/names.js';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.reality.example/inzerat/4812', 'SK');
const names = (body: string, country = 'SK'): string[] => found(page(`<h1>Na predaj</h1>${body}`), country, 'name');
const emails = (body: string, country = 'CZ'): string[] => found(page(`<h1>Inzerát</h1>${body}`), country, 'email');

describe('a contact verb with a colon', () => {
  it.each([
    ['<p>Pre viac informácií kontaktujte: Jana Horváthová, +421 903 555 123</p>', 'SK', ['name jana horváthová']],
    ['<p>Prohlídky volejte: Petr Král, 777 555 123</p>', 'CZ', ['name petr král']],
    ['<p>Обращайтесь: Ольга Петрова, +7 916 555-12-34</p>', 'RU', ['name ольга петрова']],
    ['<p>För mer information kontakta: Anna Berg, 070-123 45 67</p>', 'SE', ['name anna berg']],
    ['<p>Contact: John Smith, 020 7946 0123</p>', 'GB', ['name john smith']],
  ])('%j', (body, country, want) => {
    expect(names(body, country)).toEqual(want);
  });
  it.each([
    // Without the colon a Slavic name after the verb is inflected (dative): not stored misspelt.
    ['<p>Pre viac informácií volajte Jane Horváthovej</p>', 'SK'],
    // "Text:", "SMS:" and "Bel:" are labels of a field, not the verbs.
    ['<p>Text: Great car, one owner</p>', 'GB'],
    ['<p>SMS: Ready to go, 0701 234 567</p>', 'SE'],
    ['<p>Contact: Sales Team, 020 7946 0123</p>', 'GB'],
  ])('%j: no name', (body, country) => {
    expect(names(body, country)).toEqual([]);
  });
});

describe('academic titles before a name and degrees after it', () => {
  it.each([
    ['Ing. Jana Nováková, CSc.', 'Jana Nováková'],
    ['Mgr. Peter Kováč, PhD.', 'Peter Kováč'],
    ['Ing. Eva Malá', 'Eva Malá'],
    ['MUDr. Ján Biely, Ph.D.', 'Ján Biely'],
    ['doc. Ing. Pavol Novotný, DrSc.', 'Pavol Novotný'],
    ['Jane Doe MRICS', 'Jane Doe'],
    // Nothing but a title: the value itself (plausibleName refuses it).
    ['Ing.', 'Ing.'],
    // A title word that opens no name (lower case after it) stays.
    ['Dr. anna', 'Dr. anna'],
  ])('%j -> %j', (raw, want) => {
    expect(withoutPostNominals(raw)).toBe(want);
  });
});

describe("a Brazilian broker's licence (CRECI) after their name", () => {
  const br = (body: string): string[] => found(page(`<h1>Apartamento</h1>${body}`), 'BR', 'name');
  it.each([
    ['<p>Anúncio do corretor de imóveis Marcos Teixeira Lopes CRECI: 12345</p>', ['name marcos teixeira lopes']],
    ['<p>Marcos Teixeira Lopes - CRECI/SP 12345</p>', ['name marcos teixeira lopes']],
  ])('%j', (body, want) => {
    expect(br(body)).toEqual(want);
  });
  it.each([
    // A firm's registration (CRECI-J) after its trade name.
    ['<p>Lima Imóveis CRECI-J 9876</p>'],
    ['<p>Costa Corretora de Imóveis CRECI 4321</p>'],
  ])('%j: no name', (body) => {
    expect(br(body)).toEqual([]);
  });
});

describe('an ad signed by its agent, then the agency', () => {
  const mx = (body: string): string[] => found(page(`<h1>Casa en renta</h1>${body}`), 'MX', 'name');
  it.each([
    ['<div>Departamento amueblado. ¡Agenda tu cita! Ing. Lucía Ortega. Casa Norte Inmuebles</div>', ['name lucía ortega']],
    ['<div>Bonita casa con jardín. Marcos Ibarra, Casa Norte Inmobiliaria</div>', ['name marcos ibarra']],
  ])('%j', (body, want) => {
    expect(mx(body)).toEqual(want);
  });
  it.each([
    // A place and a dealer: "Fe" is no family name.
    ['<div>Vendo auto, Santa Fe. Autos Ruiz</div>'],
    // No known given name first.
    ['<div>Centro Comercial. Plaza Inmuebles</div>'],
    // The name, then no firm: nothing says who signs.
    ['<div>Zona tranquila. Lucía Ortega. Gracias por su visita</div>'],
  ])('%j: no name', (body) => {
    expect(mx(body)).toEqual([]);
  });
});

describe("a job title before a contact person's name", () => {
  it.each([
    ['Warehouse Coordinator Petr Novák', 'Petr Novák'],
    ['Sales Manager Anna Berg', 'Anna Berg'],
    ['Manager Anna Berg', 'Anna Berg'],
    // One word before a given name: a post when it is a job title's word or ends as one...
    ['Teamleiterin Anna Berg', 'Anna Berg'],
    ['Immobilienberater Jan Roth', 'Jan Roth'],
    ['Agente Hugo Rossi', 'Hugo Rossi'],
    // ...and otherwise a first name the known names lack ("Prakash" is a given name too).
    ['Ravindra Prakash Joshi', 'Ravindra Prakash Joshi'],
    ['Anna Berg', 'Anna Berg'],
    // A surname first ("Berg Anna Maria"): the words before the given name are a family name.
    ['Berg Anna Maria', 'Berg Anna Maria'],
    // More than three words after the title: not one name.
    ['Head Of Sales Anna Maria Berg Lind', 'Head Of Sales Anna Maria Berg Lind'],
  ])('%j -> %j', (raw, want) => {
    expect(withoutRoleBefore(raw)).toBe(want);
  });

  it("reads the contact person of a job ad's side box (an aside inside the content, marked as the contact's name)", () => {
    const html = page(
      `<h1>Forklift Driver</h1><p>We are looking for a team lead.</p>
       <aside><h3>Contact</h3><p><span id="ctl00_uiContactNameSpan">Warehouse Coordinator Petr Novák<br></span></p>
       <p id="ctl00_uiContactEmailSpan">E-mail: <a href="mailto:%20petr@firma.example">petr@firma.example</a></p></aside>`,
    );
    expect(found(html, 'DK')).toEqual(['email petr@firma.example', 'name petr novák']);
  });

  it('still cuts an aside of other ads (no contact mark in it)', () => {
    const html = page(`<h1>Forklift Driver</h1><p>We are looking for a team lead.</p><aside><h3>Similar jobs</h3><p>Call Anna Berg on 12 34 56 78</p></aside>`);
    expect(found(html, 'DK')).toEqual([]);
  });
});

describe("a form's example address", () => {
  it.each([
    ['<p>Zadejte prosím správný email, např. jan.dvorak@posta.example</p>', 'CZ'],
    ['<p>Please enter a valid address (e.g. anna@mail.example)</p>', 'GB'],
    ['<p>E-Mail-Adresse, z. B. anna@mail.example</p>', 'DE'],
    ['<p>Correo electrónico, p. ej. luis@correo.example</p>', 'ES'],
    ['<p>Adres e-mail, np. jan@poczta.example</p>', 'PL'],
  ])('%j: no address', (body, country) => {
    expect(emails(body, country)).toEqual([]);
  });
  it.each([
    ['<p>Kontakt: petr.kral@posta.example</p>', 'CZ', ['email petr.kral@posta.example']],
    // "pl." after the address (Czech "please"-like abbreviations): only words before count.
    ['<p>Napište mi na anna@mail.example, pl. i večer</p>', 'CZ', ['email anna@mail.example']],
    // An example's word far before the address, in another sentence.
    ['<p>Např. v létě je zahrada krásná. Pište na petr.kral@posta.example</p>', 'CZ', ['email petr.kral@posta.example']],
  ])('%j', (body, country, want) => {
    expect(emails(body, country)).toEqual(want);
  });
});
