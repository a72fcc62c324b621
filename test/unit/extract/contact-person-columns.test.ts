/**
 * From the 40th sealed round (found after its scoring): an association's member list, a table
 * whose "Contact Person" column names each member firm's contact, some rows with no e-mail cell,
 * so the page's text loses the column. Every name, firm and address here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const at = foundAt('https://www.association.example/members?page=3', 'GB');
const names = (body: string, country = 'GB'): string[] => at(page(`<h1>Members</h1>${body}`), country, 'name');

const table = (header: string[], rows: string[][]): string =>
  `<table><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

describe("a table's contact-person column", () => {
  it('names each row’s contact, an empty cell beside it or not', () => {
    const body = table(
      ['Member/Company Name', 'Reg No', 'Contact Person', 'Email Address'],
      [
        ['Northwind Textiles Ltd.', '5161', 'Anna Berg', 'info@northwind.example'],
        ['Blue Harbour Knit Ltd.', '4980', 'Md. Karim Hossain', ''],
        ['Redstone Apparel Ltd.', '5771', 'Mr. David Clarke', 'sales@redstone.example'],
      ],
    );
    expect(names(body)).toEqual(['name anna berg', 'name david clarke', 'name md. karim hossain']);
  });

  it.each([
    ['Ansprechpartner', 'DE', 'Stefan Braun'],
    ['Kontaktperson', 'SE', 'Erik Lindqvist'],
    ['Persona de contacto', 'ES', 'María García'],
  ])('under "%s"', (header, country, name) => {
    expect(names(table(['Firma', header, 'Telefon'], [['Autohaus Berger GmbH', name, '089 48293615']]), country)).toEqual([`name ${name.toLowerCase()}`]);
  });

  it.each([
    ['a firm in the column', table(['Dealer', 'Contact Person'], [['Northwind Motors', 'Northwind Motors Ltd']])],
    ['a phone number in the column', table(['Dealer', 'Contact Person'], [['Northwind Motors', '020 7946 0321']])],
    ['a column headed otherwise', table(['Member', 'Town'], [['Northwind Textiles', 'Anna Berg']])],
    ['a price table', table(['Name', 'Price'], [['Anna Berg', '£250']])],
  ])('but no name from %s', (_what, body) => {
    expect(names(body)).toEqual([]);
  });
});
