/**
 * From probing the extractor with the shapes private sellers write, before the 39th sealed round
 * was opened, and from that round (found after its scoring): a name under a sign-off, a label's
 * value closed by a phone label with its dot, the Romance "Contacto" label, a name glued to the
 * next field's label, amounts in the other scripts' units, and a mobile number alone on a line of
 * an ad's body in the page data.
 * Every name and number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const at = foundAt('https://www.ads.example/ad/1234', 'DE');
const names = (body: string, country = 'DE'): string[] => at(page(`<h1>Ad</h1>${body}`), country, 'name');
const phones = (body: string, country = 'DE'): string[] => at(page(`<h1>Ad</h1>${body}`), country, 'phone');

describe('the name under a sign-off', () => {
  it.each([
    ['DE, on the next line', 'DE', '<p>Abholung in Köln.<br>Viele Grüße<br>Michael Wagner<br>0171 4829361</p>', ['name michael wagner']],
    ['DE, on the same line', 'DE', '<p>Nur Abholung. Gruß Anna</p>', ['name anna']],
    ['FR, after a comma', 'FR', '<p>Visible le week-end.</p><p>Cordialement, Isabelle Moreau</p>', ['name isabelle moreau']],
    ['NL', 'NL', '<p>Met vriendelijke groet,<br>Pieter Bakker<br>06-48293615</p>', ['name pieter bakker']],
    ['ES', 'ES', '<p>Saludos,<br>Carmen López<br>612 482 936</p>', ['name carmen lópez']],
    ['PL', 'PL', '<p>Pozdrawiam<br>Piotr Zieliński<br>601 482 936</p>', ['name piotr zieliński']],
    ['EN', 'GB', '<p>Any questions just ask.<br>Kind regards,<br>John Smith</p>', ['name john smith']],
    ['a thank-you with its comma', 'GB', '<p>No time wasters please.<br>Thanks,<br>Dave</p>', ['name dave']],
  ])('%s', (_what, country, body, expected) => {
    expect(names(body, country)).toEqual(expected);
  });

  it.each([
    ['a greeting from a place', 'DE', '<p>Viele Grüße aus Berlin</p>'],
    ["a dealer's team", 'DE', '<p>Mit freundlichen Grüßen<br>Ihr Autohaus-Team</p>'],
    ["a dealer's firm", 'DE', '<p>Mit freundlichen Grüßen<br>Autohaus Berger GmbH</p>'],
    ['a thank-you to someone else', 'GB', '<p>Thanks Dave for the quick reply!</p>'],
    ['a brand that is also a sign-off', 'DE', '<p>LG Oled Fernseher 55 Zoll</p>'],
    ['a district under a greeting', 'DE', '<p>Grüße<br>Berlin Mitte</p>'],
    ['a team under a sign-off', 'GB', '<p>Regards,<br>The Sales Team</p>'],
  ])('but not %s', (_what, country, body) => {
    expect(names(body, country)).toEqual([]);
  });
});

describe("a label's value", () => {
  it.each([
    ['closed by a phone label with its dot', 'ES', '<p>Persona de contacto: María García Tel. 612 48 29 36</p>', ['name maría garcía']],
    ['closed by a short mobile label', 'DE', '<p>Ansprechpartner: Anna Berg Mob. 0171 4829361</p>', ['name anna berg']],
    ['after "Contacto"', 'PT', '<p>Contacto: Ana Sousa</p>', ['name ana sousa']],
    ['after "Contato"', 'BR', '<p>Contato: Ana Souza</p>', ['name ana souza']],
    ['after "Contatto"', 'IT', '<p>Contatto: Luca Bianchi</p>', ['name luca bianchi']],
    ["glued to the next field's label", 'PL', '<div class="seller"><span>Sprzedający: Katarzyna</span><span>Zadzwoń: 601 482 936</span></div>', ['name katarzyna']],
  ])('%s', (_what, country, body, expected) => {
    expect(names(body, country)).toEqual(expected);
  });

  it.each([
    ['a street and house number under "Contacto"', 'PT', '<h3>Contacto</h3><p>Rua das Flores 12</p>'],
    ['a street and house number under "Kontakt"', 'DE', '<h3>Kontakt</h3><p>Hauptstraße 12</p>'],
    ['a Scottish surname before a colon', 'GB', '<p>Contact: Anna McLean:</p>', ['name anna mclean']],
  ])('but no other name from %s', (_what, country, body, expected: string[] = []) => {
    expect(names(body, country)).toEqual(expected);
  });
});

describe("amounts in the other scripts' units", () => {
  it.each([
    ['a year, then a mileage in км', 'UZ', '<p>Chevrolet Cobalt<br>2016  - 58 300 км</p>'],
    ['roubles', 'RU', '<p>Цена: 1 350 000 руб.</p>'],
    ['hryvnias', 'UA', '<p>Ціна 482 936 грн</p>'],
    ['dongs', 'VN', '<p>Giá: 2.500.000đ/tháng</p>'],
    ['tenge', 'KZ', '<p>Цена 4 829 361 ₸</p>'],
  ])('are no phones: %s', (_what, country, body) => {
    expect(phones(body, country)).toEqual([]);
  });

  it('and a number beside them is still one', () => {
    expect(phones('<p>Fiyat: 485.000 TL</p><p>Tel: 0532 482 93 61</p>', 'TR')).toEqual(['phone +905324829361']);
  });
});

/** An ad whose body is only in the page data (a Next.js page's state), as a listing's cards carry theirs. */
const inBody = (description: string): string =>
  nextData({ listing: { ads: [{ id: 4242, title: 'Chevrolet Cobalt', description }] } });

