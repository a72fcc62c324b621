/**
 * From the 146th sealed round (classified sites' result pages): a result page's ad slots named by
 * Google Publisher Tag ("div-gpt-ad-<a Unix time>-<index>", which read as US numbers), and a car
 * dealer's description that opens "<the dealership, named after its founder> is proud to offer
 * this clean pre-owned vehicle". The cases an adversary would bring: the slot in other attributes
 * and without "div-", a seller's number beside them; an agent's "is pleased to present" and "is
 * proud to present", which stay read. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const us = foundAt('https://www.wendell-classifieds.example/search?q=cargo+box', 'US');
const results = (cards: string): string => `<html><body><main><h1>Results</h1>${cards}</main></body></html>`;

describe("an ad server's slots", () => {
  it.each([
    ['data-slotname', 'div-gpt-ad-1601555014-3'],
    ['data-ad-slot', 'div-gpt-ad-1601555014-4'],
    ['data-slot', 'gpt-ad-1601555014-5'],
    ['data-target', 'div-gpt-ad-1601555014-6'],
  ])('%s="%s" holds no phone', (name, value) => {
    const html = results(`<div class="ad" ${name}="${value}"></div><article><h2>Cargo box</h2><p>$120</p><p>Call 801-555-0142</p></article>`);
    expect(us(html, 'US', 'phone')).toEqual(['phone +18015550142']);
  });
});

describe("a dealer's formula", () => {
  const ad = (sentence: string): string[] =>
    foundAt('https://www.wendell-cars.example/auto/search', 'US')(results(`<article><h2>2017 Wendell Pickup</h2><p>$26,995</p><p>${sentence}</p></article>`), 'US', 'name');
  it('"is proud to offer": the dealership, no name', () => {
    expect(ad('Lena Marten is proud to offer this clean pre-owned vehicle.')).toEqual([]);
  });
  it.each([['Lena Marten is pleased to present this family home.'], ['Lena Marten is proud to present this family home.'], ['Lena Marten is delighted to offer this family home.']])(
    "an agent's: %s",
    (sentence) => {
      expect(ad(sentence)).toEqual(['name lena marten']);
    },
  );
});
