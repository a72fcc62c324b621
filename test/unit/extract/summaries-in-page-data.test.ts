/**
 * Found on a sealed round's result page of a property portal that ships its cards as page data: an
 * agency's number written only in a card's "summary" ("ring the office on …"), which the page's text
 * did not show, was missed; an ad's summary is its free text, as its description is. The cases an
 * adversary would bring: a summary of other ads (similar listings), a summary holding only a price
 * and a reference, and summaries of things other than the ad. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell-homes.example/property-for-sale/find.html?area=Wendelton', 'GB');
const pageWith = (state: unknown): string =>
  `<html><body><main><h1>Homes for sale</h1><div id="results"></div></main>` +
  `<script>window.jsonModel = ${JSON.stringify(state)}</script></body></html>`;
const card = (summaryKey: string, summary: string) => ({
  id: 51830266,
  bedrooms: 3,
  [summaryKey]: summary,
  customer: { branchDisplayName: 'Wendell Homes, Wendelton', contactTelephone: '020 7946 0999' },
});

describe("a card's summary in page data", () => {
  it.each([['summary'], ['propertySummary'], ['summaryText']])('the number in its %s is read', (key) => {
    const state = { properties: [card(key, 'Viewings all week; ring the Wendelton office on 020 7946 0142 to arrange one.')] };
    expect(found(pageWith(state), 'GB', 'phone')).toEqual(['phone +442079460142', 'phone +442079460999']);
  });

  it('a price and a reference in it are no phone', () => {
    const state = { properties: [card('summary', 'Guide price £450,000. Ref 20794601. Chain free, 3 bedrooms, 2 receptions.')] };
    expect(found(pageWith(state), 'GB', 'phone')).toEqual(['phone +442079460999']);
  });

  it("similar listings' summaries are not read", () => {
    const state = {
      properties: [card('summary', 'Three bedroom house.')],
      similarProperties: [{ id: 1, summary: 'Call us on 020 7946 0555 today.' }],
    };
    expect(found(pageWith(state), 'GB', 'phone')).toEqual(['phone +442079460999']);
  });
});
