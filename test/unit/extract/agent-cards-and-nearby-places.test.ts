/**
 * The fix round on the seventeenth sealed round's first two sets (vehicle and real-estate pages;
 * opened after their first scoring). Every page, name and number here is invented; the shapes are
 * the ones those pages use.
 */
import { describe, expect, it } from 'vitest';
import { extractFindings, summarise } from '../../../lambdas/collect/extract/index.js';

const read = (html: string, country = 'BE', url = 'https://www.immo.example/pand/4711') => summarise(extractFindings(html, { url, country }));

describe('the page is never its own chrome', () => {
  it.each(['footer-info no-margin-bottom', 'nav-open', 'menu', 'header', 'has-cookie-consent'])('reads a page whose <body class="%s">', (cls) => {
    const r = read(`<html><body class="${cls}"><main><h1>Huis te koop</h1><div class="seller-box"><p>Contact: Anna Wouters</p><p>Tel. 0475 31 62 48</p></div></main></body></html>`);
    expect(r.phones).toEqual(['+32475316248']);
    expect(r.names).toEqual(['anna wouters']);
  });

  it('still cuts a footer marked as one, with the platform line in it', () => {
    const r = read(
      '<html><body class="footer-info"><main><p>Tel. 0475 31 62 48</p></main><footer class="footer-info"><p>Klantendienst 02 555 01 42</p></footer></body></html>',
    );
    expect(r.phones).toEqual(['+32475316248']);
  });
});

describe("a notary's box in the side column", () => {
  const page = (box: string) =>
    `<html><body><section class="content"><div id="rightColumn" class="rightColumn col-xs-12">${box}</div><h1>Huis - Geel</h1><p>Centraal gelegen huis.</p></section></body></html>`;

  it("reads the notary's contact person, line and address (SURNAME Given, the area code in brackets, dots between pairs)", () => {
    const r = read(
      page(
        '<div class="rc-notaryInfos"><h3>Notariskantoor Voorbeeld</h3><p>Neem contact op met de notaris van de verkoper.</p>' +
          '<div class="phoneNumber"><span class="info">MAES Lotte</span></div><div class="phoneNumber"><span class="info">(014) 58.27.93</span></div>' +
          '<div class="mailAddress"><a href="mailto:lotte.maes@notaris-voorbeeld.example">lotte.maes@notaris-voorbeeld.example</a></div></div>',
      ),
    );
    expect(r.phones).toEqual(['+3214582793']);
    expect(r.emails).toEqual(['lotte.maes@notaris-voorbeeld.example']);
    expect(r.names).toEqual(['maes lotte']);
  });

  it('a side column without a seller or notary box stays chrome', () => {
    const r = read(page('<div class="promo"><p>Hulp nodig? Bel 014 58 27 93</p></div>'));
    expect(r.phones).toEqual([]);
  });
});

describe('dates and Belgian numbers with dots', () => {
  it.each([
    ['(014) 58.27.93', '+3214582793'],
    ['Tel: (014) 12.03.41', '+3214120341'],
    ['014 58.27.93', '+3214582793'],
  ])('reads %s', (line, phone) => {
    expect(read(`<main><p>${line}</p></main>`).phones).toEqual([phone]);
  });

  it.each(['Vrij vanaf 12.03.24', 'Datum 12/31/24 en 31.12.24', 'Bouwjaar 1965, renovatie 03.11.2021'])('takes no number from the date in "%s"', (line) => {
    expect(read(`<main><p>${line}</p></main>`).phones).toEqual([]);
  });
});

