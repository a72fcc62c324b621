/**
 * Found on the 159th sealed round's pages, after their scoring:
 * - a Chinese rental result page names each card's poster on a line of its own: "来自经纪人: <agency> -
 *   <branch> <agent>" ("from the agent") or "来自个人房源: <owner>" ("from a private owner's listing");
 *   Chinese has no capitals, and the agent's name came last, after the agency's words;
 * - Polish own sites typed without their language's letters ("Stanislaw" for "Stanisław"), so the known
 *   names did not vouch for their owners' names;
 * - a Latin American result list's section was marked "…--without-disclaimer", and the word
 *   "disclaimer" made the whole list chrome (the site's legal notes), so its cards were read as the site's.
 * The cases an adversary would bring sit beside each. Every name, number and site here is invented.
 */
import { describe, expect, it } from 'vitest';
import { hasKnownName, isGivenName, opensWithGivenName } from '../../../lambdas/collect/extract/given-names.js';
import { foundAt, page } from './found.js';

describe("a Chinese result card's poster line", () => {
  const found = foundAt('https://www.qorvan.example.cn/zufang/', 'CN');
  const card = (title: string, line: string): string =>
    `<div class="card"><h2>${title}</h2><p>3室1厅1卫 96m2</p><p>${line}</p><p>6100元/月</p></div>`;
  const names = (...lines: string[]): string[] => found(page(lines.map((l, i) => card(`整租 | 朝南一居室 ${i + 1}`, l)).join('')), 'CN', 'name');

  it.each([
    ['the agent after the agency and its branch', '来自经纪人: 文德尔地产 - 文德尔地产望湖店 王建国', 'name 王建国'],
    ['the agent after the agency alone', '来自经纪人：文德尔公寓 李秀英', 'name 李秀英'],
    ["a private owner's listing", '来自个人房源:张伟', 'name 张伟'],
  ])('%s: the name', (_what, line, expected) => {
    expect(names(line)).toEqual([expected]);
  });

  it.each([
    ['the agency and its branch, no agent', '来自经纪人: 文德尔地产 - 文德尔地产望湖店'],
    ['the agency alone', '来自经纪人: 文德尔地产'],
    ["an agency's department as the last word", '来自经纪人: 文德尔公寓 市场部'],
    ['more than four characters after a private label', '来自个人房源:文德尔地产有限公司'],
  ])('%s: no name', (_what, line) => {
    expect(names(line)).toEqual([]);
  });

  it('every card of the page', () => {
    expect(names('来自经纪人: 文德尔地产 - 望湖店 王建国', '来自个人房源:张伟', '来自经纪人: 文德尔公寓 李秀英')).toEqual(['name 张伟', 'name 李秀英', 'name 王建国']);
  });
});

describe('known names written without their letters\' marks', () => {
  it.each([
    ['Polish "ł" as "l"', 'stanislaw'],
    ['"ł" and "ś"', 'wieslaw'],
    ['"ł" and "ó" in a family name', 'wroblewski'],
  ])('%s: known', (_what, word) => {
    expect(hasKnownName(word)).toBe(true);
  });

  it('as the first word of a name', () => {
    expect(opensWithGivenName('Przemyslaw Wendell')).toBe(true);
    expect(isGivenName('lucja')).toBe(true);
  });

  it.each([
    ['a short word ("sen" is a family name\'s plain form and a word)', 'sen'],
    ['a word no list holds, with or without marks', 'qorvak'],
    ['a word with marks that the list writes otherwise', 'stanisłaẃ'],
  ])('%s: not known', (_what, word) => {
    expect(hasKnownName(word)).toBe(false);
  });

  it("an own site's owner in its title, typed without marks", () => {
    const found = foundAt('https://lenawendellfoto.example.pl/', 'PL');
    const html =
      '<!doctype html><html><head><title>Stanislaw Berg - Fotografia Slubna Wendelstadt</title></head><body><header><h1>Fotografia slubna</h1></header>' +
      '<main><p>Reportaze slubne i sesje plenerowe.</p></main><footer><p>tel. 605 555 142</p><p>kontakt@lenawendellfoto.example.pl</p></footer></body></html>';
    expect(found(html, 'PL', 'name')).toEqual(['name stanislaw berg']);
  });
});

describe("a block's mark that says it has no legal notes", () => {
  const found = foundAt('https://www.qorvan.example.pe/sillas', 'PE');
  const resultPage = (marks: string): string =>
    page(
      `<section class="${marks}"><ol><li><h3>Silla de oficina ergonómica</h3><p>S/215</p><p>Vendedor: Lucía Gómez Marten</p></li>` +
        `<li><h3>Silla gamer reclinable</h3><p>S/640</p><p>Vendedor: Anna Berg</p></li></ol></section>`,
    );

  it.each([['results--without-disclaimer'], ['results no-disclaimer'], ['results_without_terms']])('"%s": the list is the content', (marks) => {
    expect(found(resultPage(marks), 'PE', 'name')).toEqual(['name anna berg', 'name lucía gómez marten']);
  });

  it.each([['results-disclaimer'], ['site-disclaimer'], ['privacy-policy']])('"%s": the legal notes, chrome as before', (marks) => {
    expect(found(resultPage(marks), 'PE', 'name')).toEqual([]);
  });
});
