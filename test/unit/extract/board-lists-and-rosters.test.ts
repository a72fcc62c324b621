/**
 * From the 103rd sealed round: clubs' and associations' board pages that set each post on a line of
 * its own over its holder's name, or over several holders' names, each with a few lines of its own
 * (a term, an address, a number), in the markets' languages; and a roster whose holder has a note in
 * brackets after the name. With the cases an adversary would bring: a menu's lines under a post's
 * word, a department's words, a firm under a post, a post under another post, prose.
 * Every name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const club = foundAt('https://www.wendell-klubb.example/styrelse/', 'SE');
const lines = (...ls: string[]): string => page(`<h1>Styrelse</h1>${ls.map((l) => `<p>${l}</p>`).join('')}`);
const names = (found: string[]): string[] => found.filter((l) => l.startsWith('name'));

describe("a board's posts, each over its holders' names", () => {
  it('with a term under each name, and several names under one post', () => {
    const html = lines('Ordförande', 'Lena Marten', 'Vald till 2027', 'Ledamot', 'Kamal Reilly', 'Vald till 2026', 'Anna Berg', 'Vald till 2027', 'Suppleant', 'Oskar Lindqvist', 'Vald till 2026');
    expect(names(club(html))).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten', 'name oskar lindqvist']);
  });

  it("with professional letters and a middle initial after the holder's name", () => {
    const lodge = foundAt('https://www.wendell-lodge.example/officers/', 'US');
    const html = lines('Officers of the Lodge', 'Secretary', 'Lena J. Marten, CPA', 'Treasurer', 'Kamal Reilly, Jr., KT', 'Chaplain', 'Anna Berg', 'Chairman', 'Oskar Lindqvist');
    expect(names(lodge(html, 'US'))).toEqual(['name anna berg', 'name kamal reilly', 'name lena j. marten', 'name oskar lindqvist']);
  });

  it("with each holder's address and lines under the name, and a post not filled", () => {
    const verein = foundAt('https://www.wendell-skiclub.ch/vorstand/', 'CH');
    const html = lines('Aktuar', 'offen', 'Präsidentin', 'Lena Marten', 'Beispielweg 3', '6300 Wendell', 'Tel. 041 555 01 42', 'Kassier', 'Kamal Reilly', 'Jugendwart', 'Anna Berg', 'Mobile 079 555 01 43', 'Schriftführerin', 'Oskar Lindqvist');
    expect(names(verein(html, 'CH'))).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten', 'name oskar lindqvist']);
  });
});

describe('but not what only looks like one', () => {
  it('three names the grid does not vouch for, unless each is a known given and family name', () => {
    const html = lines('Ordförande', 'Lena Wendelmark', 'Ledamot', 'Kamal Wendelsson', 'Suppleant', 'Anna Berg');
    expect(names(club(html))).toEqual(['name anna berg']);
  });

  it("a menu's places under a post's word", () => {
    expect(names(club(lines('Chair', 'Grace Harbour', 'Victoria Quay', 'Mill Bay', 'Treasurer', 'Station Road')))).toEqual([]);
  });

  it("a menu's lines under a department's words", () => {
    const firm = foundAt('https://www.wendell-law.example/our-people/', 'GB');
    expect(names(firm(lines('Client Account Portal', 'Employment Tribunal Fees', 'Lease Extension Costs', 'Customer Support', 'Probate Fixed Fees', 'Commercial Leases'), 'GB'))).toEqual([]);
  });

  it('a firm under a post, and a post under a post', () => {
    const html = lines('Ordförande', 'Lena Marten', 'Revisor', 'KPB Wendell', 'Ledamot', 'Kamal Reilly', 'Senior Associate', 'Anna Berg', 'Suppleant', 'Oskar Lindqvist');
    expect(names(club(html))).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten', 'name oskar lindqvist']);
  });

  it('names that a long line of prose separates from the posts', () => {
    const prose = 'Vi är en ideell förening som arbetar för bättre villkor för våra medlemmar i hela länet, med lokala grupper i flera kommuner och ett aktivt ungdomsråd.';
    expect(names(club(lines('Ordförande', 'Ledamot', prose, 'Lena Marten', 'Kamal Reilly', 'Anna Berg')))).toEqual([]);
  });
});

describe("a roster's holder with a note in brackets after the name", () => {
  it('is the holder', () => {
    const kring = foundAt('https://www.wendell-heemkunde.be/bestuur/', 'BE');
    const html = page('<h1>Bestuur</h1><p>Voorzitter: Lena Marten<br>Penningmeester: Kamal Reilly<br>Secretaris: Anna Berg (namens de gemeente)</p>');
    expect(names(kring(html, 'BE'))).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten']);
  });
});
