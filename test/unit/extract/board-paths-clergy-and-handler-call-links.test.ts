/**
 * From the 105th sealed round's pages, after its fix round: clubs' board pages ("/vorstand.html")
 * whose posts' mailboxes at the club's domain are the club's own, as a team page's are; a parish's
 * clergy, each written after the Polish priest's "ks."; and a club's buttons that dial a call link
 * from their event handler ("onclick=\"window.location.href='tel:…'\""). With the cases an
 * adversary would bring. Every name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const club = (body: string): string =>
  '<!doctype html><html><body><header><nav><a href="/">Start</a> <a href="/vorstand.html">Vorstand</a> <a href="/termine.html">Termine</a></nav></header>' +
  `<main><h1>Vorstand</h1>${body}</main>` +
  '<footer><p>© 2025 Ruderverein Wendell · <a href="mailto:info@wendell-rv.example">info@wendell-rv.example</a></p></footer></body></html>';
const board =
  '<article><h3>Lena Marten</h3><p>Amt: Kassenwartin</p><p>E-Mail: <a href="mailto:kasse@wendell-rv.example">kasse@wendell-rv.example</a></p></article>' +
  '<article><h3>Kamal Reilly</h3><p>Amt: Jugendwart</p><p>E-Mail: <a href="mailto:jugend@wendell-rv.example">jugend@wendell-rv.example</a></p></article>';

describe("a club's board page", () => {
  it.each(['/vorstand.html', '/verein/vorstand/', '/the-board', '/bestuur', '/styrelse', '/le-bureau', '/committee.php'])('%s gives the posts\' mailboxes at its domain', (path) => {
    const found = foundAt(`https://www.wendell-rv.example${path}`, 'DE');
    expect(found(club(board), 'DE', 'email')).toEqual(['email info@wendell-rv.example', 'email jugend@wendell-rv.example', 'email kasse@wendell-rv.example']);
  });

  it.each(['/forum/message-board', '/jobs/job-board', '/annonces/location-bureau', '/verein/termine.html'])('but %s is no board page', (path) => {
    const found = foundAt(`https://www.wendell-rv.example${path}`, 'DE');
    expect(found(club(board), 'DE', 'email')).not.toContain('email kasse@wendell-rv.example');
  });
});

describe("the clergy's honorifics", () => {
  const parish = foundAt('https://www.wendell-parafia.example/parafia/ksieza', 'PL');

  it.each([
    ['the Polish priest\'s "ks."', '<h3>Nasi księża</h3><p>ks. Jan Kowalczyk</p><p>ks. Piotr Nowacki</p>', ['name jan kowalczyk', 'name piotr nowacki']],
    ['"Rev." and "Pfarrer"', '<p>Rev. Anna Berg</p><p>Pfarrer Lukas Roth</p>', ['name anna berg', 'name lukas roth']],
  ])('open a name: %s', (_, body, expected) => {
    expect(parish(`<main><h1>Parafia</h1>${body}</main>`, 'PL', 'name')).toEqual(expected);
  });

  it.each([
    ['a word in small letters after it', '<p>ks. proboszcz zaprasza</p>'],
    ['a place after it', '<p>Pfarrer in Wendelfingen</p>'],
  ])('but not %s', (_, body) => {
    expect(parish(`<main><h1>Parafia</h1>${body}</main>`, 'PL', 'name')).toEqual([]);
  });
});

describe("an event handler's call link", () => {
  const found = foundAt('https://www.wendell-tt.example/club/dirigeants', 'FR');
  const button = (handler: string): string => `<main><h1>Dirigeants</h1><h4>Trésorière</h4><button onclick="${handler}" title="Téléphoner"><img src="phone.png" alt=""></button></main>`;

  it.each([
    ["window.location.href='tel:+33655501420'", 'phone +33655501420'],
    ["location.href='tel:06 55 50 14 20'", 'phone +33655501420'],
    ["window.open('callto:+33655501420')", 'phone +33655501420'],
  ])('is dialled as a link is: %s', (handler, expected) => {
    expect(found(button(handler), 'FR', 'phone')).toEqual([expected]);
  });

  it.each([
    ['an id passed to the handler', "showAd('0655501420')"],
    ['a page address', "window.location.href='/tel/0655501420'"],
    ['a call link too short to be a number', "window.location.href='tel:1234'"],
  ])('but not %s', (_, handler) => {
    expect(found(button(handler), 'FR', 'phone')).toEqual([]);
  });
});
