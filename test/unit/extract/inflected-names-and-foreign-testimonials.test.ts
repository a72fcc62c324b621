/**
 * From the 107th sealed round's pages: a translator's own site lists what her clients wrote,
 * each text in its own block and each signer under it, in blocks marked in Polish
 * ("referencjeOpis1", "referencjePodpis1"); the texts name her in the accusative after an
 * honorific ("Dziękujemy Pani Lenie", "Gorąco polecamy Panią Lenę Marten"). The signers are her clients, and the inflected form is
 * no one's name. With the cases an adversary would bring: the same blocks in other languages,
 * marks that only look alike, the owner named in the references and elsewhere, and names whose
 * own form has the letters. Every name, number and domain here is invented (wendell-* domains,
 * 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell-tlumacz.example/', 'PL');

/** An own site's page: an introduction signed by the owner, a block of references, a contact line. */
const site = (references: string, intro = 'Do usłyszenia! Lena Marten'): string =>
  '<!doctype html><html><head><title>Lena Marten - tłumacz</title></head><body>' +
  '<header><nav><a href="/">Start</a> <a href="/kontakt">Kontakt</a></nav></header>' +
  `<main><h1>Lena Marten</h1><p>Tłumaczenia z języka szwedzkiego. ${intro}</p>` +
  `<h2>Opinie klientów</h2><div class="refs">${references}</div>` +
  '<p>Kontakt: tel. 600 555 123, biuro@wendell-tlumacz.example</p></main><footer>© 2024</footer></body></html>';

/** Three signed references, in blocks whose marks are `text(i)` and `author(i)`. */
const signed = (text: (i: number) => string, author: (i: number) => string): string =>
  [
    ['Pani Lena Marten przetłumaczyła nasz katalog w tydzień.', 'Anna Berg', 'kierownik sklepu'],
    ['Pani Lena Marten zna słownictwo techniczne.', 'Oskar Lindqvist', 'właściciel, Wendell Boats'],
    ['Rozmowy z Panią Leną były bardzo miłe.', 'Kamal Reilly', 'Wendell Sp. z o.o.'],
  ]
    .map(([body, who, post], i) => `<div class="${text(i + 1)}"><p>${body}</p></div><div class="${author(i + 1)}"><p>${who}</p><p>${post}</p></div>`)
    .join('');

describe('a name in the accusative or instrumental', () => {
  it.each([
    ['Gorąco polecamy Panią Lenę Marten każdej firmie.'],
    ['Rozmawiałem z panią Leną Marten o umowie.'],
    ['Znam Panią Lenę Martenową od lat.'],
    ['Pracowałam z Panią Leną Martenówną w biurze.'],
    ['Dziękuję Pani Lenie, a pozdrawiam Panią Lenę Marten.'],
  ])('is no name: %s', (text) => {
    const html = `<!doctype html><html><body><main><p>${text}</p><p>Kontakt: tel. 600 555 123</p></main></body></html>`;
    expect(found(html, 'PL', 'name').filter((n) => /[ąę]\b|[ąę] /u.test(n))).toEqual([]);
  });

  it('while the nominative of the same person is still found', () => {
    const html =
      '<!doctype html><html><body><main><p>Gorąco polecamy Panią Lenę Marten.</p>' +
      '<p>Pani Lena Marten prowadzi biuro.</p><p>Kontakt: tel. 600 555 123</p></main></body></html>';
    expect(found(html, 'PL', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    ['Pan Łukasz Śliwa prowadzi biuro.', 'name łukasz śliwa'],
    ['Pani Ewa Dąbrowska prowadzi biuro.', 'name ewa dąbrowska'],
    ['Pan Jan Mięsowicz prowadzi biuro.', 'name jan mięsowicz'],
  ])('and letters ą and ę inside a name are no inflection: %s', (text, expected) => {
    const html = `<!doctype html><html><body><main><p>${text}</p><p>Kontakt: tel. 600 555 123</p></main></body></html>`;
    expect(found(html, 'PL', 'name')).toEqual([expected]);
  });
});

describe('references and testimonials marked in the languages of the markets', () => {
  it.each([
    ['referencjeOpis', 'referencjePodpis'],
    ['referenzen-text-', 'referenzen-autor-'],
    ['kundenstimmen item-', 'kundenstimmen author-'],
    ['temoignages-texte t', 'temoignages-auteur a'],
    ['témoignage c', 'témoignage s'],
    ['testimonios-cuerpo x', 'testimonios-firma y'],
    ['depoimentos d', 'depoimentos n'],
    ['getuigenissen g', 'getuigenissen n'],
    ['opinieTresc', 'opinieKto'],
    ['recensioni_testo t', 'recensioni_autore a'],
    ['kundenmeinungen k', 'kundenmeinungen n'],
    ['omdömen o', 'omdömen n'],
  ])('give no signer as a name: %s / %s', (text, author) => {
    const html = site(signed((i) => `${text}${i}`, (i) => `${author}${i}`));
    expect(found(html, 'PL', 'name')).toEqual(['name lena marten']);
  });

  it('and keep the owner, whom the references name and the page names elsewhere', () => {
    const html = site(signed((i) => `referencjeOpis${i}`, (i) => `referencjePodpis${i}`));
    expect(found(html, 'PL')).toEqual(['email biuro@wendell-tlumacz.example', 'name lena marten', 'phone +48600555123']);
  });

  it('and a number or a mailbox the page gives only inside the references is a client\'s', () => {
    const refs =
      signed((i) => `referencjeOpis${i}`, (i) => `referencjePodpis${i}`) +
      '<div class="referencjePodpis4"><p>Kontakt do mnie: tel. 600 555 987</p></div>';
    expect(found(site(refs), 'PL', 'phone')).toEqual(['phone +48600555123']);
  });

  it.each([
    ['referenceNumber r', 'referenceNumber a'],
    ['erfahrung e', 'erfahrung a'],
    ['preferencje p', 'preferencje a'],
    ['opinion-leaders o', 'opinion-leaders a'],
  ])('while marks that only look alike mark nothing: %s / %s', (text, author) => {
    // The same blocks under unrelated marks: the signers' lines read as before (a list of people with their posts).
    const html = site(signed((i) => `${text}${i}`, (i) => `${author}${i}`));
    const plain = site(signed((i) => `box-${i}`, (i) => `who-${i}`));
    expect(found(html, 'PL', 'name')).toEqual(found(plain, 'PL', 'name'));
    expect(found(plain, 'PL', 'name')).toContain('name anna berg');
  });
});
