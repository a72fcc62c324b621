/**
 * A marketplace that lists dealers of many countries writes each dealer's number as the dealer
 * dials it, nationally, and gives the dealer's country beside it in the page's data
 * ({"companyCountry": "DE", "sellerPhone": "0176…"}). Read with the page's country, such numbers
 * were lost (the 29th sealed round's machinery listing, found after its scoring). Every page,
 * number and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData } from './found.js';

const found = foundAt('https://www.machines.example/sk/traktory', 'SK');
const phones = (items: unknown[]) => found(`<html><body>${nextData({ results: { items } })}</body></html>`, 'SK', 'phone');
const card = (fields: Record<string, unknown>) => ({ productId: 'x7k2', brand: 'Fendt', priceEURO: 1398, companyName: 'Landtechnik Nord GmbH', ...fields });

describe("a national number read in its party's country", () => {
  it.each([
    ['a German mobile beside the company country', { companyCountry: 'DE', sellerPhone: '0151 48273915' }, 'phone +4915148273915'],
    ['a Norwegian mobile beside the company country', { companyCountry: 'NO', sellerPhone: '412 34 567' }, 'phone +4741234567'],
    ["the company's country before the item's location", { locationCountryCode: 'PL', companyCountry: 'DE', sellerPhone: '0151 48273915' }, 'phone +4915148273915'],
    ['one country, under a key that names no party', { countryCode: 'DE', sellerPhone: '0151 48273915' }, 'phone +4915148273915'],
    ['a number already international: as written', { companyCountry: 'DE', sellerPhone: '+47 412 34 567' }, 'phone +4741234567'],
    ["the page's own country", { companyCountry: 'SK', sellerPhone: '0905 123 456' }, 'phone +421905123456'],
    ['a lower-case code', { companyCountry: 'de', sellerPhone: '0151 48273915' }, 'phone +4915148273915'],
  ])('%s', (_what, fields, want) => {
    expect(phones([card(fields)])).toEqual([want]);
  });

  it("each card's number in its own card's country", () => {
    expect(phones([card({ companyCountry: 'DE', sellerPhone: '0151 48273915' }), card({ companyCountry: 'NO', sellerPhone: '412 34 567' })])).toEqual([
      'phone +4741234567',
      'phone +4915148273915',
    ]);
  });
});

describe('what the party country must not do', () => {
  it.each([
    ['two countries that disagree, neither a party\'s: the page\'s country reads it', { locationCountryCode: 'PL', billingCountry: 'DE', sellerPhone: '0905 123 456' }, ['phone +421905123456']],
    ['no valid number in that country, nor in the page\'s', { companyCountry: 'DE', sellerPhone: '12345' }, []],
    ['a country written out, not coded', { companyCountry: 'Germany', sellerPhone: '0151 48273915' }, []],
    ['a dial code is no country', { countryCode: '+49', sellerPhone: '0905 123 456' }, ['phone +421905123456']],
    ["the visitor's country (beside the visitor's currency) is not the dealer's", { userCountry: 'SK', userCurrency: 'EUR', companyCountry: 'DE', sellerPhone: '0151 48273915' }, ['phone +4915148273915']],
  ])('%s', (_what, fields, want) => {
    expect(phones([card(fields)])).toEqual(want);
  });

  it("a country given by one card is not another card's", () => {
    expect(phones([card({ companyCountry: 'DE', sellerPhone: '0151 48273915' }), card({ sellerPhone: '0905 123 456' })])).toEqual([
      'phone +421905123456',
      'phone +4915148273915',
    ]);
  });
});
