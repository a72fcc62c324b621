/**
 * The fix round on the nineteenth sealed round's first two sets (forum marketplaces, a classic
 * car market, portals' and landlords' pages; opened after their first scoring), and the
 * professionals' listings of its third set (scored before and after, then opened). Every page,
 * name and number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFindings, summarise } from '../../../lambdas/collect/extract/index.js';

const read = (html: string, country: string, url: string) => summarise(extractFindings(html, { url, country }));
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe("a forum marketplace's seller typed Person", () => {
  const offer = (name: string) => ({ '@context': 'https://schema.org', '@type': 'Product', name: 'Wheels', offers: { '@type': 'Offer', price: 400, seller: { '@type': 'Person', name } } });
  const page = (name: string) => `<html><head>${ld(offer(name))}</head><body><h1>Marketplace</h1></body></html>`;

  it.each(['Nillious', 'dirtyd', 'Fettekatze'])('one word nobody bears, "%s", is a handle', (name) => {
    expect(read(page(name), 'US', 'https://forums.example/marketplace/').names).toEqual([]);
  });

  it.each([
    ['Anna', 'anna'],
    ['Mark Ellison', 'mark ellison'],
    ['Асель', 'асель'],
  ])('a known given name, a full name, a name in another script: "%s"', (name, want) => {
    expect(read(page(name), 'US', 'https://forums.example/marketplace/').names).toEqual([want]);
  });
});

describe("a car's VIN in its page's link", () => {
  const html = (href: string) => `<html><body><main><a href="${href}">2001 Boxster</a></main></body></html>`;
  const vins = (href: string) => read(html(href), 'US', 'https://market.example/m/porsche/').vins;

  it('in lower case in the slug', () => {
    expect(vins('/veh/1989-bus-1m8gdm9axkp042788-x7Kq2')).toEqual(['1M8GDM9AXKP042788']);
  });

  it('in upper case, or in an absolute link', () => {
    expect(vins('https://market.example/veh/1M8GDM9AXKP042788')).toEqual(['1M8GDM9AXKP042788']);
  });

  it.each(['/veh/1989-bus-1m8gdm9a0kp042788-x', '/p/a1b2c3d4e5f6g7h8j', '/img/abcdefghjklmnprst.jpg', '/veh/1989-bus-1m8gdm9axkp042788x'])('no VIN in %s', (href) => {
    // A wrong check digit; a hash; letters only; a token longer than 17.
    expect(vins(href)).toEqual([]);
  });
});

describe("advertisers that carry the portal's url", () => {
  const card = (seller: unknown) =>
    `<html><head>${ld({ '@context': 'http://schema.org', '@type': 'Offer', name: 'T2', seller })}</head><body><h1>Arrendamento</h1></body></html>`;
  const url = 'https://casas.portal.example/arrendamento/porto/';

  it('are read when their own mailbox is elsewhere', () => {
    const r = read(
      card({ '@type': 'Person', name: 'Ana Costa Faria', url: 'http://casas.portal.example', contactPoint: { '@type': 'ContactPoint', email: 'ana.faria@mediadora.example', telephone: '+351 912 345 678' } }),
      'PT',
      url,
    );
    expect(r.emails).toEqual(['ana.faria@mediadora.example']);
    expect(r.phones).toEqual(['+351912345678']);
    expect(r.names).toEqual(['ana costa faria']);
  });

  it('and the portal itself is still the portal', () => {
    const r = read(card({ '@type': 'Organization', name: 'Portal', url: 'http://casas.portal.example', contactPoint: { email: 'apoio@portal.example', telephone: '+351 210 000 111' } }), 'PT', url);
    expect(r).toEqual({ phones: [], emails: [], vins: [], plates: [], names: [], addresses: [] });
  });
});

describe("an office's lines with their names in one telephone field", () => {
  it('reads each ("+351 Sede: 220123456 / Filial: 225123456")', () => {
    const html = `<html><head>${ld({ '@type': 'Offer', seller: { '@type': 'RealEstateAgent', name: 'Mediadora Exemplo, Lda.', contactPoint: { telephone: '+351 Sede: 220123456 / Filial: 225123456' } } })}</head><body><h1>T3</h1></body></html>`;
    expect(read(html, 'PT', 'https://casas.portal.example/x').phones.sort()).toEqual(['+351220123456', '+351225123456']);
  });
});

describe('"contact" in Portuguese before a bare number', () => {
  it.each(['Por favor, contate: 912345678', 'Contacte 912 345 678'])('%s', (line) => {
    expect(read(`<main><p>${line}</p></main>`, 'PT', 'https://casas.portal.example/x').phones).toEqual(['+351912345678']);
  });
});

describe("a professional's listing typed as the practice", () => {
  const item = (type: string, name: string) =>
    `<html><head>${ld({ '@context': 'https://schema.org', '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, item: { '@type': type, name, url: 'https://www.medicos.example/ana-ruiz' } }] })}</head><body><h1>Dentistas</h1></body></html>`;
  const names = (type: string, name: string) => read(item(type, name), 'MX', 'https://www.medicos.example/dentista/cdmx').names;

  it.each([
    ['Physician', 'Dra. Ana Ruiz Soto', 'ana ruiz soto'],
    ['Physician', 'Dr. Tomás Efraín Ruelas Anaya', 'tomás efraín ruelas anaya'],
    ['Dentist', 'Dr. Hugo Ortega', 'hugo ortega'],
    ['Attorney', 'Elena Benítez', 'elena benítez'],
  ])('a %s named "%s" is the professional', (type, name, want) => {
    expect(names(type, name)).toEqual([want]);
  });

  it.each([
    ['Physician', 'Clínica Dental Sonrisa'],
    ['Dentist', 'Dental Center Roma'],
    ['Attorney', 'Benítez & Asociados'],
  ])('a %s named "%s" is the practice', (type, name) => {
    expect(names(type, name)).toEqual([]);
  });
});
