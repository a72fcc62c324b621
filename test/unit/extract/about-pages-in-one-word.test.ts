/**
 * From the 131st sealed round (found after its scoring): a small business's "about us" page whose
 * address writes the words joined or as one word ("/quemsomos.html", "/chisiamo.php", "/sobre",
 * "/nosotros", "/a-propos"), with its own mailbox and numbers in the text, was not read as the
 * site's own page, and all its contacts were dropped as a platform's. With the cases an adversary
 * would bring. Every name, number, address and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const about = (extra = ''): string =>
  '<!doctype html><html><head><title>Wendell Fotografia</title></head><body><div class="main-wrap"><h1>Sobre nós</h1>' +
  '<p>Fotos de família e de eventos desde 2010.</p>' +
  `<p>Fale conosco: <b>contato@wendell-foto.example</b> · <b>(11) 95550-2599</b></p>${extra}</div></body></html>`;

describe("a small business's about page, its path's words joined", () => {
  it.each([['/quemsomos.html'], ['/quem-somos'], ['/sobre'], ['/nosotros.html'], ['/chisiamo.php'], ['/a-propos']])('%s: its mailbox and number are its own', (path) => {
    expect(foundAt(`https://www.wendell-foto.example${path}`, 'BR')(about(), 'BR')).toEqual(['email contato@wendell-foto.example', 'phone +5511955502599']);
  });

  it('not a page whose path only begins with such a word ("/sobremesa"), nor an article\'s ("/blog/sobre-o-mercado-de-fotos")', () => {
    for (const path of ['/sobremesa.html', '/blog/sobre-o-mercado-de-fotos']) {
      expect(foundAt(`https://www.wendell-foto.example${path}`, 'BR')(about(), 'BR')).toEqual([]);
    }
  });

  it("a marketplace's about page (it offers to post an ad): its desk's mailbox and number stay the platform's", () => {
    const html = about('<p><a href="/anunciar">Anuncie grátis</a> <a href="/entrar">Entrar</a> <a href="/cadastro">Cadastre-se</a></p>');
    expect(foundAt('https://www.wendell-foto.example/sobre', 'BR')(html, 'BR')).toEqual([]);
  });
});
