/**
 * From the 122nd sealed round (found after its scoring): an imprint under "Gemäß § 5 TMG" (without
 * "Angaben"), a couple under one family name written once ("Lena & Ingrid Marten", "Lena et Kamal
 * MARTEN" under "Nos coordonnées" and the farm's name); a German imprint's person responsible for the
 * content after the statute's words ("Inhaltlich verantwortlich gemäß § 10 Abs. 3 MDStV: …"); and a
 * contact card's phone label after an icon, alone on its line over the number ("📞 Telefon:" /
 * "+49 …"). With the cases an adversary would bring. Every name, number, address and domain here is
 * invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe('a couple under one family name written once, heading the address', () => {
  const de = foundAt('https://www.wendell-honig.example/impressum.php', 'DE');
  const imprint = (line: string): string =>
    `<!doctype html><html><body><main><h1>Impressum</h1><p>Gemäß § 5 TMG</p><p>${line}<br>Wendelweg 4<br>65999 Wendelfingen</p><p>Tel: 06999 / 555012</p></main></body></html>`;

  it.each([
    ['Lena &amp; Ingrid Marten', ['name ingrid marten', 'name lena marten']],
    ['Lena Marten &amp; Kamal Reilly', ['name kamal reilly', 'name lena marten']],
  ])('%s', (line, want) => {
    expect(de(imprint(line), 'DE', 'name')).toEqual(want);
  });

  it.each([['Marten &amp; Berg'], ['Lena &amp; Berg Immobilien']])('not %s (a firm named so)', (line) => {
    expect(de(imprint(line), 'DE', 'name')).toEqual([]);
  });

  it("a French farm's contact block: the farm's name, then the couple", () => {
    const fr = foundAt('https://www.wendell-ferme.example/contactez-nous.php', 'FR');
    const html =
      '<!doctype html><html><body><main><h1>Contactez-nous</h1><h2>Nos coordonnées</h2><p>La Ferme de Wendell<br>Lena et Kamal MARTEN<br>12 chemin de Wendell<br>33999 WENDELVILLE<br>Tél. 05 55 12 34 01</p></main></body></html>';
    expect(fr(html, 'FR', 'name')).toEqual(['name kamal marten', 'name lena marten']);
  });
});

describe("a German imprint's person responsible for the content", () => {
  const de = foundAt('https://www.wendell-winzerhof.example/impressum.php', 'DE');
  const page = (line: string): string => `<!doctype html><html><body><main><h1>Impressum</h1><p>Wendelweg 7, 3999 Wendelfingen</p><p>${line}</p></main></body></html>`;

  it.each([['Inhaltlich verantwortlich gemäß § 10 Abs. 3 MDStV: Lena Marten'], ['Verantwortlich für den Inhalt nach § 55 Abs. 2 RStV: Lena Marten'], ['V.i.S.d.P.: Lena Marten']])('%s', (line) => {
    expect(de(page(line), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it.each([['Verantwortlich: Wendell Bau GmbH'], ['Verantwortlich für die Verarbeitung ist die Wendell GmbH: siehe oben']])('not %s', (line) => {
    expect(de(page(line), 'DE', 'name')).toEqual([]);
  });
});

describe("a contact card's phone label after an icon, alone on its line over the number", () => {
  const de = foundAt('https://www.wendell-service.example/kontakt.html', 'DE');
  const card = (lines: string[]): string => `<!doctype html><html><body><main><h3>Service</h3><div>${lines.map((l) => `<p>${l}</p>`).join('')}</div></main></body></html>`;

  it.each([
    [['Lena Marten', '📞 Telefon:', '+49 151 5550103']],
    [['Lena Marten', 'Telefon:', '+49 151 5550103']],
  ])('%j', (lines) => {
    expect(de(card(lines), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    // no number under the label: opening hours
    [['Lena Marten', 'Telefon:', 'Mo-Fr 8-17 Uhr']],
    // a heading over the label, no one's name
    [['Öffnungszeiten', '📞 Telefon:', '+49 151 5550103']],
  ])('not %j', (lines) => {
    expect(de(card(lines), 'DE', 'name')).toEqual([]);
  });
});
