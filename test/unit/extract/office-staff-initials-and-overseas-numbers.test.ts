/**
 * From the 102nd sealed round: a French office's contact page ("/nous-contacter/") that lists
 * its staff under their posts, each name with the initials its files go by in brackets and many
 * with their own mailbox, and its lines in an overseas department's numbers written the French
 * way. Every name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const office = foundAt('https://www.wendell-notaires.fr/nous-contacter/', 'FR');
const staffPage = (body: string): string => page(`<h1>Nous contacter</h1><p>Courriel : office@wendell-notaires.fr<br>Standard : 01 45 55 01 30</p>${body}`);
const of = (lines: string[], kind: string): string[] => lines.filter((l) => l.startsWith(kind));

describe("a staff member's initials in brackets after their name", () => {
  it('do not hide the name beside its own mailbox', () => {
    const found = office(staffPage('<p>Juriste :</p><p>Lena MARTEN (LM) : lena.marten@wendell-notaires.fr</p><p>Kamal REILLY (KR) : kamal.reilly@wendell-notaires.fr</p>'));
    expect(of(found, 'name')).toEqual(['name kamal reilly', 'name lena marten']);
    expect(of(found, 'email')).toEqual(['email kamal.reilly@wendell-notaires.fr', 'email lena.marten@wendell-notaires.fr', 'email office@wendell-notaires.fr']);
  });

  it('nor under a French post on the line above it', () => {
    const found = office(staffPage('<p>Secrétariat :</p><p>Courriel : secretariat@wendell-notaires.fr</p><p>Clerc de notaire :</p><p>Anna BERG (AB)</p>'));
    expect(of(found, 'name')).toEqual(['name anna berg']);
  });

  it.each([
    ['a word in brackets is no initials', 'Anna BERG (Paris)'],
    ['nor five capitals, an acronym', 'Anna BERG (ACCES)'],
  ])('but %s', (_, line) => {
    expect(of(office(staffPage(`<p>Clerc de notaire :</p><p>${line}</p>`)), 'name')).toEqual([]);
  });

  it('and a heading that names no post gives no name', () => {
    expect(of(office(staffPage('<p>Horaires :</p><p>Lundi MATIN (LM)</p>')), 'name')).toEqual([]);
  });
});

describe("a contact page's address named with a verb", () => {
  const link = '<p><a href="mailto:anna.berg@wendell-notaires.fr">Écrire à notre gestionnaire</a></p>';

  it.each(['/nous-contacter/', '/kontaktieren/', '/get-in-touch'])("is the site's contact page (%s): a staff member's mailbox at its domain behind a mail link is theirs", (path) => {
    const found = foundAt(`https://www.wendell-notaires.fr${path}`, 'FR');
    expect(of(found(staffPage(link)), 'email')).toContain('email anna.berg@wendell-notaires.fr');
  });

  it('while another page of the site is not', () => {
    const found = foundAt('https://www.wendell-notaires.fr/actualites/vente-aux-encheres/', 'FR');
    expect(of(found(staffPage(link)), 'email')).not.toContain('email anna.berg@wendell-notaires.fr');
  });
});

describe("a French overseas department's numbers written the French way", () => {
  const fr = foundAt('https://www.wendell-immo.fr/contact', 'FR');

  it.each([
    ['0590 55 01 30', '+590590550130'],
    ['0696 55 01 42', '+596696550142'],
    ['0262 55 01 43', '+262262550143'],
    ['0594 29 55 44', '+594594295544'],
  ])('%s is %s', (n, e164) => {
    expect(fr(page(`<p>Téléphone : ${n}</p>`), 'FR', 'phone')).toEqual([`phone ${e164}`]);
  });

  it("while a mainland number keeps France's code", () => {
    expect(fr(page('<p>Téléphone : 01 45 55 01 30</p>'), 'FR', 'phone')).toEqual(['phone +33145550130']);
  });

  it('and not on a German page, whose plan has no such regions', () => {
    const de = foundAt('https://www.wendell-immo.de/kontakt', 'DE');
    expect(de(page('<p>Telefon: 0590 55 01 30</p>'), 'DE', 'phone')).not.toContain('phone +590590550130');
  });
});
