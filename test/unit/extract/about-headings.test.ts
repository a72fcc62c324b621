/**
 * Found on an unlabelled real page (a food blog's "About Izzy" over "I'm Izzy, a food lover and
 * photographer…"): a profile's heading that opens with "About" was read whole as a name ("about
 * izzy"). The words that introduce the one a heading is about are no part of the name; the cases
 * an adversary would bring: other languages' words, a given name alone after them, and a family
 * name that begins with such a word. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const gb = foundAt('https://www.wendell-kitchen.example/about/', 'GB');
const bio = (given: string): string =>
  `I'm ${given}, a cook and photographer from Wendelstadt. Here you'll find simple recipes for every day, tested in my own small kitchen, and the stories behind them. I also teach cooking classes for children.`;
const profile = (heading: string, given = 'Lena'): string => `<html><body><main><h1>Recipes</h1><section><h2>${heading}</h2><p>${bio(given)}</p></section></main></body></html>`;

describe("a profile's heading", () => {
  it.each([
    ['About Lena Marten', ['name lena marten']],
    ['Meet Lena Marten', ['name lena marten']],
    ['Über Lena Marten', ['name lena marten']],
    // The given name alone: the bio's "I'm Lena" gives it, as it does under any heading.
    ['About Lena', ['name lena']],
    ['Lena Marten', ['name lena marten']],
  ])('%s', (heading, want) => {
    expect(gb(profile(heading), 'GB', 'name')).toEqual(want);
  });
  it('a family name that begins with such a word stays whole', () => {
    expect(gb(profile('Overton Marten', 'Overton'), 'GB', 'name')).toEqual(['name overton marten']);
  });
});
