/**
 * From the 100th sealed round: an office's staff page whose headings give each person's name
 * and post over their bio; a public office's roster of posts and their holders after colons; a
 * web address after a spoken "at" on a line that an e-mail label opens; and a map's coordinates
 * in a data attribute. Every name, number and domain here is invented (wendell-* domains, 555
 * numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const bio = (words: number): string => `<p>I joined the office in 2004 and ${'I still enjoy the work here, '.repeat(words)}every day.</p>`;

describe("a staff page's headings, each over its holder's bio", () => {
  const staffPage = foundAt('https://www.wendell-band.example/staff/', 'CA');
  const headings = (lines: readonly string[], bioWords = 12): string =>
    page(`<h3>Administration</h3>${lines.map((l) => `<h4><em>${l}</em></h4>${bio(bioWords)}<p>Email: office@wendell-band.example</p>`).join('')}`);

  it('names each person whose heading names a post, passing over a heading that names none', () => {
    const html = headings(['Lena Marten - Office Manager', 'Kamal Reilly - Harbour Officer (profile coming soon)', 'Anna Berg - Community Garden', 'Oskar Lindqvist Jr.&nbsp;- Youth Coordinator']);
    expect(staffPage(html, 'CA', 'name')).toEqual(['name kamal reilly', 'name lena marten', 'name oskar lindqvist jr.']);
  });

  it('names no one where the headings name no posts', () => {
    const html = headings(['Lena Marten - Spring Workshop', 'Kamal Reilly - Garden Course', 'Anna Berg - Shoulder Concept', 'Oskar Lindqvist - Autumn Walk']);
    expect(staffPage(html, 'CA', 'name')).toEqual([]);
  });

  it('names no one where each heading stands alone, far from the next', () => {
    const html = headings(['Lena Marten - Office Manager', 'Kamal Reilly - Harbour Officer', 'Oskar Lindqvist - Youth Coordinator'], 150);
    expect(staffPage(html, 'CA', 'name')).toEqual([]);
  });

  it('keeps a list of roles in small letters to lines in a row', () => {
    const apart = page(['Lena Marten – pielęgniarka', 'Kamal Reilly – rejestratorka', 'Anna Berg – fizjoterapeutka'].map((l) => `<p>${l}</p>${bio(12)}`).join(''));
    expect(foundAt('https://www.wendell-przychodnia.example/zespol', 'PL')(apart, 'PL', 'name')).toEqual([]);
  });
});

describe("a roster of posts and their holders after colons", () => {
  const office = foundAt('https://www.wendell-county.example/offices/registrar/', 'US');
  const roster = (lines: readonly string[], between = '<br /> <br /> '): string =>
    page(`<p>The Registrar's office keeps the county's records of births and marriages.</p><p>${lines.map((l) => l.replace(/^([^:]+:)/, '<strong>$1</strong>')).join(between)}</p>`);

  it('names each holder, a middle initial kept', () => {
    const html = roster(['Registrar: Lena R. Marten', 'Chief Deputy Registrar: Kamal Reilly', 'Office Manager / Deputy Registrar: Anna Berg', 'Deputy Registrar: Oskar Lindqvist']);
    expect(office(html, 'US', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena r. marten', 'name oskar lindqvist']);
  });

  it('names no one in two such lines', () => {
    expect(office(roster(['Chief Deputy Registrar: Kamal Reilly', 'Office Manager: Anna Berg']), 'US', 'name')).toEqual([]);
  });

  it("names nothing in a vehicle's specification written the same way", () => {
    const html = roster(['Make: Land Rover', 'Model: Range Rover', 'Colour: Santorini Black', 'Fuel: Diesel Hybrid', 'Gearbox: Automatic Transmission']);
    expect(office(html, 'US', 'name')).toEqual([]);
  });

  it('names no one where the lines stand far apart', () => {
    const html = roster(['Chief Deputy Registrar: Kamal Reilly', 'Office Manager: Anna Berg', 'Deputy Registrar: Oskar Lindqvist'], `<br>${'The office serves the county. '.repeat(10)}<br>`);
    expect(office(html, 'US', 'name')).toEqual([]);
  });
});

describe("a web address after a spoken 'at'", () => {
  const home = foundAt('https://wendell-society.example/', 'CA');

  it('is no mailbox, where the line that an e-mail label opens goes on to it', () => {
    const html = page('<p>Send your entry by email to <a href="mailto:prize@wendell-society.example">prize@wendell-society.example</a> or find the entry forms at <a href="/entry">www.wendell-society.example/entry</a></p>');
    expect(home(html, 'CA', 'email')).toEqual(['email prize@wendell-society.example']);
  });

  it('nor with a path after a host without "www"', () => {
    expect(home(page('<p>E-mail us, or read the rules at wendell-society.example/rules</p>'), 'CA', 'email')).toEqual([]);
  });

  it('while a spoken address after the label is still read', () => {
    expect(home(page('<p>E-mail: lena at wendell-society dot example</p>'), 'CA', 'email')).toEqual(['email lena@wendell-society.example']);
  });
});

describe("a map's coordinates", () => {
  const results = foundAt('https://www.wendell-immo.lu/recherche', 'LU');

  it('are no numbers, in a data attribute with the zoom after them or in the text', () => {
    const html = page(
      '<div class="listing" data-map-location="47.3712345,8.5423456,12">Flat in Wendelange</div>' +
        '<div class="listing" data-map-location="46.948123400000005,7.447456712345678">House in Wendelbourg</div><p>47.050812,8.3051234</p>' +
        '<p>Agence Wendell, Tél. 26 55 01 42</p>',
    );
    expect(results(html, 'LU', 'phone')).toEqual(['phone +35226550142']);
  });
});
