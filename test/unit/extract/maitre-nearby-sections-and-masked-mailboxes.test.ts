/**
 * From the 85th sealed round (found after its scoring):
 * - a Swiss law firm's home page named its lawyers after "Me" (Maître), in a theme's section whose
 *   mark called it a property's nearby places (and so dropped), linked each from its menu at an
 *   address that spells "me", the given and the family name, and credited its webmaster with a
 *   free-mail address;
 * - a practice's heading named it after its doctor (a practice's word, "Dr." and the name);
 * - a directory masked a firm's mailboxes with x's.
 * Every name, number, place and mark here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const firm = foundAt('https://www.wendell-avocats.example/', 'CH');
const body = (main: string, nav = '', footer = ''): string =>
  `<!doctype html><html><body><header><nav><a href="/">Accueil</a>${nav}</nav></header><main>${main}</main>` +
  `<footer>${footer}<p>Chemin Wendel 7, 1999 Wendelbourg, Tél. +41 27 555 84 55, info@wendell-avocats.example</p></footer></body></html>`;

describe('"Me" before a lawyer\'s name', () => {
  const welcome = '<h1>Bienvenue</h1><p>Les avocats de l’Etude, Me Lena Marten, Me Anna Berg et Me Timo Wendrich, défendront vos intérêts.</p>';

  it('names each on a page of a French-speaking market', () => {
    expect(firm(body(welcome), 'CH', 'name')).toEqual(['name anna berg', 'name lena marten', 'name timo wendrich']);
  });

  it('is the English word elsewhere', () => {
    const site = foundAt('https://www.wendell-law.example/', 'GB');
    expect(site(body('<h1>Welcome</h1><p>Tell Me Lena Marten was here.</p>'), 'GB', 'name')).toEqual([]);
  });

  it('needs a given name and a family name after it', () => {
    expect(firm(body('<h1>Bienvenue</h1><p>Me Marten vous reçoit sur rendez-vous.</p>'), 'CH', 'name')).toEqual([]);
  });
});

describe("a section whose mark names a property's nearby places", () => {
  const welcome = '<p>Les avocats de l’Etude, Me Lena Marten et Me Anna Berg, défendront vos intérêts.</p>';

  it("is the page when it holds the page's heading", () => {
    expect(firm(body(`<section id="local-amenities"><h1>Bienvenue</h1>${welcome}</section>`), 'CH', 'name')).toEqual(['name anna berg', 'name lena marten']);
  });

  it("is still the nearby places' block without it", () => {
    const listing = foundAt('https://www.wendell-immo.example/annonce/4711', 'CH');
    const page =
      '<!doctype html><html><body><main><h1>Appartement 3 pièces</h1><div class="seller-box"><p>Contact : Lena Marten</p><p>Tél. 078 555 12 34</p></div>' +
      '<section id="local-amenities"><h2>À proximité</h2><p>École Wendel, Tél. 027 555 10 10</p></section></main></body></html>';
    expect(listing(page, 'CH', 'phone')).toEqual(['phone +41785551234']);
  });
});

describe("a firm's menu links to its people's own pages", () => {
  const menu = '<a href="/me-lena-marten/">Me Lena Marten</a><a href="/me-anna-berg/">Me Anna Berg</a><a href="/contact/">Contact</a>';

  it('with an honorific before the name and the whole text in the address', () => {
    expect(firm(body('<h1>Bienvenue</h1><p>Notre étude vous conseille.</p>', menu), 'CH', 'name')).toEqual(['name anna berg', 'name lena marten']);
  });

  it('not without the honorific, at a path of no people', () => {
    const bare = '<a href="/lena-marten/">Lena Marten</a><a href="/anna-berg/">Anna Berg</a>';
    expect(firm(body('<h1>Bienvenue</h1><p>Notre étude vous conseille.</p>', bare), 'CH', 'name')).toEqual([]);
  });

  it('not when the address spells something else', () => {
    const other = '<a href="/me-lena/">Me Lena Marten</a><a href="/droit-penal/">Me Anna Berg</a>';
    expect(firm(body('<h1>Bienvenue</h1><p>Notre étude vous conseille.</p>', other), 'CH', 'name')).toEqual([]);
  });
});

describe("a webmaster's credit in the footer", () => {
  it('gives no mailbox of the site', () => {
    const credit = '<p>© 2019 Wendell Avocats. Tous droits réservés.<br>Webmaster <a href="mailto:timo.wendrich@gmail.com">Timo Wendrich</a></p>';
    expect(firm(body('<h1>Bienvenue</h1><p>Notre étude vous conseille.</p>', '', credit), 'CH', 'email')).toEqual(['email info@wendell-avocats.example']);
  });

  it('the word alone, as a link of the footer, credits no one', () => {
    const links = '<p>© 2019 Wendell Avocats | <a href="mailto:lena.marten@wendell-avocats.example">Lena Marten</a> | <a href="/webmaster/">Webmaster</a></p>';
    expect(firm(body('<h1>Bienvenue</h1><p>Notre étude vous conseille.</p>', '', links), 'CH', 'email')).toEqual([
      'email info@wendell-avocats.example',
      'email lena.marten@wendell-avocats.example',
    ]);
  });
});

describe('a practice named after its doctor', () => {
  const practice = foundAt('https://www.wendell-medico.example/', 'CH');
  const home = (heading: string): string => body(`<h1>${heading}</h1><p>Visite e controlli su appuntamento.</p>`);

  it.each([['Studio Medico Dr.Lena Marten'], ['Studio medico Dr. Lena Marten'], ['Praxis Dr. Lena Marten'], ['Cabinet dentaire Dr Lena Marten']])('"%s"', (heading) => {
    expect(practice(home(heading), 'CH', 'name')).toEqual(['name lena marten']);
  });

  it('not without the title', () => {
    expect(practice(home('Studio Medico Lena Marten'), 'CH', 'name')).toEqual([]);
  });
});

describe("a directory's masked mailboxes", () => {
  const directory = foundAt('https://www.wendell-firmen.example/firma/4711', 'DE');
  const card = (mail: string): string =>
    `<!doctype html><html><body><main><h1>Wendell Autoteile GmbH</h1><p>E-Mail: <a href="mailto:${mail}">${mail}</a></p></main></body></html>`;

  it.each([['xxxxxxx@wendell-autoteile.example'], ['XXXX@wendell-autoteile.example'], ['***@wendell-autoteile.example']])('%s is no address', (mail) => {
    expect(directory(card(mail), 'DE', 'email')).toEqual([]);
  });

  it('a real mailbox with x in it is one', () => {
    expect(directory(card('max@wendell-autoteile.example'), 'DE', 'email')).toEqual(['email max@wendell-autoteile.example']);
  });
});
