/**
 * From the 118th sealed round (found after its scoring): a joiner's site titled by its trade's word
 * and its owner's name, which its own host's name spells ("Tischlerei Lena Marten" at
 * tischlerei-lena-marten.github.io); a club's single contact card, its post alone over its holder's
 * name and address ("Aktuar" / "Lena Marten" / "Wendelweg 7"); a site's own mailbox given only by its
 * "reply-to" meta tag; and a mailbox whose local part is a label's word ("kontakt@…"), which was
 * read as the label and a handle after it. With the cases an adversary would bring. Every name,
 * number, address and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("a trade's word and its owner's name as the site's title, the site's own name spelt after them", () => {
  const site = (title: string, domain = 'tischlerei-lena-marten.example'): string =>
    `<!doctype html><html><head><title>${title}</title></head><body><header><a href="/">${title}</a><nav><a href="#team">Team</a> <a href="#kontakt">Kontakt</a></nav></header>` +
    '<main><h2>Unser Team</h2><p>Wir bauen Möbel nach Maß.</p><h3>Kontakt</h3><p>+49 30 5550123</p></main>' +
    `<footer><p>Impressum</p><p>Wendelweg 12<br>10115 Berlin<br>Tel: 030 5550123<br>E-Mail: info@${domain}</p><p>Copyright © 2021 ${title}</p></footer></body></html>`;

  it.each([
    ['https://tischlerei-lena-marten.github.io/', 'Tischlerei Lena Marten'],
    ['https://www.tischlerei-lena-marten.example/', 'Tischlerei Lena Marten'],
    ['https://www.malerbetrieb-lena-marten.example/', 'Malerbetrieb Lena Marten'],
  ])('%s titled "%s"', (url, title) => {
    expect(foundAt(url, 'DE')(site(title, new URL(url).hostname.replace(/^www\./, '').replace('.github.io', '.example')), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    // the site's name does not spell the person's
    ['https://www.wendell-holz.example/', 'Tischlerei Lena Marten'],
    // a place named after its patron, not its owner
    ['https://www.hotel-maria-theresia.example/', 'Hotel Maria Theresia'],
    ['https://www.apotheke-lena-marten.example/', 'Apotheke Lena Marten'],
    // no trade's word before the two words: a firm's brand
    ['https://www.wendell-marten.example/', 'Wendell Marten'],
  ])('not at %s titled "%s"', (url, title) => {
    expect(foundAt(url, 'DE')(site(title, new URL(url).hostname.replace(/^www\./, '')), 'DE', 'name')).toEqual([]);
  });

  it("not on a page of the site that is no home, contact or about page (a product's or a news page's title names anyone)", () => {
    expect(foundAt('https://www.tischlerei-lena-marten.example/blog/2024/neue-werkbank', 'DE')(site('Tischlerei Lena Marten'), 'DE', 'name')).toEqual([]);
  });
});

describe("a club's single contact card: its post alone over its holder's name and address", () => {
  const ch = foundAt('https://www.wendell-fwv.example/', 'CH');
  const club = (card: string): string =>
    '<!doctype html><html><head><title>Feuerwehrverein Wendelfingen</title></head><body><header><nav><a href="#verein">Verein</a> <a href="#kontakt">Kontakt</a></nav></header>' +
    '<main><h3>Kontaktinformationen</h3><div><p>Adresse</p><p>Feuerwehrverein Wendelfingen<br>Wendelgasse<br>4999 Wendelfingen</p></div>' +
    `<div><p>E-Mail</p><p>kontakt@wendell-fwv.example</p></div><div>${card}</div></main><footer>© 2025 Feuerwehrverein Wendelfingen</footer></body></html>`;

  it.each([
    ['<p>Aktuar</p><p>Lena Marten<br>Wendelweg 7<br>4999 Wendelfingen</p>'],
    ['<p>Kassierin</p><p>Lena Marten<br>Tel. 061 555 12 34</p>'],
    ['<p>Präsident:</p><p>Lena Marten</p><p>praesident@wendell-fwv.example</p>'],
  ])('%s', (card) => {
    expect(ch(club(card), 'CH', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    // no address, number or mailbox under the name: a menu's or a list's lines
    ['<p>Aktuar</p><p>Lena Marten</p><p>Unser Verein lädt ein</p>'],
    // an office's word over a place, not a board's post over its holder
    ['<p>Head Office</p><p>Victoria Quay</p><p>12 Wendell Road</p>'],
    // a post inside a sentence, not alone on its line
    ['<p>Unser neuer Aktuar ist gewählt</p><p>Lena Marten<br>Wendelweg 7</p>'],
  ])('not %s', (card) => {
    expect(ch(club(card), 'CH', 'name')).toEqual([]);
  });
});

describe('the site\'s own mailbox in its "reply-to" meta tag', () => {
  const shop = (meta: string, url = 'https://www.wendell-weine.example/wein/rotwein/'): string[] =>
    foundAt(url, 'DE')(
      `<!doctype html><html><head><title>Wendell Weine</title>${meta}</head><body><header><a href="/">Wendell Weine</a><a href="/warenkorb">Warenkorb</a></header>` +
        '<main><h1>Rotwein</h1><p>Unsere Rotweine.</p></main><footer><p>Wendell Weine, Wendelweg 3, 10115 Berlin</p><p><a href="tel:+49305550123">030 5550123</a></p><p>© 2025 Wendell Weine</p></footer></body></html>',
      'DE',
      'email',
    );

  it.each([['<meta name="reply to" content="info@wendell-weine.example">'], ['<meta name="reply-to" content="Wendell Weine <info@wendell-weine.example>">']])('%s', (meta) => {
    expect(shop(meta)).toEqual(['email info@wendell-weine.example']);
  });

  it("not a mailbox at another domain (the web agency's), nor another meta tag's", () => {
    expect(shop('<meta name="reply-to" content="support@wendell-agentur.example">')).toEqual([]);
    expect(shop('<meta name="description" content="Fragen? info@wendell-weine.example">')).toEqual([]);
  });
});

describe('a mailbox whose local part is a label\'s word ("kontakt@…", "kontakt" a seller label)', () => {
  const de = foundAt('https://www.wendell-fwv.example/kontakt', 'DE');

  it.each([['<p>E-Mail</p><p>kontakt@wendell-fwv.example</p>'], ['<p>Schreiben Sie an kontakt@wendell-fwv.example</p>'], ['<p>Contact@wendell-fwv.example</p>']])(
    'gives the mailbox, and no handle: %s',
    (body) => {
      const found = de(`<!doctype html><html><body><main>${body}</main></body></html>`);
      expect(found.filter((f) => f.startsWith('nickname'))).toEqual([]);
      expect(found.filter((f) => f.startsWith('email'))).toHaveLength(1);
    },
  );

  it('a handle after the label and its colon is still a handle', () => {
    expect(de('<!doctype html><html><body><main><p>Kontakt: @lena_marten</p></main></body></html>', 'DE', 'nickname')).toEqual(['nickname lena_marten']);
  });
});
