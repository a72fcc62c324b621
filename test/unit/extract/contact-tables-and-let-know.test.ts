/**
 * From the 56th sealed round (found after its scoring):
 * - a bank's table of its sales officers (name, line, mailbox at the bank's domain, area): an
 *   officer's mailbox that does not spell the name shown was read as the site's, and the short
 *   lines under it, the next officer's row with their line, as its block;
 * - a dealer's description asking customers to "let <name> or <name> know".
 * Every number, name and address here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const officers = (rows: readonly (readonly [string, string, string])[]): string =>
  `<p>For more details, please contact:</p><table>${rows.map(([n, p, e]) => `<tr><td>${n}</td><td>${p}</td><td><a href="mailto:${e}">${e}</a></td><td>Manila properties</td></tr>`).join('')}</table>`;

describe('a table of contacts, each with their line and mailbox', () => {
  const found = foundAt('https://www.bank.example.ph/assets-for-sale/properties/details', 'PH');

  it('keeps the line of the row under a mailbox that is no one\'s by its name', () => {
    const html = page(officers([
      ['Rosa P. Lim', '(02) 8555 0101', 'rosa.cruz@bank.example.ph'],
      ['Luz Ann D. Navarro', '(02) 8555 0102', 'luz.navarro@bank.example.ph'],
      ['Jose G. Reyes', '(02) 8555-0103', 'jose.reyes@bank.example.ph'],
    ]));
    expect(found(html, 'PH', 'phone')).toEqual(['phone +63285550101', 'phone +63285550102', 'phone +63285550103']);
  });

  it('a desk\'s block goes on over a name whose mailbox is not under it', () => {
    const html = page('<p>To advertise: <a href="mailto:ads@bank.example.ph">ads@bank.example.ph</a></p><div>Luz Navarro</div><div>(02) 8555 0102</div><p>Luzon real properties for sale, foreclosed and in good condition, see the list below.</p>');
    expect(found(html, 'PH', 'phone')).toEqual([]);
  });
});

describe('"let <name> know"', () => {
  const found = foundAt('https://www.dealer-reviews.example/dealer/roe-chevrolet-41000/', 'US');

  it.each([
    ['two names', 'Call our service desk and let Carla Roe or Tom Doe know if you have any questions.', ['name carla roe', 'name tom doe']],
    ['one name', 'Stop by and let Megan Walsh know you saw this ad.', ['name megan walsh']],
  ])('%s', (_what, text, names) => {
    expect(found(page(`<p>${text}</p>`), 'US', 'name')).toEqual(names);
  });

  it.each([
    ['a firm', 'Let Toyota Finance know about your trade-in.'],
    ['us', 'Please let us know if you have questions.'],
    ['a team', 'Let Our Team know what you need.'],
  ])('no name: %s', (_what, text) => {
    expect(found(page(`<p>${text}</p>`), 'US', 'name')).toEqual([]);
  });
});
