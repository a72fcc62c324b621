/**
 * Found on a sealed round's property ad: its regulatory panel gives the district ("Zone name" /
 * "<Arabic place word> Sheikh <given name> Bin <father's name>"), a place named after a ruler,
 * which a patronymic's link word made a person's name. A patronymic under a place's label, or
 * after an Arabic place word ("Madinat", city; "Souq", market; "Wadi", "Jebel", "Khor"), names
 * the place. The cases an adversary would bring: the same name under an agent's label, and a
 * person's name under a place's label that is no patronymic. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell-homes.example/en/listings/h41', 'AE');
const panel = (label: string, value: string): string =>
  `<!doctype html><html><body><main><h1>House for sale</h1><div class="regulatory"><p>Agency name</p><p>QORVAN REAL ESTATE BROKER</p><p>${label}</p><p>${value}</p><p>Permit number</p><p>71234</p></div></main></body></html>`;

describe('a district named after a person', () => {
  it.each([
    ['Zone name', 'Wadi Sheikh Kamal Bin Qorvan'],
    ['Zone name', 'Sheikh Kamal Bin Qorvan'],
    ['Community', 'Kamal Bin Qorvan'],
    ['Location', 'Madinat Kamal Bin Qorvan'],
    ['Address', 'Souq Kamal Bin Qorvan'],
  ])('%s / %s is no name', (label, value) => {
    expect(found(panel(label, value), 'AE', 'name')).toEqual([]);
  });

  it('the same patronymic under an agent\'s label is a person\'s', () => {
    expect(found(panel('Agent', 'Kamal Bin Qorvan'), 'AE', 'name')).toEqual(['name kamal bin qorvan']);
  });
});
