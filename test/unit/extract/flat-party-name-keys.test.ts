/**
 * A landlord's own ad page keeps its contact person as flat keys of the ad's object, beside the
 * ad's other fields ({"contactEmail": …, "contactFirstname": "Lena", "contactSurename": "Marten"}),
 * with no party object around them. The two keys name the party, and are joined when both name
 * the same one. Written with what a page brings against that: the visitor's own keys, a form's
 * labels, a given name alone, two parties' halves, a signed-in session. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.wohnen.example/mieten/4711', 'DE');
const inAttribute = (state: unknown): string =>
  page(`<div class="estate-detail" data-estate-data="${JSON.stringify(state).replace(/"/g, '&quot;')}"></div><p>2-Zimmer-Wohnung</p>`);
const names = (html: string): string[] => found(html, 'DE', 'name');

describe('a party\'s names as flat keys of the page data', () => {
  it.each([
    ['in a data attribute', inAttribute({ title: '2-Zimmer-Wohnung', contactEmail: 'mieten@wohnen.example', contactFirstname: 'Lena', contactSurename: 'Marten' })],
    ['in snake case', page('<p>Flat</p>') + nextData({ listing: { id: 4711, seller_first_name: 'Lena', seller_last_name: 'Marten' } })],
    ['an agent\'s, in camel case', page('<p>Flat</p>') + nextData({ ad: { agentFirstName: 'Lena', agentLastName: 'Marten', price: 1200 } })],
  ])('%s', (_, html) => {
    expect(names(html)).toEqual(['name lena marten']);
  });

  it('a salutation in the given-name slot leaves the family name', () => {
    expect(names(inAttribute({ contactFirstname: 'Herr', contactSurename: 'Marten', contactEmail: 'mieten@wohnen.example' }))).toEqual(['name marten']);
  });

  it.each([
    ['the visitor\'s own keys', { user: { userFirstName: 'Lena', userLastName: 'Marten' } }],
    ['a customer\'s', { order: { customerFirstName: 'Lena', customerLastName: 'Marten' } }],
    ['a form\'s labels', { i18n: { contactFirstname: 'Vorname', contactSurename: 'Nachname' } }],
    ['a form\'s English labels', { labels: { contactFirstName: 'First name', contactLastName: 'Last name' } }],
    ['a given name alone', { ad: { contactFirstname: 'Lena', contactEmail: 'mieten@wohnen.example' } }],
    ['two parties\' halves', { ad: { contactFirstname: 'Lena', sellerLastName: 'Marten' } }],
    ['empty slots', { ad: { contactFirstname: '', contactSurename: '' } }],
    ['a signed-in session', { session: { isLoggedIn: true, contactFirstname: 'Lena', contactSurename: 'Marten' } }],
  ])('no name from %s', (_, state) => {
    expect(names(page('<p>Flat</p>') + nextData(state))).toEqual([]);
  });
});
