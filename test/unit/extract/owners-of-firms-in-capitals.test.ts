/**
 * Found on the 159th sealed round's Italian dealer's pages, after their scoring: the copyright line
 * names the firm "of" its owner in capitals, surname first, as the business register writes a
 * sole trader ("WENDELSTADT AUTOMOBILI DI MARTEN LENA"); the reading of the same line in mixed
 * case ("… di Lena Marten") did not take it. The cases an adversary would bring: a firm "of"
 * another firm, words the known names lack, a trade word among the owner's words. Every name,
 * number and site here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendelstadtauto.example.it/occasioni/', 'IT');
const dealerPage = (copyright: string): string =>
  `<!doctype html><html><body><header><a href="/">Wendelstadt Automobili</a></header><main><h1>Auto usate</h1><p>12 vetture</p></main>` +
  `<footer><p>Tel. 011 555 0142</p><p>info@wendelstadtauto.example.it</p><p>${copyright}</p></footer></body></html>`;
const names = (copyright: string): string[] => found(dealerPage(copyright), 'IT', 'name');

describe('a firm "of" its owner, in capitals, on its copyright line', () => {
  it.each([
    ['surname first', 'Copyright © 2026 WENDELSTADT AUTOMOBILI DI MARTEN LENA - P.IVA 05550142001', 'name marten lena'],
    ['given name first', 'Copyright © 2026 WENDELSTADT AUTOMOBILI DI LENA MARTEN - P.IVA 05550142001', 'name lena marten'],
    ['"di" in small letters', '© 2026 WENDELSTADT AUTO di MARTEN LENA', 'name marten lena'],
  ])('%s: the owner', (_what, line, expected) => {
    expect(names(line)).toEqual([expected]);
  });

  it('in mixed case, as before', () => {
    expect(names('Copyright © 2026 Wendelstadt Automobili di Lena Marten - P.IVA 05550142001')).toEqual(['name lena marten']);
  });

  it.each([
    ['a firm "of" another firm', 'Copyright © 2026 WENDELSTADT AUTOMOBILI DI WENDELSTADT SERVIZI - P.IVA 05550142001'],
    ['words the known names lack', 'Copyright © 2026 QORVAN AUTO DI QORVAN TARVIK - P.IVA 05550142001'],
    ['a trade word among them', 'Copyright © 2026 WENDELSTADT AUTOMOBILI DI LENA AUTO - P.IVA 05550142001'],
  ])('%s: no name', (_what, line) => {
    expect(names(line)).toEqual([]);
  });
});
