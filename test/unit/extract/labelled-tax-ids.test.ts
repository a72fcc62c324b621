/**
 * From the 104th sealed round: a builder's contact page whose invoicing block gives the firm's
 * business id again without its label or dash ("Wendell Oy, 05551422 PL 55"), which read as a
 * landline, while the page labels the same digits elsewhere ("Y-tunnus: 0555142-2", "VAT:
 * FI05551422"). With the cases an adversary would bring. Every name, number and domain here is
 * invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const firm = foundAt('https://www.wendell-maanrakennus.fi/yhteystiedot.html', 'FI');
const phones = (lines: string[]): string[] => lines.filter((l) => l.startsWith('phone'));
const contact = (idBlock: string, invoicing: string): string =>
  page(`<h1>Yhteystiedot</h1><div><h2>Yritystiedot</h2><p>${idBlock}</p></div><div><h2>Myynti</h2><p>Lena Marten, puh. 040 555 0142</p></div><div><h2>Laskutusosoite</h2><p>${invoicing}</p></div>`);

describe('a number whose digits are a business id the page labels', () => {
  it('is that id, though its own line gives no label', () => {
    const html = contact('Y-tunnus: 0555142-2 VAT: FI05551422 Esimerkkitie 4, 90100 Oulu', 'Wendell Oy, 05551422 PL 55, 00025 Esimerkki');
    expect(phones(firm(html))).toEqual(['phone +358405550142']);
  });

  it.each([
    ['a VAT number of other digits', 'VAT: FI05551499'],
    ['a price after "VAT"', 'Hinnat sis. VAT 24 %, toimitus 65 €'],
  ])('while a number is still read beside %s', (_, idBlock) => {
    const html = contact(idBlock, 'Reskontra: puh. 016 555 1422');
    expect(phones(firm(html))).toEqual(['phone +358165551422', 'phone +358405550142']);
  });
});
