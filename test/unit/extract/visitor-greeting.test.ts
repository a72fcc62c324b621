/**
 * A page saved while signed in shows the visitor's own address in the account menu ("Welkom,
 * jan@…", "Angemeldet als …", "Logged in as …"): the visitor's, not a seller's. Written with what
 * an ad brings against that: a greeting followed by the seller's words before the address, a
 * seller's "Contact:" line below the greeting, and a greeting that is a word of the ad. All values
 * are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.homes.example/koop/4242', 'NL');
const emails = (body: string): string[] => found(page(body), 'NL', 'email');

describe('the signed-in visitor’s address after a greeting', () => {
  it.each([
    ['Welkom, jan.smit@mail.example'],
    ['Angemeldet als jan.smit@mail.example'],
    ['Logged in as: jan.smit@mail.example'],
    ['Hi jan.smit@mail.example!'],
    ['Mijn account – jan.smit@mail.example'],
  ])('%s', (line) => {
    expect(emails(`<p>${line}</p><p>Woning te koop</p>`)).toEqual([]);
  });

  it('a greeting on its own line above the address', () => {
    expect(emails('<div>Welkom</div><div>jan.smit@mail.example</div>')).toEqual([]);
  });

  it.each([
    ['the seller’s words between the greeting and the address', '<p>Hallo! Schrijf naar eva@mail.example</p>'],
    ['a contact line below the greeting', '<p>Welkom</p><p>Contact: eva@mail.example</p>'],
    ['a greeting word earlier in the line', '<p>Welcome to our home, reply to eva@mail.example</p>'],
  ])('kept: %s', (_, body) => {
    expect(emails(body)).toEqual(['email eva@mail.example']);
  });
});
