/**
 * From the 95th sealed round: a site builder's footer section inside the page's one <main>; a
 * branch's contact details block on a venue's page; a department named after the firm over its
 * mailbox; a seller label over a table's next heading; a Polish number written with the trunk 0
 * the plan dropped; a manager's post before their name over their line; a lunch list's week
 * written as a date range. Every name, number and domain here is invented (wendell-* domains, 555
 * numbers).
 */
import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../../lambdas/shared/normalise/phone.js';
import { foundAt } from './found.js';

describe("a footer section inside the page's <main>", () => {
  const lunch = foundAt('https://www.wendell-bistro.example/veckans-meny', 'SE');
  const page = (cls: string): string =>
    '<!doctype html><html><body><main class="page-main"><section class="section"><h1>Veckans lunch</h1><p>Måndag: Kycklinggryta 129 kr</p></section>' +
    `<section class="section ${cls}"><p>Wendellgatan 12</p><p>211 99 Malmö</p><p><a href="tel:+46701554812">+46 701-55 48 12</a></p><p>info@wendell-bistro.example</p></section></main></body></html>`;

  it('is the site\'s footer ("cc-footer"): its line and its mailbox are the venue\'s', () => {
    expect(lunch(page('cc-footer'))).toEqual(['email info@wendell-bistro.example', 'phone +46701554812']);
  });

  it('a section not marked so keeps the rules of any page: the mailbox printed once is not taken', () => {
    expect(lunch(page('cc-contact'), 'SE', 'email')).toEqual([]);
  });
});

describe("a branch's contact details block", () => {
  const branch = foundAt('https://www.wendell-food.example/pobocky/10/', 'CZ');
  const page = (heading: string, extra = ''): string =>
    '<!doctype html><html><body><header><p>Objednávky: +420 277 555 933</p><p><a href="mailto:office@wendell-food.example">OFFICE@WENDELL-FOOD.EXAMPLE</a></p></header>' +
    `<main><h1>Pobočka Praha 1</h1><p>Polední menu</p><div class="left"><h2>${heading}</h2><p class="address">Wendellova 15, Praha 1</p>` +
    `<p class="phone">+420 778 555 522</p><p class="email">centrum&#64;wendell-food.example</p></div>${extra}</main></body></html>`;

  it('gives the branch\'s mailbox under "Kontaktní údaje" (contact details)', () => {
    expect(branch(page('Kontaktní údaje'), 'CZ', 'email')).toEqual(['email centrum@wendell-food.example', 'email office@wendell-food.example']);
  });

  it('not under a bare "Kontakt" (an agency\'s ad heads its office\'s mailbox so), nor beside another party\'s mailbox', () => {
    expect(branch(page('Kontakt'), 'CZ', 'email')).toEqual(['email office@wendell-food.example']);
    expect(branch(page('Kontaktní údaje', '<p>Catering: partner@wendell-catering.example</p>'), 'CZ', 'email')).not.toContain('email centrum@wendell-food.example');
  });
});

describe('a department named after the firm over its mailbox', () => {
  it("is no person's name (\"Bianchi Revisioni\" over \"revisionibianchi@…\" on bianchiauto's site)", () => {
    const stock = foundAt('https://www.bianchiauto.example/lista-veicoli/usato/', 'IT');
    const html =
      '<!doctype html><html><body><main><h1>Auto usate</h1><p>fiat tipo 2019, 8.900 €</p></main><footer><p>Bianchi Auto srl · Tel. <a href="tel:+39011555410">011 555410</a></p>' +
      '<div class="item"><div class="t1">BIANCHI REVISIONI</div><a class="t2" href="https://maps.example/x">Via Wendell 8 - 10199 Torino (TO)</a>' +
      '<a class="t2" href="tel:+39011555410">011 555410 (int.3)</a><a class="t2" href="https://wa.me/393475558812">347 5558812</a>' +
      '<a class="t2" href="mailto:revisionibianchi@gmail.com">revisionibianchi@gmail.com</a></div></footer></body></html>';
    expect(stock(html, 'IT', 'name')).toEqual([]);
  });
});

describe("a seller label over a table's next heading", () => {
  it('reads no name from "Säljare" / "Till salu" (for sale)', () => {
    const car = foundAt('https://www.wendell-bil.example/sv-se/license-plate/S/ABC123', 'SE');
    const html = '<!doctype html><html><body><main><h1>Volvo 240 1985</h1><table><tr><th>Säljare</th></tr><tr><td>Till salu</td></tr><tr><td>Pris</td></tr></table></main></body></html>';
    expect(car(html, 'SE', 'name')).toEqual([]);
  });
});

describe('a Polish number written with the trunk 0 the plan dropped', () => {
  it.each([['tel:0155553240'], ['0 15 555 32 40'], ['(0-15) 555 32 40'], ['(015) 555 32 40'], ['015 555 32 40']])('%s', (raw) => {
    expect(normalisePhone(raw, 'PL')).toBe('+48155553240');
  });

  it('not a bare run of ten digits in the text (an id as often), nor in another country', () => {
    expect(normalisePhone('0155553240', 'PL')).toBeUndefined();
    expect(normalisePhone('0 15 555 32 40', 'CZ')).toBeUndefined();
  });

  it("is read from a dealer's call link", () => {
    const dealer = foundAt('https://www.wendell-auto.example/', 'PL');
    expect(dealer('<!doctype html><html><body><main><h1>Salon Wendell</h1><p>Oddział Stalowa Wola</p><p>tel. <a href="tel:0155553240">0155553240</a></p></main></body></html>', 'PL', 'phone')).toEqual([
      'phone +48155553240',
    ]);
  });
});

describe("a manager's post before their name, their line under it", () => {
  it('gives the name ("Ravintolapäällikkö Lena Marten" / "Puh. 050 …")', () => {
    const venue = foundAt('https://www.wendell-lounas.example/helsinki-kallio/', 'FI');
    const html =
      '<!doctype html><html><body><main><h1>Wendell Lounas Kallio</h1><p>Tarjoamme lounasta arkisin.</p><h4>Yhteystiedot</h4>' +
      '<p>Ravintolapäällikkö <strong>Lena Marten<br></strong>Puh. <a href="tel:0505551042">050 555 1042</a></p></main></body></html>';
    expect(venue(html, 'FI', 'name')).toEqual(['name lena marten']);
  });
});

describe("a lunch list's week written as a date range", () => {
  it.each([['Lounaslista 13.03-17-03.2023'], ['Lounaslista 13.03.–17.03.2023'], ['Lounaslista 13.03 - 17.03.2023']])('is no number: %s', (heading) => {
    const lunch = foundAt('https://www.wendell-ravintola.example/lounaslista/', 'FI');
    expect(lunch(`<!doctype html><html><body><main><h1>${heading}</h1><p>Maanantai 13.03 Hernekeitto</p></main></body></html>`, 'FI', 'phone')).toEqual([]);
  });
});
