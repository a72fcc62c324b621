/**
 * From the 121st sealed round (found after its scoring): a holiday let's hosts, a couple on one line
 * under "Landlords" or "Vermieter" over the address; and a contact section's block that names the
 * person under the firm's name. With the cases an adversary would bring. Every name, number, address
 * and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("a holiday let's hosts under their heading, two on one line", () => {
  const de = foundAt('https://www.wendell-fewo.example/impressum.html', 'DE');
  const page = (heading: string, line: string): string =>
    `<!doctype html><html><body><main><h1>Impressum</h1><h2>${heading}</h2><p>${line}<br>Wendelweg 4<br>07999 Wendelfingen<br>Tel.: 0155 55512345</p></main></body></html>`;

  it.each([
    ['Landlords', 'Lena Marten & Kamal Reilly', ['name kamal reilly', 'name lena marten']],
    ['Vermieter', 'Lena Marten und Anna Berg', ['name anna berg', 'name lena marten']],
    // one of a couple under one family name vouches for the other's rarer given name
    ['Gastgeber', 'Lena Marten & Wendeline Marten', ['name lena marten', 'name wendeline marten']],
  ])('%s / %s', (heading, line, want) => {
    expect(de(page(heading, line), 'DE', 'name')).toEqual(want);
  });

  it.each([
    ['Gastgeber', 'Wendell Ferien & Reisen'],
    // two rarer given names under two family names: neither vouched for
    ['Vermieter', 'Wendeline Marten & Qorvan Reilly'],
  ])('not %s / %s', (heading, line) => {
    expect(de(page(heading, line), 'DE', 'name')).toEqual([]);
  });
});

describe("a contact section's block: the person under the firm's name", () => {
  const pl = foundAt('https://www.wendell-serwis.example/', 'PL');
  const page = (block: string): string =>
    `<!doctype html><html><body><main><h2>O nas</h2><p>Serwis opon z dojazdem do klienta.</p><h3>Kontakt:</h3><p>${block}</p></main></body></html>`;

  it('Kontakt: / firm / person / address / number', () => {
    expect(pl(page('SERWIS OPON<br>Lena Marten<br>Wendlowo 7<br>06-999 Wendlin<br>tel. 505 555 123'), 'PL', 'name')).toEqual(['name lena marten']);
  });

  it('not a place under the firm\'s name', () => {
    expect(pl(page('SERWIS OPON<br>Wendlin Centrum<br>Wendlowo 7<br>06-999 Wendlin'), 'PL', 'name')).toEqual([]);
  });
});
