/**
 * Rules from a check on unseen vehicle and real-estate pages: Nuxt 3's devalue payload, the
 * telephone symbols people write before a number, a widget's own VIN attribute, and an initial
 * after an honorific. Each with the cases an adversary would bring; all values are invented
 * (example.* domains, numbers from fiction ranges or unassigned, VINs made up with a valid check
 * digit).
 */
import { stringify } from 'devalue';
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.homes.example/offer/5521', 'PL');
const nuxtData = (payload: string): string => `<script type="application/json" id="__NUXT_DATA__" data-ssr="true">${payload}</script>`;

describe('a devalue payload (Nuxt 3 __NUXT_DATA__)', () => {
  const state = {
    data: {
      offer: {
        title: 'Mieszkanie 3 pokoje',
        price: 650000,
        seller: { name: 'Zofia Wrona', phone: '+48 512 345 678', type: 'private' },
        similarOffers: [{ seller: { name: 'Adam Kruk', phone: '+48 601 222 333' } }],
      },
    },
  };

  it('is read as the data it stands for: the seller’s name and phone', () => {
    const html = page('<h1>Mieszkanie</h1>') + nuxtData(stringify(state));
    expect(found(html, 'PL').filter((l) => !l.startsWith('nickname'))).toEqual(['name zofia wrona', 'phone +48512345678']);
  });

  it('with Nuxt’s own type tags around the state ("ShallowReactive", "Reactive")', () => {
    // What Nuxt writes: its reducers tag the reactive root, as a reducer of devalue's stringify does here.
    const root = { data: state.data };
    const payload = stringify(root, { ShallowReactive: (v) => (v === root ? { ...root } : undefined) });
    expect(payload.startsWith('[["ShallowReactive",1]')).toBe(true);
    expect(found(page('<h1>Mieszkanie</h1>') + nuxtData(payload), 'PL', 'name')).toEqual(['name zofia wrona']);
  });

  it('other sellers under a similar-offers key are not read', () => {
    const html = page('<h1>Mieszkanie</h1>') + nuxtData(stringify(state));
    expect(found(html, 'PL').join(' ')).not.toMatch(/kruk|601222333/);
  });

  it.each([
    ['an index past the end', '[{"seller":1},{"name":99}]'],
    ['a reference to itself', '[["ShallowReactive",0]]'],
    ['a plain list of numbers', '[1,2,3,4]'],
    ['a list of strings', '["Zofia","Wrona","+48 512 345 678"]'],
  ])('%s: no crash, nothing invented', (_, payload) => {
    expect(() => found(page('<p>x</p>') + nuxtData(payload), 'PL', 'name')).not.toThrow();
    expect(found(page('<p>x</p>') + nuxtData(payload), 'PL', 'name')).toEqual([]);
  });
});

describe('a telephone symbol as the phone label', () => {
  const dk = foundAt('https://www.cars.example/dk/bil/4471', 'DK');

  it.each([
    ['☎️ before a bare Danish number', '<p>Ring gerne ☎️ 41 28 39 20 - også weekend</p>'],
    ['📱 before a number with spaces', '<p>📱 4128 3920</p>'],
    ['📞 glued to the number', '<p>📞41283920</p>'],
    ['"giv et kald på"', '<p>Har du spørgsmål, så giv et kald på 41 28 39 20</p>'],
  ])('%s', (_, body) => {
    expect(dk(page(body), 'DK', 'phone')).toEqual(['phone +4541283920']);
  });

  it.each([
    ['a phone model and a price after the symbol', '<p>📱 iPhone 12 128 GB sælges 3999 kr</p>'],
    ['a year and a mileage after the symbol', '<p>📞 2019 · 45000 km</p>'],
    ['the symbol alone', '<p>☎️</p>'],
  ])('%s is not a phone', (_, body) => {
    expect(dk(page(body), 'DK', 'phone')).toEqual([]);
  });
});

describe('a widget’s own VIN attribute', () => {
  const us = foundAt('https://dealer.example/inventory', 'US');
  const vin = '1HGCM82633A004352';

  it.each([
    ['ff_vin', `<div class="ff-widget" ff_vin="${vin}"></div>`],
    ['vehicle-vin', `<div vehicle-vin="${vin}"></div>`],
    ['vin alone', `<span vin="${vin}"></span>`],
  ])('%s names the card’s VIN', (_, body) => {
    expect(us(page(body), 'US', 'vin')).toEqual([`vin ${vin}`]);
  });

  it.each([
    ['a 17-letter word', '<div ff_vin="ABCDEFGHJKLMNPRST"></div>'],
    ['17 digits', '<div ff_vin="12345678901234567"></div>'],
    ['an attribute that only ends in the letters', `<div provin="${vin.replace('1H', 'ZZ')}"></div>`],
    ['a shorter value', '<div ff_vin="1HGCM82633A00435"></div>'],
  ])('%s is not a VIN', (_, body) => {
    expect(us(page(body), 'US', 'vin')).toEqual([]);
  });
});

