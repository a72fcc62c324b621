/**
 * Three places real pages put a person's name that the extractor missed: the poster's display
 * name on each ad object of a search page's state ("user_name" beside "title" and "price"), a
 * person's object inside a party's ("contact": {"person": {...}}) and lists of an ad's agents
 * ("agents": [...]), and the broker named in an ad's legal notice beside their licence number
 * ("José Pérez CUCICBA 1234", "Jane Roe, DRE# 01234567"). Each is written with the cases an
 * adversary (a page) brings: the same keys on a review, a profile, the visitor's session, a
 * shop's account; handles; licence words before no name and numbers that are no licence. All
 * values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.market.example/items/q-bike', 'IN');

/** A search page's state: result cards as ad objects keyed by their id. */
const cards = (...items: Record<string, unknown>[]): string =>
  page('<h1>Results</h1>') +
  `<script>window.__APP = {states: {items: {elements: {${items.map((it, i) => `"${1000 + i}": ${JSON.stringify(it)}`).join(', ')}}}}};</script>`;
const ad = (extra: Record<string, unknown>): Record<string, unknown> => ({
  id: '77', ad_id: 77, title: 'Bike, hardly used', price: { value: 5000 }, description: 'Good bike', ...extra,
});

describe('the poster’s display name on an ad object', () => {
  it('is read from every card of a search page', () => {
    const html = cards(ad({ user_name: 'Priya Sharma' }), ad({ userName: 'Kari Nordmann' }), ad({ user_name: 'Anna' }));
    expect(found(html, 'IN', 'name')).toEqual(['name anna', 'name kari nordmann', 'name priya sharma']);
  });

  it.each([
    ['a handle', 'bike_lover_88'],
    ['a shop’s word', 'Car Cover Store'],
    ['a name-like pair nobody bears', 'Zorvak Quillen'],
    ['a UI word', 'OLX User'],
  ])('%s is not stored as a name', (_, value) => {
    expect(found(cards(ad({ user_name: value })), 'IN', 'name')).toEqual([]);
  });

  it('is not read where the ad is a business’s (its display name is a trade name)', () => {
    expect(found(cards(ad({ user_name: 'Priya Sharma', is_business: true })), 'IN', 'name')).toEqual([]);
  });

  it.each([
    ['a review (a title, no price)', { title: 'Great seller', rating: 5, userName: 'Priya Sharma', text: 'Fast reply' }],
    ['a member’s profile', { userName: 'Priya Sharma', memberSince: '2019', listings: 4 }],
    ['an object with a price and no title', { price: 10, userName: 'Priya Sharma' }],
  ])('is not read from %s', (_, object) => {
    expect(found(cards(object), 'IN', 'name')).toEqual([]);
  });

  it('is not read from the visitor’s own session', () => {
    const html = page('<p>Bike</p>') + nextData({ currentUser: { userName: 'Priya Sharma', title: 'Ms', price: 0, adId: 1 } });
    expect(found(html, 'IN', 'name')).toEqual([]);
  });
});

describe('a person inside a party’s object, and lists of agents', () => {
  it('"contact": {"person": {...}} names the agency’s agent', () => {
    const html =
      page('<p>Flat, 3 rooms</p>') +
      nextData({ ad: { contact: { type: 'agency', company: { name: 'Mieszkania Plus' }, person: { name: 'Zofia Wrzosek', phones: ['+48 512 345 678'] } } } });
    expect(found(html, 'PL', 'name')).toEqual(['name zofia wrzosek']);
  });

  it('a "person" key outside a party says nothing', () => {
    const html = page('<p>Flat, 3 rooms</p>') + nextData({ ad: { building: { person: { name: 'Zofia Wrzosek' } } } });
    expect(found(html, 'PL', 'name')).toEqual([]);
  });

  it('an agent’s name is a person’s even where the same string fills a business’s slot of the card', () => {
    const html = page('<p>Houses</p>') + nextData({ listings: [{ listingData: { agent: { id: 1, name: 'Dana Whitfield', profileUrl: '/agent/dana-1' }, developer: 'Dana Whitfield', agency: { name: 'Harbour Realty' } } }] });
    expect(found(html, 'SG', 'name')).toEqual(['name dana whitfield']);
  });

  it('a developer’s name in the same slot, with no agent object beside it, stays a business’s', () => {
    const html = page('<p>Houses</p>') + nextData({ listings: [{ listingData: { developer: 'Dana Whitfield', seller: { name: 'Dana Whitfield' } } }] });
    expect(found(html, 'SG', 'name')).toEqual([]);
  });

  it('"agents": [...] lists the ad’s agents, each a person', () => {
    const html =
      page('<p>House</p>') +
      nextData({ listing: { agents: [{ name: 'Dana Whitfield', phone: '0412 345 678' }, { name: 'Tom Bryce', mobile: '0413 456 789' }] } });
    expect(found(html, 'AU', 'name')).toEqual(['name dana whitfield', 'name tom bryce']);
  });
});

