/**
 * Found on a sealed round's Brazilian dealer's own site: its footer gives its landline and one
 * salesperson's WhatsApp under that person's given name as the line's label ("Ana: (11) …"),
 * and no mailbox, so the site was not found to be the dealer's own and its footer was read as a
 * platform's. A given name labelling a number in the header or footer is a small business's own
 * people: a sign of its own site, and that person's name. The cases an adversary would bring: a
 * marketplace's offices labelled by town (towns people are named after too), its desks, car makes
 * people bear as names, a marketplace's posting control beside such a line. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const page = (header: string, footer: string): string =>
  `<!doctype html><html><body><header><nav><a href="/">Início</a> <a href="/estoque">Estoque</a>${header}</nav></header>` +
  `<main><h1>Seminovos</h1><div class="car"><h3>Onix 1.0 2019</h3><p>R$ 54.900</p></div></main>` +
  `<footer>${footer}<p>© 2024 Wendell Multimarcas. Todos os direitos reservados.</p></footer></body></html>`;
const dealer = foundAt('https://wendellmultimarcas.example.com.br/', 'BR');

describe("a given name as the label of a number in a site's footer", () => {
  it("reads the footer's lines and the person as the dealer's", () => {
    const footer = '<p><strong>Entre em contato</strong></p><p><b>FIXO:</b> <a href="tel:551155550142">(11) 5555-0142</a></p><p><b>Ana:</b> <a href="https://api.whatsapp.com/send?phone=5511955501420">(11) 95550-1420</a></p>';
    expect(dealer(page('', footer), 'BR')).toEqual(['name ana', 'phone +551155550142', 'phone +5511955501420']);
  });

  it('in another market: two salespeople under their given names', () => {
    const html = page('', '<p>Kontakt</p><p>Lena: 0151 55501420</p><p>Kamal: 0151 55501430</p>');
    expect(foundAt('https://www.wendell-autohaus.example.de/', 'DE')(html, 'DE')).toEqual(['name kamal', 'name lena', 'phone +4915155501420', 'phone +4915155501430']);
  });

  it.each([
    ['offices labelled by town', '<p>Nossas lojas</p><p>Salvador: (71) 5555-0142</p><p>Recife: (81) 5555-0143</p>'],
    ['desks', '<p>Suporte: (11) 5555-0142</p><p>Vendas: (11) 5555-0143</p>'],
    ['car makes people bear as names', '<p>Mercedes: (11) 5555-0142</p><p>Ford: (11) 5555-0143</p>'],
    ['a name with no number on its line', '<p>Ana:</p><p>(11) 5555-0142</p>'],
  ])('not %s', (_what, footer) => {
    expect(dealer(page('', footer), 'BR')).toEqual([]);
  });

  it("not beside a marketplace's posting control", () => {
    const footer = '<p>Ana: (11) 95550-1420</p>';
    expect(dealer(page(' <a href="/anunciar">Anuncie grátis</a>', footer), 'BR')).toEqual([]);
  });
});
