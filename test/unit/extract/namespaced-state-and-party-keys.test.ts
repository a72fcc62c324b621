/**
 * State a script assigns to its own namespace, written as JavaScript rather than JSON
 * (`Homes.Data.listings = [{listerName: …}]`), and the ad's party named at the end of a longer
 * key ("mediaViewerListerPhone", "listingAgentName"). All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { plausibleName } from '../../../lambdas/collect/extract/names.js';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.homes.example.com.au/buy/list-1', 'AU');

const listing = (name: string, phone: string): string => `{
        agencyId: "XKQJRT",
        businessName: "12 Example Street, Exampletown, NSW 2000",
        id: "100000001",
        mediaViewerClientData: {
            mediaViewerBrandingName: "Example Realty - Town ",
            mediaViewerListerName: "${name}",
            mediaViewerListerPhone: "${phone}"
        },
        postalCode: "2000"
    }`;
const script = (assignment: string): string => page('<h1>Houses for sale</h1>') + `<script>\n    ${assignment}\n</script>`;

describe('a JavaScript literal assigned to a namespace', () => {
  it("gives each listing's lister: name and mobile", () => {
    const html = script(`Homes.Data.listings = [${listing('Jane Sample', '0412 345 678')}, ${listing('Tom Example', '0423 456 789')}];`);
    expect(found(html)).toEqual(['name jane sample', 'name tom example', 'phone +61412345678', 'phone +61423456789']);
  });

  it('is read after other code in the same script, and when it is a single object', () => {
    const html = script(`var x = 1; function f(a) { return a + 1; }\n    Homes.page.ad = ${listing('Jane Sample', '0412 345 678')};`);
    expect(found(html)).toEqual(['name jane sample', 'phone +61412345678']);
  });

  it("is not a local object's property (a namespace's root is capitalised, as a global's is)", () => {
    const html = script(`var homes = {}; homes.data = ${listing('Jane Sample', '0412 345 678')};`);
    expect(found(html)).toEqual([]);
  });

  it('is not a comparison', () => {
    const html = script(`if (Homes.Data.listing == ${listing('Jane Sample', '0412 345 678')}) {}`);
    expect(found(html)).toEqual([]);
  });

  it('holding code rather than data gives nothing and does not stop the rest of the page', () => {
    const html =
      script(`Homes.Data.handlers = {onClick: function () { call("0412 345 678"); }};`) +
      `<p>Inspect by appointment, call Jane on 0423 456 789</p>`;
    expect(found(html, 'AU', 'phone')).toEqual(['phone +61423456789']);
  });

  it('written as JSON is read once, as before (the JSON literals were read already)', () => {
    const json = JSON.stringify({ seller: { name: 'Jane Sample', phone: '0412 345 678' }, description: 'Three bedrooms, a garden and a double garage; close to the station, the schools and the shops. Inspections on Saturdays from ten to eleven, or by appointment with the agent.' });
    const html = script(`Homes.Data.ad = ${json};`);
    expect(found(html)).toEqual(['name jane sample', 'phone +61412345678']);
    expect(json.length).toBeGreaterThan(200);
  });
});

describe("a party's word at the end of a longer key", () => {
  it("names the listing agent's name and mobile", () => {
    const html = page('<h1>House</h1>') + nextData({ listing: { listingAgentName: 'Jane Sample', listingAgentMobile: '0412 345 678' } });
    expect(found(html)).toEqual(['name jane sample', 'phone +61412345678']);
  });

  it("names the listing agent's e-mail address and primary phone", () => {
    const html = page('<h1>House</h1>') + nextData({ listing: { listingAgentEmailAddress: 'jane.sample@realty.example', listingAgentPrimaryPhone: '0412 345 678' } });
    expect(found(html)).toEqual(['email jane.sample@realty.example', 'phone +61412345678']);
  });

  it("is not a support desk's agent", () => {
    const html = page('<h1>House</h1>') + nextData({ chat: { supportAgentName: 'Tom Example', customerServiceAgentPhone: '0412 345 678', helpdeskAgentEmail: 'desk@homes.example.com.au' } });
    expect(found(html)).toEqual([]);
  });

  it("is not a brokerage's name under a broker's key", () => {
    const html = page('<h1>House</h1>') + nextData({ results: [{ brokerName: 'Harbour Bridge Realty', price: 950000 }] });
    expect(found(html, 'AU', 'name')).toEqual([]);
  });

  it("is not the field's own label from the page's translations", () => {
    const html = page('<h1>House</h1>') + nextData({ i18n_strings: { agent_name: "Agent's name" }, contactForm: { agentName: 'Your name' } });
    expect(found(html, 'AU', 'name')).toEqual([]);
  });
});

describe("an ad's description held in an object of its own", () => {
  const state = (description: unknown, ownerName = 'Private Seller'): string =>
    page('<h1>Used cars</h1>') +
    `<script>window.__CARS_DATA__=${JSON.stringify({ initialState: { inventory: { '1001': { description, ownerName, vin: '1HGCM82633A004352' } } } })};</script>`;
  const us = foundAt('https://www.cars.example/cars-for-sale/results', 'US');

  it('is read as the text it holds ({"hasMore": true, "label": "…"})', () => {
    expect(us(state({ hasMore: true, label: 'Ask for Marcus on 619-555-0188, evenings and weekends.' }))).toEqual([
      'name marcus',
      'phone +16195550188',
      'vin 1HGCM82633A004352',
    ]);
  });

  it('is read under "text" too, and an object without a text gives nothing', () => {
    expect(us(state({ text: 'Call 404 555 0199 for a test drive', truncated: true }), 'US', 'phone')).toEqual(['phone +14045550199']);
    expect(us(state({ hasMore: false, length: 7705550199 }), 'US', 'phone')).toEqual([]);
  });
});

describe("a dealer's name that carries a car make", () => {
  const us = foundAt('https://www.cars.example/cars-for-sale/results', 'US');
  const owner = (ownerName: string): string =>
    page('<h1>Used cars</h1>') + `<script>window.__CARS_DATA__=${JSON.stringify({ initialState: { inventory: { '1001': { ownerName, title: 'Used 2005 Sedan', price: 4995 } } } })};</script>`;

  it.each(['Harbour Acura', 'Lakeside Buick GMC', 'Jaguar Land Rover Springfield', 'Springfield Cadillac', 'Sunny Day Rides'])('is no person: %s', (name) => {
    expect(us(owner(name), 'US', 'name')).toEqual([]);
  });

  it("keeps a person whose family name is also a make's (Lincoln, Morgan)", () => {
    expect(us(owner('Tom Lincoln'), 'US', 'name')).toEqual(['name tom lincoln']);
    expect(us(owner('Anna Morgan'), 'US', 'name')).toEqual(['name anna morgan']);
  });
});

describe("an address's storey", () => {
  it.each(['Ground Floor', 'Ground Floor.', 'Basement Flat', 'Mezzanine Level'])('is no name: %s', (text) => {
    expect(plausibleName(text)).toBe(false);
  });

  it('leaves a person named Floor a name', () => {
    expect(plausibleName('Floor Bakker')).toBe(true);
  });
});
