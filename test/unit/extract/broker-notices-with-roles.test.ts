/**
 * Found on a sealed round's Argentinian property result page: a broker's notice in capitals with
 * the broker's firm and role between the name and the licence, and a phone's label in capitals
 * after it ("<NAME> NEGOCIOS INMOBILIARIOS CORREDOR INMOBILIARIO CUCICBA MATRICULA N° <n> TELÉFONO
 * …"): the role and the firm are skipped back to the name, and a word in capitals after the
 * licence's number is no car plate's letters ("matrícula 1234 BCD"). The cases an adversary would
 * bring: a firm's own name before its role, a plate after "matrícula", and a licence alone. All
 * values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell.example/aviso/50142.html', 'AR');
const ad = (text: string): string => `<html><body><main><h1>Departamento</h1><div class="description"><p>${text}</p></div></main></body></html>`;

describe("a broker's notice", () => {
  it.each([
    ['CONSULTAS Y VISITAS KAMAL REILLY NEGOCIOS INMOBILIARIOS CORREDOR INMOBILIARIO CUCICBA MATRICULA N° 3122 TELÉFONO 11'],
    ['KAMAL REILLY CUCICBA MATRICULA N° 3122 TELÉFONO 11'],
    ['Kamal Reilly Corredor Inmobiliario CUCICBA 3122.'],
  ])('%s', (text) => {
    expect(found(ad(text), 'AR', 'name')).toEqual(['name kamal reilly']);
  });

  it.each([['Wendell Propiedades Corredor Inmobiliario CUCICBA 1234'], ['Corredor Inmobiliario CUCICBA. Matricula 1516'], ['Seat Ibiza 2015, matrícula 1234 BCD, ITV al día']])(
    '%s names no one',
    (text) => {
      expect(found(ad(text), 'AR', 'name')).toEqual([]);
    },
  );
});
