/**
 * From the 137th sealed round (found after its scoring: collectors' shops, gunsmiths, translators,
 * mobile services, floor layers and plasterers, used-vehicle sellers): the site maker's mailbox
 * that a credit names, the maker's block under "Konzept, Realisierung & Hosting", a post's word
 * before an imprint's representative, a French company's "Dirigeant", a film "directed by" its
 * director, translators' offices named after them and a German imprint's "Anbieterin". With the
 * cases an adversary would bring. Every name, number, address and domain here is invented
 * (wendell-* and qorvan domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const html = (body: string, title = 'Wendell'): string => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe("the site maker's mailbox, which a credit names", () => {
  const found = foundAt('https://www.wendell-platrerie.example/mentions-legales', 'FR');
  const notice = (credit: string, publisher: string) =>
    html(
      `<main><h1>Mentions légales</h1><p>Wendell Plâtrerie, 12 rue des Lilas, 69000 Lyon. Tél. 04 55 50 10 10. Courriel : <a href="mailto:contact@wendell-platrerie.example">contact@wendell-platrerie.example</a></p>` +
        `<h2>Éditeur du site</h2><p>${publisher}</p></main><footer><p>© Wendell Plâtrerie — ${credit}</p></footer>`,
    );

  it('"Site propulsé par Qorvan": its mailbox on the publisher\'s line is the maker\'s', () => {
    const body = notice('Site propulsé par qorvan', 'Le présent site est édité par la société Qorvan Web, Lyon. Contact : <a href="mailto:contact@qorvan.example">contact@qorvan.example</a>');
    expect(found(body, 'FR', 'email')).toEqual(['email contact@wendell-platrerie.example']);
  });

  it('"Made by QORVAN" the same, in capitals', () => {
    const body = notice('Made by QORVAN', 'Contact : <a href="mailto:hello@qorvan.example">hello@qorvan.example</a>');
    expect(found(body, 'FR', 'email')).toEqual(['email contact@wendell-platrerie.example']);
  });

  it("not a mailbox at another domain than the credited name's, nor the site's own where it credits itself", () => {
    const other = notice('Site propulsé par qorvan', 'Contact : <a href="mailto:lena.marten@wendell-mail.example">lena.marten@wendell-mail.example</a>');
    expect(found(other, 'FR', 'email')).toContain('email lena.marten@wendell-mail.example');
    const self = notice('Made by Wendell-Platrerie', 'Contact : <a href="mailto:atelier@wendell-platrerie.example">atelier@wendell-platrerie.example</a>');
    expect(found(self, 'FR', 'email')).toContain('email atelier@wendell-platrerie.example');
  });
});

describe("a credit's word in a paragraph's prose", () => {
  it('names no maker: the mailbox at the word after it is kept', () => {
    const found = foundAt('https://www.garten-qorvan.example/', 'DE');
    const prose =
      'Seit zwanzig Jahren übernehmen wir in Wendell und Umgebung Planung und Pflege, und die Gestaltung Wendell und Umgebung prägt unser Stil, vom kleinen Vorgarten bis zum großen Park, ' +
      'mit Natursteinmauern, Teichen, Staudenbeeten und Obstwiesen, und wir beraten Sie gern vor Ort über alles, was Ihr Garten im Lauf des Jahres braucht, ' +
      'damit er Ihnen lange Freude macht.';
    const body = page(`<h1>Gartenbau</h1><p>${prose}</p><p>Lena Marten</p><p>Telefon 030 5550142</p><p><a href="mailto:lena@wendell.example">lena@wendell.example</a></p>`);
    expect(found(body, 'DE', 'email')).toEqual(['email lena@wendell.example']);
  });
});

describe('the site maker\'s block under "Konzept, Realisierung & Hosting"', () => {
  it("its number, fax and mailbox are the maker's, the firm's own are kept", () => {
    const found = foundAt('https://www.wendell-kaminbau.example/impressum.html', 'DE');
    const body = page(
      '<h1>Impressum</h1><p>Wendell Kaminbau GmbH<br>Musterweg 60<br>55555 Wendell</p><p>Telefon: (030) 5550142<br>E-Mail: info@wendell-kaminbau.example</p>' +
        '<p>Konzept, Realisierung &amp; Hosting</p><p>Qorvan Internetservices<br>Katharinenweg 21<br>55556 Wendell<br>Fon: +49 30 5550199<br>Fax: +49 30 5550198<br>E-Mail: post@qorvan.example</p>',
    );
    expect(found(body, 'DE').filter((f) => !f.startsWith('name'))).toEqual(['email info@wendell-kaminbau.example', 'phone +49305550142']);
  });
});

describe("a post's word before an imprint's representative", () => {
  const found = foundAt('https://www.wendell-kaminbau.example/impressum.html', 'DE');

  it('"Vertreten durch :" / "Geschäftsführer Kamal Reilly": the person, without the post', () => {
    const body = page('<h1>Impressum</h1><p>Wendell Kaminbau GmbH<br>Musterweg 60<br>55555 Wendell</p><p>Vertreten durch :<br>Geschäftsführer Kamal Reilly</p><p>Kontakt :<br>Telefon: (030) 5550142</p>');
    expect(found(body, 'DE', 'name')).toEqual(['name kamal reilly']);
  });

  it('not a post before a firm ("Geschäftsführer Qorvan Verwaltungs GmbH")', () => {
    const body = page('<h1>Impressum</h1><p>Wendell Kaminbau GmbH &amp; Co. KG<br>Musterweg 60<br>55555 Wendell</p><p>Vertreten durch :<br>Geschäftsführer Qorvan Verwaltungs GmbH</p><p>Kontakt :<br>Telefon: (030) 5550142</p>');
    expect(found(body, 'DE', 'name')).toEqual([]);
  });
});

describe("a French company's record: \"Dirigeant\" over the director's name", () => {
  const found = foundAt('https://www.wendell-batiment.example/mentions-legales', 'FR');
  const record = (value: string) =>
    page(`<h1>Mentions légales</h1><p>Entreprise</p><p>Wendell Bâtiment</p><p>Dirigeant</p><p>${value}</p><p>Statut juridique</p><p>SAS</p><p>SIREN</p><p>981 555 014</p><p>Téléphone</p><p>04 55 50 10 10</p>`);

  it.each([['LENA MARTEN'], ['Lena Marten']])('"%s" is the director', (value) => {
    expect(found(record(value), 'FR', 'name')).toEqual(['name lena marten']);
  });

  it('not a firm under the same label', () => {
    expect(found(record('QORVAN SAS'), 'FR', 'name')).toEqual([]);
  });
});

describe('a film, a play or a series "directed by" its director', () => {
  const found = foundAt('https://wendell-traducoes.example/', 'BR');
  const about = (sentence: string) => page(`<h1>Sobre</h1><p>${sentence}</p><p>Tel. (11) 5555-0142</p>`);

  it.each([
    ['Transcrição e legendagem do documentário dirigido por Kamal Reilly.'],
    ['Legendagem pt→en + pt→es, doc. dirigido por Kamal Reilly. (2022)'],
    ['Versão em inglês do longa dirigido por Kamal Reilly e Lena Marten.'],
  ])('"%s" names no one of the business', (sentence) => {
    expect(found(about(sentence), 'BR', 'name')).toEqual([]);
  });

  it('a business "run by" its owner is still read, in Portuguese and French', () => {
    expect(found(about('O restaurante é dirigido por Kamal Reilly desde 2010.'), 'BR', 'name')).toEqual(['name kamal reilly']);
    expect(found(about('La boutique est dirigée par Kamal Reilly depuis 2010.'), 'FR', 'name')).toEqual(['name kamal reilly']);
  });
});

describe("a translator's office named after them", () => {
  it('"Lena Marten Translations" in the copyright line, beside the mailbox spelt after it, is the office: no one\'s name', () => {
    const body =
      '<main><h1>Übersetzungen</h1><p>Beglaubigte Übersetzungen.</p></main><footer><p><a href="mailto:lenamarten.translations@wendell-mail.example">lenamarten.translations@wendell-mail.example</a></p><p>© 2026 Lena Marten Translations</p></footer>';
    expect(foundAt('https://lenamartentranslations.example/', 'DE')(html(body), 'DE', 'name')).toEqual([]);
  });
});

describe('a German legal notice\'s "Anbieterin" over the provider\'s address', () => {
  it('names the provider, under a heading that is not "Impressum"', () => {
    const found = foundAt('https://wendell-translation.github.io/dolmetschen/rechtliches/', 'DE');
    const body = page('<h1>Rechtliche Angaben</h1><p>Anbieterin</p><p>Lena Marten</p><p>Musterstraße 2</p><p>80637 München</p><p>Kontakt</p><p>Telefon: +49 151 5550 1420</p>');
    expect(found(body, 'DE', 'name')).toEqual(['name lena marten']);
  });
});
