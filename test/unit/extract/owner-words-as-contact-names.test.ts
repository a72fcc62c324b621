/**
 * Found on an unlabelled real result page of a property portal: a listing's contact field holding
 * "direct from the owner" in the site's language where a private advertiser gives no name, read
 * as a person's name. An owner's or a landlord's word at a name's end, or a seller's word alone, is
 * the kind of advertiser, not a name; the cases an adversary would bring: other languages, the
 * words alone, a name beside them on the next card, and names that merely hold such letters. All
 * values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const de = foundAt('https://www.wendel-immo.example/suche/mieten', 'DE');
const resultPage = (contact: string): string =>
  `<html><body><main><h1>Mietangebote in Wendelstadt</h1></main><script>window.__INITIAL_STATE__ = ${JSON.stringify({
    results: [
      { id: 1, title: 'Wohnung, 80 m²', contactName: contact, price: 500 },
      { id: 2, title: 'Haus mit Garten', contactName: 'Lena Marten', price: 900 },
    ],
  })};</script></body></html>`;

describe("an owner's or a seller's word where the name goes", () => {
  it.each([['Direkt vom Eigentümer'], ['Direct from owner'], ['Privater Vermieter'], ['Particulier propriétaire'], ['Anbieter'], ['Owner'], ['Eigenaar']])('%s', (contact) => {
    expect(de(resultPage(contact), 'DE', 'name')).toEqual(['name lena marten']);
  });
});

describe('names stay', () => {
  it.each([
    ['Anna Berg', ['name anna berg', 'name lena marten']],
    // A family name that holds an owner's word's letters but is none ("Eierman", "Ownerby").
    ['Kamal Eierman', ['name kamal eierman', 'name lena marten']],
  ])('%s', (contact, want) => {
    expect(de(resultPage(contact), 'DE', 'name')).toEqual(want);
  });
});
