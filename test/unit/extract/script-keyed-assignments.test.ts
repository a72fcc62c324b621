/**
 * From the 103rd sealed round: a dealer-site platform's script that assigns the dealership's data
 * to a quoted key of its namespace (`Site.data['dealership'] = {…}`), as JSON with JavaScript's
 * "\x40" escapes, which JSON.parse refuses. With the cases an adversary would bring. Every name,
 * number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const dealer = foundAt('https://www.wendell-ford.example/inventory/', 'US');
/** A page with the script, after the platform's other settings (a script under 200 characters is no page data). */
const withScript = (script: string): string =>
  page(`<h1>New inventory</h1><p>3 vehicles</p><script>Site = window.Site || {}; Site.settings = { theme: "light", currency: "USD", locale: "en-US", pageSize: 24, sort: "price-asc", filters: ["new", "used"] }; ${script}</script>`);
const dealership = '{"dealershipName": "Wendell Ford", "postalCode": "22312", "email": "lmarten\\x40wendell-autogroup.example", "website": "http\\x3A\\x2F\\x2Fwww.wendell-ford.example"}';

describe("a namespace's quoted key assigned an object", () => {
  it("is read as the namespace's other assignments are, its escapes undone", () => {
    expect(dealer(withScript(`Site = Site || {}; Site.data = Site.data || {}; Site.data['dealership'] = ${dealership};`), 'US', 'email')).toEqual(['email lmarten@wendell-autogroup.example']);
  });

  it('with double quotes around the key too', () => {
    expect(dealer(withScript(`Site.data["dealership"] = ${dealership};`), 'US', 'email')).toEqual(['email lmarten@wendell-autogroup.example']);
  });

  it.each([
    ["a local's (its root in small letters)", `var site = {}; site.data['dealership'] = ${dealership};`],
    ['a comparison', `if (Site.data['dealership'] == ${dealership}) {}`],
    ['a computed key', `Site.data[key] = ${dealership};`],
  ])('but not %s', (_, script) => {
    expect(dealer(withScript(script), 'US', 'email')).toEqual([]);
  });
});
