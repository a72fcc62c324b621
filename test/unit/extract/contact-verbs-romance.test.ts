/**
 * Contact verbs in Spanish, Portuguese and Italian ("llamar a Marta", "falar com João", "chiedere
 * di Marco"), and names in Cyrillic where the text rules find a name (a name before its number
 * in a contact block). Written with what an adversary (a page) puts after the same verbs: an
 * agency, a button's word, a place. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.market.example/ad/4242', 'ES');
const names = (text: string, country: string): string[] => found(page(`<div class="description"><p>${text}</p></div>`), country, 'name');

describe('a name after a contact verb in Spanish, Portuguese and Italian', () => {
  it.each([
    ['Spanish', 'Para visitas llamar a Marta al 612 345 678.', 'ES', ['name marta']],
    ['Argentine Spanish', 'Consultas: preguntá por Julián, de lunes a viernes.', 'AR', ['name julián']],
    ['Portuguese', 'Para mais informações falar com João Pereira pelo 912 345 678.', 'PT', ['name joão pereira']],
    ['Italian', 'Per informazioni chiedere di Marco, tel. 333 1234567.', 'IT', ['name marco']],
  ])('%s', (_, text, country, want) => {
    expect(names(text, country)).toEqual(want);
  });

  it.each([
    ['an agency', 'Para visitas contactar con Inmobiliaria Soler.', 'ES'],
    ['a word written with a capital', 'Para más datos llamar a Consultar.', 'ES'],
    ['an office', 'Para la visita hablar con Administración Central.', 'ES'],
    ['an Italian agency', 'Per la visita chiedere di Agenzia Rossi.', 'IT'],
  ])('%s after the verb is no name', (_, text, country) => {
    expect(names(text, country)).toEqual([]);
  });
});

describe('a Cyrillic name before its number in a contact block', () => {
  it('is read after a phone label, as a Latin one is', () => {
    const html = page('<div class="contacts"><p>Телефон:</p><p>Ольга +7 916 123-45-67</p></div>');
    expect(found(html, 'RU', 'name')).toEqual(['name ольга']);
  });

  it('a city before a number is no name', () => {
    const html = page('<div class="contacts"><p>Телефон:</p><p>Москва +7 916 123-45-67</p></div>');
    expect(found(html, 'RU', 'name')).toEqual([]);
  });
});

describe('a date printed as JavaScript prints it, under a phone label', () => {
  it('"Sun Jan 21 2024 04:00:29 GMT+0200" is no name and number', () => {
    const html = page('<div class="contacts"><p>Телефон:</p><p>Sun Jan 21 2024 04:00:29 GMT+0200 (Eastern European Standard Time)</p></div>');
    expect(found(html, 'UA', 'name')).toEqual([]);
  });
});

describe('phone labels in Cyrillic, Greek, Hebrew and Arabic', () => {
  it.each([
    ['Russian', 'Телефон: 9161234567', 'RU', 'phone +79161234567'],
    ['Greek', 'Τηλ. 2101234567', 'GR', 'phone +302101234567'],
    ['Hebrew', 'טלפון 031234567', 'IL', 'phone +97231234567'],
  ])('%s: a bare run of digits after the label is a phone', (_, text, country, want) => {
    expect(found(page(`<p>${text}</p>`), country, 'phone')).toEqual([want]);
  });

  it('the same bare run without a label is an id, not a phone', () => {
    expect(found(page('<p>Объявление 9161234567</p>'), 'RU', 'phone')).toEqual([]);
    expect(found(page('<p>Αγγελία 2101234567</p>'), 'GR', 'phone')).toEqual([]);
  });
});

describe('Spanish and Portuguese phone labels', () => {
  it.each([
    ['"Teléfono:"', 'Teléfono: 3101234567', 'CO', 'phone +573101234567'],
    ['"Celular"', 'Celular 3101234567', 'CO', 'phone +573101234567'],
    ['"Cel." glued to the number at the end of an address', 'Calle 5 # 10-20, Tunja. Cel:3101234567', 'CO', 'phone +573101234567'],
    ['"Móvil"', 'Móvil 612345678', 'ES', 'phone +34612345678'],
    ['"Tfno."', 'Tfno. 912345678', 'ES', 'phone +34912345678'],
    ['"Fono"', 'Fono: 221234567', 'CL', 'phone +56221234567'],
    ['"Telemóvel"', 'Telemóvel 912345678', 'PT', 'phone +351912345678'],
  ])('%s makes a bare run of digits a phone', (_, text, country, want) => {
    expect(found(page(`<p>${text}</p>`), country, 'phone')).toEqual([want]);
  });

  it.each([
    ['a price', 'Precio 3101234567', 'CO'],
    ['an ad code', 'Código 912345678', 'ES'],
  ])('%s before the same run is no phone label', (_, text, country) => {
    expect(found(page(`<p>${text}</p>`), country, 'phone')).toEqual([]);
  });
});
