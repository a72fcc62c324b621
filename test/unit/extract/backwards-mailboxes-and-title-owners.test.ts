/**
 * From the 107th sealed round's pages, after its fix round: a translator's page that writes
 * her mailbox backwards in its source and turns it around with its style sheet, and a
 * practitioner's own site that names them only in its title and its banner ("Lena MARTEN -
 * Ostéopathe"). With the cases an adversary would bring. Every name, number and domain
 * here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe('a mailbox written backwards', () => {
  const found = foundAt('https://www.wendell-tlumacz.pl/', 'PL');
  const page = (shown: string): string =>
    `<!doctype html><html><body><main><h1>Kontakt</h1><p>Tel. 601 555 142 albo e-mail: <span style="unicode-bidi:bidi-override; direction:rtl">${shown}</span></p></main></body></html>`;

  it.each([
    ['lp.llednew@netram.l', 'email l.marten@wendell.pl'],
    ['moc.elpmaxe-lledneW@anel', 'email lena@wendell-example.com'],
  ])('is read forwards: %s', (shown, expected) => {
    expect(found(page(shown), 'PL', 'email')).toEqual([expected]);
  });

  it.each([
    ['an address as it is', 'l.marten@wendell.pl', ['email l.marten@wendell.pl']],
    ['a one-letter end that reads as no address backwards either', 'lena@wendell.x', []],
  ])('but not %s', (_, shown, expected) => {
    expect(found(page(shown), 'PL', 'email')).toEqual(expected);
  });
});

describe("a one-person site's title", () => {
  const site = (url: string, title: string, extraHeader = ''): string[] =>
    foundAt(url, 'FR')(
      `<!doctype html><html><head><title>${title}</title></head><body><header><a href="/">Accueil</a> <a href="/contact">Contact</a>${extraHeader}</header>` +
        '<main><h1>Bienvenue</h1><p>Consultations pour adultes et adolescents, en cabinet et en ligne.</p></main>' +
        '<footer><p>Tél. 07 55 50 14 20</p><p><a href="mailto:contact@wendell-psy.fr">contact@wendell-psy.fr</a></p></footer></body></html>',
      'FR',
      'name',
    );

  it.each([
    ['Lena MARTEN - Ostéopathe | Wendelville', 'name lena marten'],
    ['Anna Berg – Psychologue', 'name anna berg'],
  ])('names its owner on its home page: %s', (title, expected) => {
    expect(site('https://www.wendell-psy.fr/', title)).toEqual([expected]);
  });

  it.each([
    ['an article page', 'https://www.wendell-psy.fr/blog/le-sommeil', 'Lena MARTEN - Le sommeil des adolescents'],
    ['a firm named so', 'https://www.wendell-psy.fr/', 'Cabinet Wendell - Psychologues'],
    ['one name alone', 'https://www.wendell-psy.fr/', 'Lena - Psychologue'],
  ])('but not on %s', (_, url, title) => {
    expect(site(url, title)).toEqual([]);
  });

  it("nor on a marketplace's page", () => {
    const portal = '<a href="/deposer-une-annonce">Déposer une annonce</a><a href="/connexion">Se connecter</a><a href="/inscription">Créer un compte</a>';
    expect(site('https://www.wendell-psy.fr/', 'Lena MARTEN - Ostéopathe', portal)).toEqual([]);
  });
});
