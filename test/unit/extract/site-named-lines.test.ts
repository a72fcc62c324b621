/**
 * A booking or classifieds site's own line given in the ad's text right after the site's address
 * written as its name ("contacta con Reservas-Ya.com en el número 902 …"): the platform's, as
 * its footer's is. The 27th round's vehicle set (a car-rental checkout page, scored sealed, then
 * opened) had the site's lines as its only numbers. Every page, name and number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.reservas-ya.example/coches/oferta/88123', 'ES');
const phones = (body: string) => found(page(body), 'ES', 'phone');

describe("a number right after the site's own address as a name", () => {
  it.each([
    ['in a sentence', '<p>Puedes ponerte en contacto con Reservas-Ya.example en el número 902 555 014 para cualquier aclaración.</p>'],
    ['across inline elements', '<p>Puedes ponerte en contacto con <b>Reservas-Ya.example</b> en el número <strong>902 555 014</strong> para cualquier duda.</p>'],
  ])('%s', (_what, body) => {
    expect(phones(body)).toEqual([]);
  });
});

describe('what the rule must leave', () => {
  it("the seller's number after the site's name has ended its sentence", () => {
    const body = '<p>Anuncio publicado en Reservas-Ya.example.</p><p>Llamar a Marta: 612 345 678</p>';
    expect(phones(body)).toEqual(['phone +34612345678']);
  });

  it("a number after the site's address inside a link's host or a longer word", () => {
    const body = '<p>Fotos en www.reservas-ya.example/galeria - vendedor 612 345 678</p><p>Visto en mis-reservas-ya.example, llamar 612 345 679</p>';
    expect(phones(body)).toEqual(['phone +34612345678', 'phone +34612345679']);
  });

  it("a number the seller's card carries, whatever the text says", () => {
    const body = '<div class="seller-box"><a href="tel:+34612345678">612 345 678</a></div><p>Contacta con Reservas-Ya.example en el 612 345 678.</p>';
    expect(phones(body)).toEqual(['phone +34612345678']);
  });
});
