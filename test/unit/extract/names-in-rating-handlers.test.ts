/**
 * Found on sealed rounds' Slovak and Czech result pages: each card's "rate this user" link calls
 * the site's script with the action, the member's ids and the name the member signs with, and the
 * page prints that name nowhere else. The name is read from a call whose first argument names a
 * rating, and only from its last argument; a firm after a dash or a comma is left off. An older
 * version of such a page links to the rating page with the name in the address's query, read the
 * same way. The cases an adversary would bring: other actions on the same card, analytics calls
 * carrying a rating, a nickname, a firm, an id, a place; a name parameter on a page that is no
 * rating page, a rating page's link without one. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell-bazar.example/search?q=flat', 'SK');
const card = (n: number, handler: string): string =>
  `<div class="card"><h2><a href="/ad/${7301000 + n}/flat.html">Two-room flat, floor ${n}</a></h2>` +
  `<div class="text">Bright flat, newly done up, near the tram stop.</div><div class="price">650 €</div>` +
  `<span onclick="sendAction('spam','${7301000 + n}');return false;" class="action">Report this ad</span> ` +
  `<span onclick="${handler}" class="action">Rate this seller</span></div>`;
const results = (...handlers: string[]): string =>
  `<!doctype html><html><body><main><h1>Flats to let</h1>${handlers.map((h, i) => card(i + 1, h)).join('')}</main></body></html>`;

describe("a member's name in a rating link's call", () => {
  it.each([
    ["sendAction('rating','3107','90412','Lena+Marten');return false;", 'name lena marten'],
    ["sendAction('rating','3107','90412','Anna+Berg+-+Wendell+Estates%2C+s.r.o.');return false;", 'name anna berg'],
    ["sendAction('rating','3107','90412','Anna Berg, Wendell Estates s.r.o.')", 'name anna berg'],
    ["sendAction('rating','0','90412','Ingrid');return false;", 'name ingrid'],
    ["sendAction('rating','3107','90412','Luc%C3%ADa+G%C3%B3mez');return false;", 'name lucía gómez'],
    ["rateUser('rate', 3107, 'Kamal Reilly')", 'name kamal reilly'],
  ])('%s gives the name', (handler, name) => {
    expect(found(results(handler), 'SK', 'name')).toEqual([name]);
  });

  it('reads each card of a result page', () => {
    const html = results(
      "sendAction('rating','3107','90412','Lena+Marten');return false;",
      "sendAction('rating','3108','90413','Kamal+Reilly');return false;",
      "sendAction('rating','3109','90414','Wendell+Estates+s.r.o.');return false;",
    );
    expect(found(html, 'SK', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it.each([
    // another action on the member or the ad, with a name in it
    "sendAction('spam','3107','Lena+Marten');return false;",
    "sendAction('message','3107','90412','Lena+Marten');return false;",
    // an analytics call that carries a rating
    "ga('send','event','rating','Lena Marten')",
    "trackEvent('rating', 'stars', 'Five stars')",
    // a nickname, a firm, an id, a place as the signed name
    "sendAction('rating','3107','90412','Super+deals');return false;",
    "sendAction('rating','3107','90412','Wendell+Estates+s.r.o.');return false;",
    "sendAction('rating','3107','90412','90412');return false;",
    "sendAction('rating','3107','90412','Wien');return false;",
    // the name not the call's last argument
    "sendAction('rating','Lena+Marten','3107');return false;",
  ])('%s gives none', (handler) => {
    expect(found(results(handler), 'SK', 'name')).toEqual([]);
  });
});

describe("a member's name in a rating page's link", () => {
  const linked = (href: string): string =>
    `<!doctype html><html><body><main><h1>Flats to let</h1><div class="card"><h2>Two-room flat</h2><div class="price">650 €</div>` +
    `<a href="${href}" rel="nofollow">Rate this seller</a></div></main></body></html>`;

  it.each([
    ['https://www.wendell-bazar.example/rate.php?uid=3107&amp;name=Lena+Marten', 'name lena marten'],
    ['/rating?uid=3107&name=Anna%20Berg%20-%20Wendell%20Estates', 'name anna berg'],
    ['/nutzer/bewertung?nutzer=3107&name=Ingrid', 'name ingrid'],
    ['/ocena-uzytkownika.html?id=3107&imie=Kamal+Reilly', 'name kamal reilly'],
  ])('%s gives the name', (href, name) => {
    expect(found(linked(href), 'SK', 'name')).toEqual([name]);
  });

  it.each([
    // a name parameter on a page that is no rating page
    '/search?name=Lena+Marten',
    '/profile.php?name=Lena+Marten',
    // a rating page's link without one, or with a nickname, a firm, a place
    '/rate.php?uid=3107',
    '/rate.php?uid=3107&name=Super+deals',
    '/rate.php?uid=3107&name=Wendell+Estates+s.r.o.',
    '/rate.php?uid=3107&name=Wien',
  ])('%s gives none', (href) => {
    expect(found(linked(href), 'SK', 'name')).toEqual([]);
  });
});
