/**
 * From the 111th sealed round (found after its scoring): an old one-person site whose footer no
 * mark names, its last line "© <owner>, tel. …, <free mailbox>"; a kennel's footer naming its breeder
 * by role, its own business typed as a LocalBusiness with a free mailbox; a craft shop's contact
 * block that opens with the shop's trade word ("Tischlerei <owner>"); a "personal contact" label; an
 * imprint's list of a partnership's representatives; a thing's "registration certificate" and a
 * "Sign up to the newsletter", neither an account's control; and a realtors' site builder's
 * "name(at)domain(dotted)com". With the cases an adversary would bring. Every name, number, address
 * and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("a page's last copyright line, where no mark names its footer", () => {
  const pl = foundAt('https://www.wendell-konie.example/oferta.html', 'PL');
  const site = (foot: string, meta = '<meta name="author" content="Lena Marten">', middle = ''): string =>
    `<!doctype html><html><head>${meta}</head><body><div id="strona"><div id="gora"><ul><li><a href="index.html">Start</a></li><li><a href="oferta.html">Oferta</a></li></ul></div>` +
    `${middle}<h1>Oferta</h1><p>Sprzedajemy młode konie po sprawdzonych rodzicach, zaszczepione i zaczipowane.</p>` +
    `<div id="dol"><p>${foot}</p></div></div></body></html>`;
  const mailbox = '<a href="mailto:wendell.konie@gmail.com">wendell.konie@gmail.com</a>';

  it("keeps the owner's number and free mailbox on it (the mailbox's domain names no site's operator)", () => {
    expect(pl(site(`&copy; Lena Marten, tel. 555 014 612, ${mailbox}`))).toEqual(['email wendell.konie@gmail.com', 'name lena marten', 'phone +48555014612']);
  });

  it('names the owner the meta tags vouch for', () => {
    expect(pl(site(`&copy; 2024 Lena Marten | ${mailbox}`), 'PL', 'name')).toEqual(['name lena marten']);
  });

  it('not without the meta tag (a family name the lists do not know)', () => {
    expect(pl(site(`&copy; 2024 Lena Marten | ${mailbox}`, ''), 'PL', 'name')).toEqual([]);
  });

  it('not a copyright line above the content', () => {
    const above = `<p>&copy; 2024 Lena Marten | ${mailbox}</p><p>${'Każdy koń ma paszport i komplet szczepień. '.repeat(10)}</p>`;
    expect(pl(site('Kontakt przez formularz.', undefined, above), 'PL', 'name')).toEqual([]);
  });

  it("still drops a portal's own desk, whose domain its copyright line names", () => {
    const portal = foundAt('https://www.wendell-ogloszenia.example/oferta/4711', 'PL');
    const html = site('&copy; Wendell Ogloszenia Sp. z o.o., <a href="mailto:pomoc@wendell-ogloszenia.example">pomoc@wendell-ogloszenia.example</a>', '');
    expect(portal(html, 'PL', 'email')).toEqual([]);
  });
});

describe("an own site's footer naming its breeder by role", () => {
  const it_ = foundAt('https://www.wendell-cani.example/disponibili', 'IT');
  const business = (email: string): string =>
    `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': ['LocalBusiness', 'Organization'], '@id': 'https://www.wendell-cani.example/#organization', name: 'Wendellhof Kennel', url: 'https://www.wendell-cani.example/', telephone: '+39 347 555 0417', email }],
    })}</script>`;
  const site = (data: string, footer: string): string =>
    `<!doctype html><html><head>${data}</head><body><header><nav><a href="/">Home</a><a href="/disponibili">Disponibili</a></nav></header>` +
    '<main><h1>Disponibili</h1><p>Due femmine e un maschio, pronti da marzo.</p></main>' +
    `<footer><p>&copy; 2026 <strong>Wendellhof Kennel</strong></p><p>${footer}</p></footer></body></html>`;

  it("names the breeder, the business's data typing it as a local business with its free mailbox", () => {
    expect(it_(site(business('wendellhof.kennel@gmail.com'), 'Strada Wendell 3, 55555 Wendell (XX) - Breeder: Lena Marten'))).toEqual([
      'email wendellhof.kennel@gmail.com',
      'name lena marten',
      'phone +393475550417',
    ]);
  });

  it.each([
    ['Züchterin: Lena Marten', 'name lena marten'],
    ['Allevatore: Kamal Reilly', 'name kamal reilly'],
    ['Hodowca: Anna Berg', 'name anna berg'],
  ])('%s', (footer, want) => {
    expect(it_(site(business('wendellhof.kennel@gmail.com'), footer), 'IT', 'name')).toEqual([want]);
  });

  it("but not on a marketplace's page, whose footer is its own", () => {
    const market = foundAt('https://www.wendell-annunci.example/annuncio/4711', 'IT');
    const html = site('', 'Breeder: Lena Marten').replace('<nav>', '<nav><a href="/login">Accedi</a><a href="/inserisci-annuncio">Inserisci annuncio</a>');
    expect(market(html, 'IT', 'name')).toEqual([]);
  });

  it('nor a breeder in a sentence', () => {
    expect(it_(site(business('wendellhof.kennel@gmail.com'), 'Our breeder program started with Lena Marten in 2001.'), 'IT', 'name')).toEqual([]);
  });

  it("a free mailbox under an offer's seller is still that seller's, not the site's own business", () => {
    const portal = foundAt('https://www.wendell-annunci.example/annuncio/4711', 'IT');
    const data = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Cucciolo',
      offers: { '@type': 'Offer', price: 900, seller: { '@type': 'LocalBusiness', name: 'Allevamento', url: 'https://www.wendell-annunci.example/', email: 'wendellhof.kennel@gmail.com' } },
    })}</script>`;
    const html = site(data, 'Servizio clienti: <a href="mailto:aiuto@wendell-annunci.example">aiuto@wendell-annunci.example</a>').replace('<nav>', '<nav><a href="/login">Accedi</a>');
    expect(portal(html, 'IT', 'email')).toEqual(['email wendellhof.kennel@gmail.com']);
  });
});

describe("a label's part after a spaced dash", () => {
  const de = foundAt('https://www.wendell-pferde.example/verkauf', 'DE');

  it('opens a label as a bar does', () => {
    expect(de('<!doctype html><html><body><main><h1>Stute zu verkaufen</h1><p>Wendell Hof, 55555 Wendell - Verkäuferin: Lena Marten</p></main></body></html>', 'DE', 'name')).toEqual(['name lena marten']);
  });

  it('a hyphen inside a word opens none', () => {
    expect(de('<!doctype html><html><body><main><h1>Stute zu verkaufen</h1><p>Wendell-Verkäuferin Lena Marten</p></main></body></html>', 'DE', 'name')).toEqual([]);
  });
});

describe("a trade's word before the owner's name", () => {
  const de = foundAt('https://www.wendell-handwerk.example/kontakt', 'DE');
  const block = (line: string): string =>
    `<!doctype html><html><body><main><h2>Kontakt</h2><p>${line}<br>Tel. 0151 5550 123<br>Musterweg 3<br>55555 Wendell</p></main></body></html>`;

  it.each([
    ['Tischlerei Lena Marten', 'name lena marten'],
    ['Schreinerei Kamal Reilly', 'name kamal reilly'],
    ['Autohaus Anna Berg', 'name anna berg'],
  ])('"%s" is the owner', (line, want) => {
    expect(de(block(line), 'DE', 'name')).toEqual([want]);
  });

  it.each([['Bäckerei Marten'], ['Dachdeckerei Wendell']])('"%s" names no one', (line) => {
    expect(de(block(line), 'DE', 'name')).toEqual([]);
  });

  it('a given name the lists lack before a known one stays a name', () => {
    expect(de(block('Ansprechpartner: Ravindra Prakash Joshi'), 'DE', 'name')).toEqual(['name ravindra prakash joshi']);
  });
});

describe('a "personal contact" label', () => {
  const de = foundAt('https://www.wendell-handwerk.example/', 'DE');

  it.each([['Persönlicher Ansprechpartner: Kamal Reilly', 'name kamal reilly'], ['Ihre persönliche Ansprechpartnerin: Lena Marten', 'name lena marten']])('%s', (line, want) => {
    expect(de(`<!doctype html><html><body><main><h2>Wir über uns</h2><p>${line}<br>Seit 1990 im Handwerk.</p></main></body></html>`, 'DE', 'name')).toEqual([want]);
  });
});

describe("an imprint's partners, listed after their post", () => {
  const de = foundAt('https://www.wendell-partner.example/impressum', 'DE');
  const imprint = (post: string, names: string, contact = '<br>Telefon: 030 5550 187<br>E-Mail: info@wendell-partner.example'): string =>
    `<!doctype html><html><body><main><h1>Impressum</h1><p>Wendell Partner GbR<br>Musterweg 3<br>55555 Wendell${contact}</p>` +
    `<h3>${post}</h3><p>${names}</p><h3>Registergericht</h3><p>Amtsgericht Wendell</p></main></body></html>`;

  it.each([
    ['Vertretungsberechtigte Geschäftsführer', 'Lena Marten, Kamal Reilly'],
    ['Vertreten durch:', 'Lena Marten und Kamal Reilly'],
    ['Gesellschafter:', 'Lena Marten &amp; Kamal Reilly'],
  ])('%s %s: each', (post, names) => {
    expect(de(imprint(post, names), 'DE', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it('not without a contact line near (a board list in an article)', () => {
    const article = foundAt('https://www.wendell-news.example/wirtschaft/4711', 'DE');
    const html = '<!doctype html><html><body><main><h1>Neue Spitze</h1><p>Die Firma hat gewählt.</p><p>' + 'Sie wächst seit Jahren. '.repeat(12) + '</p>' +
      '<h3>Geschäftsführer:</h3><p>Lena Marten und Kamal Reilly</p><p>' + 'Der Umsatz stieg. '.repeat(12) + '</p></main></body></html>';
    expect(article(html, 'DE', 'name')).toEqual([]);
  });

  it('a firm in the list is no person', () => {
    expect(de(imprint('Vertreten durch:', 'Wendell Verwaltungs GmbH, Lena Marten'), 'DE', 'name')).toEqual(['name lena marten']);
  });
});

describe("words that are no account's control on a business's own page", () => {
  const us = foundAt('https://www.wendell-stables.example/foals/', 'US');
  const site = (content: string, nav = ''): string =>
    `<!doctype html><html><body><header><nav><a href="../">Home</a><a href="../foals/">Foals</a>${nav}</nav></header>` +
    `<main><h1>Foals for sale</h1><p>Ask about a foal: <a href="mailto:office@wendell-stables.example">office@wendell-stables.example</a></p>${content}</main>` +
    '<footer><h4>Contact</h4><ul><li>office@wendell-stables.example</li></ul><span>&copy; 2026 Wendell Stables.</span></footer></body></html>';

  it.each([
    ["a foal's registration certificate", '<h2>Every foal leaves with</h2><ul><li>Registration certificate</li><li>Passport and vaccination record</li></ul>'],
    ["a newsletter's sign-up", '<p>Sign up to the newsletter for show dates</p><input placeholder="Your email">'],
  ])('%s', (_, content) => {
    expect(us(site(content), 'US', 'email')).toEqual(['email office@wendell-stables.example']);
  });

  it('a sign-up of its own still is one', () => {
    expect(us(site('<ul><li>Registration certificate</li></ul>', '<a href="/register">Register</a>'), 'US', 'email')).toEqual([]);
  });
});

describe('a mailbox written "name(at)domain(dotted)com"', () => {
  it('is read', () => {
    const us = foundAt('https://www.wendell-homes.example/contact-us/', 'US');
    const html = '<!doctype html><html><body><main><h1>Contact</h1><p>Email: <a class="obfuscated-email" href="#">office(at)wendell-homes(dotted)example</a></p></main></body></html>';
    expect(us(html, 'US', 'email')).toEqual(['email office@wendell-homes.example']);
  });
});
