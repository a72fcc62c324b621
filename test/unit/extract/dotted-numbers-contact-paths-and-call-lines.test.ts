/**
 * From the 103rd sealed round: a club's board cards whose numbers are grouped by middle dots
 * ("06·55·50·01·42"); a Hungarian guest house's contact page, whose path names it in its language
 * ("/kapcsolat.html"); a tutor's one-page site whose navigation bar says "Call:" and the number. With
 * the cases an adversary would bring. Every name, number and domain here is invented (wendell-*
 * domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe('a number grouped by middle dots', () => {
  const club = foundAt('https://www.wendell-archers.fr/bureau/', 'FR');

  it('is read as one grouped by dots', () => {
    expect(club(page('<h1>Bureau</h1><p>Présidente</p><p>06·55·50·01·42</p>'), 'FR', 'phone')).toEqual(['phone +33655500142']);
  });

  it.each([
    ['opening hours', 'Ouvert 9·30 – 12·00 et 14·00 – 18·30'],
    ['a price', 'Cotisation annuelle 1·250 € par famille'],
  ])('but not %s', (_, line) => {
    expect(club(page(`<h1>Bureau</h1><p>${line}</p>`), 'FR', 'phone')).toEqual([]);
  });
});

describe("a contact page named in the market's language", () => {
  const site = (path: string): string[] =>
    foundAt(`https://www.wendell-panzio.hu${path}`, 'HU')(
      page('<h1>Elérhetőségeink</h1><p>Wendell Panzió<br>E-mail: info@wendell-panzio.hu<br>Telefon: +36 33 555 810</p>'),
      'HU',
    );

  it.each(['/kapcsolat.html', '/elerhetoseg/'])('%s is the site\'s contact page: its own lines are its own', (path) => {
    expect(site(path)).toEqual(['email info@wendell-panzio.hu', 'phone +3633555810']);
  });

  it('while another page of the site keeps the rules of any page', () => {
    expect(site('/szobak/ketagyas.html')).not.toContain('email info@wendell-panzio.hu');
  });
});

describe('a navigation bar that says "Call:" and the number', () => {
  const tutor = foundAt('https://www.wendell-tutoring.co.uk/', 'GB');
  const site = (nav: string): string =>
    `<!doctype html><html><body><header><h1>Wendell Tutoring</h1></header><nav><a href="#about">About</a> <a href="#contact">Contact</a>${nav}</nav>` +
    '<main><h2>About me</h2><p>I offer maths and physics tutoring, online or in person, for pupils of all ages.</p></main></body></html>';

  it("is the site's own voice on a one-page site", () => {
    expect(tutor(site('<span>Call: 07598 555142</span>'), 'GB', 'phone')).toEqual(['phone +447598555142']);
  });

  it('but not on another page of a site, where a bare "Call:" is as often a desk\'s', () => {
    const lesson = foundAt('https://www.wendell-tutoring.co.uk/lessons/physics', 'GB');
    expect(lesson(site('<span>Call: 07598 555142</span>'), 'GB', 'phone')).toEqual([]);
  });

  it("nor a marketplace's bar that offers log-in and posting", () => {
    expect(tutor(site('<span>Call: 07598 555142</span> <a href="/login">Log in</a> <a href="/post-ad">Post an ad</a>'), 'GB', 'phone')).toEqual([]);
  });
});
