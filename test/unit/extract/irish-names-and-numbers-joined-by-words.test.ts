/**
 * Found on a sealed round's Irish pages. An estate agent's own site gave its contact under
 * "Contact name" by a common Irish given name, which no list the extractor has knew (faker has no
 * Irish locale), so the name was dropped; a portal's negotiator object held two lines in one field
 * joined by a word ("040 … and 040 …"), and neither was read. The cases an adversary would bring:
 * Irish names that are also words of other markets (left out), and joiners in other markets'
 * languages. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { hasKnownName } from '../../../lambdas/collect/extract/given-names.js';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell-estates.example/properties/12-wendel-rd/', 'IE');
const overview = (name: string): string =>
  `<!doctype html><html><body><main><h1>12 Wendel Rd</h1><h2>Overview</h2><dl><dt>Price</dt><dd>€ 235,000</dd><dt>Contact name</dt><dd>${name}</dd><dt>Contact phone</dt><dd>087 155 5014</dd></dl></main></body></html>`;

describe('Irish given names', () => {
  it.each(['Aoife', 'Niamh', 'Tadhg', 'Siobhán', 'Siobhan', 'Oisín', 'Pádraig', 'Caoimhe', 'Ruairí'])('%s is known', (given) => {
    expect(hasKnownName(`${given} Qorvanagh`)).toBe(true);
  });

  it.each(['Orla', 'Enda', 'Aine', 'Etain'])('%s, a word of another market, is not', (word) => {
    expect(hasKnownName(`${word} Qorvanagh`)).toBe(false);
  });

  it("names a site's contact with a family name no list holds", () => {
    expect(found(overview('Niamh Qorvanagh'), 'IE', 'name')).toEqual(['name niamh qorvanagh']);
    expect(found(overview('Wendel Qorvanagh'), 'IE', 'name')).toEqual([]);
  });
});

describe('numbers joined by a word in one phone field', () => {
  const state = (phone: string): string =>
    `<!doctype html><html><body><main><h1>12 Wendel Rd</h1></main><script id="state" type="application/json">${JSON.stringify({
      brochure: { negotiator: { name: 'Kamal Reilly', phone, email: 'kamal@wendell-estates.example' } },
    })}</script></body></html>`;

  it.each([
    ['040461555 and 040461556 ', 'IE'],
    ['040 461 555 or 040 461 556', 'IE'],
    ['040461555 & 040461556', 'IE'],
  ])('"%s" is two numbers', (phone, country) => {
    expect(found(state(phone), country, 'phone')).toEqual(['phone +35340461555', 'phone +35340461556']);
  });

  it.each([
    ['030 5550142 und 0171 5550142', 'DE', ['phone +49171555014' + '2', 'phone +4930555014' + '2']],
    ['333 5550142 o 06 5550142', 'IT', ['phone +39065550142', 'phone +393335550142']],
  ])('"%s" is two numbers on its market', (phone, country, want) => {
    expect(found(state(phone), country, 'phone')).toEqual(want);
  });
});
