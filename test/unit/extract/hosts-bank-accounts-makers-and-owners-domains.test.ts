/**
 * From the 124th sealed round (found after its scoring): a legal notice's web host laid out as a
 * table (its country's name in two words, "Téléphone" alone over the number, a street's short
 * number); a bank account's number under its Czech, Polish or Dutch name; a web designer's credit set
 * in an element of its own before the mail link; a copyright line naming a brand that the site's name
 * spells; a legal notice generator's lines for the site's maker and its data protection officer; an
 * owner introducing themselves in Italian, Spanish or Portuguese; and a trade's word and its owner's
 * name as the title where the site's name spells the family name. With the cases an adversary would bring. Every name, number, address and domain
 * here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("a legal notice's web host, laid out as a table", () => {
  const fr = foundAt('https://www.wendell-logiciel.example/legal', 'FR');
  const row = (label: string, value: string): string => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
  const page = (country: string): string =>
    '<!doctype html><html><body><main><h1>Mentions légales</h1><section><h2>Éditeur</h2><p>Wendell SAS, 5 rue des Lilas, 75011 Paris</p><p>Contact : <a href="mailto:contact@wendell-logiciel.example">contact@wendell-logiciel.example</a></p></section>' +
    `<section><h2>Hébergeur</h2><table><tbody>${row('Société', 'Qorvan Hosting B.V.')}${row('Adresse', `Wendellstraat 55<br>1012 AB Amsterdam<br>${country}`)}${row('Téléphone', '+31 20 555 0142')}${row('Web', '<a href="https://www.qorvan-hosting.example">www.qorvan-hosting.example</a>')}</tbody></table></section>` +
    '<section><h2>Crédits</h2><p>Tous droits réservés.</p></section></main></body></html>';

  it.each([['Pays-Bas'], ['Netherlands'], ['Nederland']])("not the host's number (%s)", (country) => {
    expect(fr(page(country), 'FR', 'phone')).toEqual([]);
  });

  it("the publisher's own mailbox stays", () => {
    expect(fr(page('Pays-Bas'), 'FR', 'email')).toEqual(['email contact@wendell-logiciel.example']);
  });

  it("a number of the business's own after the host's block stays", () => {
    const html = page('Pays-Bas').replace('<section><h2>Crédits', '<section><h2>Contact</h2><p>Téléphone : 01 55 55 01 42</p></section><section><h2>Crédits');
    expect(fr(html, 'FR', 'phone')).toEqual(['phone +33155550142']);
  });
});

describe("a bank account's number under its name", () => {
  const cz = foundAt('https://www.wendell-spolek.example/kontakt', 'CZ');

  it.each([
    ['CZ', 'Číslo účtu: 555 123 456/0300'],
    ['PL', 'Numer rachunku: 55 1020 5555 0000 1234 5678 9012'],
    ['NL', 'Rekeningnummer: 555 123 456'],
  ])('%s: %s', (cc, line) => {
    const html = `<!doctype html><html><body><main><h1>Kontakt</h1><p>Telefon: 731 555 123</p><p>${line}</p></main></body></html>`;
    expect(cz(html, cc, 'phone').filter((f) => !f.endsWith('731555123'))).toEqual([]);
  });

  it('the number beside it stays', () => {
    const html = '<!doctype html><html><body><main><h1>Kontakt</h1><p>Telefon: 731 555 123</p><p>Číslo účtu: 555 123 456/0300</p></main></body></html>';
    expect(cz(html, 'CZ', 'phone')).toEqual(['phone +420731555123']);
  });
});

describe("a web designer's credit in an element of its own before the mail link", () => {
  const be = foundAt('https://www.wendell-atelier.example/galerij', 'BE');
  const page = (credit: string): string =>
    '<!doctype html><html><body><header><a href="/">Home</a> <a href="/contact">Contact</a></header><main><h2>Galerij</h2><p>Aquarellen en tekeningen.</p></main>' +
    `<footer><div><span>Atelier Wendell</span><address>Wendelstraat 3, 9999 Wendelgem</address><a href="mailto:info@wendell-atelier.example">info@wendell-atelier.example</a></div><div class="credits">${credit} <a href="mailto:%6b%61%6d%61%6c.%72%65%69%6c%6c%79@proton.me">Kamal Reilly</a></div></footer></body></html>`;

  it.each([['<span>Design &amp; Development:</span>'], ['<span>Design en ontwikkeling:</span>'], ['<strong>Webdesign:</strong>']])('%s', (credit) => {
    const found = be(page(credit), 'BE');
    expect(found.filter((f) => f.startsWith('email'))).toEqual(['email info@wendell-atelier.example']);
    expect(found.filter((f) => f.startsWith('name'))).toEqual([]);
  });

  it('a contact link after a contact label stays', () => {
    expect(be(page('<span>Contact:</span>'), 'BE', 'email')).toContain('email kamal.reilly@proton.me');
  });
});

describe("a copyright line naming a brand that the site's own name spells", () => {
  // Tried and dropped: the site's name spelling the holder's whole name as the only vouch for an
  // unknown family name. A guest house's or a shop's brand opens with a given name as often.
  const site = (url: string, line: string): string[] =>
    foundAt(url, 'FR')(
      `<!doctype html><html><head><title>${line}</title></head><body><header><h1>${line}</h1></header>` +
        `<main><p>Chambres d'hôtes.</p><p><a href="tel:+33655512345">06 55 51 23 45</a></p></main><footer><p>© 2024 ${line}</p></footer></body></html>`,
      'FR',
      'name',
    );

  it.each([
    ['https://bellavista.example/', 'Bella Vista'],
    ['https://wendellatelier.example/', 'Wendell Atelier'],
    ['https://wendellatelier.example/', 'WENDELL ATELIER'],
  ])('not %s © %s', (url, line) => {
    expect(site(url, line)).toEqual([]);
  });
});

describe("a legal notice generator's lines for the site's maker and its data protection officer", () => {
  const fr = foundAt('https://www.wendell-soins.example/legal.php', 'FR');
  const page = (lines: string): string =>
    `<!doctype html><html><body><main><h1>Mentions légales</h1><p>Propriétaire : Lena Marten - Wendell Soins - 5 rue des Lilas, 64000 Pau</p><p>Contact : contact@wendell-soins.example</p>${lines}<p>Hébergeur : Qorvan - 2 rue Wendell, 75002 Paris</p></main></body></html>`;

  it('neither the maker nor the officer, nor the maker again as the publication\'s manager', () => {
    const found = fr(
      page(
        '<p>Créateur : Kamal Reilly</p><p>Responsable publication : Kamal Reilly – kamal.reilly@proton.me</p><p>Webmaster : Kamal Reilly – kamal.reilly@proton.me</p><p>Délégué à la protection des données : Anna Berg – anna.berg@proton.me</p>',
      ),
      'FR',
    );
    expect(found.filter((f) => f.startsWith('email'))).toEqual(['email contact@wendell-soins.example']);
    expect(found.filter((f) => f.startsWith('name'))).toEqual(['name lena marten']);
  });

  it("the publication's manager with a mailbox of their own stays", () => {
    const found = fr(page('<p>Webmaster : Kamal Reilly – kamal.reilly@proton.me</p><p>Responsable publication : Lena Marten – lena.marten@proton.me</p>'), 'FR', 'email');
    expect(found).toEqual(['email contact@wendell-soins.example', 'email lena.marten@proton.me']);
  });
});

describe('an owner introducing themselves in Italian, Spanish or Portuguese, a name of three words too', () => {
  it.each([
    ['IT', 'Buongiorno! Sono Lena Marten, nutrizionista a Torino.', 'name lena marten'],
    ['ES', 'Hola, soy Kamal Reilly, fisioterapeuta en Madrid.', 'name kamal reilly'],
    ['PT', 'Olá, sou Anna Berg e ajudo pequenas empresas.', 'name anna berg'],
    ['IT', 'Buongiorno, sono Lena Marten Berg e lavoro come personal trainer.', 'name lena marten berg'],
  ])('%s: %s', (cc, sentence, want) => {
    const html = `<!doctype html><html><body><main><p>${sentence}</p></main></body></html>`;
    expect(foundAt('https://www.wendell-nutri.example/', cc)(html, cc, 'name')).toEqual([want]);
  });

  it('not a verb before capitalised words that are no name', () => {
    const html = '<!doctype html><html><body><main><p>I negozi sono Aperti la domenica. Sono Disponibili tre camere.</p></main></body></html>';
    expect(foundAt('https://www.wendell-nutri.example/', 'IT')(html, 'IT', 'name')).toEqual([]);
  });
});

describe("a trade's word and its owner's name as the title, the site's name spelling the family name", () => {
  const site = (url: string, title: string): string[] =>
    foundAt(url, 'DE')(
      `<!doctype html><html><head><title>${title} – Wendelstadt</title></head><body><main><p>Wendelweg 8<br>D-12345 Wendelstadt<br>Telefon +49 (0) 30 / 555 01 42</p><p>E-Mail info@${new URL(url).hostname.replace(/^www\./, '')}</p></main></body></html>`,
      'DE',
      'name',
    );

  it('the owner', () => {
    expect(site('http://www.marten-maler.example/', 'Malerfachbetrieb Lena Marten')).toEqual(['name lena marten']);
  });

  it("not where the site's name spells another family, nor a given name the lists do not know", () => {
    expect(site('http://www.wendell-maler.example/', 'Malerfachbetrieb Lena Marten')).toEqual([]);
    expect(site('http://www.marten-maler.example/', 'Malerfachbetrieb Qorvan Marten')).toEqual([]);
  });
});
