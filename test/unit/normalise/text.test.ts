import { describe, expect, it } from 'vitest';
import { normaliseAddress } from '../../../lambdas/shared/normalise/address.js';
import { normalise } from '../../../lambdas/shared/normalise/index.js';
import { normaliseName, normaliseNickname } from '../../../lambdas/shared/normalise/name.js';

describe('normaliseName', () => {
  it.each([
    ['Ola Nordmann', 'ola nordmann'],
    ['  OLA   NORDMANN ', 'ola nordmann'],
    ['Jørn Ærø-Åsen', 'jørn ærø-åsen'],
    ['Max\u00A0Mustermann', 'max mustermann'],
    ['Jean-Pierre\tDupont', 'jean-pierre dupont'],
    ['ﬁona Smith', 'fiona smith'], // the fi ligature is one character until NFKC
    ['Autohaus Beispiel GmbH', 'autohaus beispiel gmbh'],
    // The apostrophe as typesetting prints it, as a keyboard types it: one name to search by
    ['Kamal O\u2019Reilly', "kamal o'reilly"],
    ['Kamal O\u02BCReilly', "kamal o'reilly"],
    ['Kamal O\u2018Reilly', "kamal o'reilly"],
    ["Kamal O'Reilly", "kamal o'reilly"],
  ])('%s -> %s', (raw, expected) => {
    expect(normaliseName(raw)).toBe(expected);
  });

  it.each([
    ['SELİN KAYA', 'Selin Kaya'],
    ['Selin Kaya', 'selin kaya'],
    ['İPEK', 'ipek'],
    // "i" with the combining dot written out, as some keyboards and OCR give it
    ['Seli\u0307n', 'selin'],
  ])('folds the Turkish capital İ to a plain i: %j', (raw, other) => {
    expect(normaliseName(raw)).toBe(normaliseName(other));
    expect(normaliseName(raw)).not.toContain('\u0307');
  });

  it('leaves the dotless ı a letter of its own, and a capital I an i (no locale can say which i "IŞIK" means)', () => {
    expect(normaliseName('ışık')).toBe('ışık');
    expect(normaliseName('Işık')).toBe('işık');
    expect(normaliseName('IŞIK')).toBe('işik');
  });

  it.each([[''], ['   '], ['12345'], ['-']])('rejects %j', (raw) => {
    expect(normaliseName(raw)).toBeUndefined();
  });

  it.each([['Finalease.nl'], ['www.autohuis-voorbeeld.nl'], ['Bilhuset.no'], ['AUTOS-MUELLER.DE'], ['shop.example.com']])(
    'rejects the domain name %j (a website, no person)',
    (raw) => {
      expect(normaliseName(raw)).toBeUndefined();
    },
  );

  it.each([
    ['J.Nowak', 'j.nowak'],
    ['A.Berg', 'a.berg'],
    ['A.Li', 'a.li'], // an initial and a surname that is also a country code
    ['Dr. Anna Berg', 'dr. anna berg'],
    ['Anna Berg (finalease.nl)', 'anna berg (finalease.nl)'], // more than a domain: left to the extractor
  ])('keeps the dotted name %j', (raw, expected) => {
    expect(normaliseName(raw)).toBe(expected);
  });
});

describe('normaliseNickname', () => {
  it.each([
    ['@Bilkongen88', 'bilkongen88'],
    ['bilkongen88', 'bilkongen88'],
    ['Car_Guy.77', 'car_guy.77'],
    ['  Tante  Berit ', 'tante berit'],
  ])('%s -> %s', (raw, expected) => {
    expect(normaliseNickname(raw)).toBe(expected);
  });

  it('rejects values with nothing but the @', () => {
    expect(normaliseNickname('@')).toBeUndefined();
  });
});

describe('normaliseAddress', () => {
  it.each([
    ['Storgata 1, 0150 Oslo', 'storgata 1, 0150 oslo'],
    ['Storgata 1 ,0150  Oslo,', 'storgata 1, 0150 oslo'],
    ['  Beispielstraße 12,\n10115 Berlin ', 'beispielstraße 12, 10115 berlin'],
    ['12 rue de l’Exemple, 75001 PARIS', '12 rue de l’exemple, 75001 paris'],
  ])('%s -> %s', (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected);
  });

  it.each([[''], [' , '], ['12']])('rejects %j', (raw) => {
    expect(normaliseAddress(raw)).toBeUndefined();
  });
});

describe('normalise', () => {
  it('dispatches on the kind', () => {
    expect(normalise('phone', '912 34 567', 'NO')).toBe('+4791234567');
    expect(normalise('email', 'Ola@Example.no', 'NO')).toBe('ola@example.no');
    expect(normalise('vin', 'yv1dz8256k2012345', 'NO')).toBe('YV1DZ8256K2012345');
    expect(normalise('plate', 'ab 12345', 'NO')).toBe('NO:AB12345');
    expect(normalise('name', 'Ola  Nordmann', 'NO')).toBe('ola nordmann');
    expect(normalise('nickname', '@OlaN', 'NO')).toBe('olan');
    expect(normalise('address', 'Storgata 1 , 0150 Oslo', 'NO')).toBe('storgata 1, 0150 oslo');
  });

  it('is idempotent for every kind', () => {
    const samples = {
      phone: '+44 (0)20 7946 0958',
      email: ' Kari@EXAMPLE.no ',
      vin: 'wvw zzz cdz mw012345',
      plate: 'B-AB 1234',
      name: 'KARI  Nordmann',
      nickname: '@Kari_N',
      address: 'Kirkegata 5 ,0153 Oslo',
    } as const;
    for (const [kind, raw] of Object.entries(samples) as [keyof typeof samples, string][]) {
      const once = normalise(kind, raw, kind === 'plate' ? 'DE' : 'GB');
      expect(once, kind).toBeDefined();
      expect(normalise(kind, once!, kind === 'plate' ? 'DE' : 'GB'), kind).toBe(once);
    }
  });
});
