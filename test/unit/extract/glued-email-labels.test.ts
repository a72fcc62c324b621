/**
 * From the 41st sealed round (found after its scoring): a dealer's own page printing "Email" and
 * its address in two elements with no space between them, read as one address that began with the
 * label. Every address here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const at = foundAt('https://www.dealer.example/', 'GB');
const emails = (body: string): string[] => at(page(`<h1>Dealer</h1>${body}`), 'GB', 'email');

describe('an e-mail label glued to the address', () => {
  it.each([
    ['"Email"', '<p>Email<span>auto.deck@mail.example</span></p>', ['email auto.deck@mail.example']],
    ['"E-mail"', '<p>E-mail<b>anna.berg@mail.example</b></p>', ['email anna.berg@mail.example']],
    ['"Correo"', '<p>Correo<b>ventas@mail.example</b></p>', ['email ventas@mail.example']],
  ])('%s is cut off', (_what, body, expected) => {
    expect(emails(body)).toEqual(expected);
  });

  it.each([
    ['a mailbox that opens with "Mail"', '<p>Mailbox@mail.example</p>', ['email mailbox@mail.example']],
    ['an address written in small letters that opens with "email"', '<p>emailanna@mail.example</p>', ['email emailanna@mail.example']],
    ['a label with its colon', '<p>Email: anna@mail.example</p>', ['email anna@mail.example']],
  ])('but not from %s', (_what, body, expected) => {
    expect(emails(body)).toEqual(expected);
  });
});
