/**
 * A label standing alone on its line, repeated on every card of a result page ("Kontakt" above
 * each card's agent), had been read as a button's word above the cards' texts, and the agents'
 * names under it were lost. A person's name under it every time says it is a field's label.
 * Every name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const card = (title: string, under: string): string =>
  `<div class="card"><h3>${title}</h3><p>Baujahr 1970</p><div>Kontakt</div><div>${under}</div><a href="/objekt">Objekt-Homepage</a></div>`;

describe('a contact label repeated on cards', () => {
  const found = foundAt('https://www.immo-glarus.example/', 'CH');

  it('gives the agent named under it on every card', () => {
    const html = page(card('Wohnung in Glarus', 'Urs Keller') + card('Haus in Näfels', 'Urs Keller') + card('Chalet in Braunwald', 'Urs Keller'));
    expect(found(html, 'CH', 'name')).toEqual(['name urs keller']);
  });

  it('gives each card its own agent', () => {
    const html = page(card('Wohnung in Glarus', 'Urs Keller') + card('Haus in Näfels', 'Karin Meier') + card('Chalet in Braunwald', 'Urs Keller'));
    expect(found(html, 'CH', 'name')).toEqual(['name karin meier', 'name urs keller']);
  });

  it.each([
    ['the cards\' titles', ['Wohnung in Glarus', 'Haus in Näfels', 'Chalet in Braunwald']],
    ['a place under one of them', ['Urs Keller', 'Palm Beach', 'Karin Meier']],
    ['a control under one of them', ['Urs Keller', 'Zur Merkliste', 'Karin Meier']],
    ['names with no known given name', ['Glarner Immobilien', 'Linth Treuhand', 'Berg Verwaltung']],
  ])('is a button above %s', (_what, unders) => {
    const html = page(unders.map((u, i) => card(`Objekt ${i + 1}`, u)).join(''));
    expect(found(html, 'CH', 'name')).toEqual([]);
  });
});
