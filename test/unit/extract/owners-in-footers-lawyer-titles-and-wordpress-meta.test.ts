/**
 * From the fix round on the 71st sealed round's set of German-speaking firms' own sites (m73e): an
 * own site's owner or contact person named in its footer's contact block, over the block's address
 * and number; lawyers' titles in the markets' languages on a line of their own before the name;
 * WordPress's "Meta" widget's log-in as the site's editors'. With the cases an adversary would
 * bring: the same block on a marketplace, the site's own name, a name with no number after it, the
 * name also given in a testimonial, a title over a heading that names no one, a log-in with no
 * WordPress link after it. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const site = (header: string, main: string, footer: string, aside = ''): string =>
  `<!doctype html><html><body><header>${header}</header><main>${main}</main>${aside}<footer>${footer}</footer></body></html>`;
const nav = '<nav><a href="/">Start</a><a href="/leistungen">Leistungen</a><a href="/kontakt">Kontakt</a></nav>';
const main = '<h1>Ferienhaus am See</h1><p>Unser Blockhaus bietet Platz für vier Personen, mit Kamin und Sauna.</p>';
const block = (name: string, between = '<br />Musterweg 7<br />12345 Musterstadt'): string =>
  `<p><strong>Kontakt</strong></p><p>Wendell Ferien<br />${name}${between}<br />Tel. 05191 555014<br />Mail: info@wendell-ferien.de</p>`;

describe("an own site's owner named in its footer's contact block", () => {
  const de = foundAt('https://www.wendell-ferien.de/blockhaus-3/', 'DE');

  it('over the block\'s number, or over its street and town and then its number', () => {
    expect(de(site(nav, main, block('Lena Marten', '')), 'DE', 'name')).toEqual(['name lena marten']);
    expect(de(site(nav, main, block('Lena Marten')), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it('also where a testimonial names the owner too', () => {
    const quote = '<section class="reviews"><div class="review"><p>„Lena Marten war eine tolle Gastgeberin!“</p><p>Kamal Reilly</p></div></section>';
    expect(de(site(nav, main + quote, block('Lena Marten')), 'DE', 'name')).toContain('name lena marten');
  });

  it("not on a marketplace's page, nor the site's own name, nor a name with no number in the block's next lines", () => {
    const market = '<nav><a href="/login">Anmelden</a><a href="/inserieren">Anzeige aufgeben</a></nav>';
    expect(de(site(market, main, block('Lena Marten')), 'DE', 'name')).toEqual([]);
    const own = foundAt('https://www.lena-marten.de/blockhaus-3/', 'DE');
    expect(own(site(nav, main, block('Lena Marten')), 'DE', 'name')).toEqual([]);
    const far = '<p><strong>Kontakt</strong></p><p>Lena Marten<br />Gastgeberin<br />seit 2010<br />Haus am See<br />Ferien am Wasser<br />Tel. 05191 555014<br />Mail: info@wendell-ferien.de</p>';
    expect(de(site(nav, main, far), 'DE', 'name')).toEqual([]);
  });
});

describe("lawyers' titles before the name, on a line of its own", () => {
  it.each([
    ['Rechtsanwalt Kamal Reilly', 'https://www.wendell-recht.de/', 'DE', 'kamal reilly'],
    ['Rechtsanwältin Lena Marten', 'https://www.wendell-recht.de/', 'DE', 'lena marten'],
    ['Avv. Anna Berg', 'https://www.studiowendell.it/', 'IT', 'anna berg'],
    ['Advokat Kari Lund', 'https://www.wendell-advokat.no/', 'NO', 'kari lund'],
    ['Adwokat Anna Nowak', 'https://www.kancelaria-wendell.pl/', 'PL', 'anna nowak'],
  ])('"%s"', (line, url, country, name) => {
    const html = site(nav, `<h1>Willkommen</h1><p>${line}<br />info@${new URL(url).hostname.replace('www.', '')}</p>`, '');
    expect(foundAt(url, country)(html, country, 'name')).toEqual([`name ${name}`]);
  });

  it('not a heading of other words after the title', () => {
    const de = foundAt('https://www.wendell-recht.de/', 'DE');
    for (const line of ['Rechtsanwalt Vertragsrecht Online', 'Notar Termine', 'Fachanwalt Arbeitsrecht']) {
      expect(de(site(nav, `<h2>${line}</h2><p>Wir beraten Sie gern.</p>`, ''), 'DE', 'name')).toEqual([]);
    }
  });
});

describe("WordPress's \"Meta\" widget's log-in is the site's editors'", () => {
  const de = foundAt('https://www.wendell-whisky.de/termine-2026/512', 'DE');
  const entry = (date: string): string => `<h2>Tasting am ${date}</h2><p>Anmeldung: tasting@wendell-whisky.de oder 0152 5550 1423.</p>`;
  const post = `<h1>Termine 2026</h1>${entry('14. März')}${entry('9. Mai')}`;
  const widget = (login: string, after: string): string => `<aside class="sidebar"><h3>Meta</h3><ul><li><a href="/wp-login.php">${login}</a></li>${after}</ul></aside>`;
  const feeds = '<li><a href="/feed/">Feed der Einträge</a></li><li><a href="/comments/feed/">Kommentare-Feed</a></li><li><a href="https://de.wordpress.org/">WordPress.org</a></li>';

  it('the site stays its own: its mailbox is the organiser\'s', () => {
    expect(de(site(nav, post, '', widget('Anmelden', feeds)), 'DE', 'email')).toEqual(['email tasting@wendell-whisky.de']);
  });

  it('but a log-in with no WordPress link after it still says "marketplace"', () => {
    expect(de(site(nav, post, '', widget('Anmelden', '<li><a href="/feed/">Feed der Einträge</a></li><li><a href="/hilfe">Hilfe</a></li>')), 'DE', 'email')).toEqual([]);
  });
});
