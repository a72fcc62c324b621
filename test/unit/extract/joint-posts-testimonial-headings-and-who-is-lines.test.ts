/**
 * From the 142nd sealed round (found after its scoring: detectives and bailiffs, jewellers, local
 * politicians, dressmakers and florists, studios and coworking spaces): an imprint's holder of two
 * posts at once ("Inhaber / Geschäftsführer:"); a section headed as the site's testimonials, whose
 * signatures are customers' and partners'; a copyright line's shorter name beside the fuller one
 * the text gives; a heading that asks who the page's person is. With the cases an adversary would
 * bring. Every name, number, address and domain here is invented (wendell-* and qorvan domains,
 * 555 numbers).
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
