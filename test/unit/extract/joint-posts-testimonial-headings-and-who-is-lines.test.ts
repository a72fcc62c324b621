/**
 * From the 142nd sealed round (found after its scoring: detectives and bailiffs, jewellers, local
 * politicians, dressmakers and florists, studios and coworking spaces): an imprint's holder of two
 * posts at once ("Inhaber / Geschäftsführer:"); a section headed as the site's testimonials, whose
 * signatures are customers' and partners'; a copyright line's shorter name beside the fuller one
 * the text gives; a heading that asks who the page's person is; an association's board with each
 * member's post in brackets; a page that asks the visitor to send the site a mail; a form-to-mail
 * service's address without its scheme; and, from the 139th round's pages, a team card's title of
 * two posts. With the cases an adversary would bring. Every name, number, address and domain here
 * is invented (wendell-* and qorvan domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe('an imprint\'s holder of two posts ("Inhaber / Geschäftsführer:")', () => {
  const found = foundAt('https://www.wendell-metall.example/impressum', 'DE');
  const imprint = (post: string, name: string) =>
    page(`<h1>Impressum</h1><p>Wendell Metall GmbH<br>${post} ${name}<br><br>Musterweg 5<br>55555 Wendelstadt<br>Telefon: 05555 / 55 01 42</p>`);

  it('the name after two posts joined by a slash, "und" or "&", on the post\'s line or the next', () => {
    expect(found(imprint('Inhaber / Geschäftsführer:', 'Lena Marten'), 'DE', 'name')).toEqual(['name lena marten']);
    expect(found(imprint('Inhaberin und Geschäftsführerin:', 'Anna Berg'), 'DE', 'name')).toEqual(['name anna berg']);
    expect(found(imprint('Geschäftsführer &amp; Inhaber:<br>', 'Kamal Reilly'), 'DE', 'name')).toEqual(['name kamal reilly']);
  });

  it('one post still names its holder', () => {
    expect(found(imprint('Geschäftsführer:', 'Lena Marten'), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it('not a firm after the two posts, nor a post joined to a word that is none', () => {
    expect(found(imprint('Inhaber / Geschäftsführer:', 'Qorvan Bau GmbH'), 'DE', 'name')).toEqual([]);
    expect(found(page('<p>Preise / Leitung: Wendell Metall</p><p>Telefon: 05555 / 55 01 42</p>'), 'DE', 'name')).toEqual([]);
  });
});

describe("a section headed as the site's testimonials", () => {
  const found = foundAt('https://www.wendell-cowork.example/', 'UA');
  const cards = [
    ['Лена Мартен', 'Власниця кав’ярні'],
    ['Анна Берг', 'Викладачка музики'],
    ['Олена Вендел', 'Дизайнерка'],
  ]
    .map(([name, role]) => `<div class="card"><h5>${name}<br><span>(${role})</span></h5><p>Зручне місце для роботи і зустрічей.</p></div>`)
    .join('');
  const section = (heading: string) => page(`<section><h2>${heading}</h2><div class="slider">${cards}</div></section><p>Тел.: +380 97 555 01 42</p>`);

  it('its signatures are no one the page advertises, whatever its classes say ("Відгуки", "What our clients say", "Kundenstimmen")', () => {
    expect(found(section('Відгуки'), 'UA', 'name')).toEqual([]);
    expect(found(section('What our clients say'), 'UA', 'name')).toEqual([]);
    expect(found(section('Kundenstimmen:'), 'UA', 'name')).toEqual([]);
  });

  it('the same cards under a team\'s heading are the firm\'s people', () => {
    expect(found(section('Наша команда'), 'UA', 'name')).toEqual(['name анна берг', 'name лена мартен', 'name олена вендел']);
  });

  it('a heading that only mentions reviews in a longer line, or one deeper in the section, heads no testimonials', () => {
    expect(found(section('Наша команда і відгуки наших клієнтів про нашу роботу у 2025 році'), 'UA', 'name')).toEqual(['name анна берг', 'name лена мартен', 'name олена вендел']);
    const deeper = page(`<section><p>Про нас</p><h2>Відгуки</h2><div class="slider">${cards}</div></section><p>Тел.: +380 97 555 01 42</p>`);
    expect(found(deeper, 'UA', 'name')).toEqual(['name анна берг', 'name лена мартен', 'name олена вендел']);
  });

  it('a person the page also names outside the testimonials is kept', () => {
    const html = section('Відгуки').replace('</main>', '<p>Директор: Анна Берг</p><p>E-mail: info@wendell-cowork.example</p></main>');
    expect(found(html, 'UA', 'name')).toEqual(['name анна берг']);
  });
});

describe("a copyright line's name beside the fuller one the text gives", () => {
  const found = foundAt('https://lenamarten.example/', 'IT');
  const site = (intro: string) =>
    `<html><head><title>Lena Marten</title></head><body><main><h2>Chi sono</h2><p>${intro}</p></main><footer><p>Scrivimi: lenamarten@gmail.com</p><p>© 2025 Lena Marten</p></footer></body></html>`;

  it('is the same person, named once by the fuller name', () => {
    expect(found(site('Mi chiamo Lena Marten Wendt, sono nata a Wendel.'), 'IT', 'name')).toEqual(['name lena marten wendt']);
  });

  it('not where the text\'s longer name ends with a trade\'s word, nor where the text gives no longer name', () => {
    expect(found(site('Mi chiamo Lena Marten, sono nata a Wendel.'), 'IT', 'name')).toEqual(['name lena marten']);
    expect(found(site('Lena Marten Immobilien vende case a Wendel.'), 'IT', 'name')).toContain('name lena marten');
  });
});

describe('a heading that asks who the page\'s person is', () => {
  const found = foundAt('https://www.wendell-sindaco.example/', 'IT');
  const about = (heading: string) => page(`<h2>${heading}</h2><p>Architetta, vive a Wendel da vent’anni.</p>`);

  it('"Chi è …", "Who is …?", "Wer ist …:", "Quem é …:" name the person', () => {
    expect(found(about('Chi è Davide Marten Berg'), 'IT', 'name')).toEqual(['name davide marten berg']);
    expect(found(about('Who is Lena Marten?'), 'IT', 'name')).toEqual(['name lena marten']);
    expect(found(about('Wer ist Anna Berg:'), 'IT', 'name')).toEqual(['name anna berg']);
    expect(found(about('Quem é Anna Kowalczyk:'), 'IT', 'name')).toEqual(['name anna kowalczyk']);
  });

  it("not a list's or a firm's name, nor the question inside a sentence", () => {
    expect(found(about('Chi è Anna Costruzioni'), 'IT', 'name')).toEqual([]);
    expect(found(about('Who is Kamal Realty?'), 'IT', 'name')).toEqual([]);
    expect(found(page('<p>Ci siamo chiesti chi è Davide Marten davvero, e abbiamo votato.</p>'), 'IT', 'name')).toEqual([]);
  });
});

describe("an association's board in its imprint, each member's post in brackets", () => {
  const found = foundAt('https://www.wendell-werkstatt.example/impressum', 'DE');
  const board = (lines: string[]) => page(`<h1>Impressum</h1><p>Wendell Werkstatt e.V.<br>Musterweg 5<br>55555 Wendelstadt</p><p>Vertreten durch:<br>${lines.join('<br>')}</p><p>E-Mail: info@wendell-werkstatt.example</p>`);

  it('"Lena Marten (Vorstand)", "Kamal Reilly (Kassenwart)", "Anna Berg (Schriftführerin)": each a member', () => {
    expect(found(board(['Lena Marten (Vorstand)', 'Kamal Reilly (Kassenwart)', 'Anna Berg (Schriftführerin)']), 'DE', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten']);
  });

  it('not a body in the brackets\' place, nor a post with a firm beside it (a testimonial\'s signature)', () => {
    expect(found(board(['Wendell Gruppe (Vorstand)']), 'DE', 'name')).toEqual([]);
    expect(found(page('<p>„Immer gern wieder.“</p><p>Lena Marten (Vorstand, Wendell GmbH)</p>'), 'DE', 'name')).toEqual([]);
  });
});

describe('a page that asks the visitor to send the site a mail', () => {
  const found = foundAt('https://www.wendell-cowork.example/corsi.html', 'IT');
  const course = (before: string) =>
    page(`<h1>Corso di fotografia</h1><p>12 ore, 250 €.</p><p>${before} <a href="mailto:corsi@wendell-cowork.example?subject=Corso">corsi@wendell-cowork.example</a> con i propri recapiti.</p>`);

  it('"Inviare una email a …", "Send an email to …", "Senden Sie uns eine E-Mail an …": the site\'s own mailbox, on any of its pages', () => {
    expect(found(course('Per iscriversi inviare una email a'), 'IT', 'email')).toEqual(['email corsi@wendell-cowork.example']);
    expect(found(course('For the details, send an email to'), 'IT', 'email')).toEqual(['email corsi@wendell-cowork.example']);
    expect(found(course('Zur Anmeldung senden Sie uns eine E-Mail an'), 'IT', 'email')).toEqual(['email corsi@wendell-cowork.example']);
  });

  it('not after a bare label on a page other than its contact page, nor a desk\'s mailbox on a marketplace', () => {
    expect(found(course('Per iscriversi:'), 'IT', 'email')).toEqual([]);
    const market = `<!doctype html><html><body><header><a href="/login">Accedi</a> <a href="/annunci/nuovo">Pubblica annuncio</a></header><main><h1>Bici da corsa</h1><p>Per segnalare un problema inviare una email a <a href="mailto:assistenza@wendell-mercato.example">assistenza@wendell-mercato.example</a>.</p></main></body></html>`;
    expect(foundAt('https://www.wendell-mercato.example/annuncio/555', 'IT')(market, 'IT', 'email')).toEqual([]);
  });
});

describe("a form-to-mail service's address written without its scheme", () => {
  const found = foundAt('https://www.wendell-cowork.example/', 'MX');
  const form = (action: string) => page(`<h2>Contacto</h2><form action="${action}" method="POST"><input name="email"><button>Enviar</button></form>`);

  it('"//formspree.io/…@…" names the mailbox the form sends to, as "https://formspree.io/…@…" does', () => {
    expect(found(form('//formspree.io/wendell.cowork@gmail.com'), 'MX', 'email')).toEqual(['email wendell.cowork@gmail.com']);
    expect(found(form('https://formspree.io/wendell.cowork@gmail.com'), 'MX', 'email')).toEqual(['email wendell.cowork@gmail.com']);
  });

  it('not a form id, nor the service\'s name inside another site\'s path', () => {
    expect(found(form('//formspree.io/f/xqkzwend'), 'MX', 'email')).toEqual([]);
    expect(found(form('//wendell-forms.example/formspree.io/wendell.cowork@gmail.com'), 'MX', 'email')).toEqual([]);
  });
});

describe("a team card's title of two posts joined, longer than one post's", () => {
  const found = foundAt('https://www.wendell-praxis.example/', 'DE');
  const card = (title: string) => page(`<h2>Unser Team</h2><h3>Anna Berg</h3><p>${title}</p><p>Examen 2018</p><p>Telefon: 05555 55 01 42</p>`);

  it('"Ergotherapeutin & Fachberaterin für Frühförderung" (52 characters) is the title under the name', () => {
    expect(found(card('Ergotherapeutin &amp; Fachberaterin für Frühförderung'), 'DE', 'name')).toEqual(['name anna berg']);
  });

  it('not a sentence with a post\'s word in it, nor a line longer than a title', () => {
    expect(found(card('Wir suchen eine Ergotherapeutin für unsere Praxis'), 'DE', 'name')).toEqual([]);
    expect(found(card('Ergotherapeutin &amp; Fachberaterin für Frühförderung und Neurologie'), 'DE', 'name')).toEqual([]);
  });
});
