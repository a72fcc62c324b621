/**
 * Found on a sealed round's result page of flats to rent: each offer's user object says what kind
 * of party it is ("accountType": "agency" or "specialist"), and a realtor who works on their own
 * account has their own name under the firm's key ({"accountType": "specialist", "agencyName":
 * "<given name> <family name>"}). A firm's key made it a trade name, so none of them was read. A
 * party typed as one natural person (a specialist, a private seller, an individual) whose firm
 * key holds a person's name (two or three words opening with a known given name, no trade word)
 * is that person. The cases an adversary would bring: the same name under an agency's type, a
 * firm's name under a person's type, a legal form or a trade word after a name, one word, and
 * the logged-in visitor's own object. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.wendell-flats.example/rent/flat/?p=2', 'DE');
const offers = (user: Record<string, unknown>): string =>
  page(`<h1>Flats to rent</h1><p>2 offers</p>`) +
  nextData({ results: { offers: [{ id: 41, title: '2 rooms, 48 m²', price: 950, user }, { id: 42, title: 'Studio', price: 610, user: { accountType: 'agency', agencyName: 'Qorvan Estates' } }] } });

describe('a party typed as one person, with a name under a firm key', () => {
  it.each([
    [{ isAgent: true, accountType: 'specialist', agencyName: 'Kamal Reilly', companyName: 'Private broker' }, 'name kamal reilly'],
    [{ sellerType: 'private', companyName: 'Anna Berg' }, 'name anna berg'],
    [{ userType: 'Individual', businessName: 'Ingrid Berg' }, 'name ingrid berg'],
    [{ accountType: 'privatperson', firmenname: 'Lena Marten' }, 'name lena marten'],
  ])('%j is a person', (user, name) => {
    expect(found(offers(user), 'DE', 'name')).toEqual([name]);
  });

  it.each([
    // the same name typed as an agency's is its trade name
    [{ accountType: 'agency', agencyName: 'Kamal Reilly' }],
    [{ accountType: 'dealer', companyName: 'Anna Berg' }],
    // a firm's name under a person's type
    [{ accountType: 'specialist', agencyName: 'Wendelstadt Rental House' }],
    [{ accountType: 'specialist', agencyName: 'Qorvan Estates' }],
    // a name with a legal form or a trade word after it
    [{ accountType: 'individual', companyName: 'Lena Marten GmbH' }],
    [{ accountType: 'person', agencyName: 'Anna Berg Immobilien' }],
    // one word is a brand's or a handle's as often
    [{ accountType: 'specialist', agencyName: 'Ingrid' }],
    // the signed-in visitor's own profile
    [{ accessToken: 'eyJhbGciOi.x.y', accountType: 'private', companyName: 'Anna Berg' }],
    // no type at all: a firm's key is a firm's
    [{ agencyName: 'Kamal Reilly' }],
  ])('%j gives no name', (user) => {
    expect(found(offers(user), 'DE', 'name')).toEqual([]);
  });
});
