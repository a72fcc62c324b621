/**
 * Found on a sealed round's Polish result page of phones: a title's model and memory size ("… PRO
 * 128GB") fit the Polish plate format (a district's letters, three digits, two letters) and were
 * stored as a plate. A memory's size glued to its unit ends no plate away from a plate's label, as
 * an engine's power glued to its unit does not. The cases an adversary would bring: other sizes and
 * units, a district code of two and of three letters, the same run after a plate's label (kept),
 * and a real plate beside. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell.example/d/oferta/4401937.html', 'PL');
const ad = (text: string): string => `<html><body><main><h1>Oferta</h1><p>${text}</p></main></body></html>`;

describe("a memory's size after a model's word", () => {
  it.each([['WENDELL PHONE 14 PRO 128GB, stan bardzo dobry'], ['Tablet PRO 512GB nowy'], ['Laptop WPR 256GB SSD'], ['Dysk PRO 1024GB']])('%s holds no plate', (text) => {
    expect(found(ad(text), 'PL', 'plate')).toEqual([]);
  });

  it("after a plate's label the run is a plate", () => {
    expect(found(ad('Numer rejestracyjny: PO 128GB'), 'PL', 'plate')).toEqual(['plate PL:PO128GB']);
  });

  it('a plate beside a memory size stays', () => {
    expect(found(ad('Auto z nawigacją 64GB, numer rejestracyjny WX 12345'), 'PL', 'plate')).toEqual(['plate PL:WX12345']);
  });
});
