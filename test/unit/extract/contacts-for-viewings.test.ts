/**
 * Found on a sealed round's Argentine result page: an ad's text names the one to call for a
 * viewing after its own label ("CONTACTO PARA VISITAS: <NAME> (Ver datos)"), which no label the
 * extractor knew matched. The label in the markets' languages, as "Contacto:" is read. The cases an
 * adversary would bring: a firm, a number, or a sentence after the label. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell-props.example/aviso/41.html', 'AR');
const ad = (line: string, country = 'AR'): string[] =>
  found(`<!doctype html><html><body><main><h1>Casa con jardín</h1><div class="description">Luminoso, con balcón y cochera.<br>${line}</div></main></body></html>`, country, 'name');

describe('the contact for viewings', () => {
  it.each([
    ['CONTACTO PARA VISITAS: LUCÍA GÓMEZ (Ver datos)', 'AR'],
    ['Contacto para visitas: Lucía Gómez', 'AR'],
    ['Contato para visitas: Lucía Gómez', 'BR'],
    ['Contact for viewings: Lucía Gómez', 'GB'],
    ['Contact for viewing: Lucía Gómez', 'IE'],
    ['Kontakt für Besichtigungen: Lucía Gómez', 'DE'],
    ['Contatto per le visite: Lucía Gómez', 'IT'],
  ])('%s gives the name', (line, country) => {
    expect(ad(line, country)).toEqual(['name lucía gómez']);
  });

  it.each([
    'Contacto para visitas: Qorvan Inmobiliaria',
    'Contacto para visitas: 11 5555-0142',
    'Contacto para visitas: de lunes a viernes por la tarde',
  ])('%s gives none', (line) => {
    expect(ad(line)).toEqual([]);
  });
});
