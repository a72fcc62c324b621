/**
 * From the 58th sealed round (found after its scoring): a Chilean dealer's own site whose only
 * line is its chat widget's, in the widget's settings at the page's foot ("<div class='joinchat'
 * data-settings='{"telephone": …}'>"), and whose menu offers its workshop ("Servicio Técnico")
 * beside its offer to buy your car ("Véndenos tu Auto"). A dealer's departments in Spanish and
 * Portuguese say the site is the dealer's own, and its chrome's widget settings give its line, as
 * its chat links do; on a marketplace the same widget is the platform's. Every number is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const widget = (phone: string): string =>
  `<div class="joinchat joinchat--right" data-settings='{"telephone":"${phone}","mobile_only":false,"button_delay":3,"message_send":"Hola"}'><div class="joinchat__button"></div></div>`;
const site = (menu: string, footer = '', after = ''): string =>
  `<!doctype html><html><body><header><a href="/">Automotora Ejemplo</a><nav>${menu}</nav></header>` +
  '<main><h1>Kia Sonet EX 1.5 AUT 2023</h1><p>Precio $ 14.990.000. Crédito hasta 48 cuotas.</p></main>' +
  `<footer><p>Av. Ejemplo 1234, La Serena</p>${footer}<p>© 2024 Automotora Ejemplo</p></footer>${after}</body></html>`;
const DEALER_ES = '<a href="https://www.automotora.example/servicio-tecnico/">Servicio Técnico</a><a href="#">Véndenos tu Auto</a>';

describe('a chat widget\'s settings at the foot of the page', () => {
  const found = foundAt('https://www.seminuevos.automotora.example/auto/kia-sonet-ex', 'CL');

  it('give a dealer\'s own site its line', () => {
    expect(found(site(DEALER_ES, '', widget('56987654321')), 'CL', 'phone')).toEqual(['phone +56987654321']);
  });

  it.each([
    ['a marketplace\'s (posting control and log-in)', '<a href="/publicar">Publica tu aviso</a><a href="/login">Ingresar</a><a href="/vende">Vende tu auto</a>'],
    ['a page with no sign of whose site it is', '<a href="/autos">Autos</a><a href="/contacto">Contacto</a>'],
  ])('not on %s', (_what, menu) => {
    expect(found(site(menu, '', widget('56987654321')), 'CL', 'phone')).toEqual([]);
  });
});

describe('a dealer\'s departments in Spanish and Portuguese', () => {
  it.each([
    ['CL', 'https://www.automotora.example/auto/1', DEALER_ES, '<p>Teléfono: +56 51 223 4567</p>', 'phone +56512234567'],
    ['MX', 'https://www.agencia.example/seminuevos/1', '<a href="/citas">Agenda tu servicio</a><a href="/compra">Compramos tu auto</a>', '<p>Tel. 33 3123 4567</p>', 'phone +523331234567'],
    ['BR', 'https://www.concessionaria.example/seminovos/1', '<a href="/revisao">Agende sua revisão</a><a href="/avaliacao">Avalie seu carro</a>', '<p>Telefone: (11) 3456-7890</p>', 'phone +551134567890'],
  ])('make the site the dealer\'s own: its footer line (%s)', (country, url, menu, footer, want) => {
    expect(foundAt(url, country)(site(menu, footer), country, 'phone')).toEqual([want]);
  });

  it.each([
    ['a workshop alone', '<a href="/servicio-tecnico">Servicio Técnico</a>'],
    ['an offer to buy alone', '<a href="#">Véndenos tu Auto</a>'],
    ['a marketplace\'s sell control beside a workshop', '<a href="/servicio-tecnico">Servicio Técnico</a><a href="/publicar">Vende tu auto</a><a href="/login">Ingresar</a>'],
  ])('not %s', (_what, menu) => {
    expect(foundAt('https://www.autos.example/auto/1', 'CL')(site(menu, '<p>Teléfono: +56 51 223 4567</p>'), 'CL', 'phone')).toEqual([]);
  });
});
