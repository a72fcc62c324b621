/**
 * From the 104th sealed round: a city's council page that names each member with the office as a
 * title on a line of their own ("Councillor Lena Marten") over the office's address, lines and
 * mailbox; and a list of past members whose dates open with a month right after a name ("… Lena
 * Marten November 1968"), which read as part of the name. With the cases an adversary
 * would bring. Every name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const names = (found: string[]): string[] => found.filter((l) => l.startsWith('name'));

describe('an elected office as a title before its holder\'s name', () => {
  const city = foundAt('https://www.wendell-city.ca/council/', 'CA');
  const block = (title: string, contacts: string): string => `<h3>${title}</h3><p>City Hall, 1 Example St., Wendell<br>${contacts}</p>`;

  it('names the holder, with the office\'s lines under the name', () => {
    const html = page(
      '<h1>Your Council</h1>' +
        block('Mayor Lena Marten', 'Office: 705-555-0142 ext. 12<br>Email: lmarten@wendell-city.ca') +
        block('Councillor Kamal Reilly', 'Direct: 705-555-0142 ext. 34<br>Cell: 705-555-0143'),
    );
    expect(names(city(html, 'CA'))).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it('in the markets\' languages', () => {
    const stadt = foundAt('https://www.wendell-stadt.de/rathaus/', 'DE');
    expect(names(stadt(page('<h1>Rathaus</h1><h3>Bürgermeisterin Anna Berg</h3><p>Telefon: 030 5550142</p>'), 'DE'))).toEqual(['name anna berg']);
  });

  it.each([
    ['in a sentence', '<p>Mayor Lena Marten opened the new library on Friday.</p><p>Library: 705-555-0142</p>'],
    ['with no line or mailbox under it', '<h3>Mayor Lena Marten</h3><p>The mayor chairs the council and speaks for the city.</p><p>She was elected in the last election.</p><p>Her term runs four years.</p><p>Meetings are public.</p><p>Agendas are posted online.</p><p>Minutes follow.</p><p>Office: 705-555-0142</p>'],
  ])('but not %s', (_, body) => {
    expect(names(city(page(`<h1>News</h1>${body}`), 'CA'))).toEqual([]);
  });
});

describe('a month after a name opens a date', () => {
  it('and is no part of the name', () => {
    const stadt = foundAt('https://www.wendell-stadt.de/geschichte', 'DE');
    const html = page('<h1>Geschichte</h1><p>Gewählt 1971, ersetzt durch Frau Lena Marten Oktober 1975.</p><p>Telefon 030 5550142</p>');
    expect(names(stadt(html, 'DE'))).toEqual(['name lena marten']);
  });
});
