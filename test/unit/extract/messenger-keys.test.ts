/**
 * Sellers give a second number, or their WhatsApp or Viber number, under a numbered or a
 * messenger's key in the page's data ("phone2", "telefono_2", "whatsapp"). Written with what an
 * adversary (a page) brings: counters and ids under look-alike keys (a fax's number in the same
 * object, once left out, is the seller's too); and the ad's "customer" object (the platform's customer who placed it), with a
 * second number beside the first. WhatsApp links are in messenger-links.test.ts. All values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.market.example/ad/4242', 'MX');
const phones = (body: string, country = 'MX'): string[] => found(page(body), country, 'phone');

describe('messenger and numbered phone keys in the page data', () => {
  it.each([
    ['"whatsapp"', { whatsapp: '+52 55 4821 3907' }],
    ['"phone2"', { phone: '+52 55 1290 4471', phone2: '+52 55 4821 3907' }],
    ['"telefono_2"', { telefono_2: '55 4821 3907' }],
    // a fax line is the seller's number too
    ['"faxNumber"', { phone: '+52 55 1290 4471', faxNumber: '+52 55 4821 3907' }],
    ['a fax\'s "contactNumber"', { faxNumber: { contactNumber: '+52 55 4821 3907' } }],
  ])('%s is a phone', (_, seller) => {
    expect(phones('<p>Depto</p>' + nextData({ ad: { seller } }))).toContain('phone +525548213907');
  });

  it.each([
    ['"phone12" (no key ends in two digits)', { phone12: '+52 55 4821 3907' }],
    ['"whatsappShareCount"', { whatsappShareCount: 5548213907 }],
    ['"contactNumberOfViews"', { contactNumberOfViews: 5548213907 }],
  ])('%s is not', (_, seller) => {
    expect(phones('<p>Depto</p>' + nextData({ ad: { stats: seller } }))).toEqual([]);
  });
});

describe('the ad’s "customer" object and a second phone key', () => {
  it('"customer": {"name", "phone", "secondPhone"} names the advertiser and both numbers', () => {
    const html =
      page('<p>Cars</p>') +
      nextData({ results: { private: [{ id: 1, price: 50000, customer: { id: 7, name: 'דוד כהן', phone: '050-7654321', secondPhone: '052-3456789' } }] } });
    expect(found(html, 'IL', 'name')).toEqual(['name דוד כהן']);
    expect(found(html, 'IL', 'phone')).toEqual(['phone +972507654321', 'phone +972523456789']);
  });

  it('the visitor’s own customer account (its session’s tokens beside it) is not read', () => {
    const html = page('<p>Cars</p>') + nextData({ customer: { name: 'Kari Nordmann', phone: '+47 412 83 920', accessToken: 'eyJhbGciOi.x.y' } });
    expect(found(html, 'NO', 'name')).toEqual([]);
  });
});