describe('an initial after an honorific', () => {
  const de = foundAt('https://www.homes.example/expose/7781', 'DE');

  it('"Frau A. Berg-Lind" names the person', () => {
    expect(de(page('<p>Ihre Nachricht an Frau A. Berg-Lind</p>'), 'DE', 'name')).toEqual(['name a. berg-lind']);
  });

  it.each([
    ['an initial alone', '<p>Ihre Nachricht an Frau A.</p>'],
    ['an initial, then a lower-case word', '<p>Bitte an Frau A. wenden</p>'],
  ])('%s is no name', (_, body) => {
    expect(de(page(body), 'DE', 'name')).toEqual([]);
  });
});

describe('a list of objects with numbers is data as it stands, not a devalue payload', () => {
  it('outside Nuxt’s payload script, a list whose first object holds numbers is not re-read', () => {
    const list = [{ sellerId: 1, rank: 2 }, { seller: { name: 'Zofia Wrona', phone: '+48 512 345 678' } }, 'x'];
    const html = page(`<div data-cards='${JSON.stringify(list)}'></div>`);
    expect(found(html, 'PL').filter((l) => !l.startsWith('nickname'))).toEqual(['name zofia wrona', 'phone +48512345678']);
  });
});

describe('an agent’s and a contact form receiver’s e-mail in a script’s object literal', () => {
  // As a listing site's contact form is set up: the ad's fields, then the mailboxes.
  const form = { ContactFormType: 0, ContactFormName: 2, AdvertTitle: 'Mieszkanie, 3 pokoje', AdvertCity: 'Gdańsk', AdType: 2, AdvertMeters: '64,50' };
  const script = (o: object): string =>
    `<script>document.addEventListener('DOMContentLoaded', function () { var f = new ContactForm("Bottom", "/send"); f.setContactFormData(${JSON.stringify({ ...form, ...o })}); });</script>`;

  it('the advertiser’s mailboxes a contact form is set up with are read', () => {
    const html = page('<h1>Mieszkanie</h1>') + script({ AdvertId: 100000042, IsAgencyAdvert: true, ReceiverEmail: 'biuro@agency-pl.example', AgentEmail: 'z.wrona@agency-pl.example' });
    expect(found(html, 'PL', 'email')).toEqual(['email biuro@agency-pl.example', 'email z.wrona@agency-pl.example']);
  });

  it('the platform’s own mailbox as the form’s receiver is not (same registrable domain as the page)', () => {
    const html = page('<h1>Mieszkanie</h1>') + script({ ReceiverEmail: 'kontakt@homes.example' });
    expect(found(html, 'PL', 'email')).toEqual([]);
  });

  it('a support or tracking mailbox key is still not an advertiser’s', () => {
    const html = page('<h1>Mieszkanie</h1>') + script({ supportEmail: 'help@helpdesk.example', trackingEmail: 'x@tracker.example' });
    expect(found(html, 'PL', 'email')).toEqual([]);
  });
});

describe('a seller account’s parameter list ({"p": "name", "pl": "Имя", "v": ...})', () => {
  const by = foundAt('https://www.market.example/item/900000017', 'BY');
  const ad = (params: unknown, key = 'account_parameters'): string =>
    page('<h1>Ноутбук</h1>') + `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { initialState: { listing: { ads: [{ ad_id: 900000017, subject: 'Ноутбук', [key]: params, ad_parameters: [{ pl: 'Состояние', p: 'condition', v: '2' }] }] } } } })}</script>`;

  it('names the seller when the value is a known name', () => {
    expect(by(ad([{ pl: 'Имя', vl: '', p: 'name', v: 'Ольга ', pu: 'nme' }]), 'BY', 'name')).toEqual(['name ольга']);
  });

  // A sole trader trades in their own name ("ИП" and the owner's full name): the person's, the
  // prefix taken off (sole-traders.ts; until the 153rd sealed round it was read as a firm's).
  it('a sole trader’s business name is its owner’s name', () => {
    expect(by(ad([{ pl: 'Имя', p: 'name', v: 'ИП Иванова Анна Сергеевна' }]), 'BY', 'name')).toEqual(['name иванова анна сергеевна']);
  });

  it('a contact person’s parameter under key/value in a seller’s info list', () => {
    expect(by(ad([{ key: 'contact_person', value: 'Anna Berg' }], 'seller_info'), 'BY', 'name')).toEqual(['name anna berg']);
  });

  it.each([
    ['a chosen display name that is no known name', [{ pl: 'Имя', p: 'name', v: 'Кактус' }], 'account_parameters'],
    ['the product’s name in the ad’s own parameters', [{ pl: 'Название', p: 'name', v: 'Анна Каренина' }], 'ad_parameters'],
    ['a name parameter in a list that is not an account’s', [{ p: 'name', v: 'Ольга' }], 'filters'],
  ])('%s is not a seller’s name', (_, params, key) => {
    expect(by(ad(params, key), 'BY', 'name')).toEqual([]);
  });
});
