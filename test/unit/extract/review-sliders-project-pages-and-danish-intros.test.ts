/**
 * From the 135th sealed round (found after its scoring: driving schools, musicians, leisure venues,
 * locksmiths, potters and craftspeople): a French site's block of reviews ("avis") whose
 * reviewers' avatars give "Lena M.", a project site's root on GitHub's or GitLab's pages as its home
 * page, a Danish or Norwegian self-introduction. With the cases an adversary would bring. Every
 * name, number, address and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const html = (body: string, title = 'Wendell Serrurerie'): string => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('a block of reviews marked in the languages of the markets', () => {
  const found = foundAt('https://www.wendell-serrurerie.example/', 'FR');
  const review = (name: string) =>
    `<div class="carte"><div class="auteur"><span class="portrait"><img class="avatar" src="/img/clients/${name.charAt(0)}.jpg" alt="${name}"></span><b>${name}</b></div><p>Très bon travail, merci.</p></div>`;

  it.each([['avis-clients'], ['opinioni-clienti'], ['resenas'], ['avaliacoes']])('"%s": its reviewers\' avatars give no name', (mark) => {
    const page = html(`<main><h1>Serrurier</h1><p>Tél. 06 55 50 10 10</p><div class="${mark}">${review('Lena M.')}${review('Kamal R.')}${review('Ingrid B.')}</div></main>`);
    expect(found(page, 'FR', 'name')).toEqual([]);
  });

  it("the owner's avatar outside such a block still names them", () => {
    const page = html('<main><div class="profile"><img class="avatar" src="/img/equipe/lena.jpg" alt="Lena Marten"><p>Tél. 06 55 50 10 10</p></div></main>');
    expect(found(page, 'FR', 'name')).toEqual(['name lena marten']);
  });
});

describe("a project site's root on GitHub's or GitLab's pages is its home page", () => {
  const page = html('<header><a href="./">Atelier Lena Marten</a></header><main><p>Atelier</p><p>Lena Marten</p><p>Bols, tasses et vases de saison.</p><p>atelier.lena@wendell-mail.example</p></main>', 'Atelier Lena Marten — Grès et porcelaine');

  it("the owner the title names after the workshop's word, as on the site's own domain", () => {
    for (const url of ['https://wendell-pottery.github.io/studio-lena/', 'https://wendell-pottery.gitlab.io/studio-lena/index.html', 'https://www.atelier-wendell.example/']) {
      expect(foundAt(url, 'FR')(page, 'FR', 'name'), url).toEqual(['name lena marten']);
    }
  });

  it("not an article's page in the project's folder, nor a user site's page at its root", () => {
    for (const url of ['https://wendell-pottery.github.io/studio-lena/blog/nouvelle-collection.html', 'https://wendell-pottery.github.io/boutique-en-ligne.html']) {
      expect(foundAt(url, 'FR')(page, 'FR', 'name'), url).toEqual([]);
    }
  });
});

describe('a Danish or Norwegian self-introduction', () => {
  it.each([
    ['DK', 'Mit navn er Lena Marten og jeg laver smykker på bestilling.'],
    ['NO', 'Mitt navn er Lena Marten, og jeg smir smykker på bestilling.'],
  ])('%s: names the owner', (country, text) => {
    const found = foundAt('https://www.wendell-guld.example/hvem', country);
    expect(found(html(`<main><h2>Hvem er jeg</h2><p>${text}</p><p>Tlf. 55 50 10 10</p></main>`, 'Om'), country, 'name')).toEqual(['name lena marten']);
  });

  it('not a name the list of known names does not hold after the phrase', () => {
    const found = foundAt('https://www.wendell-guld.example/hvem', 'DK');
    expect(found(html('<main><p>Mit navn er Qorvan Wendeline og jeg laver smykker.</p></main>', 'Om'), 'DK', 'name')).toEqual([]);
  });
});
