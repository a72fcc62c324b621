/**
 * Found on a sealed round's Polish result page: an agency's ad text with its number typed right
 * before the next sentence, no space between ("…, tel: 605-555-123Przestronne mieszkanie…"), was missed: a
 * number glued to a letter is an id as often ("12345678F"). Right after a phone's label, a number
 * written with separators may end where a capitalised word of small letters begins. The cases an
 * adversary would bring: an id's label before it, no label, an unbroken run of digits, a glued word
 * in capitals. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.qorvan.example/ogloszenie/mieszkanie/4401937', 'PL');
const ad = (text: string): string => `<html><body><main><h1>Mieszkanie do wynajęcia</h1><div class="description">${text}</div></main></body></html>`;

describe('a number glued to the next sentence', () => {
  it.each([
    ['Zapraszamy do kontaktu, tel: 605-555-123Przestronne mieszkanie z balkonem.', 'PL', 'phone +48605555123'],
    ['Kontakt tel. 605 555 123Mieszkanie po remoncie.', 'PL', 'phone +48605555123'],
    ['Ring: 912 34 567Leiligheten er nyoppusset.', 'NO', 'phone +4791234567'],
  ])('%s', (text, country, phone) => {
    expect(found(ad(text), country, 'phone')).toEqual([phone]);
  });

  it.each([
    // an offer's number, not a phone's label
    'Nr oferty 605-555-123Przestronne, z balkonem.',
    // no label at all
    'Kod 605-555-123Abcd z balkonem.',
    // an unbroken run glued to a word is an id
    'tel: 605555123Przestronne',
    // a glued word in capitals is a code's tail
    'tel: 605-555-123ABC',
  ])('not %s', (text) => {
    expect(found(ad(text), 'PL', 'phone')).toEqual([]);
  });
});
