/**
 * Two ways a site prints its own lines that the 30th sealed round showed (found after its
 * scoring): a site that wraps its whole page, footer included, in `<main>` (HTML gives a footer
 * to its nearest article or section, and <main> is none, so it is the page's footer); and a
 * portal's menu that prints its desk's label alone on the line above its number
 * ("ServiceCenter" / "0211 …"). And a creditor's contact person after an honorific on a line
 * whose German nouns are all capitalised, which is no heading when it gives a phone number.
 * Every page, name and number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const tr = foundAt('https://www.ilan.example/ilan/4812', 'TR');
const de = foundAt('https://www.zvg.example/detail/4812', 'DE');
const phones = (find: typeof tr, html: string, country: string) => find(html, country, 'phone');

const AD = `<h1>Daire, 3+1</h1><p>Satıcı: <span>Levent Arıkan</span></p><p>Tel: 0532 718 46 09</p>`;
const SITE_FOOTER = `<footer class="text-muted border-t"><div><h4>Market</h4><ul><li><a href="#">App Store</a></li></ul></div><a href="tel:02164741238">0216 474 12 38</a><p>Ataşehir / İstanbul</p></footer>`;

describe('a footer in <main>, in no article or section', () => {
  it("is the page's footer: its line is not the seller's", () => {
    expect(phones(tr, `<html><body><main>${AD}${SITE_FOOTER}</main></body></html>`, 'TR')).toEqual(['phone +905327184609']);
  });
  it("is still read when it holds the seller's card", () => {
    const footer = `<footer><div class="seller-card"><p>Satıcı: Levent Arıkan</p><a href="tel:02164741238">0216 474 12 38</a></div></footer>`;
    expect(phones(tr, `<html><body><main><h1>Daire</h1>${footer}</main></body></html>`, 'TR')).toEqual(['phone +902164741238']);
  });
  it.each([
    ['an article', (f: string) => `<main><article>${AD}${f}</article></main>`],
    ['a section', (f: string) => `<main><section>${AD}${f}</section></main>`],
  ])("in %s it is that part's footer, and read", (_what, wrap) => {
    const footer = `<footer><p>Sahibinden, 0216 474 12 38 arayın</p></footer>`;
    expect(phones(tr, `<html><body>${wrap(footer)}</body></html>`, 'TR')).toEqual(['phone +902164741238', 'phone +905327184609']);
  });
});

describe("a desk's label alone on the line above its number", () => {
  const page = (menu: string) => `<html><body><div class="box">${menu}</div><div class="detail"><h2>Zwangsversteigerung, Einfamilienhaus</h2><p>Ansprechpartner: Frau Lindqvist, Tel. 07231 58-3716</p></div></body></html>`;
  it.each([['ServiceCenter'], ['Kundenservice:'], ['Hotline']])('"%s"', (label) => {
    expect(phones(de, page(`<p>Kontakt</p><p>${label}</p><p>0221 564 3870</p>`), 'DE')).toEqual(['phone +497231583716']);
  });
  it.each([
    ['a label of the seller', '<p>Ansprechpartner</p><p>0221 564 3870</p>'],
    ['a label with more words', '<p>Support für Bieter: Herr Brandt</p><p>0221 564 3870</p>'],
  ])('not %s', (_what, menu) => {
    expect(phones(de, page(menu), 'DE')).toEqual(['phone +492215643870', 'phone +497231583716']);
  });
});

describe("a company's representative number alone over its number", () => {
  it("is a dealer branch's own line, kept", () => {
    const kr = foundAt('https://www.cars.example/car/4812', 'KR');
    const body = '<div class="branch"><p>전주 직영점</p><p>영업시간</p><p>월~토요일 09:00~18:00</p><p>대표번호</p><p>063-745-2186</p></div>';
    expect(kr(`<html><body><main>${body}</main></body></html>`, 'KR', 'phone')).toEqual(['phone +82637452186']);
  });
});

describe("a person after an honorific on a creditor's contact line", () => {
  const names = (body: string) => de(`<html><body><main>${body}</main></body></html>`, 'DE', 'name');
  it('is read though German capitalises the line\'s nouns: its number says it is no heading', () => {
    expect(names('<dl><dt>Informationen zum Gläubiger:</dt><dd>Rheinland Bank AG, Frau Lindqvist, Tel.: 07231 58-3716, Gericht: Tel.: 0345 220-4187</dd></dl>')).toEqual(['name lindqvist']);
  });
  it.each([
    ['a heading of capitalised words', '<h2>Herr Lehmann Und Die Große Reise Nach Berlin Hörbuch Gebraucht</h2>'],
    ['a heading with a number but no phone label', '<h2>Herr Lehmann Und Die Große Reise Nach Berlin Band 2</h2>'],
  ])('is not read in %s', (_what, body) => {
    expect(names(body)).toEqual([]);
  });
});
