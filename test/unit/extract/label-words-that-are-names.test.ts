/**
 * The words that say a number is an id, a price or a measure (NOT_PHONE_LABEL) against the words
 * people write before their own number. Written as an adversary would, from the collisions found by
 * running the label vocabulary over the given-name list: a seller named George, Georg, Georgi,
 * Georgia, Geoffrey, Iva or Priscilla, or called Price or Stock, lost the number after the name
 * (`geo…` is a coordinates' label, `pris…` a Nordic price's, "Iva" Italy's VAT number); so did the
 * French "Coordonnées" (contact details), the Nordic "Annonsør"/"Annonsör" (advertiser), and a
 * German or Swedish property's agent ("Objektbetreuer", "Objektansvarig"), "Kundenberater". The
 * labels themselves still mark ids and prices. Every name and number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.ads.example/ad/4812', 'GB');
const phones = (body: string, country: string): string[] => found(page(body), country, 'phone');

describe('a name that begins like, or is, a label word, before the number', () => {
  it.each([
    ['a given name that opens like a coordinates label, on the line', '<p>George 07911 123456</p>', 'GB', '+447911123456'],
    ['the same after a contact verb', '<p>Call George on 07911 123456</p>', 'GB', '+447911123456'],
    ['the same on the line above the number', '<p>Geoffrey<br>07911 123456</p>', 'GB', '+447911123456'],
    ['a German Georg', '<p>Georg 0171 4839201</p>', 'DE', '+491714839201'],
    ['a Bulgarian Georgi with his family name', '<p>Georgi Petrov 0888 123 456</p>', 'BG', '+359888123456'],
    ['a given name that is Italy’s VAT label', '<p>Iva 091 234 5678</p>', 'HR', '+385912345678'],
    ['a given name that opens like a Nordic price label', '<p>Ask for Priscilla on 07911 123456</p>', 'GB', '+447911123456'],
    ['a family name that is a price label, after a known given name', '<p>Contact: John Price 07911 123456</p>', 'GB', '+447911123456'],
    ['a family name that is a stock label, after a known given name', '<p>Seller: Emma Stock, 07911 123456</p>', 'GB', '+447911123456'],
  ])('%s', (_what, body, country, phone) => {
    expect(phones(body, country)).toEqual([`phone ${phone}`]);
  });

  it('keeps a dealer named after a US state that opens like a coordinates label', () => {
    const cards =
      '<div class="card"><h2>2019 Jaguar F-Pace</h2><div>Austin Motor Company</div><div>(512) 640-7713</div></div>' +
      '<div class="card"><h2>2018 Lincoln Continental</h2><div>Georgia Auto Sales</div><div>(404) 873-2210</div></div>';
    expect(phones(cards, 'US')).toEqual(['phone +14048732210', 'phone +15126407713']);
  });

  it('reads the given name before the number as the name it is', () => {
    expect(found(page('<p>Contact: George Smith, 07911 123456</p>'), 'GB', 'name')).toEqual(['name george smith']);
  });
});

describe('contact words that begin like a label word', () => {
  it.each([
    ['FR contact details', '<p>Coordonnées : 06 12 34 56 78</p>', 'FR', '+33612345678'],
    ['NO advertiser', '<p>Annonsør: Kari, 912 34 567</p>', 'NO', '+4791234567'],
    ['SE advertiser, on the line above', '<p>Annonsör<br>070-123 45 67</p>', 'SE', '+46701234567'],
    ['DE property agent', '<p>Objektbetreuer: Herr Weber, 0171 4839201</p>', 'DE', '+491714839201'],
    ['SE property agent', '<p>Objektansvarig: 070-123 45 67</p>', 'SE', '+46701234567'],
    ['DE customer adviser', '<p>Kundenberater: 0171 4839201</p>', 'DE', '+491714839201'],
  ])('%s', (_what, body, country, phone) => {
    expect(phones(body, country)).toEqual([`phone ${phone}`]);
  });
});

describe('the labels themselves still mark ids, prices and coordinates', () => {
  it.each([
    ['a price label alone', '<p>Price 07911 123456</p>', 'GB'],
    ['a stock label alone', '<p>Stock 07911 123456</p>', 'GB'],
    ['a price filter after a given name that is also "maximum"', '<p>Max Preis 0171 4839201</p>', 'DE'],
    ['an article number after a given name that is also "article"', '<p>Art Nr 0171 4839201</p>', 'DE'],
    ['Italy’s VAT number in capitals', '<p>IVA 02345678901</p>', 'IT'],
    ['Italy’s VAT number written "P.Iva"', '<p>P.Iva 02345678901</p>', 'IT'],
    ['... and "P. Iva:"', '<p>P. Iva: 02345678901</p>', 'IT'],
    ['... and "Partita Iva"', '<p>Partita Iva 02345678901</p>', 'IT'],
    ['a listing number', '<p>Annonsenummer 91234567</p>', 'NO'],
    ['a property’s number', '<p>Objektnummer 0171 4839201</p>', 'DE'],
    ['a customer number', '<p>Kundennummer 0171 4839201</p>', 'DE'],
    ['a coordinates label', '<p>geo 0171 4839201</p>', 'DE'],
    ['a geolocation label', '<p>Geolocation: 0171 4839201</p>', 'DE'],
    ['a coordinates label in Spanish', '<p>Coordenadas 612 345 678</p>', 'ES'],
  ])('%s', (_what, body, country) => {
    expect(phones(body, country)).toEqual([]);
  });

  it('still reads an attribute named for coordinates as no phone label', () => {
    expect(phones('<div data-geo-location="0171 4839201">Map</div><div data-geolat="0171 4839202">Map</div>', 'DE')).toEqual([]);
  });
});

describe('an institution named after a given name, after a contact verb', () => {
  const names = (body: string): string[] => found(page(`<h1>Sofa for sale</h1>${body}`), 'GB', 'name');

  it.each([
    ['a bank', '<p>Call Chase Bank on 07911 123456</p>'],
    ['a church', '<p>Please call Grace Church office 07911 123456</p>'],
    ['a media company', '<p>Call Virgin Media 07911 123456</p>'],
    ['a sale', '<p>Text Summer Sale to 07911 123456</p>'],
    ['a hotel', '<p>Contact Holiday Inn 07911 123456</p>'],
  ])('is no person: %s', (_what, body) => {
    expect(names(body)).toEqual([]);
  });

  it.each([
    ['a family name that is also a word ("Hall")', '<p>Call Anna Hall on 07911 123456</p>', ['name anna hall']],
    ['a Korean family name ("Park")', '<p>Call Ji-woo Park on 07911 123456</p>', ['name ji-woo park']],
    ['a given name alone', '<p>Ask for Will on 07911 123456</p>', ['name will']],
  ])('while a person stays one: %s', (_what, body, expected) => {
    expect(names(body)).toEqual(expected);
  });
});

describe("a bank account's and a contract's numbers, as an adversary would print them", () => {
  it.each([
    ['an IBAN after a word that is no id label', '<p>Bankverbindung: DE89 3704 0044 0532 0130 00</p>'],
    ['an IBAN run together', '<p>Überweisung an DE89370400440532013000</p>'],
    ['a bank code and an account number abbreviated', '<p>BLZ 370 400 44, Kto 0532013000</p>'],
    ['an insurance number', '<p>Versicherungsnummer 0171 4839201</p>'],
    ['a contract number', '<p>Vertragsnummer 0171 4839201</p>'],
    ['a policy number', '<p>Policennummer 0171 4839201</p>'],
    ['a membership number', '<p>Mitgliedsnummer 0171 4839201</p>'],
  ])('no phone in %s', (_what, body) => {
    expect(phones(body, 'DE')).toEqual([]);
  });

  it.each([
    ['after an IBAN', '<p>IBAN DE89 3704 0044 0532 0130 00, Tel. 0171 4839201</p>'],
    ['an authorised dealer', '<p>Vertragshändler 0171 4839201</p>'],
    ['an authorised workshop', '<p>Vertragswerkstatt: 0171 4839201</p>'],
    ['a landline label', '<p>Festnetznummer 0171 4839201</p>'],
    ["a member's line above the number (not a membership number)", '<div class="seller-box"><p>Anna Berg</p><p>Mitglied seit 2019</p><p>0171 4839201</p></div>'],
  ])('but the phone %s', (_what, body) => {
    expect(phones(body, 'DE')).toEqual(['phone +491714839201']);
  });
});
