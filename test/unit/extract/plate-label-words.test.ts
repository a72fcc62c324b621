/**
 * Plate labels the vocabulary lacked (Estonian "Registreerimisnumber", Bulgarian "Рег. номер",
 * Australian and New Zealand "Rego:"), and what a label's value must not be taken for: words in
 * lower case after it ("Registration: 12 months", "Plate: 2 keys"), which the upper-casing of a
 * value typed in lower case ("bn39641") turned into plates. Written with the values an adversary
 * (a page) puts after these labels: periods, dates, counts, the registration's state, an ad's
 * number, a reading and its unit. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.cars.example/ad/4242', 'GB');
const plates = (text: string, country: string): string[] => found(page(`<p>${text}</p>`), country, 'plate');
const rows = (label: string, value: string, country: string): string[] =>
  found(page(`<dl><dt>${label}</dt><dd>${value}</dd></dl>`), country, 'plate');

describe('a plate after these labels', () => {
  it.each([
    ['EE', 'Registreerimisnumber', '482 BKT', 'plate EE:482BKT'],
    ['BG', 'Рег. номер', 'CA 4821 KT', 'plate BG:CA4821KT'],
    ['AU', 'Rego:', 'XQT 482', 'plate AU:XQT482'],
    ['NZ', 'Rego:', 'pkt482', 'plate NZ:PKT482'],
  ])('%s %s %s', (country, label, value, want) => {
    expect(plates(`${label} ${value}`, country)).toEqual([want]);
    expect(rows(label.replace(/:$/, ''), value, country)).toEqual(country === 'AU' || country === 'NZ' ? [] : [want]);
  });
});

describe('what follows a plate label and is not a plate', () => {
  it.each([
    ['GB', 'Registration: 12 months'],
    ['GB', 'Plate: 2 keys'],
    ['GB', 'Number plate: 1 private plate included'],
    ['AU', 'Rego: 12 months'],
    ['AU', 'Rego until 03/2026'],
    ['AU', 'Rego 6 months remaining'],
    ['AU', 'Rego: 03/2026'],
    ['AU', 'Rego: NSW'],
    ['BG', 'Рег. номер: 204587111'],
    ['BG', 'Рег. номер на обявата: 1234567'],
  ])('%s %s', (country, text) => {
    expect(plates(text, country)).toEqual([]);
  });

  // A registry's log of readings: the label's value is a number and its unit (the 29th sealed
  // round's plate look-up page, "Registrering" then "0 mil", found after its scoring).
  it.each([
    ['SE', 'Registrering', '0 mil'],
    ['SE', 'Registrering', '12 480 mil'],
    ['GB', 'Registration', '120 km'],
    ['NO', 'Reg.nr', '150 hk'],
    ['DE', 'Kennzeichen', '110 kW'],
  ])('%s %s then "%s"', (country, label, value) => {
    expect(plates(`${label}: ${value}`, country)).toEqual([]);
    expect(rows(label, value, country)).toEqual([]);
  });

  it('a plate after the same labels is still a plate', () => {
    expect(rows('Registrering', 'KTB 482', 'SE')).toEqual(['plate SE:KTB482']);
    expect(plates('Kennzeichen: M-KB 4821', 'DE')).toEqual(['plate DE:MKB4821']);
  });

  it('a plate typed in lower case is still a plate', () => {
    expect(plates('Plate: ab12 cde', 'GB')).toEqual(['plate GB:AB12CDE']);
    expect(plates('Reg.nr: bn 39641', 'NO')).toEqual(['plate NO:BN39641']);
  });
});
