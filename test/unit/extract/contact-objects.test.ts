/**
 * A number and a person's name in one object of the page data, under no party's key ({"name":
 * "Anna Berg", "phone": "…"} in a broker tip's or a result card's state): the name is whoever
 * answers the number. Written with what a page brings against that: a desk's, a place's and a
 * shop's name beside a number, a logo's slot, the signed-in visitor's profile, a business flag,
 * and a name with no number beside it. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.homes.example/bostad/4242', 'SE');
const names = (state: unknown): string[] => found(page('<h1>Bostadsrätt</h1>') + nextData(state), 'SE', 'name');

describe('a contact-shaped object of the page data', () => {
  it.each([
    ['a broker tip', { brokerTip: { items: [{ name: 'Anna Berg', phone: '070-123 45 67' }] } }, 'name anna berg'],
    ['a card with a full name and a number', { results: [{ id: 7, fullName: 'Erik Lind', phoneNumber: 46701234567 }] }, 'name erik lind'],
    ['a display name', { tip: { displayName: 'Maria Holm', mobile: '+46 70 123 45 67' } }, 'name maria holm'],
  ])('%s', (_, state, want) => {
    expect(names(state)).toEqual([want]);
  });

  it.each([
    ['a desk', { help: { name: 'Kundtjänst', phone: '0771-12 34 56' } }],
    ['a place', { office: { name: 'Stockholm City', phone: '08-123 456 78' } }],
    ['a shop with a logo slot', { partner: { name: 'Anna Berg', phone: '070-123 45 67', logo: '' } }],
    ['a business by type', { partner: { name: 'Anna Berg', phone: '070-123 45 67', type: 'agency' } }],
    ['the visitor beside a token', { account: { name: 'Anna Berg', phone: '070-123 45 67', accessToken: 'eyJ.x.y' } }],
    ['a name with no number', { reviews: [{ name: 'Anna Berg', rating: 5 }] }],
    ['a branch named like a person', { branches: [{ name: 'Anna Berg', tel: '070-123 45 67' }] }],
    ['a firm’s object', { corporate: { name: 'Erik Lind Fastigheter', phone: '08-123 456 78' } }],
    ['a number that is a count', { stats: { name: 'Anna Berg', phoneViews: 12 } }],
  ])('not %s', (_, state) => {
    expect(names(state)).toEqual([]);
  });
});
