/**
 * From the 38th sealed round (found after its scoring): a lawyers' directory's firm profile,
 * whose "Attorney Profiles" tab heads each lawyer's section with the title before the name
 * ("Attorney Jane Q. Doe"), as US lawyers are titled.
 * Every name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const us = foundAt('https://www.lawyers.example/lawfirm/arizona/chandler/doe-law-offices/4812.html', 'US');
const names = (body: string, country = 'US'): string[] => us(page(`<h1>Doe Law Offices</h1>${body}`), country, 'name');

describe("a lawyer's title before the name, heading the lawyer's section", () => {
  it.each([
    ['with a middle initial', '<h4><span>Attorney Jane Q. Doe<img src="/p/jane.jpg" alt=""></span></h4><p>Jane Doe founded the firm.</p>', ['name jane q. doe']],
    ['with a middle name', '<h4>Attorney Maria Elena Ruiz</h4><p>Maria handles family law.</p>', ['name maria elena ruiz']],
    ['"Esq." after the name', '<h3>Attorney Tomas Vale, Esq.</h3>', ['name tomas vale']],
  ])('%s', (_what, body, expected) => {
    expect(names(body)).toEqual(expected);
  });

  it.each([
    ['a tab heading', '<h2>Attorney Profiles</h2>'],
    ["an office's name", '<p>She served as a Deputy Attorney General with the state.</p><h4>Attorney General Office</h4>'],
    ['a one-word name', '<h4>Attorney Jane</h4>'],
    ["India's title, which its directories give the other lawyers beside a profile too", '<h2>Recently Contacted Lawyers</h2><h4>Advocate Sunita Rao</h4><h4>Adv. Rahul Mehta</h4>'],
    ['a title inside a sentence', '<p>Contact Attorney Jane Doe and her team for a consultation today.</p>'],
  ])('but no name from %s', (_what, body) => {
    expect(names(body)).toEqual([]);
  });
});
