/**
 * From the 109th sealed round's pages: a legal notice whose host's paragraph gives the host's line;
 * a publisher named under a numbered heading ("2. Directeur de la publication" / the name); an
 * imprint's owner under a firm's trade compound ("Gartenpflege …"); a freelancer's title that names him
 * over his own header; a team page's posts written as "Teamleitung …"; two call links side by side
 * whose texts run together; a label's element glued to the mailbox after it; an Argentine mobile
 * read in its two spellings; and an Indian dealer's registration numbers. With the cases an
 * adversary would bring. Every name, number and domain here is invented (wendell-* domains, 555
 * numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("a legal notice's host", () => {
  const fr = foundAt('https://www.wendell-agence.example/mentions-legales', 'FR');
  const notice = (host: string): string =>
    '<!doctype html><html><body><main><h1>Mentions légales</h1><p>1. Éditeur<br>Wendell Agence, 4 rue des Tilleuls 69001 Lyon</p>' +
    '<p>2. Directeur de la publication<br>Lena Marten<br>Téléphone : 06 55 48 20 11<br>Email : contact@wendell-agence.example</p>' +
    `<p>${host}</p><p>4. Crédits<br>Photos : Wendell Studio.</p></main></body></html>`;

  it.each([
    '3. Hébergement<br>Wendell Cloud SAS<br>8 rue Wendell, 75011 Paris<br>09 55 20 41 07',
    '3. Hébergeur : Wendell Cloud SAS, 8 rue Wendell, 75011 Paris, tél. 09 55 20 41 07',
  ])('gives the host\'s line, no one\'s: %s', (host) => {
    expect(fr(notice(host), 'FR', 'phone')).toEqual(['phone +33655482011']);
  });

  it('names the publisher under the numbered heading', () => {
    expect(fr(notice(''), 'FR', 'name')).toEqual(['name lena marten']);
  });

  it('and after the label without its article', () => {
    const html = '<!doctype html><html><body><main><h1>Mentions légales</h1><p>Responsable de publication : Lena Marten</p><p>Téléphone : 06 55 48 20 11</p></main></body></html>';
    expect(fr(html, 'FR', 'name')).toEqual(['name lena marten']);
  });

  it("but the site's own line under its own heading after the host's is the site's", () => {
    const host = '3. Hébergement<br>Wendell Cloud SAS, Paris<br>Contact : Lena Marten<br>07 55 20 30 40';
    expect(fr(notice(host), 'FR', 'phone')).toEqual(['phone +33655482011', 'phone +33755203040']);
  });

  it("nor is a web agency's service of that name a host's paragraph", () => {
    const gb = foundAt('https://www.wendell-web.example/services', 'GB');
    const html = '<!doctype html><html><body><main><h1>Services</h1><h2>Hosting and care plans</h2><p>We keep your site fast and safe.</p><p>Ask us: 020 7946 0142</p></main></body></html>';
    expect(gb(html, 'GB', 'phone')).toEqual(['phone +442079460142']);
  });

  it('and a number the page also gives elsewhere stays', () => {
    const host = '3. Hébergement<br>Nous hébergeons le site nous-mêmes.<br>06 55 48 20 11';
    expect(fr(notice(host), 'FR', 'phone')).toEqual(['phone +33655482011']);
  });
});

describe("an imprint's owner after a strong label and its colon", () => {
  const de = foundAt('https://www.wendell-garten.example/impressum.html', 'DE');
  const imprint = (line: string): string =>
    `<!doctype html><html><body><main><h1>Impressum</h1><p>Angaben gemäß § 5 DDG</p><p>Gartenpflege Wendell<br>${line}<br>Musterweg 23<br>10115 Berlin</p><p>Telefon: +49 170 5550419</p></main></body></html>`;

  it('is named, and the firm\'s trade compound over it is no name', () => {
    expect(de(imprint('Inhaberin: Lena Marten'), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    ['a firm', 'Inhaber: Wendell Gartenbau GmbH'],
    ['one word', 'Inhaber: Qorvan'],
    // The label does not vouch for a name the known names lack: "Vendedor: Concesionario Oficial".
    ['an unknown name, colon or not', 'Inhaber: Qorvan Telmi'],
    ['an unknown name without a colon', 'Inhaber Qorvan Telmi'],
  ])('but not %s', (_, line) => {
    expect(de(imprint(line), 'DE', 'name')).toEqual([]);
  });
});

describe("a one-person site's title over its own header", () => {
  const gb = foundAt('https://www.wendell-web.example/', 'GB');
  const page = (title: string, heading: string): string =>
    `<!doctype html><html><head><title>${title}</title></head><body><header><a href="/">${heading}</a><p>Web Developer</p></header>` +
    '<main><h2>Welcome</h2><p>Here you will find my projects and how to reach me.</p><p>Call 07700 900142 or write to hello@wendell-web.example</p></main></body></html>';

  it('names the owner, whose family name is no known one', () => {
    expect(gb(page('Tom Quorrel: Freelance Web Developer in Wendelton', 'Tom Quorrel'), 'GB', 'name')).toEqual(['name tom quorrel']);
  });

  it.each([
    ['the header names someone else', 'Tom Quorrel: Freelance Web Developer', 'Wendell Web'],
    ['the title opens with no given name', 'Quorrel Vexlin: Web Development', 'Quorrel Vexlin'],
  ])('but not where %s', (_, title, heading) => {
    expect(gb(page(title, heading), 'GB', 'name')).toEqual([]);
  });
});

describe("a team page's posts as German writes them without a gender", () => {
  const de = foundAt('https://www.wendell-pflege.example/team', 'DE');
  it('are posts, not names', () => {
    const people = [
      ['Lena Marten', 'Geschäftsführerin'],
      ['Kamal Reilly', 'Teamleitung Pflege'],
      ['Anna Berg', 'Teamleitung Buchhaltung'],
      ['Oskar Lindqvist', 'Projektleitung'],
    ];
    const html = `<!doctype html><html><body><main><h1>Unser Team</h1>${people.map(([n, p]) => `<h3>${n}</h3><p>${p}</p>`).join('')}<p>Telefon: 040 5550290</p></main></body></html>`;
    expect(de(html, 'DE', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten', 'name oskar lindqvist']);
  });
});

describe('two numbers with their trunk prefixes side by side', () => {
  const de = foundAt('https://www.wendell-holz.example/', 'DE');
  const links = (a: string, b: string): string =>
    `<!doctype html><html><body><main><h1>Holzbau</h1><p>Rufen Sie an:</p><p><a href="/kontakt">${a}</a><a href="/kontakt">${b}</a></p></main></body></html>`;

  it('are two numbers', () => {
    expect(de(links('02841 555260 ', '0157 555 31 208'), 'DE', 'phone')).toEqual(['phone +4915755531208', 'phone +492841555260']);
  });

  it('nor does a list of two numbers split inside its first', () => {
    expect(de('<!doctype html><html><body><main><p>Tel. 0711 555 0142 / 0711 555 0143</p></main></body></html>', 'DE', 'phone')).toEqual([
      'phone +497115550142',
      'phone +497115550143',
    ]);
  });

  it.each([
    ['0711 555 0142', 'phone +497115550142'],
    ['0800 0005 512', 'phone +498000005512'],
    ['030 5550 0123 45', 'phone +49305550012345'],
  ])('while a "0" group inside one number keeps it whole: %s', (number, expected) => {
    expect(de(`<!doctype html><html><body><main><p>Tel. ${number}</p></main></body></html>`, 'DE', 'phone')).toEqual([expected]);
  });
});

describe('a mailbox in its own element after its label', () => {
  const gb = foundAt('https://www.wendell-moves.example/contact', 'GB');
  it('is read apart from the label', () => {
    const html =
      '<!doctype html><html><body><main><h1>Contact</h1><ul><li><span class="k">Quotes desk</span><span class="v">quotes@wendell-moves.example</span></li>' +
      '<li><span class="k">Office</span><span class="v">office@wendell-moves.example</span></li><li><span>Ring us</span><span>020 7946 0531</span><span>quotes@wendell-moves.example</span></li></ul></main></body></html>';
    expect(gb(html, 'GB', 'email')).toEqual(['email office@wendell-moves.example', 'email quotes@wendell-moves.example']);
  });

  it('but a mailbox written in one text with a word before it is read as before', () => {
    const html = '<!doctype html><html><body><main><p>Write to quotes.office@wendell-moves.example</p></main></body></html>';
    expect(gb(html, 'GB', 'email')).toEqual(['email quotes.office@wendell-moves.example']);
  });
});

describe('an Argentine mobile in its two spellings', () => {
  const ar = foundAt('https://www.wendell-fletes.example/', 'AR');
  it('is one number, in its mobile form', () => {
    const html =
      '<!doctype html><html><body><main><h1>Fletes</h1><p>WhatsApp: <a href="https://wa.me/5491155583314">11 5558-3314</a></p><p>Teléfono: 11 5558-3314</p></main></body></html>';
    expect(ar(html, 'AR', 'phone')).toEqual(['phone +5491155583314']);
  });

  it('while a landline alone stays a landline', () => {
    const html = '<!doctype html><html><body><main><h1>Fletes</h1><p>Teléfono: 11 5558-3314</p></main></body></html>';
    expect(ar(html, 'AR', 'phone')).toEqual(['phone +541155583314']);
  });
});

describe("an Indian dealer's registration numbers", () => {
  const india = foundAt('https://www.wendell-motors.example/fancy-numbers', 'IN');
  it.each([
    ['HR 51 AB 0042', 'plate IN:HR51AB0042'],
    ['DL 3C A 0017', 'plate IN:DL3CA0017'],
    ['MH 12 DE 1433', 'plate IN:MH12DE1433'],
    ['22 BH 1234 AA', 'plate IN:22BH1234AA'],
  ])('are plates: %s', (plate, expected) => {
    expect(india(`<!doctype html><html><body><main><h1>Fancy numbers</h1><p>For sale: ${plate}</p></main></body></html>`, 'IN', 'plate')).toEqual([expected]);
  });

  it.each([['ZZ 51 AB 0042'], ['HR 51 AB 042'], ['Call 98 55 50 1234']])('but not a code no state has, a short run, or a phone: %s', (text) => {
    expect(india(`<!doctype html><html><body><main><p>${text}</p></main></body></html>`, 'IN', 'plate')).toEqual([]);
  });
});
