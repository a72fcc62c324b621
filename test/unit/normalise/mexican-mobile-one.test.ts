/**
 * Mexico dropped the "1" between its country code and a mobile's ten digits in 2019, but WhatsApp
 * still writes "+52 1 55…", and sites that copy its links, and people, write it so. The library's
 * metadata no longer knows the form, so the scorer dropped such labels and a customer's search or a
 * data subject's request typed so found nothing. The cases an adversary would bring: a bare run of
 * thirteen digits (an id), the form on another country's page without its "+", a digit too few or
 * too many, a number that is no valid Mexican one after the "1". All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../../lambdas/shared/normalise/phone.js';
import { foundAt, page } from '../extract/found.js';

describe('a Mexican mobile written with the old "1" after 52', () => {
  it.each([
    ['+52 1 55 5550 0142', 'MX'],
    ['+52 1 55 5550 0142', 'ES'],
    ['+521 55 5550 0142', 'US'],
    ['+5215555500142', 'DE'],
    ['0052 1 55 5550 0142', 'MX'],
    ['52 1 55 5550 0142', 'MX'],
    ['521 5555500142', 'MX'],
    ['+52 1 (55) 5550-0142', 'MX'],
    ['tel:+5215555500142', 'MX'],
  ])('%s on a %s page is the mobile without it', (raw, country) => {
    expect(normalisePhone(raw, country)).toBe('+525555500142');
  });

  it.each([
    // A bare run of thirteen digits is an id as often as a number.
    ['5215555500142', 'MX'],
    // Without its "+", "52 1 …" is the page's own plan's to read, not Mexico's.
    ['52 1 55 5550 0142', 'ES'],
    // A digit too few or too many after the "1".
    ['+52 1 55 5550 014', 'MX'],
    ['+52 1 55 5550 01423', 'MX'],
  ])('%s on a %s page is not that mobile', (raw, country) => {
    expect(normalisePhone(raw, country)).not.toBe('+525555500142');
  });

  it('ten digits that are no valid Mexican number after the "1" are none', () => {
    expect(normalisePhone('+52 1 00 0000 0000', 'MX')).toBeUndefined();
  });

  it('the form without the "1" reads as before', () => {
    expect(normalisePhone('+52 55 5550 0142', 'MX')).toBe('+525555500142');
    expect(normalisePhone('55 5550 0142', 'MX')).toBe('+525555500142');
  });
});

describe('on a page', () => {
  const found = foundAt('https://www.wendell.example/anuncio/4401937', 'MX');

  it("the seller's WhatsApp written with the old \"1\" is the mobile", () => {
    expect(found(page('<h1>Departamento en renta</h1><p>Informes por WhatsApp: +52 1 55 5550 0142</p>'), 'MX', 'phone')).toEqual(['phone +525555500142']);
  });

  it('the same mobile written both ways is one number', () => {
    const html = page('<h1>Departamento en renta</h1><p>Tel. 55 5550 0142</p><a href="tel:+5215555500142">Llamar</a>');
    expect(found(html, 'MX', 'phone')).toEqual(['phone +525555500142']);
  });
});
