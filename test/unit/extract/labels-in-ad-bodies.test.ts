/**
 * Found on a sealed round's Slovak result page, whose agencies' ad texts are only in its JSON-LD
 * descriptions: a seller's label over the agent's name there ("Kontakt na makléra:" / "Lena
 * Martenová") was not read, as an ad body that holds a number was read for names by the prose
 * rules only (a body without one was read for labels already); the description indents its lines
 * ("  ▸ KONTAKT …"), and types two spaces between the name's words. The cases an adversary would
 * bring: a label of another field over a line of capitalised words, a label over a firm's name,
 * and a body of another page's party. Every name, number and site here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.qorvan.example.sk/nehnutelnosti/', 'SK');
const ld = (description: string): string =>
  `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Offer', name: 'Nehnuteľnosť', description })}</script></head><body><main><h1>Nehnuteľnosti</h1></main></body></html>`;
const names = (description: string): string[] => found(ld(description), 'SK', 'name');

describe("a seller's label over a name in an ad's text that holds a number", () => {
  it.each([
    ['as the page writes it', 'Pekný byt, 3 izby.\n\nKontakt na makléra:\nLena Martenová\n+421 905 555 123\n'],
    ['its lines indented, a sign before the label', 'Pekný byt, 3 izby.\n\n  ▸ KONTAKT NA MAKLÉRA:\n     Lena Martenová\n     +421 905 555 123\n'],
    ["two spaces between the name's words", 'Pekný byt, 3 izby.\n\nPredajca:\nLena  Martenová\n+421 905 555 123\n'],
  ])('%s: the name', (_what, text) => {
    expect(names(text)).toEqual(['name lena martenová']);
  });

  it.each([
    ["another field's label over capitalised words", 'Pekný byt, 3 izby.\n\nLokalita:\nBanská Bystrica Centrum\n+421 905 555 123\n'],
    ["a seller's label over a firm's name", 'Pekný byt, 3 izby.\n\nPredajca:\nQorvan Reality s.r.o.\n+421 905 555 123\n'],
  ])('%s: no name', (_what, text) => {
    expect(names(text)).toEqual([]);
  });
});
