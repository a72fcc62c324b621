/**
 * Found on a sealed round's pages. A result page's list of streets to search by ("Rua <given name>
 * <family name>", "Avenida …"), links in headings like a grid of people's cards, gave two streets
 * named after people as persons. And an agency's contact name "<firm> S.C", its legal form
 * without the last dot, was read as a person's. A street's type opens no one's name; a dotted
 * legal form is one without its last dot too. The cases an adversary would bring: family names
 * that are street words too ("Estrada", "Alameda"), the Swedish "Calle", initials that look like a
 * legal form, and a people's grid beside the streets. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.wendell-casas.example/busca/?cidade=wendelstadt', 'BR');
/** A carousel of the most searched streets, five links in headings per slide, as the round's page had. */
const carousel = (slides: string[][]): string =>
  `<!doctype html><html><body><main><h1>Flats in Wendelstadt</h1><p>120 results</p></main><section><h3>Most searched streets in Wendelstadt</h3><div class="carousel" role="list">${slides
    .map((s) => `<div class="slide" role="listitem"><ul>${s.map((n) => `<li><h4><a href="/busca/${n.toLowerCase().replace(/[^a-z]+/g, '-')}/" target="_blank">${n}</a></h4></li>`).join('')}</ul></div>`)
    .join('')}</div></section></body></html>`;

describe("a street's type opens no name", () => {
  it('a carousel of streets named after people gives no name', () => {
    const slides = [
      ['Rua Santa Ana', 'Rua Lena da Berg', 'Avenida Kamal Berg de Lima', 'Rua Ingrid Reilly', 'Rua Kamal de Marten'],
      ['Rua Lucía Reilly', 'Avenida Ana Berg', 'Rua Jardim Novo', 'Rua Davide Lima Berg', 'Travessa Anna Marten'],
      ['Rua Kamal Reilly', 'Rua São Davide', 'Rua Ana Lima', 'Av. Marten Berg', 'Rua Lena Marten'],
    ];
    expect(found(carousel(slides), 'BR', 'name')).toEqual([]);
  });

  it.each(['Rue Lena Marten', 'Avenue Anna Berg', 'Ulica Anna Berg', 'Boulevard Lena Marten', 'Carrer Ana Lima'])('%s is no seller', (street) => {
    expect(found(page(`<p>Ana's flat, near ${street}.</p>`) + nextData({ ad: { id: 7, seller: { name: street } } }), 'BR', 'name')).toEqual([]);
  });

  it.each([
    ['Ana Estrada', 'name ana estrada'],
    ['Lucía Alameda', 'name lucía alameda'],
    ['Calle Berg', 'name calle berg'],
    ['Ana Lima', 'name ana lima'],
  ])('%s is still a name', (name, want) => {
    expect(found(page('<p>Flat</p>') + nextData({ ad: { id: 7, seller: { name } } }), 'BR', 'name')).toEqual([want]);
  });
});

describe('a dotted legal form without its last dot', () => {
  it.each(['Wendell S.C', 'Qorvan S.L', 'Qorvan S.R.L', 'Wendell S.A'])('%s is a firm', (name) => {
    expect(found(page('<p>Flat</p>') + nextData({ realEstate: { id: 7, contactName: name, phone: '+34 612 555 014' } }), 'ES', 'name')).toEqual([]);
  });

  it.each(['Lena Marten', 'Ana S. Lima', 'J.R. Berg'])('%s is still a name', (name) => {
    expect(found(page('<p>Flat</p>') + nextData({ realEstate: { id: 7, contactName: name, phone: '+34 612 555 014' } }), 'ES', 'name')).toHaveLength(1);
  });
});
