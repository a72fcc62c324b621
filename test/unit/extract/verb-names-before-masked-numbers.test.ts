/**
 * Found on a sealed round's Australian result pages, whose cards show each ad's text with the
 * numbers masked but for their last digits: "Call Kamal ******0142 or …" named no one, as a masked
 * number did not close the name after the verb; and "…, Call Kamal on ******0142 …" named no one in a
 * description written in Title Case, where a capital says nothing.
 * There a known given name alone, then the number ("on" or "at" between), still names whom to
 * call. The cases an adversary would bring: Title Case words after the verb that are no name
 * ("Call Today For …", a town), a word of the verb's own phrase that is a given name too ("Send En
 * SMS Til 55 …", "Til" is one), and two capitalised words. Every name and number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.qorvan.example.au/cars/', 'AU');
const names = (text: string, country = 'AU'): string[] => found(page(`<p>${text}</p>`), country, 'name');
/** A description in Title Case, as some sellers write theirs, before what the test adds. */
const TITLE_CASE = 'Great Family Wagon,New Tyres All Round,Full Service Done Last Month,Roof Racks Included,Drives Like New,';

describe('a name after a contact verb, then a masked number', () => {
  it.each([
    ['the number right after the name', 'Good car. Call Kamal ******0142 or 02-5555-0142 or email us.', 'name kamal'],
    ['a full name', 'Good car. Call Lena Marten ******0142 anytime.', 'name lena marten'],
  ])('%s', (_what, text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('two stars are no masked number', () => {
    expect(names('Good car. Call Kamal ** Specials Weekly')).toEqual([]);
  });
});

describe('a known given name after the verb in a Title Case description', () => {
  it.each([
    ['"on" and a masked number', `${TITLE_CASE}Price Firm,Call Ingrid on ******0142 After Five`],
    ['"On" in capitals and a number', `${TITLE_CASE}Call Ingrid On 0412 555 123 After Five`],
    ['the number right after the name', `${TITLE_CASE}Call Ingrid 0412 555 123 After Five`],
  ])('%s: the name', (_what, text) => {
    expect(names(text)).toEqual(['name ingrid']);
  });

  it.each([
    ['words that are no name', `${TITLE_CASE}Call Today For Inspection 0412 555 123`, 'AU'],
    ['a town', `${TITLE_CASE}Call Wendelstadt On 0412 555 123`, 'AU'],
    ["a word of the verb's phrase that is a given name too", 'Flot Bil Med Mange Ekstra Udstyr Og Service,Send En SMS Til 55 55 01 42 For Fremvisning', 'DK'],
    ['two capitalised words', `${TITLE_CASE}Call Ingrid Wendell On 0412 555 123`, 'AU'],
    ['a given name with no number after it', `${TITLE_CASE}Call Ingrid After Five Mon To Fri`, 'AU'],
  ])('%s: no one', (_what, text, country) => {
    expect(names(text, country)).toEqual([]);
  });
});
