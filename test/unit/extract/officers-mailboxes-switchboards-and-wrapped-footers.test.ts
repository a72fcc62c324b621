/**
 * From the 94th sealed round: a town's or a firm's news item naming the officer who gives more
 * information, with their mailbox at the site's domain; a weekday's abbreviation before it in an
 * opening-hours table; a footer block marked as the site's credits; an organisation's switchboard
 * beside its customer service's desk; and a page builder's section that only wraps the site's
 * footer. Every name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

/** A town's site: its footer gives the town hall's line and mailbox. */
const townFooter =
  '<footer><p>Stadt Wendell · Rathaus · Markt 1 · 29699 Wendell</p><p>Tel. 05191 550 · Fax 05191 55465</p>' +
  '<p><a href="mailto:rathaus@stadt.wendell.example">rathaus@stadt.wendell.example</a></p></footer>';

describe('the officer a news item names for more information, and their mailbox at the site\'s domain', () => {
  const news = foundAt('https://www.wendell.example/aktuelles/stadtfest', 'DE');
  const page = (sentence: string, hours = ''): string =>
    `<!doctype html><html><body><header><a href="/">Stadt Wendell</a></header><main><h1>Stadtfest am Markt</h1>` +
    `<p>Das Stadtfest beginnt am Samstag um zehn Uhr.</p><p>${sentence}</p></main>${hours}${townFooter}</body></html>`;

  it('gives the officer, their line and their mailbox ("Weitere Informationen erteilt …")', () => {
    const html = page('Weitere Informationen erteilt Lena Marten im Bürgerbüro unter Tel. 05191 55518 (<a href="mailto:martenl@stadt.wendell.example">martenl@stadt.wendell.example</a>).');
    expect(news(html)).toEqual([
      'email martenl@stadt.wendell.example',
      'email rathaus@stadt.wendell.example',
      'name lena marten',
      'phone +495191550',
      'phone +49519155465',
      'phone +49519155518',
    ]);
  });

  it('keeps "Auskunft gibt …" as well', () => {
    const html = page('Auskunft gibt Kamal Reilly im Bürgerbüro.');
    expect(news(html, 'DE', 'name')).toEqual(['name kamal reilly']);
  });

  it("does not take a desk's mailbox at the site's domain for the officer's", () => {
    const html = page('Weitere Informationen erteilt Lena Marten unter <a href="mailto:info@stadt.wendell.example">info@stadt.wendell.example</a>.');
    expect(news(html, 'DE', 'email')).toEqual(['email rathaus@stadt.wendell.example']);
  });

  it('reads no name from a weekday written short and whole ("Mi Mittwoch", "Mi" being a given name too)', () => {
    const hours =
      '<aside><table><tr><th><span class="visible-xs">Mi&nbsp;&nbsp;</span><span class="hidden-xs">Mittwoch</span></th><td>09.00 - 12.30 Uhr</td></tr>' +
      '<tr><th><span class="visible-xs">Fr&nbsp;&nbsp;</span><span class="hidden-xs">Freitag</span></th><td>09.00 - 15.30 Uhr</td></tr></table></aside>';
    const html = page('Das Café ist geöffnet.', hours).replace(townFooter, townFooter.replace('</footer>', `${hours.replace(/<\/?aside>/g, '')}</footer>`));
    expect(news(html, 'DE', 'name')).toEqual([]);
  });
});

describe("a block marked as the site's credits or copyright", () => {
  it.each(['credits', 'copyright'])('is its footer (%s): its mailbox at the site\'s domain is kept', (mark) => {
    const news = foundAt('https://www.wendell-parco.example/notizia.php?id=4711', 'IT');
    const html =
      '<!doctype html><html><body><div id="page"><h1>Nuovo sentiero aperto</h1><p>Il sentiero collega il rifugio al lago.</p></div>' +
      `<div id="${mark}"><div class="a">&copy; 2020 Ente Parco Wendell</div><div class="b">Viale Wendell 1 - 64099 Wendell (TE)<br/>Tel. 0861/555131 - Fax 0861/555132<br/>` +
      'E-mail: <a href="mailto:info@wendell-parco.example">info@wendell-parco.example</a></div></div></body></html>';
    expect(news(html, 'IT', 'email')).toEqual(['email info@wendell-parco.example']);
  });
});

