/**
 * A card's name with a middle initial ("Lena K. Marten" above "Partner"), as firms in the US, Kenya
 * and elsewhere print their people: the initial is allowed after the given name, once, and the name
 * keeps it as the page writes it. Shapes with a capital letter alone that are no name stay out. All
 * values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const card = (name: string, title: string, more = ''): string => `<div class="member"><h4>${name}</h4><p>${title}</p>${more ? `<p>${more}</p>` : ''}</div>`;
const ke = foundAt('https://www.wendell-advocates.example/people', 'KE');
const us = foundAt('https://www.wendell-law.example/attorneys', 'US');

describe('a middle initial on a card', () => {
  it('with or without its dot, in a grid of cards', () => {
    const body = card('Lena K. Marten', 'Senior Partner', 'Tax') + card('Kamal R Reilly', 'Associate') + card('Rafael Irfan', 'Associate') + card('Amir T. Zaki', 'Partner');
    expect(ke(page(`<h1>People</h1>${body}`), 'KE', 'name')).toEqual(['name amir t. zaki', 'name kamal r reilly', 'name lena k. marten', 'name rafael irfan']);
  });

  it('vouched for by the grid when the name is not a known one', () => {
    const body = ['Lena Marten', 'Kamal Reilly', 'Rafael Irfan', 'Nyokabi W. Otieno'].map((n) => card(n, 'Associate')).join('');
    expect(ke(page(`<h1>People</h1>${body}`), 'KE', 'name')).toEqual(['name kamal reilly', 'name lena marten', 'name nyokabi w. otieno', 'name rafael irfan']);
  });

  it('above a phone line', () => {
    const body = '<div class="c"><p>Lena K. Marten</p><p>Phone: (212) 555-0142</p></div>';
    expect(us(page(`<h1>Contact</h1>${body}`), 'US', 'name')).toEqual(['name lena k. marten']);
  });
});

describe('a capital alone that is no middle initial', () => {
  it.each([
    // The initial after the last word: a surname's initial, not a whole name.
    [card('Lena M.', 'Partner') + card('Kamal R.', 'Associate')],
    // Two initials, or an initial first.
    [card('Lena K. L. Marten', 'Partner') + card('K. Reilly', 'Associate')],
    // A building's, a plan's or a unit's letter in a heading above a title word.
    [card('Plan B Motors', 'Owner') + card('Hall A Reception', 'Partner')],
  ])('no name from %s', (body) => {
    expect(ke(page(`<h1>People</h1>${body}`), 'KE', 'name')).toEqual([]);
  });
});

describe("a card's title line that lists roles and degrees, and a secretary's card", () => {
  const za = foundAt('https://www.wendell-attorneys.example/team', 'ZA');
  it('the first part of a long listed line is the title', () => {
    const body = card('Lena Marten', 'Attorney | Arbitrator | Trustee | BA LLB') + card('Kamal Reilly', 'Partner | LLM | Arbitrator');
    expect(za(page(`<h1>Our team</h1>${body}`), 'ZA', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it("a law firm's secretary, in capitals as the page prints them", () => {
    const body = card('LENA MARTEN', 'PROBATE SECRETARY') + card('KAMAL REILLY', 'LEGAL SECRETARY');
    expect(za(page(`<h1>Our team</h1>${body}`), 'ZA', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it.each([
    // A long listed line whose first part is no title: a menu under a heading.
    [card('Lena Marten', 'Home | About us | Attorneys | Contact | Services') + card('Kamal Reilly', 'News | Careers | Partner portal | Sitemap')],
    // A long line without bars is no title, whatever its words.
    [card('Lena Marten', 'Attorney and Arbitrator and Trustee and Lecturer') + card('Kamal Reilly', 'Partner and Director and Trustee of Funds')],
  ])('no name from %s', (body) => {
    expect(za(page(`<h1>Our team</h1>${body}`), 'ZA', 'name')).toEqual([]);
  });
});
