/**
 * Found on an unlabelled real result page of a car marketplace: a dealer's card named a leasing
 * firm ("… National Leasing") in its seller slot, read as a person's name. "Leasing" is a trade
 * word, as "Motors" and "Rentals" are; the cases an adversary would bring: the word in capitals, a
 * hyphenated name, and a family name that only begins with its letters. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const ca = foundAt('https://www.wendell-autos.example/cars/?loc=Wendelton', 'CA');
const card = (seller: string): string =>
  `<html><body><main><h1>Used cars</h1><article class="listing"><h2>2021 Wendell Coupe</h2><p>$32,795</p>` +
  `<div class="seller"><p class="seller-name">${seller}</p><a href="tel:+14165550142">416-555-0142</a></div></article></main></body></html>`;

describe("a leasing firm's name in a seller's slot", () => {
  it.each([['Wendell National Leasing'], ['WENDELL LEASING'], ['Anna Berg-Leasing']])('%s is no name', (seller) => {
    expect(ca(card(seller), 'CA', 'name')).toEqual([]);
  });
  it('a family name that begins with its letters stays', () => {
    expect(ca(card('Anna Leasingham'), 'CA', 'name')).toEqual(['name anna leasingham']);
  });
});
