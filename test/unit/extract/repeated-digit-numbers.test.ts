/**
 * Found on a sealed round's Spanish result pages: an agency's landline with six of one digit
 * between others (a number a business chose, as "93 777 777 1" would be) was dropped as a
 * placeholder, with the forms' "600 000 000" and "1111111". Six of one digit is a placeholder
 * only where it ends the number or is of zeros; seven or more always. The cases an adversary would
 * bring: the forms' zeros and ones, a run at the end, a run of seven inside. Numbers invented.
 */
import { describe, expect, it } from 'vitest';
import { isPlaceholderPhone } from '../../../lambdas/collect/extract/filters.js';
import { foundAt, page } from './found.js';

describe('one digit repeated', () => {
  it.each([
    ['six zeros', '+34600000000'],
    ['six of one digit ending the number', '+491512999999'],
    ['seven of one digit inside it', '+34911111113'],
    ['all of one digit', '+33999999999'],
  ])('%s: a placeholder', (_what, n) => {
    expect(isPlaceholderPhone(n)).toBe(true);
  });

  it.each([
    ['six of one digit between others', '+34937777771'],
    ['five of one digit ending the number', '+34612399999'],
  ])('%s: a number someone has', (_what, n) => {
    expect(isPlaceholderPhone(n)).toBe(false);
  });

  it("is kept as the agency's number in a result page's data", () => {
    const state = { items: [{ id: 1, phone: '+34937777771', price: '480.000 €' }] };
    const html = page(`<h1>Anuncios</h1><script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: state } })}</script>`);
    expect(foundAt('https://www.qorvan.example.es/anuncios/', 'ES')(html, 'ES', 'phone')).toEqual(['phone +34937777771']);
  });
});
