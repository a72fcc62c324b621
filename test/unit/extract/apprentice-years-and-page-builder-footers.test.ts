/**
 * From the fix round on the 83rd sealed round (m85a, m85b), general rules with the cases an
 * adversary would bring: a team list's role may give an apprentice's year ("Lernender 2. Lehrjahr",
 * "Apprentice, 2nd year"), while a line with a number's digits is still no role; the page builder
 * Elementor's footer template ("elementor-location-footer") is the site's footer. All values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("a team list's roles", () => {
  const found = foundAt('https://www.wendell-schreinerei.example/das-team', 'CH');
  const team = (pairs: readonly (readonly [string, string])[]): string =>
    '<!doctype html><html><body><main><h1>Das Team</h1>' +
    pairs.map(([name, role]) => `<div class="card"><h3>${name}</h3><p>${role}</p></div>`).join('') +
    '</main></body></html>';
  const FIRST = [
    ['Lena Marten', 'Geschäftsleitung'],
    ['Kamal Reilly', 'Projektleiter'],
  ] as const;

  it("may give an apprentice's year", () => {
    const html = team([...FIRST, ['Anna Berg', 'Lernende 2. Lehrjahr'], ['Timo Wendrich', 'Lernender 1. Lehrjahr'], ['Oskar Lindqvist', 'Apprentice, 2nd year']]);
    expect(found(html, 'CH', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten', 'name oskar lindqvist', 'name timo wendrich']);
  });

  it.each([
    [['041 555 47 15', '041 555 47 16', '041 555 47 17']],
    [['Zimmer 12', 'Zimmer 14', 'Zimmer 16']],
    [['seit 2019', 'seit 2020', 'seit 2021']],
    [['Büro 2.14', 'Büro 2.15', 'Büro 3.01']],
    [['Lernende 2. Lehrjahr, seit 2023', 'Lernender 1. Lehrjahr, seit 2024', 'Lernende 3. Lehrjahr, seit 2022']],
    [['Lernende 12.5 Lehrjahr', 'Lernender 1.5 Lehrjahr', 'Lernende 3.5 Lehrjahr']],
  ])("but lines with a number's digits (%s) are no roles", (roles) => {
    const html = team([['Anna Berg', roles[0]!], ['Timo Wendrich', roles[1]!], ['Oskar Lindqvist', roles[2]!]]);
    expect(found(html, 'CH', 'name')).toEqual([]);
  });
});

describe("Elementor's footer template", () => {
  const found = foundAt('https://www.wendell-solar.example/lexikon/speicher/', 'DE');
  const page = (footerClass: string): string =>
    '<!doctype html><html><body><div data-elementor-type="header" class="elementor elementor-12 elementor-location-header"><a href="/">Wendell Solar</a></div>' +
    '<main><h1>Batteriespeicher</h1><p>Ein Speicher hebt den Eigenverbrauch auf 60 bis 80 Prozent.</p></main>' +
    `<div data-elementor-type="footer" class="elementor elementor-863 ${footerClass}"><ul><li><a href="tel:+49895550142">089 5550142</a></li>` +
    '<li><a href="mailto:%20info@wendell-solar.example"><span>info@wendell-solar.example</span></a></li></ul></div></body></html>';

  it("is the site's footer: its own line and mailbox are the seller's", () => {
    expect(found(page('elementor-location-footer'), 'DE')).toEqual(['email info@wendell-solar.example', 'phone +49895550142']);
  });

  it("while a block of the content that prints the site's mailbox once keeps the rules of any page", () => {
    expect(found(page('elementor-location-sidebar'), 'DE', 'email')).toEqual([]);
  });
});
