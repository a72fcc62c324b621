/**
 * A script that opens a namespace (`window.advert = {};`) and then hands the ad's contact data to
 * code as a JSON literal (`contactData: {"phoneNumbers": ...}`): the empty initialiser is no page
 * state and must not hide the literal. And a fax number kept beside the phone in the same object
 * (once left out): the seller's number too. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.homes.example/expose/4242', 'DE');

const script = (init: string): string =>
  page('<h1>Wohnung</h1>') +
  `<script type="text/javascript">
    window.Homes = window.Homes || {};
    ${init}
    Homes.expose = {
      showContactForm: true,
      contactData: {"phoneNumbers":{"phoneNumber":{"contactNumber":"030 88459388"},"cellPhoneNumber":{"contactNumber":"0171 2345678"},"faxNumber":{"contactNumber":"030 88459399"}},"contactPerson":{"salutationAndTitle":"Frau","firstName":"Kari","lastName":"Nordmann"}},
    };
  </script>`;

describe('JSON literals in a script that also opens a namespace', () => {
  it('are read when the script first assigns an empty object to a global', () => {
    expect(found(script('window.advert = {};'), 'DE', 'phone')).toEqual(['phone +491712345678', 'phone +493088459388', 'phone +493088459399']);
  });

  it('are read the same without that assignment', () => {
    expect(found(script(''), 'DE', 'phone')).toEqual(['phone +491712345678', 'phone +493088459388', 'phone +493088459399']);
  });

  it('a global assigned real state is still read as state', () => {
    const html = page('<h1>Wohnung</h1>') + `<script>window.advert = {"seller": {"phone": "030 88459388"}};</script>`;
    expect(found(html, 'DE', 'phone')).toEqual(['phone +493088459388']);
  });
});

describe('a fax number in the phone numbers’ object', () => {
  it("is the seller's number too, read with its siblings", () => {
    const html = page('<p>Büro</p>') + `<script type="application/json">${JSON.stringify({ ad: { seller: { phone: { number: '030 88459388', faxNumber: '030 88459399' } } } })}</script>`;
    expect(found(html, 'DE', 'phone')).toEqual(['phone +493088459388', 'phone +493088459399']);
  });

  it("but not the platform's, under its settings", () => {
    const html = page('<p>Büro</p>') + `<script type="application/json">${JSON.stringify({ ad: { seller: { phone: { number: '030 88459388' } } }, settings: { faxNumber: '030 88459377' } })}</script>`;
    expect(found(html, 'DE', 'phone')).toEqual(['phone +493088459388']);
  });
});
