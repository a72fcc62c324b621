/**
 * A VIN a site masks in its page data is no VIN; a number a result card passes to the script
 * that opens a chat with the dealer is the dealer's; a member's name on a result card that is
 * spelt as the slug of the profile it links to is a handle. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const br = foundAt('https://www.carros.example.com.br/comprar/sao-paulo-sp/toyota/etios', 'BR');
const car = (vin: string): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'AutoDealer', name: 'Garagem Exemplo', makesOffer: { '@type': 'Offer', itemOffered: { '@type': 'Car', name: 'Etios X 1.5' }, vehicleIdentificationNumber: vin } })}</script>`;

describe('a masked VIN in page data', () => {
  it('is no VIN: five X’s or more in a row', () => {
    expect(br(page(car('XXXXXXXXX12345678')), 'BR', 'vin')).toEqual([]);
    expect(br(page(car('9BWZZZ377VTXXXXXX')), 'BR', 'vin')).toEqual([]);
  });

  it('leaves a VIN whose X’s are a maker’s fillers', () => {
    expect(br(page(car('9BWZZZ377VT004251')), 'BR', 'vin')).toEqual(['vin 9BWZZZ377VT004251']);
    expect(br(page(car('WF0XXXGCDX8R12345')), 'BR', 'vin')).toEqual(['vin WF0XXXGCDX8R12345']);
  });
});

describe('a number passed to the script that opens a chat', () => {
  const card = (onclick: string): string =>
    page(`<div class="offer-card"><h2>Toyota Etios X 1.5</h2><p>R$ 58.900</p><button onclick="${onclick}" type="button">whatsapp</button></div>`);

  it('is the card’s dealer’s, written as a number; the bare routing line and ids beside it are not', () => {
    const onclick =
      "handleDealProposalModalWhatsApp(40012345, 1, false, 'false', '/comprar/sao-paulo-sp/toyota/etios/2019/d40012345?pos=1', '(11) 98765-4321', 1, '551140040000', 'Etios X 1.5', '')";
    expect(br(card(onclick), 'BR', 'phone')).toEqual(['phone +5511987654321']);
  });

  it('in other spellings and functions named for a phone or a messenger', () => {
    const it_ = foundAt('https://www.auto.example.it/annunci/77', 'IT');
    expect(it_(card("showPhone('+39 333 123 4567')"), 'IT', 'phone')).toEqual(['phone +393331234567']);
    expect(br(card("openViber(&quot;11 98765.4322&quot;)"), 'BR', 'phone')).toEqual(['phone +5511987654322']);
  });

  it('is not taken from a call named for something else, nor as a bare run of digits', () => {
    expect(br(card("trackClick('2024-01-15', '(11) 98765-4321')"), 'BR', 'phone')).toEqual([]);
    expect(br(card("openWhatsApp('11987654321')"), 'BR', 'phone')).toEqual([]);
    expect(br(card('openWhatsApp(11987654321)'), 'BR', 'phone')).toEqual([]);
  });
});

describe("a result card's owner spelt as the profile's slug", () => {
  const fr = foundAt('https://www.fripes.example.fr/catalog?search_text=tee-shirt', 'FR');
  const card = (id: number, href: string, name: string): string =>
    `<div class="item-box" data-testid="product-item-id-${id}"><div data-testid="product-item-id-${id}--owner"><a href="${href}">` +
    `<div class="cell__body"><p data-testid="product-item-id-${id}--owner-name">${name}</p></div></a></div>` +
    `<p data-testid="product-item-id-${id}--description-title">Tee-shirt, taille M</p></div>`;

  it('is a handle, the member’s number before or after the slug', () => {
    expect(fr(page(card(1, 'https://www.fripes.example.fr/member/5550004-anna.berg', 'anna.berg')), 'FR', 'name')).toEqual([]);
    expect(fr(page(card(2, '/member/lena-moreau-5550005', 'lena-moreau')), 'FR', 'name')).toEqual([]);
    expect(fr(page(card(3, '/member/5550006-camille', 'camille')), 'FR', 'name')).toEqual([]);
  });

  it('is a name when written in words, or not as the slug', () => {
    expect(fr(page(card(4, '/member/5550007-anna-berg', 'Anna Berg')), 'FR', 'name')).toEqual(['name anna berg']);
    expect(fr(page(card(5, '/member/5550008', 'Camille')), 'FR', 'name')).toEqual(['name camille']);
  });
});
