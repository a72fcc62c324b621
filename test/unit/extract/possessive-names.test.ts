/**
 * Found on unlabelled real pages (a news item's "Mr. …’s name", a profile's "Dr. …'s team"): a name
 * read with an English possessive after it kept the possessive ("roe's"). The possessive is no part
 * of the name; the cases an adversary would bring: the typographic apostrophe, the apostrophe alone
 * after an "s", a particle after the possessive, and the apostrophes that are a name's own. All
 * values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const gb = foundAt('https://www.wendell-motors.example/ad/4711', 'GB');
const names = (sentence: string): string[] => gb(`<html><body><main><h1>Ford Focus</h1><p>${sentence}</p></main></body></html>`, 'GB', 'name');

describe('a name with an English possessive after it', () => {
  it.each([
    ["Mr. Roe's office is open on Mondays.", ['name roe']],
    ['Please ask for Mrs. Lena Marten’s assistant.', ['name lena marten']],
    ["Mr. Davies' garage is next door.", ['name davies']],
    ['Mr. Davies’ garage is next door.', ['name davies']],
    ["Mr. O'Brien's van is for sale.", ["name o'brien"]],
  ])('%s', (sentence, want) => {
    expect(names(sentence)).toEqual(want);
  });
});

describe("a name's own apostrophes stay", () => {
  it.each([
    ["Call Mr. O'Brien on 0412 555 014.", ["name o'brien"]],
    ['Mr. D’Angelo will call back.', ["name d'angelo"]],
    ['Mr. Davies will call back.', ['name davies']],
  ])('%s', (sentence, want) => {
    expect(names(sentence)).toEqual(want);
  });
});
