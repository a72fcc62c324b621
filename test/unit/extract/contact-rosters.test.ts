/**
 * A dealer lists its sales staff in an ad's body, each with their own number, under "Call:" or
 * "Hubungi" ("AMIR 012-738 4951", "- Cik Aina at 013…", "📞 Hafiz : 014…", "012-… Rafael"): the
 * list says each name is whoever answers the number beside it, so its names are taken without
 * the known-name list. Written with what a page brings against that: branches' and departments'
 * lists, a line alone, one number on every line, lists that name no known person, dates and
 * prices in the same shape. All names and numbers are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.cars.example.my/malaysia/cars/honda', 'MY');
/** A result page whose ads' bodies are only in its page data, as a Next.js marketplace ships them. */
const resultPage = (...bodies: string[]): string =>
  page('<h1>Honda for sale</h1>') +
  nextData({ adListing: { byID: Object.fromEntries(bodies.map((body, i) => [String(100 + i), { attributes: { subject: 'Honda City 1.5 V', body, price: 45800, listId: 100 + i, name: 'Prima Auto Sdn Bhd', companyAd: true } }])) } });
const names = (html: string, country = 'MY'): string[] => found(html, country, 'name');
const body = (...lines: string[]): string => ['Honda City 1.5 V full spec', 'No accident no flood', ...lines, 'Loan available'].join('\n');

describe('a roster of contact people', () => {
  it.each([
    ['names in capitals under "Hubungi"', body('Sila hubungi kami', 'AMIR 0127384951', 'IRFAN 0137384951', 'HAFIZ 0147384951'), ['amir', 'hafiz', 'irfan']],
    ['dashes, "at" and a Malay honorific', body('PLEASE CONTACT :-', '- Amir at 0127384951', '- Cik Aina at 0137384951'), ['aina', 'amir']],
    ['phone emoji and colons', body('CALL OUR TEAM:', '📞 Hafiz : 012-738 4951', '📞 Aina : 013-738 4951'), ['aina', 'hafiz']],
    ['the number first', body('PLEASE CALL', '* 012-7384951  Rafael', '* 013-7384951  Hafiz'), ['hafiz', 'rafael']],
    ['a name in brackets after the number', body('012-7384951 (Rafael)', '013-7384951 (Aina)'), ['aina', 'rafael']],
    ['honorifics before family names no list knows', body('Please Whatsapp', 'Mr Yap 0127384951', 'MR SIEW 0137384951'), ['siew', 'yap']],
    ['a blank line between the lines', body('Contact:', 'Amir 0127384951', '', 'Irfan 0137384951'), ['amir', 'irfan']],
    ['spaces inside the brackets, invisible separators after them', body('📱- 012 738 4951 ( Amir )\u2063\u2063', '📱- 013 738 4951 ( Aina )'), ['aina', 'amir']],
    ['no-break spaces', body('☎️ Amir\u00A0012-738 4951', '☎️ Aina\u00A0013-738 4951'), ['aina', 'amir']],
  ])('%s', (_, text, want) => {
    expect(names(resultPage(text))).toEqual(want.map((n) => `name ${n}`));
  });

  it('a person\'s line among desks\' lines gives the person only', () => {
    expect(names(resultPage(body('Call or WhatsApp:', 'Rafael : 012-738 4951', 'Parts : 03-2738 4951', 'Finance : 03-2738 4952')))).toEqual(['name rafael']);
  });

  it('in a dealer page\'s own text', () => {
    const html = page('<h2>Our sales team</h2><p>Lena Marten 0412 738 495</p><p>Kamal Reilly 0413 738 495</p>');
    expect(names(html, 'AU')).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it.each([
    ['branches', body('Kuala Lumpur 03-2738 4951', 'Penang 04-738 4951')],
    ['a person beside a branch', body('Amir 0127384951', 'Ipoh 05-738 4951')],
    ['departments', body('Sales 012-7384951', 'Service 013-7384951', 'Parts 014-7384951')],
    ['desks beside a person', body('Call or WhatsApp:', 'Parts : 03-2738 4951', 'Showroom : 03-2738 4952', 'Workshop : 03-2738 4953')],
    ['one line', body('Call:', 'Nizam 0127384951')],
    ['the same number on every line', body('Amir 0127384951', 'Irfan 012-738 4951')],
    ['names no list knows, without honorifics', body('Quorra 0127384951', 'Vexlin 0137384951')],
    ['dates in the same shape', body('Amir 2019-07-15', 'Aina 2020-03-01')],
    ['prices in the same shape', body('Civic 139800', 'City 89800')],
    ['lines too long for a roster', body(`Amir ${'and the team are happy to help you with any question '.repeat(2)}0127384951`, `Aina ${'can also arrange a test drive for you at any of our branches '.repeat(2)}0137384951`)],
  ])('no name from %s', (_, text) => {
    expect(names(resultPage(text))).toEqual([]);
  });
});
