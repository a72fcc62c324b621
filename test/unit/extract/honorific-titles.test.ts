/**
 * Names after an honorific, as people write them: an academic or professional title between the
 * two ("Frau Dr. Anna Berg", "Herr Dipl.-Ing. Jan Roth", "Sig.ra Dott.ssa Giulia Conti"), a
 * particle inside the name ("Herr Jan de Vries", "mevr. Anna van der Berg"), and the Dutch
 * honorifics in lower case ("dhr.", "mevr."), as Dutch prose writes them. Before, the title was
 * stored as the name ("dr") and the name stopped at its particle ("jan"). Written with what an
 * adversary (a page) brings: a title with no name after it, a title as the only word, a title
 * word that is also a name. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.market.example/ad/4242', 'DE');
const names = (text: string, country = 'DE'): string[] => found(page(`<p>${text}</p>`), country, 'name');

describe('a title between the honorific and the name', () => {
  it.each([
    ['DE', 'Ihre Ansprechpartnerin ist Frau Dr. Anna Berg, Tel. 030 48273915', ['name anna berg']],
    ['DE', 'Ihr Ansprechpartner ist Herr Dipl.-Ing. Jan Roth.', ['name jan roth']],
    ['DE', 'Bitte fragen Sie nach Frau Prof. Dr. Eva Lind.', ['name eva lind']],
    ['DE', 'Rückfragen an Herrn Dr Berg', ['name berg']],
    ['IT', 'Rivolgersi alla Sig.ra Dott.ssa Giulia Conti', ['name giulia conti']],
    ['IT', 'Rivolgersi al Sig. Dott. Marco Greco', ['name marco greco']],
  ])('%s %s', (country, text, want) => {
    expect(names(text, country)).toEqual(want);
  });

  it.each([['Frau Dr.'], ['Bitte an Herrn Dr. wenden'], ['Herr Prof'], ['Kontakt: Frau Mag.']])('a title with no name after it: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('particles inside a name after an honorific', () => {
  it.each([
    ['DE', 'Ansprechpartner ist Herr Jan de Vries und Frau Eva Lind.', ['name eva lind', 'name jan de vries']],
    ['DE', 'Fragen an Herrn Lukas von Berg', ['name lukas von berg']],
    ['NL', 'Neem contact op met mevr. Anna van der Berg voor een bezichtiging.', ['name anna van der berg']],
    ['NL', 'Neem contact op met dhr. Pieter de Wit.', ['name pieter de wit']],
  ])('%s %s', (country, text, want) => {
    expect(names(text, country)).toEqual(want);
  });

  it('a particle at the end of the line is not part of the name', () => {
    expect(names('Fragen an Herrn Lukas von')).toEqual(['name lukas']);
  });
});
