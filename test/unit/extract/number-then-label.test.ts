/**
 * Sellers who write their number first and its label after it ("3001234567 (WhatsApp)", "612 345
 * 678 – móvil"): a bare run of digits is a phone only beside a phone label, and the label after it
 * counts when nothing but words follows it. Written with what a page brings against that: an id
 * whose label stands before it, a label that opens the next number, a price, a code. All
 * values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.market.example/ad/4242', 'CO');
const phones = (body: string, country: string): string[] => found(page(body), country, 'phone');

describe('a phone label after the number', () => {
  it.each([
    ['CO', '<p>Interesados 3001234567 (WhatsApp)</p>', 'phone +573001234567'],
    ['CO', '<p>3001234567 celular o whatsapp</p>', 'phone +573001234567'],
    ['ES', '<p>Llámame: 612345678 (móvil)</p>', 'phone +34612345678'],
    ['ES', '<p>612345678 – Teléfono</p>', 'phone +34612345678'],
    ['IT', '<p>Per info 3331234567 cellulare</p>', 'phone +393331234567'],
    // a fax line is the seller's number too
    ['ES', '<p>912345678 (fax)</p>', 'phone +34912345678'],
  ])('%s %s', (country, body, want) => {
    expect(phones(body, country)).toEqual([want]);
  });

  it('without any label the same run stays an id', () => {
    expect(phones('<p>Interesados 3001234567</p>', 'CO')).toEqual([]);
    expect(phones('<p>612345678</p>', 'ES')).toEqual([]);
  });

  it.each([
    ['an id label before it', 'CO', '<p>Código 3001234567 celular</p>'],
    ['a reference before it', 'ES', '<p>Ref. 612345678 · Teléfono</p>'],
    ['a price word before it', 'ES', '<p>Precio 612345678 móvil</p>'],
    ['a label on the next line', 'CO', '<p>Anuncio 3001234567</p><p>WhatsApp</p>'],
  ])('not after %s', (_, country, body) => {
    expect(phones(body, country)).toEqual([]);
  });

  it('a label between two numbers opens the second: the first (an id) is not taken', () => {
    expect(phones('<p>3001234567 · Teléfono 3107654321</p>', 'CO')).toEqual(['phone +573107654321']);
  });
});