describe("Livewire components' state", () => {
  const snapshot = (data: unknown) => JSON.stringify({ data, memo: { name: 'advertisement.show' }, checksum: 'x' }).replace(/"/g, '&quot;');

  it("reads the ad's poster in wire:snapshot (v3) and wire:initial-data (v2)", () => {
    for (const attr of ['wire:snapshot', 'wire:initial-data']) {
      const r = read(
        `<html><body><main ${attr}="${snapshot({ advertisement: [{ id: 19001, title: 'Fahrrad', user_name: 'Lena Kowalski', user_email: 'lena.kowalski@mail.example' }, { s: 'mdl' }] })}"><h1>Fahrrad</h1></main></body></html>`,
        'DE',
        'https://www.brett.example/show/19001',
      );
      expect(r.emails).toEqual(['lena.kowalski@mail.example']);
    }
  });

  it('not the signed-in visitor in it', () => {
    const r = read(
      `<html><body><main wire:snapshot="${snapshot({ auth: { user_name: 'Jonas Weber', user_email: 'jonas.weber@mail.example' } })}"><h1>Fahrrad</h1></main></body></html>`,
      'DE',
      'https://www.brett.example/show/19001',
    );
    expect(r.emails).toEqual([]);
    expect(r.names).toEqual([]);
  });
});

describe("others' lines in a dealer's or a property's page data", () => {
  const nextData = (data: unknown) => `<html><head><script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: data } })}</script></head><body><h1>Cars</h1></body></html>`;
  const us = (data: unknown) => read(nextData(data), 'US', 'https://www.carlot.example/dealer/77');

  it("reads the dealer's line, not the reviewers' names nor the finance partners' or lenders' lines", () => {
    const r = us({
      dealerInfo: {
        name: 'Riverside Motors',
        phoneNumber: '+1 503-555-0123',
        reviews: [{ ownerName: 'Wendy', body: 'Great service' }, { ownerName: 'Gareth', body: 'Fine' }],
        customerReviews: [{ reviewerName: 'Victor Hale', phone: '+1 503-555-0188' }],
      },
      financePrequalDetail: { enabledFinancePartners: [{ name: 'Lender One', phoneNumber: '+1 877-555-0142' }], lenders: [{ phone: '+1 866-555-0177' }] },
    });
    expect(r.phones).toEqual(['+15035550123']);
    expect(r.names).toEqual([]);
  });

  it('still reads a preview of the ad and a directory’s doctor', () => {
    expect(us({ adPreview: { seller: { name: 'Dana Whitfield', phone: '+1 503-555-0144' } } }).phones).toEqual(['+15035550144']);
    expect(us({ doctor: { name: 'Dana Whitfield', phone: '+1 503-555-0144' } }).phones).toEqual(['+15035550144']);
  });

  it("reads an agent's line, not the nearby schools' lines and addresses", () => {
    const r = read(
      nextData({
        listing: { agent: { name: 'Mia Chen', phone: '0412 555 019' } },
        schools: [{ name: 'Hillview High School', phone: '(02) 9631 0000', email: 'hillview-h.school@edu.example' }],
        nearbyAmenities: [{ name: 'Clinic', phone: '(02) 9631 1111' }],
      }),
      'AU',
      'https://www.homes.example/property/5',
    );
    expect(r.phones).toEqual(['+61412555019']);
    expect(r.emails).toEqual([]);
  });

  it('and not the school catchment section the page prints', () => {
    const r = read(
      '<html><body><main><h1>12 Example St</h1><section class="school-catchment"><div class="school-catchment__school"><p>Hillview High School</p><p>Phone</p><p>(02) 9631 0000</p>' +
        '<a href="mailto:hillview-h.school@edu.example">hillview-h.school@edu.example</a></div></section></main></body></html>',
      'AU',
      'https://www.homes.example/property/5',
    );
    expect(r.phones).toEqual([]);
    expect(r.emails).toEqual([]);
  });
});

describe("an agent's card: name, job title, then the line", () => {
  it.each([
    ['NL', 'Anna de Vries', 'Vastgoedexpert', '+32 14 58 27 93', 'anna de vries'],
    ['NL', 'Henk Jansen', 'Verkoper', 'Tel 020 123 4567', 'henk jansen'],
    ['DE', 'Lena Hoffmann', 'Immobilienberaterin', '+49 30 1234567', 'lena hoffmann'],
    ['GB', 'Emma Clarke', 'Senior Sales Negotiator', '020 7946 0321', 'emma clarke'],
    ['FR', 'Chloé Renaud', 'Agent immobilier', '06 12 34 56 78', 'chloé renaud'],
    ['SE', 'Karin Lund', 'Fastighetsmäklare', 'karin.lund@maklare.example', 'karin lund'],
  ])('%s: %s / %s / %s', (country, name, title, contact, want) => {
    expect(read(`<main><div class="card"><p>${name}</p><p>${title}</p><p>${contact}</p></div></main>`, country).names).toEqual([want]);
  });

  it.each([
    ['a title without a contact after it', '<p>Anna de Vries</p><p>Vastgoedexpert</p><p>Bekijk alle woningen</p>'],
    ['a place, not a person, above the title', '<p>Amsterdam Centrum</p><p>Makelaar</p><p>020 123 4567</p>'],
    ['a title line that is a sentence', '<p>Anna de Vries</p><p>Onze makelaar helpt u graag verder met al uw vragen over dit huis</p><p>020 123 4567</p>'],
    ['a word that only ends like a title', '<p>Anna de Vries</p><p>Management</p><p>020 123 4567</p>'],
  ])('not %s', (_, html) => {
    expect(read(`<main>${html}</main>`, 'NL').names).toEqual([]);
  });
});

describe('a first name someone introduces themselves by', () => {
  it('is the same person as the full name on the page', () => {
    const r = read('<main><p>Anna de Vries</p><p>Vastgoedexpert</p><p>+32 14 58 27 93</p><p>Hallo! Ik ben Anna, uw vastgoedmakelaar.</p></main>', 'NL');
    expect(r.names).toEqual(['anna de vries']);
  });

  it('is kept alone when no full name opens with it', () => {
    expect(read('<main><p>Hallo! Ik ben Anna, ik verkoop mijn fiets.</p></main>', 'NL').names).toEqual(['anna']);
    expect(read('<main><p>Ik ben Anna. Bel Henk Jansen op 020 123 4567.</p></main>', 'NL').names.sort()).toEqual(['anna', 'henk jansen']);
  });
});