describe("a mobile number alone on a line of an ad's body in the page data, without a trunk prefix or separators", () => {
  it.each([
    ['ES', 'ES', 'Buen estado, poco uso.\n612482936', ['phone +34612482936']],
    ['PL', 'PL', 'Stan idealny.\n601482936', ['phone +48601482936']],
    ['UZ, beside a name', 'UZ', 'Пробег 21500 км\n937461205 Анвар', ['phone +998937461205']],
  ])('%s', (_what, country, body, expected) => {
    expect(phones(inBody(body), country)).toEqual(expected);
  });

  it.each([
    ['a number whose type the plan does not tell (North America)', 'US', 'Great condition.\n3124829361'],
    ['a landline', 'ES', 'Buen estado.\n912482936'],
    ['a number without its trunk prefix', 'DE', 'Guter Zustand.\n1714829361'],
    ['an id under its label', 'ES', 'Referencia:\n612482936'],
    ['a run inside a sentence', 'ES', 'Pedido 612482936 enviado ayer.'],
    ['a run before small words', 'ES', '612482936 unidades vendidas'],
    ['a column of bare runs (a list of ids)', 'PL', '601482936\n601482937\n601482938'],
  ])('but not %s', (_what, country, body) => {
    expect(phones(inBody(body), country)).toEqual([]);
  });

  it.each([
    ["the page's text, whose bare lines are as often ids", 'ES', '<p>Buen estado, poco uso.<br>612482936</p>'],
    ["an attribute's whole value (an ad's id)", 'PL', '<div class="offer" data-item="214839507"><p>Volvo S60</p></div>'],
  ])('nor in %s', (_what, country, body) => {
    expect(phones(body, country)).toEqual([]);
  });
});

describe("a job ad's contact person", () => {
  it.each([
    ['under a "contact details" heading', 'CZ', '<h3>Kontaktní údaje</h3><p>Jana Nováková</p>', ['name jana nováková']],
    ['under "Kontaktdaten"', 'DE', '<h3>Kontaktdaten</h3><p>Anna Berg</p>', ['name anna berg']],
    ["under a professional network's job-poster line", 'CZ', '<p>Direct message the job poster from Acme Bank</p><p>Jana Nováková</p><p>Talent Sourcer @ Acme</p>', ['name jana nováková']],
  ])('%s', (_what, country, body, expected) => {
    expect(names(body, country)).toEqual(expected);
  });

  it.each([
    ["a firm under the heading", 'GB', '<h3>Contact details</h3><p>Acme Motors Ltd</p>'],
    ['a street under the heading', 'DE', '<h3>Kontaktdaten</h3><p>Hauptstraße 12</p>'],
    ['a sign-in prompt under the hiring team', 'US', '<h3>Meet the hiring team</h3><p>Sign in to see who</p>'],
  ])('but not %s', (_what, country, body) => {
    expect(names(body, country)).toEqual([]);
  });
});

describe('adversarial cases found after the rules above were written', () => {
  it('a city and its state under "Contato" is no name', () => {
    expect(names('<h3>Contato</h3><p>São Paulo - SP</p>', 'BR')).toEqual([]);
  });
  it('a name in capitals glued to the next label is cut before it', () => {
    expect(names('<div><span>Sprzedający: ANNA KOWALSKA</span><span>Telefon: 601 482 936</span></div>', 'PL')).toEqual(['name anna kowalska']);
  });
});

describe("the 39th round's names", () => {
  const cards = (contacts: string[]): string =>
    nextData({ listing: { ads: contacts.map((name, i) => ({ id: 100 + i, title: 'Chevrolet Cobalt', contact: { name, phone: true } })) } });

  it("a contact's one word written all in small letters is a login, not a name; a capitalised one stays", () => {
    expect(names(cards(['karimovbekzod', 'qqqq', 'Rustam', 'Tursunov Jasur']), 'UZ')).toEqual(['name rustam', 'name tursunov jasur']);
  });

  it('a kinship word before a given name that ends a fuller name on the page names the same person once', () => {
    expect(names('<p>Người liên hệ: Nguyễn Văn Tài</p><p>Gọi 0912745830 (Anh Tài)</p>', 'VN')).toEqual(['name nguyễn văn tài']);
  });

  it('and another person the kinship word names is kept', () => {
    expect(names('<p>Người liên hệ: Trần Thị Mai</p><p>Gọi 0912745830 (Anh Tài)</p>', 'VN')).toEqual(['name trần thị mai', 'name tài']);
  });
});
