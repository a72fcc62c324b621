import { describe, expect, it } from 'vitest';
import type { IdentifierKind } from '../../../lambdas/shared/identifiers.js';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';

function values(kind: IdentifierKind, body: string, country = 'NO'): string[] {
  const html = `<!doctype html><html><body>${body}</body></html>`;
  return extractFindings(html, { url: 'https://ads.example/1', country })
    .filter((f) => f.kind === kind)
    .map((f) => f.value);
}

describe('seller names after a label', () => {
  it.each([
    ['<p>Selger: Ola Nordmann</p>', ['ola nordmann']],
    ['<dl><dt>Selger</dt><dd>Ola Nordmann</dd></dl>', ['ola nordmann']],
    ['<h2>Selger</h2><p>Ola Nordmann</p><p>Privat</p>', ['ola nordmann']],
    ['<p>Verkäufer: Max Mustermann</p>', ['max mustermann']],
    ['<p>Säljare: Anna Svensson</p>', ['anna svensson']],
    ['<p>Sælger: Mette Hansen</p>', ['mette hansen']],
    ['<p>Myyjä: Matti Meikäläinen</p>', ['matti meikäläinen']],
    ['<p>Vendeur : Jean-Pierre Dupont</p>', ['jean-pierre dupont']],
    ['<p>Sprzedawca: Jan Kowalski</p>', ['jan kowalski']],
    ['<p>Contact: John O’Brien</p>', ["john o'brien"]],
    ['<p>Ansprechpartner: Max von Beispiel</p>', ['max von beispiel']],
    ['<p>Navn: Kari Nordmann</p>', ['kari nordmann']],
    // A business is not a person: its name is not stored as a seller's name.
    ['<p>Seller: Northern Motors Ltd</p>', []],
    ['<p>Selger: Bil &amp; Motor AS</p>', []],
    ['<p>Selger: Ola Nordmann Medlem siden 2015</p>', ['ola nordmann']],
    ['<p>Contact: Jane Doe · Example Motors</p>', ['jane doe']],
    ['<p>Pris 100 kr | Selger: Ola Nordmann</p>', ['ola nordmann']],
  ])('%s', (body, expected) => {
    expect(values('name', body)).toEqual(expected);
  });

  it.each([
    ['<p>Selger: Privat</p>'],
    ['<p>Seller type: Dealer</p>'],
    ['<p>Kontakt selger</p>'],
    ['<p>Selger har 3 andre annonser</p>'],
    ['<p>Contact Us</p>'], // a weak label needs a colon
    ['<p>Name</p><p>Your name</p>'], // a contact form
    ['<p>Volvo XC60 Momentum</p><p>Ola Nordmann</p>'], // no label at all
    ['<p>Ring selger: 912 34 567</p>'],
  ])('ignores %s', (body) => {
    expect(values('name', body)).toEqual([]);
  });
});

describe('nicknames', () => {
  it.each([
    ['<p>Brukernavn: bilola88</p>', ['bilola88']],
    ['<dl><dt>Username</dt><dd>@Car_Guy.77</dd></dl>', ['car_guy.77']],
    ['<p>Nazwa użytkownika: jankow_82</p>', ['jankow_82']],
    ['<p>Benutzername: AutoFan2000</p>', ['autofan2000']],
    ['<p>Selger: Ola Nordmann (@olan)</p>', ['olan']],
    ['<p>Seller: @bilkongen</p>', ['bilkongen']],
  ])('%s', (body, expected) => {
    expect(values('nickname', body)).toEqual(expected);
  });

  it('does not take an e-mail address for a handle', () => {
    expect(values('nickname', '<p>Selger: ola@example.no</p>')).toEqual([]);
  });
});

describe('postal addresses after a label', () => {
  it.each([
    ['<p>Adresse: Storgata 1, 0150 Oslo</p>', ['storgata 1, 0150 oslo']],
    ['<dl><dt>Adresse</dt><dd>Storgata 1<br>0150 Oslo</dd></dl>', ['storgata 1, 0150 oslo']],
    ['<p>Adresse: Storgata 1</p><p>0150 Oslo</p>', ['storgata 1, 0150 oslo']],
    ['<p>Anschrift: Beispielstraße 12, 10115 Berlin</p>', ['beispielstraße 12, 10115 berlin']],
    ['<p>Adress: Storgatan 12, 123 45 Stockholm</p>', ['storgatan 12, 123 45 stockholm']],
    ['<p>Osoite: Esimerkkikatu 1, 00100 Helsinki</p>', ['esimerkkikatu 1, 00100 helsinki']],
    ['<p>Address: 1 Example Street, Leeds LS1 4AP</p>', ['1 example street, leeds ls1 4ap']],
    ['<p>Adres: ul. Przykładowa 12, 00-950 Warszawa</p>', ['ul. przykładowa 12, 00-950 warszawa']],
    ['<p>Adresse : 12 rue de l’Exemple, 75001 Paris</p>', ['12 rue de l’exemple, 75001 paris']],
  ])('%s', (body, expected) => {
    expect(values('address', body)).toEqual(expected);
  });

  it.each([
    ['<p>Adresse: Se kart</p>'], // no number
    ['<p>Address: sales@example.com</p>'],
    ['<p>Adresse: https://example.no/kart?id=12</p>'],
    ['<p>Storgata 1, 0150 Oslo</p>'], // no label
  ])('ignores %s', (body) => {
    expect(values('address', body)).toEqual([]);
  });
});
