/**
 * From the 101st sealed round: a shop's product page prints the maker's block (the EU's product
 * safety rules have shops name the manufacturer, its address and contact on every product page),
 * and its support lines are the maker's, not the shop's. With the cases an adversary would bring:
 * a car ad's spec list that names its make, a dealer's card under it, a maker that sells its own
 * goods. Every name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { withoutManufacturerBlocks } from '../../../lambdas/collect/extract/manufacturer-blocks.js';
import { foundAt, page } from './found.js';

const shopDe = foundAt('https://www.wendell-shop.de/monitore/wendell-27-zoll.html', 'DE');
const shopGb = foundAt('https://www.wendell-shop.co.uk/tools/drill-18v', 'GB');
const shopFr = foundAt('https://www.wendell-boutique.fr/outils/perceuse', 'FR');
const contacts = (lines: string[]): string[] => lines.filter((l) => l.startsWith('phone') || l.startsWith('email'));

/** A product page with the shop's own line in its content and the maker's block under it. */
const productPage = (block: string, own = '<p>Fragen zum Artikel? Telefon: 030 5550 1420</p>'): string =>
  page(`<h1>Wendell Monitor 27"</h1><p>Bildschirmtyp: IPS</p>${own}${block}`);

describe("a product's manufacturer block is the maker's", () => {
  it('under a heading, with a sentence before the maker\'s name, its address and its service lines', () => {
    const block =
      '<h3>Herstellerinformation</h3><p>Zur Garantie dieses Geräts wenden Sie sich bitte an den Hersteller. Ihre gesetzlichen Rechte bleiben davon unberührt.</p>' +
      '<p>Wendell</p><p>Wendell Geräte GmbH</p><p>Beispielallee 12</p><p>31135 Hildesheim</p><p>Deutschland</p>' +
      '<p>Wir helfen Ihnen gern weiter.</p><p>Kundendienst: 05121 - 5550 310</p><p>Ersatzteile: 05121 – 5550 320</p><p>werktags 9 bis 17 Uhr</p>';
    expect(contacts(shopDe(productPage(block)))).toEqual(['phone +493055501420']);
  });

  it.each([
    ['English, the label and the firm on one line', '<p>Manufacturer information: Wendell Tools Ltd</p><p>1 Example Road, Leeds LS1 4AP</p><p>Email: support@wendell-tools.co.uk</p><p>Phone: 0113 496 0142</p>', shopGb],
    ['the EU responsible person', '<h4>Responsible person in the EU</h4><p>Wendell Europe B.V.</p><p>Voorbeeldstraat 1, 1011 AB Amsterdam</p><p>compliance@wendell-europe.nl</p>', shopGb],
    ['French', '<h3>Informations sur le fabricant</h3><p>Wendell SAS</p><p>12 rue de l’Exemple, 69001 Lyon</p><p>Tél. : 04 72 55 50 14</p><p>contact@wendell-outillage.fr</p>', shopFr],
    ['German, the maker\'s word alone with the firm on the next line', '<p>Hersteller:</p><p>Wendell Werkzeuge GmbH &amp; Co. KG</p><p>Musterweg 9, 10115 Berlin</p><p>Telefon: 030 5550 9910</p><p>E-Mail: service@wendell-werkzeuge.de</p>', shopDe],
  ])('%s', (_, block, found) => {
    const own = found === shopDe ? undefined : found === shopGb ? '<p>Questions? Call us on 0113 496 0999</p>' : '<p>Une question ? Appelez-nous au 04 72 55 59 99</p>';
    const want = found === shopDe ? ['phone +493055501420'] : found === shopGb ? ['phone +441134960999'] : ['phone +33472555999'];
    expect(contacts(found(productPage(block, own)))).toEqual(want);
  });
});

describe('but not what only looks like one', () => {
  const dealer = foundAt('https://www.wendell-autos.de/fahrzeuge/1234', 'DE');

  it("a car ad's spec list names its make, and the seller's line under it is the seller's", () => {
    const html = page('<h1>Wendell Kombi</h1><p>Hersteller: Volkswagen</p><p>Modell: Golf</p><p>Telefon: 0171 5550142</p>');
    expect(dealer(html, 'DE', 'phone')).toEqual(['phone +491715550142']);
  });

  it('nor when the make is on the next line and the dealer, a firm, two fields below it', () => {
    const html = page('<h1>Wendell Kombi</h1><dl><dt>Hersteller</dt><dd>Volkswagen</dd><dt>Anbieter</dt><dd>Autohaus Marten GmbH</dd><dt>Telefon</dt><dd>030 5550 1430</dd></dl>');
    expect(dealer(html, 'DE', 'phone')).toEqual(['phone +493055501430']);
  });

  it('nor with another field\'s label between the heading and a firm', () => {
    const html = page('<h3>Herstellerangaben</h3><p>Marke: Wendell</p><p>Anbieter: Autohaus Marten GmbH</p><p>Telefon: 030 5550 1431</p>');
    expect(dealer(html, 'DE', 'phone')).toEqual(['phone +493055501431']);
  });

  it('nor a heading whose block names no firm', () => {
    const html = page('<h3>Herstellerinformation</h3><p>Bei Fragen zum Gerät helfen wir gern.</p><p>Telefon: 030 5550 1432</p>');
    expect(dealer(html, 'DE', 'phone')).toEqual(['phone +493055501432']);
  });

  it('and a maker selling its own goods keeps its block: its mailbox is at the page\'s own domain', () => {
    const own = foundAt('https://www.wendell-werkzeuge.de/bohrer/18v', 'DE');
    const shop = (heading: string): string =>
      '<!doctype html><html><body><header><a href="/">Wendell Werkzeuge</a><a href="/kontakt">Kontakt</a></header>' +
      `<main><h1>Akkubohrer 18 V</h1>${heading}<p>Wendell Werkzeuge GmbH</p><p>Musterweg 9, 10115 Berlin</p><p>E-Mail: info@wendell-werkzeuge.de</p><p>Telefon: 030 5550 9910</p></main>` +
      '<footer><p>© 2025 Wendell Werkzeuge GmbH</p><p>info@wendell-werkzeuge.de</p></footer></body></html>';
    const want = ['email info@wendell-werkzeuge.de', 'phone +493055509910'];
    expect(contacts(own(shop('')))).toEqual(want);
    expect(contacts(own(shop('<h3>Herstellerinformation</h3>')))).toEqual(want);
  });
});

describe('the block ends where its contacts end', () => {
  const same = (): boolean => false;

  it('at the first line after a contact that is no contact, and keeps the line count', () => {
    const text = ['Herstellerinformation', 'Wendell Geräte GmbH', 'Beispielallee 12', 'Telefon: 05121 5550310', 'werktags 9 bis 17 Uhr', 'Verkauf: 030 5550 1420'].join('\n');
    expect(withoutManufacturerBlocks(text, same).split('\n')).toEqual(['', '', '', '', 'werktags 9 bis 17 Uhr', 'Verkauf: 030 5550 1420']);
  });

  it('and leaves a text without any such label as it is', () => {
    const text = 'Wendell Geräte GmbH\nTelefon: 05121 5550310';
    expect(withoutManufacturerBlocks(text, same)).toBe(text);
  });
});
