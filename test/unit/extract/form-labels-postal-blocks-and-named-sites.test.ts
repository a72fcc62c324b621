/**
 * From the 136th sealed round (found after its scoring: vehicle dealers, owners' holiday homes,
 * caterers, midwives, celebrants, machine hire): a form's name field labelled with a person glyph, a name's typographic apostrophe, a family name
 * in capitals over its mailbox, a profession's word before the name the site is named after, a
 * Czech operator's label and a household's postal block. With the cases an adversary would bring.
 * Every name, number, address and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const html = (body: string, title = 'Wendell'): string => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe("a form's label for its name field, drawn with a person glyph", () => {
  const found = foundAt('https://wendell-patisserie.example/', 'IL');
  const form = (label: string) =>
    `<form><div class="form-group"><label for="name"><i class="fas fa-user"></i> ${label}</label><input id="name" name="name"></div><div class="form-group"><label for="phone"><i class="fas fa-phone"></i> Phone</label><input id="phone" type="tel"></div></form>`;

  it.each([['שם מלא'], ['Full Name'], ['Vor Name']])('"%s" is no one\'s name', (label) => {
    expect(found(page(`<p>Tel. 03-555-0142</p>${form(label)}`), 'IL', 'name')).toEqual([]);
  });

  it("a seller's name after the same glyph outside a label is still read", () => {
    expect(found(page('<div class="seller"><i class="fas fa-user"></i> Lena Marten</div><p>Tel. 03-555-0142</p>'), 'IL', 'name')).toEqual(['name lena marten']);
  });
});

describe("a name's typographic apostrophe", () => {
  it('is stored as the keyboard types it, so a search finds it either way', () => {
    const found = foundAt('https://www.wendell-celebrant.example/', 'NZ');
    const body = page("<h1>Wendell Celebrant</h1><p>Hi, I’m Kamal O’Reilly, a marriage celebrant.</p><p>Call 021 555 0142</p>");
    expect(found(body, 'NZ', 'name')).toEqual(["name kamal o'reilly"]);
  });
});

describe('a family name in capitals over its own mailbox', () => {
  const found = foundAt('https://wendell-cabinet.github.io/echo/index.htm', 'FR');
  const card = (name: string, mailbox: string) =>
    `<div><p>${name}</p><p>Diplôme d'État de sage-femme</p><p>Diplôme universitaire d'échographie</p><p>Échographiste attachée à l'hôpital</p><p>Membre du collège</p><p>Email : ${mailbox}</p></div>`;

  it('each of two cards names its owner', () => {
    const body = page(`<h2>Qui sommes-nous ?</h2>${card('Lena MARTEN', 'lmarten@wendell-echo.example')}${card('Ingrid BERG', 'iberg@wendell-echo.example')}`);
    expect(found(body, 'FR', 'name')).toEqual(['name ingrid berg', 'name lena marten']);
  });

  it('not a heading in capitals over a desk whose local part its word spells', () => {
    const body = page(card('Nos SERVICES', 'nservices@wendell-echo.example'));
    expect(found(body, 'FR', 'name')).toEqual([]);
  });

  it("not a name the mailbox does not spell", () => {
    const body = page(card('Lena MARTEN', 'accueil@wendell-echo.example'));
    expect(found(body, 'FR', 'name')).toEqual([]);
  });
});

describe("a profession's word before the name the site is named after", () => {
  const contact = '<main><h1>Kontakt</h1><p>Telefon</p><p>030 5550142</p><p>info@lena-marten.example</p></main>';

  it('"Hebamme Lena Marten, Berlin" at lena-marten.example names its owner', () => {
    const found = foundAt('https://www.lena-marten.example/kontakt.html', 'DE');
    expect(found(html(contact, 'Kontakt — Hebamme Lena Marten, Berlin'), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it("not at a site another name is spelt after, nor a patron's place, nor a name a given name opens before", () => {
    expect(foundAt('https://www.wendell-praxis.example/kontakt.html', 'DE')(html(contact, 'Kontakt — Hebamme Lena Marten, Berlin'), 'DE', 'name')).toEqual([]);
    const own = foundAt('https://www.lena-marten.example/kontakt.html', 'DE');
    expect(own(html(contact, 'Kontakt — Hotel Lena Marten'), 'DE', 'name')).toEqual([]);
    expect(own(html(contact, 'Kontakt — Anna Lena Marten'), 'DE', 'name')).not.toContain('name lena marten');
  });
});

describe("a midwife's or a celebrant's practice named after them", () => {
  it('"Lena Marten Celebrante" in the copyright line, beside the mailbox spelt after it, is the practice: no one\'s name', () => {
    const body =
      '<main><h1>Cerimônias de casamento</h1><p>Celebrante de casamentos em Wendell.</p></main><footer><p><a href="mailto:lenamarten.celebrante@wendell-mail.example">lenamarten.celebrante@wendell-mail.example</a></p><p>© 2026 Lena Marten Celebrante — Wendell</p></footer>';
    const names = foundAt('https://lenamartencelebrante.example/', 'BR')(html(body), 'BR', 'name');
    expect(names).toEqual([]);
  });
});

describe("a Czech, Slovak or German sole trader's operator", () => {
  const found = foundAt('https://www.wendell-kontejnery.example/kontakt.html', 'CZ');

  it.each([['Provozovatel'], ['Prevádzkovateľ'], ['Betreiberin']])('"%s: Lena Marten" names the operator', (label) => {
    expect(found(page(`<h1>Kontakt</h1><p>Tel. 606 555 142</p><p>${label}: Lena Marten. IČO 01234567.</p>`), 'CZ', 'name')).toEqual(['name lena marten']);
  });

  it('not a firm after the same label', () => {
    expect(found(page('<h1>Kontakt</h1><p>Tel. 606 555 142</p><p>Provozovatel: Wendell Kontejnery s.r.o.</p>'), 'CZ', 'name')).toEqual([]);
  });
});

describe("a Polish sole trader's firm, named after its owner", () => {
  const found = foundAt('https://www.qorvan.example/o-nas.html', 'PL');
  const line = (firm: string) => page(`<h1>Dane firmy</h1><p>Zapraszamy do współpracy.</p><p>${firm}, ul. Qorvana 4, 00-950 Wendelin</p><p>tel. 600 555 142</p>`);

  it.each([
    ['Nowakowska Ingrid Firma Handlowo-Usługowa Qorvan', 'nowakowska ingrid'],
    ['F.H.U. Ingrid Nowakowska', 'ingrid nowakowska'],
    ['PPHU Qorvan Ingrid Nowakowska', 'ingrid nowakowska'],
  ])('"%s": the owner', (firm, name) => {
    expect(found(line(firm), 'PL', 'name')).toEqual([`name ${name}`]);
  });

  it.each([['PPHU Qorvan Dach'], ['Qorvan Bud PPHU'], ['FHU QORVAN BUD'], ['Anna Lena FHU']])('"%s": no one (a firm\'s words, two given names)', (firm) => {
    expect(found(line(firm), 'PL', 'name')).toEqual([]);
  });
});

describe("a household's postal block in a page's content", () => {
  const found = foundAt('http://www.ferienhaus-wendell.example/main.html', 'DE');
  const block = (lines: string[]) => page(`<h1>Willkommen im Ferienhaus Wendell</h1><p>Unser Ferienhaus liegt ruhig am Ortsrand.</p><p>${lines.join('<br>')}</p>`);

  it.each([['Familie Kamal Reilly'], ['Famille Kamal Reilly'], ['Rodzina Kamal Reilly']])('"%s" over the street, the town and the number: the host', (name) => {
    expect(found(block([name, 'Musterweg 4a', '55555 Wendell', 'Tel.: 030/5550142', 'Email: ingridreilly@wendell-mail.example']), 'DE', 'name')).toEqual(['name kamal reilly']);
  });

  it("not a bare name's block, which a data protection officer's or a photographer's card is as often", () => {
    expect(found(block(['Kamal Reilly', 'Musterweg 4a', '55555 Wendell', 'Tel.: 030/5550142']), 'DE', 'name')).toEqual([]);
  });

  it('not a household named by its family name alone, nor a firm, nor a block without a number', () => {
    expect(found(block(['Familie Reilly', 'Musterweg 4a', '55555 Wendell', 'Tel.: 030/5550142']), 'DE', 'name')).toEqual([]);
    expect(found(block(['Wendell Ferien GmbH', 'Musterweg 4a', '55555 Wendell', 'Tel.: 030/5550142']), 'DE', 'name')).toEqual([]);
    expect(found(block(['Familie Kamal Reilly', 'Musterweg 4a', '55555 Wendell', 'Anreise ab 15 Uhr']), 'DE', 'name')).toEqual([]);
  });
});
