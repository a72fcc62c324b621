/**
 * From the 55th sealed round (found after its scoring):
 * - a Dutch rental ad's opening hours written with dots ("van 09.00 - 18.00 uur") read as a
 *   premium-rate number ("0900 1800");
 * - the same ad's "vraag naar …" (ask for …) with a common Dutch given name that faker's list lacks;
 * - a Japanese result page's card comment giving the person in charge's direct line with their
 *   family name in brackets ("担当者直通：…（…）").
 * Every number and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe('opening hours written as a range of two times', () => {
  const found = foundAt('https://www.verhuur.example/appartement/4711', 'NL');

  it.each([
    ['dots and spaced dash', 'Bellen mag ook, 040-555 12 34 (maandag tot en met vrijdag van 09.00 - 18.00 uur).'],
    ['dots and an en dash', 'Bereikbaar 040-555 12 34, ma t/m vr 9.00–17.30 uur.'],
    ['colons', 'Bereikbaar 040-555 12 34, ma t/m vr 09:00-18:00.'],
  ])('are no number (%s)', (_what, text) => {
    expect(found(page(`<p>${text}</p>`), 'NL', 'phone')).toEqual(['phone +31405551234']);
  });

  it.each([
    ['a French number with dots', 'Tél. 01.45.55.67.89', 'FR', 'phone +33145556789'],
    ['a Dutch number with a dash', 'Tel. 020-555 1800', 'NL', 'phone +31205551800'],
  ])('a number is still one: %s', (_what, text, country, phone) => {
    expect(found(page(`<p>${text}</p>`), country, 'phone')).toEqual([phone]);
  });
});

describe('common given names faker lacks, after a contact verb', () => {
  const found = foundAt('https://www.verhuur.example/appartement/4711', 'NL');

  it.each([
    ['Bel 06-5555 1234 en vraag naar Marloes.', 'NL', 'name marloes'],
    ['Ring Trond på 912 55 555 etter kl. 17.', 'NO', 'name trond'],
  ])('"%s"', (text, country, name) => {
    expect(found(page(`<p>${text}</p>`), country, 'name')).toEqual([name]);
  });

  it('a word that no list knows is no name ("vraag naar Beheer", the management)', () => {
    expect(found(page('<p>Bel 06-5555 1234 en vraag naar Beheer.</p>'), 'NL', 'name')).toEqual([]);
  });
});

describe("the person in charge's direct line with their name in brackets", () => {
  const found = foundAt('https://www.sumai.example/mansion/chuko/tokyo/', 'JP');

  it.each([
    ['眺望良好！担当者直通:090-5555-1234(山田)お気軽にお問合せ下さい。', '山田'],
    ['担当：03-5555-1234（佐藤様）', '佐藤'],
  ])('"%s" names them', (text, name) => {
    expect(found(page(`<p>${text}</p>`), 'JP', 'name')).toEqual([`name ${name}`]);
  });

  it.each([
    ['a company in the brackets', '担当者直通:090-5555-1234(株式会社)'],
    ['a desk in the brackets', '担当者直通:090-5555-1234(受付)'],
    ['no person in charge before the number', '電話:03-5555-1234(山田)'],
  ])('not %s', (_what, text) => {
    expect(found(page(`<p>${text}</p>`), 'JP', 'name')).toEqual([]);
  });
});
