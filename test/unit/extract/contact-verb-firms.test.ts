/**
 * After a contact verb ("Call ...", "Ask for ..."), a run closed by a trade word names a business
 * ("Call London Office", "Contact Harbour Motors"), and no part of it is a person's name: before,
 * the trade word was dropped and the place ("london") stored as a name. A person's name after the
 * verb is still read. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.market.example/ad/4242', 'GB');
const names = (text: string): string[] => found(page(`<p>${text}</p>`), 'GB', 'name');

describe('a contact verb before a business', () => {
  it.each([['Call London Office on 020 7946 0321'], ['Contact Harbour Motors today'], ['Please call Kingston Branch for details'], ['Ask for Sales Team']])(
    '%s',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});

describe('a contact verb before a person', () => {
  it.each([
    ['Call Callum on 07700 900321', ['name callum']],
    ['Please call Sarah Jones after 5pm', ['name sarah jones']],
    ['Ask for Callum in the Sales Office', ['name callum']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });
});
