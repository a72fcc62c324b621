/**
 * Found on a sealed round's page of a property's virtual tour: the tour's data lists its agents,
 * each with a portrait and the brokerage's logo ({"agents": [{"name": …, "broker": …, "portrait":
 * […], "logo": […]}]). A logo made the object a business's, so the agent's name was read as a trade
 * name. A portrait says the object is a person's. The cases an adversary would bring: a firm's
 * object with a logo and no portrait, a firm's name beside a portrait, a portrait in a firm's own
 * object under a business's key, a shop's profile with an avatar and a logo. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.tourphoto.example/public/tour/4401937', 'US');
const tour = (party: Record<string, unknown>, key = 'agents'): string =>
  `<html><head><title>12 Wendel Rd</title></head><body><div id="tour"></div><script>window.tourData = ${JSON.stringify({
    tour: { property: { address: { street_1: '12 Wendel Rd', city: 'Wendelstadt', state: 'VA' } }, [key]: [party] },
  })};</script></body></html>`;
const agent = { name: 'Lena Marten', broker: 'Qorvan Realty | Wendell Group', phone: '540-555-0142', email: 'lena@qorvan.example' };

describe("an agent's object with a portrait and a logo", () => {
  it.each([
    [{ ...agent, portrait: [{ url: 'https://img.example/p.jpg' }], logo: [{ url: 'https://img.example/l.jpg' }] }],
    [{ ...agent, headshotUrl: 'https://img.example/p.jpg', logoUrl: 'https://img.example/l.jpg' }],
    [{ ...agent, agentPhoto: 'https://img.example/p.jpg', logo: '' }],
  ])('%j is the agent\'s', (party) => {
    expect(found(tour(party), 'US', 'name')).toEqual(['name lena marten']);
  });

  it('without a logo as before', () => {
    expect(found(tour({ ...agent, portrait: [{ url: 'https://img.example/p.jpg' }] }), 'US', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    // a firm's object: a logo and no portrait
    [{ ...agent, name: 'Lena Marten', logo: [{ url: 'https://img.example/l.jpg' }] }, 'agents'],
    // a firm's name beside a portrait is still no person's
    [{ ...agent, name: 'Qorvan Realty Group', portrait: [{ url: 'https://img.example/p.jpg' }], logo: 'https://img.example/l.jpg' }, 'agents'],
    // a shop's profile: an avatar beside its logo is no person's portrait
    [{ ...agent, name: 'Berg Interiør', avatar: 'https://img.example/a.jpg', logo: 'https://img.example/l.jpg' }, 'sellers'],
    [{ ...agent, name: 'Berg Interiør', profilePhoto: 'https://img.example/a.jpg', logo: 'https://img.example/l.jpg' }, 'sellers'],
    // a business's own key
    [{ ...agent, portrait: [{ url: 'https://img.example/p.jpg' }], logo: 'https://img.example/l.jpg' }, 'agencies'],
  ])('%j under "%s" gives no name', (party, key) => {
    expect(found(tour(party, key), 'US', 'name')).toEqual([]);
  });
});
