/**
 * A list of numbers where only the first carries its area code: "TE: (0299) 512-3407 / 512-3408",
 * "(011) 4732-1180 - 15-5830-2291", "Tel. 030 88459388 oder 88459389". The second shares the
 * first's area code. Written with what an adversary (a page) puts after a number instead: a
 * year, a reference, a price, an id label, and numbers that were never short. All values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.homes.example/ad/4242', 'AR');
const phones = (text: string, country = 'AR'): string[] => found(page(`<p>${text}</p>`), country, 'phone');

describe('a number written without its area code after one written with it', () => {
  it.each([
    ['a slash', 'TE: (0299) 512-3407 / 512-3408', ['phone +542995123407', 'phone +542995123408']],
    ['two slashes', 'Tel: (0299) 512-3407 // 512-3408', ['phone +542995123407', 'phone +542995123408']],
    ['a dash, then a mobile with its "15"', 'CONTACTO: (011) 4732-1180 - 15-5830-2291', ['phone +541147321180', 'phone +5491158302291']],
    ['"o" (or)', 'Llamar al (0299) 512-3407 o 512-3408', ['phone +542995123407', 'phone +542995123408']],
  ])('after %s', (_, text, want) => {
    expect(phones(text)).toEqual(want);
  });

  it('German: "oder" between a number and the next extension', () => {
    expect(phones('Tel. 030 88459388 oder 88459389', 'DE')).toEqual(['phone +493088459388', 'phone +493088459389']);
  });

  it.each([
    ['a year', 'TE: (0299) 512-3407 / 2024'],
    ['a reference', 'TE: (0299) 512-3407 Ref. 5123408'],
    ['a price', 'TE: (0299) 512-3407 - Precio 5123408'],
    ['an id after its label', 'TE: (0299) 512-3407 / Cód. 5123408'],
    ['a number far along the line', 'TE: (0299) 512-3407 y el edificio tiene 5123408 visitas'],
  ])('%s after the number is not read with its area code', (_, text) => {
    expect(phones(text)).toEqual(['phone +542995123407']);
  });

  it('a number written in full after one is read as written', () => {
    expect(phones('TE: (0299) 512-3407 / (02972) 431-207')).toEqual(['phone +542972431207', 'phone +542995123407']);
  });

  it('an international number lends no area code', () => {
    expect(phones('Tel. +49 30 88459388 / 88459389', 'DE')).not.toContain('phone +493088459389');
  });
});
