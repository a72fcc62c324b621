/**
 * Found on a sealed round's page of an American classifieds site: a firm's ad that says whom to ask
 * for, three people in one list after "Ask for", gave only the first. The others after a comma or
 * an "or" / "and" are read where they open with a known given name. The cases an adversary would
 * bring: a list that goes on with days, a firm's name, a post, a town, a sentence that goes on
 * after a given name. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell.example/ad/4401937', 'US');
const ad = (text: string): string =>
  `<html><body><main><h1>Wendell Lending</h1><div class="description"><p>${text}</p></div></main></body></html>`;

describe('the people a contact verb lists', () => {
  it.each([
    ['Questions? Call <b>206-555-0142</b> and ask for Lena Marten, Anna Berg, or Kamal Reilly.<br> Open weekdays.', ['anna berg', 'kamal reilly', 'lena marten']],
    ['Ask for Lena Marten or Anna Berg.', ['anna berg', 'lena marten']],
    ['Ask for Lena Marten and Anna Berg, 206-555-0142.', ['anna berg', 'lena marten']],
    ['Ask for Anna, Ingrid or Davide.', ['anna', 'davide', 'ingrid']],
  ])('%s', (text, names) => {
    expect(found(ad(text), 'US', 'name')).toEqual(names.map((n) => `name ${n}`));
  });

  it.each([
    'Call Lena Marten, Monday to Friday.',
    'Ask for Lena Marten, Wendell Bau GmbH, or visit us.',
    'Contact Lena Marten, Sales Manager, on 206-555-0142.',
    'Ask for Lena Marten, Wendelstadt, WA.',
    'Ask for Lena Marten and Anna will call you back.',
    'Ask for Lena Marten, Anna Berg Real Estate.',
    // English "of" names the person's firm or town, not a second person
    'Call Lena Marten of Wendell.',
    'Ask for Lena Marten of Chelsea, 206-555-0142.',
  ])('only the first: %s', (text) => {
    expect(found(ad(text), 'US', 'name')).toEqual(['name lena marten']);
  });

  it('Scandinavian, Spanish and Dutch lists', () => {
    expect(found(ad('Ring Per Olsen eller Kari Berg.'), 'NO', 'name')).toEqual(['name kari berg', 'name per olsen']);
    expect(found(ad('Preguntar por Ana Ruiz o Lucía Gómez.'), 'ES', 'name')).toEqual(['name ana ruiz', 'name lucía gómez']);
    expect(found(ad('Bel Lena Marten of Anna Berg.'), 'NL', 'name')).toEqual(['name anna berg', 'name lena marten']);
  });
});