describe('the broker named beside a licence number in an ad’s legal notice', () => {
  const ar = (text: string): string[] => found(page(`<section class="description"><p>${text}</p></section>`), 'AR', 'name');

  it.each([
    ['a register’s acronym after the name', 'Todas las operaciones a cargo de Valeria Quintana CUCICBA 4821.', ['name valeria quintana']],
    ['"Matrícula Nº" in brackets', 'Atiende Rodrigo Benítez (Matrícula Nº 312).', ['name rodrigo benítez']],
    ['two registers in a row', 'Martín Herrera Matricula cucicba N° 2187 / cmcpsi N° 6034', ['name martín herrera']],
    ['a name written in small letters', 'martilleros responsables: lucía fernández ortega cmcpsi 4712.', ['name lucía fernández ortega']],
    ['an initial', 'Consultas: Ramiro J. Suárez Mat Cucicba 2960', ['name ramiro j. suárez']],
    ['the role before the name is not part of it', 'Martillero Gonzalo Ibáñez cucicba 3391 - caba.', ['name gonzalo ibáñez']],
    ['a name glued to the text before it', 'Provincia de Buenos AiresJulieta Rivas (Matricula cucicba N° 2187)', ['name julieta rivas']],
    ['the role label, then two licensees', 'Corredor Responsable: Lucía Ferrán cpi 1234 / Tomás Vidal csi 5678', ['name lucía ferrán', 'name tomás vidal']],
  ])('%s', (_, text, want) => {
    expect(ar(text)).toEqual(want);
  });

  it('a Californian agent’s DRE number', () => {
    expect(found(page('<p>Listed by Dana Whitfield, DRE# 01234567</p>'), 'US', 'name')).toEqual(['name dana whitfield']);
  });

  it.each([
    ['a law’s number', 'Accesible según ley 1234. Cucicba matrícula 58.'],
    ['a register’s number with no name before it', 'C. U. C. I. C. B. A. Matrícula Nº 2044'],
    ['words before the register that are no name', 'Hermoso departamento con exquisito mobiliario cpi 3318'],
    ['a licence word without a number', 'Valeria Quintana license agreement applies.'],
    ['a single word before the register', 'Inmobiliaria CUCICBA 4821'],
    ['a firm before the register', 'Bluegate Propiedades CUCICBA 4821'],
  ])('%s gives no name', (_, text) => {
    expect(ar(text)).toEqual([]);
  });
});

describe('a licence word that means something else', () => {
  it.each([
    ['a Spanish plate ("matrícula" is also a registration plate)', 'ES', 'Vendo Ford Focus matrícula 1234 BCD, ITV al día.'],
    ['a Spanish plate written with dashes', 'ES', 'Ford Focus, matrícula 1234-BCD'],
    ['a Portuguese plate', 'PT', 'Ford Focus matrícula 12-AB-34'],
    ['a plate after a make that is also a name', 'ES', 'Mercedes Benz matrícula 1234 BCD'],
    ['a plate after a make that is also a name, with dashes', 'PT', 'Austin Healey matrícula 12-AB-34'],
    ['a price index and a year', 'AR', 'Ajuste Trimestral por CPI 2024'],
  ])('%s gives no name', (_, country, text) => {
    expect(found(page(`<p>${text}</p>`), country, 'name')).toEqual([]);
  });
});
