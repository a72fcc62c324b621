/**
 * Agencies' and firms' own sites whose theme gives every visitor an account (an agency's "Ouvrir un
 * compte · Login", a broker's "Register/Login", an owners' "Login eigenaren"): on the site's home,
 * contact or team page, such a log-in or sign-up is no marketplace's sign by itself, as a local
 * business's is not; a marketplace's home page offers to post an ad, or gives its desks' mailboxes,
 * which still say so, and on an ad's page a visitor's log-in still does. Found in the 74th and
 * 76th sealed rounds (m76c, m78c); all values invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const site = (header: string, footer: string): string =>
  `<!doctype html><html><body><header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/a-vendre">À vendre</a></li>${header}</ul></nav></header>` +
  '<main><h1>Votre agence à Fribourg</h1><p>Nous vendons et louons des biens dans toute la région depuis 1998.</p></main>' +
  `<footer><p>Wendell Immobilier SA · Route de la Gare 4 · 1700 Fribourg</p><p>Tél. 079 555 01 42</p>${footer}</footer></body></html>`;
const ACCOUNT = '<li><a href="/compte/creer">Ouvrir un compte</a></li><li><a href="/compte">Login</a></li>';
const MAILBOX = '<p><a href="mailto:info@wendell-immobilier.ch">info@wendell-immobilier.ch</a></p>';
const OWN = ['email info@wendell-immobilier.ch', 'phone +41795550142'];

describe("a visitor's account on an own site's home or contact page", () => {
  it.each([['https://www.wendell-immobilier.ch/'], ['https://www.wendell-immobilier.ch/contact'], ['https://www.wendell-immobilier.ch/equipe.html']])(
    'is no marketplace sign by itself: %s keeps its footer',
    (url) => {
      expect(foundAt(url, 'CH')(site(ACCOUNT, MAILBOX), 'CH')).toEqual(OWN);
    },
  );

  it("in English too (a broker's \"Register/Login\")", () => {
    const header = '<li><a href="/account">Register/Login</a></li>';
    expect(foundAt('https://www.wendell-immobilier.ch/', 'CH')(site(header, MAILBOX), 'CH')).toEqual(OWN);
  });
});

describe('but it is a marketplace', () => {
  it("on an ad's page, where a visitor's log-in is its members'", () => {
    expect(foundAt('https://www.wendell-immobilier.ch/a-vendre/villa-12', 'CH')(site(ACCOUNT, MAILBOX), 'CH')).toEqual([]);
  });

  it('on its home page beside a posting control, or with a desk\'s mailbox', () => {
    const home = foundAt('https://www.wendell-immobilier.ch/', 'CH');
    expect(home(site(`${ACCOUNT}<li><a href="/deposer">Déposer une annonce</a></li>`, MAILBOX), 'CH')).toEqual([]);
    const desk = '<p><a href="mailto:support@wendell-immobilier.ch">support@wendell-immobilier.ch</a></p>';
    expect(home(site(ACCOUNT, desk), 'CH')).toEqual([]);
  });
});