describe("an organisation's switchboard beside its customer service's desk", () => {
  const release = foundAt('https://www.wendell-bakeri.example/presse/nyheter/skolebrod', 'NO');
  const footer = (switchboard: string): string =>
    `<footer class="o-footer"><h4>Kontakt</h4><p>${switchboard}</p>` +
    '<p><strong>Privatkunder:</strong><br /><a href="tel:55571606">55 57 16 06</a> / <a href="mailto:privat@wendell-bakeri.example">privat@wendell-bakeri.example</a></p>' +
    '<p><strong>Bedriftskunder:</strong><br /><a href="tel:55571513">55 57 15 13</a> / <a href="mailto:kundeservice@wendell-bakeri.example">kundeservice@wendell-bakeri.example</a></p></footer>';
  const page = (switchboard: string, wrapped: boolean): string =>
    '<!doctype html><html><body><section class="main"><article><h1>Skolebrød til alle</h1><p>Vi baker for 300 skoler.</p></article></section>' +
    (wrapped ? `<section class="part">${footer(switchboard)}</section>` : footer(switchboard)) +
    '</body></html>';

  it('makes the desk its own, the switchboard number on the line under its label', () => {
    expect(release(page('<strong>Sentralbord:</strong><br /><a href="tel:55563080">55 56 30 80</a>', false))).toEqual([
      'email kundeservice@wendell-bakeri.example',
      'email privat@wendell-bakeri.example',
      'phone +4755563080',
      'phone +4755571513',
      'phone +4755571606',
    ]);
  });

  it('reads the footer a page builder wraps in a section of its own as the page\'s footer', () => {
    expect(release(page('<strong>Sentralbord:</strong><br /><a href="tel:55563080">55 56 30 80</a>', true), 'NO', 'email')).toEqual([
      'email kundeservice@wendell-bakeri.example',
      'email privat@wendell-bakeri.example',
    ]);
  });

  it('without the switchboard, the customer service\'s desk still says "platform"', () => {
    expect(release(page('Følg oss', false), 'NO', 'email')).toEqual([]);
  });
});

describe("a school's footer naming its head and deputy after their posts, titles between", () => {
  const course = foundAt('https://www.wendell-schule.example/ausbildung/elektrotechnik/', 'AT');
  const html =
    '<!doctype html><html><body><main><h1>Elektrotechnik</h1><p>Der Lehrplan umfasst Anlagen, Netze und Messtechnik.</p></main><footer>' +
    '<div class="widget"><h3>Elektrotechnik</h3>Direktorin: HR Dipl.-Päd. Lena Marten<br />Stellvertretung: Ing. Kamal Reilly, MSc<br /><br />' +
    'Tel: +43 1 555 23 - 441 22<br />Fax: +43 1 555 23 - 999 41 22<br />Mail: <a href="mailto:sekretariat@bildung.wendell-stadt.example">sekretariat@bildung.wendell-stadt.example</a></div>' +
    '<p>© Schule Wendell | created by <a href="https://www.wendell-werbung.example">Wendell Werbung</a></p></footer></body></html>';

  it("makes the site the school's own: its lines, its mailbox and its people", () => {
    expect(course(html)).toEqual([
      'email sekretariat@bildung.wendell-stadt.example',
      'name kamal reilly',
      'name lena marten',
      'phone +4315552344122',
      'phone +431555239994122',
    ]);
  });
});

describe("the site's own mailbox after a contact-us phrase in its content", () => {
  const fund = foundAt('https://www.wendell-syndicat.example/fonds-entraide/', 'FR');
  const page = (before: string): string =>
    '<!doctype html><html><body><header><p>Wendell Syndicat · 01 55 72 14 36 · <a href="mailto:news@wendell-syndicat.example">news@wendell-syndicat.example</a></p></header>' +
    `<main><h1>Fonds d'entraide</h1><p>Le fonds aide les familles de la région.</p><h4>${before}</h4>` +
    '<p><a href="mailto:entraide@wendell-syndicat.example">entraide@wendell-syndicat.example</a></p></main></body></html>';

  it('is kept where the page says "Nous contacter :" right before it', () => {
    expect(fund(page('Nous contacter :'), 'FR', 'email')).toEqual(['email entraide@wendell-syndicat.example', 'email news@wendell-syndicat.example']);
  });

  it('keeps the rules of any page without it (printed once in the content)', () => {
    expect(fund(page('Nos actions'), 'FR', 'email')).toEqual(['email news@wendell-syndicat.example']);
  });
});
