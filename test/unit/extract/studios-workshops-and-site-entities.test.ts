/**
 * From the 132nd sealed round (found after its scoring: locksmiths, tattoo studios, upholsterers and
 * saddlers, pharmacies): a website's main entity in its schema.org data, local businesses typed as a
 * salon or a parlour, a mail link whose text shows a template's leftover mailbox, a Spanish web
 * credit, team grids with rarer given names, a title and a self-introduction naming the same person,
 * a publication director without a colon, a footer's signature with the family name in capitals, a
 * copyright line naming the firm and its owner of the same family. With the cases an adversary would
 * bring. Every name, number, address and domain here is invented (wendell-* domains, 555 numbers;
 * "Qorvan" and "Wendeline" are words no list of names holds).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const html = (head: string, body: string, title = 'Wendell Studio'): string =>
  `<!doctype html><html><head><title>${title}</title>${head}</head><body>${body}</body></html>`;

describe("a website's main entity, and local businesses typed by what they are", () => {
  const found = foundAt('https://wendell-studio.example/', 'NO');
  const salon = (type: string, extra: Record<string, unknown> = {}) => ({
    '@type': type,
    name: 'wendell studio',
    url: 'https://wendell-studio.example',
    telephone: '+4791555010',
    email: 'post@wendell-studio.example',
    founder: { '@type': 'Person', name: 'Lena Marten' },
    ...extra,
  });
  const body = '<h1>Wendell Studio</h1><p>Brows and lashes, Tuesday to Saturday.</p>';

  it("reads a WebSite's mainEntity as the same node at the top: the salon's number, its own mailbox and its founder", () => {
    const page = html(ld({ '@context': 'https://schema.org', '@type': 'WebSite', url: 'https://wendell-studio.example', name: 'wendell studio', mainEntity: salon('BeautySalon') }), body);
    expect(found(page)).toEqual(['email post@wendell-studio.example', 'name lena marten', 'phone +4791555010']);
  });

  it.each([['BeautySalon'], ['TattooParlor'], ['HairSalon'], ['Optician'], ['Pharmacy']])('a %s on its own site: its own mailbox and its founder', (type) => {
    const page = html(ld({ '@context': 'https://schema.org', ...salon(type) }), body);
    expect(found(page)).toEqual(['email post@wendell-studio.example', 'name lena marten', 'phone +4791555010']);
  });

  it("not a marketplace's website whose main entity is the platform with its support desk, beside posting controls", () => {
    const platform = { '@type': 'Organization', name: 'wendell studio', url: 'https://wendell-studio.example', email: 'support@wendell-studio.example', telephone: '+4791555010' };
    const page = html(
      ld({ '@context': 'https://schema.org', '@type': 'WebSite', url: 'https://wendell-studio.example', mainEntity: platform }),
      '<header><a href="/login">Logg inn</a> <a href="/ny-annonse">Legg ut annonse</a></header><main><h1>Annonser</h1></main>',
    );
    expect(found(page, 'NO', 'email')).toEqual([]);
  });

  it("not the founder of a salon that is another site's (its url elsewhere), on a directory's page", () => {
    const page = html(ld({ '@context': 'https://schema.org', ...salon('BeautySalon', { url: 'https://wendell-other.example', email: 'post@wendell-other.example' }) }), body);
    expect(found(page, 'NO', 'name')).toEqual([]);
  });
});

describe('a mail link whose text is a template\'s leftover mailbox, and mailboxes no one holds at a free provider', () => {
  const found = foundAt('https://www.wendell-serrure.example/', 'MA');
  const page = (shown: string, extra = '') =>
    html(
      ld({ '@context': 'https://schema.org', '@type': 'LocalBusiness', name: 'Serrurier Wendell', telephone: '+212665550101', email: 'contact@wendell-serrure.example' }),
      `<ul><li><span>Téléphone :</span> <a href="tel:0665550101">0665550101</a></li><li><span>Email :</span> <a href="mailto:contact@wendell-serrure.example" class="link">${shown}</a></li></ul>${extra}`,
      'Serrurier Wendell',
    );

  it('keeps the own mailbox the link and the data give, and drops "info@gmail.com" shown as its text', () => {
    expect(found(page('info@gmail.com'))).toEqual(['email contact@wendell-serrure.example', 'phone +212665550101']);
  });

  it("keeps the own mailbox when the link's text shows words, the address given only by the link and the data", () => {
    expect(found(page('Écrivez-nous'))).toEqual(['email contact@wendell-serrure.example', 'phone +212665550101']);
  });

  it.each([['test@gmail.com'], ['info@hotmail.com'], ['kontakt@gmx.de'], ['demo@yahoo.com']])('%s is nobody\'s', (box) => {
    expect(foundAt('https://wendell-hof.example/', 'NL')(html('', `<p>Mail: ${box}</p><p>Tel: 06 55501010</p>`), 'NL', 'email')).toEqual([]);
  });

  it("an owner's own free mailbox is kept, desk words in it or not (lena.marten@, info.wendell@), and a desk at the site's own domain", () => {
    for (const box of ['lena.marten@gmail.com', 'info.wendell@gmail.com', 'contact@wendell-hof.example']) {
      expect(foundAt('https://wendell-hof.example/', 'NL')(html('', `<p>Mail: ${box}</p><p>Tel: 06 55501010</p>`), 'NL', 'email')).toEqual([`email ${box}`]);
    }
  });
});

describe('a Spanish web credit', () => {
  const found = foundAt('https://wendell-cerrajeria.example/contacto', 'EC');
  const page = (footer: string) =>
    html('', `<main><h1>Contacto</h1><p>info@wendell-cerrajeria.example</p><p>099 555 0101</p></main><footer><p>${footer}</p><p>Todos los derechos reservados.</p></footer>`);

  it.each([['Página web hecha por: Qorvan Estudio, qorvan.estudio@hotmail.com'], ['Sitio web realizado por qorvan.estudio@hotmail.com'], ['Creado por qorvan.estudio@hotmail.com']])('"%s": the maker\'s mailbox is not the firm\'s', (footer) => {
    expect(found(page(footer), 'EC', 'email')).toEqual(['email info@wendell-cerrajeria.example']);
  });

  it('not "hecho por" alone: a maker\'s own goods, with her mailbox on the line', () => {
    expect(found(page('Hecho por Lena, pedidos: lena.wendell@hotmail.com'), 'EC', 'email')).toEqual(['email info@wendell-cerrajeria.example', 'email lena.wendell@hotmail.com']);
  });
});

describe("a team's grid of names and roles", () => {
  const found = foundAt('https://wendell-tatuajes.example/', 'CL');
  const card = (name: string, role: string) => `<div class="card"><img src="a.png" alt="Artista"><div class="card-body"><h5>${name}</h5><p>${role}</p></div></div>`;
  const page = (...cards: string[]) =>
    html('', `<section id="nosotros"><h2>Nuestro Equipo</h2><div class="row">${cards.join('')}</div></section><section><h2>Encuéntranos</h2><p>+56 9 5555 0101</p></section>`, 'Wendell Tatuajes');

  it('takes a long role with a post\'s word in it, and a name whose given name no list holds beside a known family name, in a grid the known names vouch for', () => {
    const grid = page(
      card('Kamal Reilly', 'Socio fundador, tatuador de color y de línea fina'),
      card('Lena Marten', 'Acuarela y puntillismo'),
      card('Qorvan Schmidt', 'Letras y caligrafía'),
      card('Ingrid Berg', 'Perforaciones'),
    );
    expect(found(grid, 'CL', 'name')).toEqual(['name ingrid berg', 'name kamal reilly', 'name lena marten', 'name qorvan schmidt']);
  });

  it("not the office cat's card, a heading's words or a service's in the same grid", () => {
    const grid = page(
      card('Kamal Reilly', 'Tatuador'),
      card('Lena Marten', 'Acuarela y puntillismo'),
      card('Ingrid Berg', 'Perforaciones'),
      card('Katze Anna', 'Jefa de relaciones públicas'),
      card('Bonos Regalo', 'Para cumpleaños y aniversarios'),
      card('Wendeline Qorvan', 'Piercing'),
    );
    expect(found(grid, 'CL', 'name')).toEqual(['name ingrid berg', 'name kamal reilly', 'name lena marten']);
  });

  it('a person whose given name is also a word of a team heading\'s in some language ("Tim") is kept', () => {
    const grid = page(card('Tim Berg', 'Tatuador'), card('Lena Marten', 'Acuarela y puntillismo'), card('Kamal Reilly', 'Perforaciones'), card('Qorvan Schmidt', 'Letras y caligrafía'));
    expect(found(grid, 'CL', 'name')).toEqual(['name kamal reilly', 'name lena marten', 'name qorvan schmidt', 'name tim berg']);
  });

  it('not a grid of two known names and one unknown (too few to vouch for it)', () => {
    const grid = page(card('Kamal Reilly', 'Tatuador'), card('Lena Marten', 'Acuarela y puntillismo'), card('Qorvan Schmidt', 'Letras y caligrafía'));
    expect(found(grid, 'CL', 'name')).toEqual([]);
  });
});

describe("a title and a self-introduction naming the same person, though no list of names holds either word", () => {
  const intro = '<h2>Quién soy</h2><p>Mi nombre es Qorvan Wendeline, tatúo en mi estudio desde hace diez años y dibujo cada diseño a mano para quien lo lleva.</p><p>Contacto: +53 5555 0101</p>';

  it("on the site's home page: the owner", () => {
    expect(foundAt('https://wendell-ink.example/', 'CU')(html('', intro, 'Wendell Ink | Qorvan Wendeline | Tattoo | Santa Clara'), 'CU', 'name')).toEqual(['name qorvan wendeline']);
  });

  it('not without the title naming them, nor where the title names someone else, nor on a blog post\'s page', () => {
    expect(foundAt('https://wendell-ink.example/', 'CU')(html('', intro, 'Wendell Ink | Tattoo | Santa Clara'), 'CU', 'name')).toEqual([]);
    expect(foundAt('https://wendell-ink.example/', 'CU')(html('', intro, 'Wendell Ink | Wendeline Qorvan | Tattoo'), 'CU', 'name')).toEqual([]);
    expect(foundAt('https://wendell-ink.example/blog/entrevista-tatuaje', 'CU')(html('', intro, 'Entrevista | Qorvan Wendeline | Tattoo'), 'CU', 'name')).toEqual([]);
  });
});

describe("a legal notice's publication director, on the same line without a colon", () => {
  const found = foundAt('https://www.wendell-sellerie.example/mentions-legales', 'FR');
  const page = (line: string) =>
    html(
      '',
      `<h1>Mentions Légales</h1><h3>Propriétaire</h3><ul><li>Société Wendell Sellerie</li><li>SAS au capital de 1 000 €</li><li>${line}</li></ul><h3>Contactez-nous</h3><p>atelier@wendell-sellerie.example</p><p>07 55 55 01 01</p>`,
      'Mentions légales | Wendell Sellerie',
    );

  it('names them', () => {
    expect(found(page('Directeur de la publication Lena Marten'), 'FR', 'name')).toEqual(['name lena marten']);
    expect(found(page('Directrice de publication Ingrid Berg'), 'FR', 'name')).toEqual(['name ingrid berg']);
  });

  it('not the words that follow the label when they are no name', () => {
    expect(found(page('Directeur de la publication et de la rédaction'), 'FR', 'name')).toEqual([]);
  });

  it('a saddler\'s firm named "Sellerie" and a known given name is no person ("Kamal Sellerie" in the title at kamalsellerie.example)', () => {
    const firm = html(
      '',
      '<nav><a href="/">Accueil</a> <a href="/contact">Contact</a></nav><main><h1>Mentions Légales</h1><p>Société Kamal Sellerie</p></main><footer><p>Contactez-nous</p><p>atelier@kamalsellerie.example</p><p>07 55 55 01 01</p></footer>',
      'Mentions légales du site internet kamalsellerie.example | Kamal Sellerie',
    );
    expect(foundAt('https://www.kamalsellerie.example/mentions-legales', 'FR')(firm, 'FR', 'name')).toEqual([]);
  });
});

describe("a footer's signature line, the family name in capitals", () => {
  const found = foundAt('https://wendell-ebeniste.example/', 'FR');
  const page = (footer: string) =>
    html('', `<nav><a href="/">ACCUEIL</a> <a href="/contact">CONTACT</a></nav><main><h1>Atelier</h1><p>Meubles sur mesure et restauration de sièges anciens.</p></main><footer><p>${footer}</p><p>© 2022 -</p></footer>`, 'Wendell Ebeniste');

  it("makes the site its owner's: the name, number and mailbox", () => {
    expect(found(page('Lena MARTEN - BRETAGNE - 0655501010 - lena.marten@wendell-mail.example'))).toEqual([
      'email lena.marten@wendell-mail.example',
      'name lena marten',
      'phone +33655501010',
    ]);
  });

  it("not a firm's name in capitals, nor a line with no number", () => {
    expect(found(page('Wendell SARL - BRETAGNE - 0655501010 - atelier@wendell-mail.example'), 'FR', 'name')).toEqual([]);
    expect(found(page('Lena MARTEN - BRETAGNE - lena.marten@wendell-mail.example'), 'FR', 'name')).toEqual([]);
  });
});

describe('a copyright line naming the firm and its owner of the same family', () => {
  const found = foundAt('https://raumausstattung-wendell.example/kontakt.html', 'DE');
  const page = (copyright: string) =>
    html(
      '',
      `<header><a href="index.html"><strong>Raumausstattung Wendell</strong></a><nav><a href="kontakt.html">Kontakt</a></nav></header><main><h1>Kontakt</h1><div><strong>Telefon</strong><a href="tel:+49305550101">030 5550101</a></div></main><footer><ul><li><a href="mailto:raumausstattung-wendell@web.de">raumausstattung-wendell@web.de</a></li></ul><p>${copyright}</p></footer>`,
      'Kontakt | Raumausstattung Wendell',
    );

  it('the owner', () => {
    expect(found(page('&copy; 2026 Raumausstattung Wendell, Lena Wendell'), 'DE', 'name')).toEqual(['name lena wendell']);
  });

  it("not a person of another family, nor a web designer's credit after the firm", () => {
    expect(found(page('&copy; 2026 Raumausstattung Wendell, Lena Marten'), 'DE', 'name')).toEqual([]);
    expect(found(page('&copy; 2026 Raumausstattung Wendell | Webdesign Lena Wendell'), 'DE', 'name')).toEqual([]);
  });
});
