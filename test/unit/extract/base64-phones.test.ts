/**
 * Numbers a page hides in Base64 until the visitor clicks "Show number" (a button's "data-p", a
 * "phone" key in the page data). Written with what a page brings against that: Base64 ids and
 * tokens, digits-only ids encoded so, a number that decodes but is no valid number, and text that
 * only looks like Base64. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { decodedPhone } from '../../../lambdas/collect/extract/encoded.js';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.homes.example/for-sale/4242', 'IE');
const phones = (html: string): string[] => found(html, 'IE', 'phone');
const b64 = (s: string): string => Buffer.from(s, 'latin1').toString('base64');

describe('Base64 phone numbers', () => {
  it.each([
    ['international', '+353 87 123 4567'],
    ['national with its trunk 0', '087 123 4567'],
    ['national, one run', '0871234567'],
    ['a tel: link', 'tel:+353871234567'],
  ])('a button’s data-p holding a number written %s', (_, number) => {
    expect(phones(page(`<button data-p="${b64(number)}">Show number</button>`))).toEqual(['phone +353871234567']);
  });

  it('a phone key of the page data holding one', () => {
    expect(phones(page('<p>House</p>') + nextData({ listing: { seller: { phone: b64('+353 87 123 4567') } } }))).toEqual(['phone +353871234567']);
  });

  it('a data-phone attribute holding a digits-only number (the name says it is a phone)', () => {
    expect(phones(page(`<a data-phone="${b64('871234567')}">Call</a>`))).toEqual(['phone +353871234567']);
  });

  it.each([
    ['a digits-only id under a neutral name', `<a data-p="${b64('123456789')}">x</a>`],
    ['an id attribute', `<a data-listing-id="${b64('087 123 4567')}">x</a>`],
    ['a token', '<a data-token="eyJhbGciOiJIUzI1NiJ9">x</a>'],
    ['a GraphQL id', `<a data-gid="${b64('Listing:48213377')}">x</a>`],
    ['a number that is not valid', `<a data-p="${b64('+353 1')}">x</a>`],
    ['a word that happens to be Base64', '<a data-p="ShowPhoneNumberButton">x</a>'],
  ])('not %s', (_, body) => {
    expect(phones(page(body))).toEqual([]);
  });

  it('decodedPhone refuses text that decodes to more than a number', () => {
    expect(decodedPhone(b64('call 087 123 4567'))).toBeUndefined();
    expect(decodedPhone(b64('087 123 4567'))).toBe('087 123 4567');
    expect(decodedPhone('not base64!')).toBeUndefined();
  });
});
