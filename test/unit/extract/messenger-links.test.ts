/**
 * Sellers in Latin America, Africa and Asia give their number as a WhatsApp or Viber link
 * (`wa.me/<number>`, `api.whatsapp.com/send?phone=<number>`, also in a button's `value`). Written
 * with what an adversary (a page) brings: share links with no number, a look-alike host, a
 * number too short for any plan, and a site that routes every card's WhatsApp link to its own
 * number. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.market.example/ad/4242', 'MX');
const phones = (body: string, country = 'MX'): string[] => found(page(body), country, 'phone');

describe('chat links to a number', () => {
  it.each([
    ['wa.me', '<a href="https://wa.me/525548213907">WhatsApp</a>'],
    ['api.whatsapp.com, the text after the number', '<a href="https://api.whatsapp.com/send?phone=525548213907&text=Hola">Escríbeme</a>'],
    ['web.whatsapp.com, the number after the text', '<a href="https://web.whatsapp.com/send?text=Hola&phone=525548213907">WhatsApp</a>'],
    ['the app’s scheme', '<a href="whatsapp://send?phone=+525548213907">WhatsApp</a>'],
    ['Viber', '<a href="viber://chat?number=%2B525548213907">Viber</a>'],
    ['a button’s value', '<button value="https://api.whatsapp.com/send?phone=+525548213907&text=Hola">WhatsApp</button>'],
    ['a Mexican mobile with the "1" WhatsApp links still carry', '<a href="https://wa.me/5215548213907">WhatsApp</a>'],
  ])('%s', (_, body) => {
    expect(phones(body)).toEqual(['phone +525548213907']);
  });

  it('every card’s own number on a result page', () => {
    const cards = ['525548213907', '525512904471', '523312345678'].map((n) => `<div class="card"><button value="https://api.whatsapp.com/send?phone=+${n}">WhatsApp</button></div>`).join('');
    expect(phones(cards)).toEqual(['phone +523312345678', 'phone +525512904471', 'phone +525548213907']);
  });

  it.each([
    ['a share link', '<a href="https://wa.me/?text=Mira%20este%20anuncio%20https%3A%2F%2Fwww.market.example%2Fad%2F4242">Compartir</a>'],
    ['a share link by the API', '<a href="https://api.whatsapp.com/send?text=https://www.market.example/ad/4242">Compartir</a>'],
    ['a number too short for any plan', '<a href="https://wa.me/12345">WhatsApp</a>'],
    ['a look-alike host', '<a href="https://wa.me.example.com/525548213907">WhatsApp</a>'],
  ])('%s gives no phone', (_, body) => {
    expect(phones(body)).toEqual([]);
  });

  it('a site’s own number in every card’s link is not a seller’s, while a card’s own number is', () => {
    const routed = (i: number): string => `<div class="card"><a href="https://api.whatsapp.com/send?phone=971529704911&amp;text=Reference%3A+dc-${i}">WhatsApp</a><span data-dealer-phone="+97143334455"></span></div>`;
    const html = [1, 2, 3, 4].map(routed).join('') + '<div class="card"><a href="https://wa.me/971501234567">WhatsApp</a></div>';
    expect(phones(html, 'AE')).toEqual(['phone +97143334455', 'phone +971501234567']);
  });
});
