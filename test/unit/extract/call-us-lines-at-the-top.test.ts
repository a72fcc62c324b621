/**
 * From the 93rd sealed round: a firm's "call us" line at the top of its content. Every number and
 * domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

/** "Rufen Sie uns an: 079 …" at the top of a firm's home page: the site is its own, and its hotline is its line. */
describe('a call-us line at the top of the content', () => {
  const home = foundAt('https://www.wendell-umzug.example/', 'CH');
  const body = (top: string): string =>
    `<!doctype html><html><body><main><h1>Wendell Umzug GmbH</h1>${top}<p>Wir zügeln Ihre Möbel.</p><p>ZÜGEL-HOTLINE 079 555 42 57</p></main></body></html>`;

  it('keeps the hotline', () => {
    expect(home(body('<p>Rufen Sie uns an: 079 555 42 57</p>'))).toEqual(['phone +41795554257']);
  });

  it('without it the hotline is a platform desk', () => {
    expect(home(body(''))).toEqual([]);
  });
});

describe("a call-us line at the top of another page's content", () => {
  it("is the advertiser's voice, not the site's (a marketplace's ad)", () => {
    const ad = foundAt('https://www.wendell-umzug.example/inserat/4711', 'CH');
    const html =
      '<!doctype html><html><body><main><h1>Umzug Basel</h1><p>Rufen Sie uns an: 079 555 42 57</p><p>Wir zügeln Ihre Möbel.</p></main>' +
      '<footer><p>Wendell Portal AG · Hotline 044 555 10 10</p></footer></body></html>';
    expect(ad(html, 'CH', 'phone')).toEqual(['phone +41795554257']);
  });
});
