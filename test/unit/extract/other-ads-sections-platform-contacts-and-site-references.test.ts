/**
 * Found on the 160th sealed round's pages, after their scoring:
 * - a German ad page's section of other people's ads, headed "Das könnte dich auch interessieren"
 *   and marked only by an abbreviation of its own: another member's number in its card was read as the ad's;
 * - the same page's member card shows the member's initials where a name would be;
 * - a British result card's agency named after its founder and "Luxury";
 * - Polish portals' result pages describe the portal in their schema.org data, a WebPage "about" an
 *   Organization with no url, its founding date and its customer service's contact point;
 * - the same portal ends each ad's text in its data with its own reference ("Qorvan 73550142"), read
 *   as a number after the word "telefon" before it.
 * The cases an adversary would bring sit beside each. Every name, number and site here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe('a section headed as other people\'s ads', () => {
  const found = foundAt('https://www.qorvan.example.de/anzeige/studio/3100000001', 'DE');
  const adPage = (heading: string): string =>
    page(
      '<article><h1>Studio in Wendelstadt</h1><p>Helles Studio, 18 m². Anrufen unter 0176 55501420.</p></article>' +
        `<section id="vap-oth" class="l-container-row"><header><h2>${heading}</h2></header><ul class="list">` +
        '<li><article class="card"><h2><a href="/anzeige/studio/3100000002">Studio frei</a></h2><p>Studio ab sofort, Tel. 0176 55509999</p></article></li></ul></section>',
    );
  const phones = (heading: string): string[] => found(adPage(heading), 'DE', 'phone');

  it.each([['Das könnte dich auch interessieren'], ['Ähnliche Anzeigen'], ['You may also like'], ['Annonces similaires'], ['Похожие объявления']])(
    '"%s": its cards\' numbers are not the ad\'s',
    (heading) => {
      expect(phones(heading)).toEqual(['phone +4917655501420']);
    },
  );

  it.each([['Andere Anzeigen des Anbieters'], ['Mehr Bilder'], ['Interessiert? Rufen Sie an']])('"%s": the section is read, as before', (heading) => {
    expect(phones(heading)).toEqual(['phone +4917655501420', 'phone +4917655509999']);
  });
});

describe("a member's initials and an agency's brand where a name would be", () => {
  it('two capitals alone on a user card are no name', () => {
    const found = foundAt('https://www.qorvan.example.de/anzeige/studio/3100000001', 'DE');
    const html = page(
      '<h1>Studio</h1><div class="member-card"><div class="member-card-badge"><span>L</span></div><div class="member-card-info"><a href="/mitglied/31"><h2>LM</h2></a><p>Studio in Wendelstadt</p></div></div>',
    );
    expect(found(html, 'DE', 'name')).toEqual([]);
  });

  it.each([['Luxury'], ['Prestige']])('"Lena Marten %s", an agency\'s brand on a result card: no name', (word) => {
    const found = foundAt('https://www.qorvan.example.co.uk/property-for-sale/find.html', 'GB');
    const html = page(`<div class="result-card"><h2>4 bedroom house for sale</h2><p>£1,250,000</p><p>Listed on 03/02/2025 by Lena Marten ${word}, Wendelstadt</p></div>`);
    expect(found(html, 'GB', 'name')).toEqual([]);
  });
});

describe("a result page's schema.org data about the portal itself", () => {
  const found = foundAt('https://www.qorvan.example.pl/oferty/domy/wendelstadt', 'PL');
  const withData = (about: Record<string, unknown>): string =>
    '<!doctype html><html><head><script type="application/ld+json">' +
    JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', url: 'https://www.qorvan.example.pl/oferty/domy/wendelstadt', about }] }) +
    '</script></head><body><main><h1>Domy</h1></main></body></html>';
  const contacts = (about: Record<string, unknown>): string[] => found(withData(about), 'PL').filter((l) => l.startsWith('phone') || l.startsWith('email'));

  it.each([
    ['its customer service', { '@type': 'Organization', foundingDate: '2006', sameAs: ['https://social.example/qorvan'], contactPoint: { '@type': 'ContactPoint', telephone: '+48 61 555 0142', email: 'kontakt@qorvan.example.pl', contactType: 'customer service' } }],
    ['a contact point of another type', { '@type': 'Organization', foundingDate: '2006', contactPoint: { '@type': 'ContactPoint', telephone: '+48 61 555 0142' } }],
  ])("an Organization with its founding date and %s: the portal's, not an advertiser's", (_what, about) => {
    expect(contacts(about)).toEqual([]);
  });

  it("an Organization with no founding date (a dealer an ad's page is about): its line, as before", () => {
    expect(contacts({ '@type': 'Organization', name: 'Wendell Auto', contactPoint: { '@type': 'ContactPoint', telephone: '+48 61 555 0142', contactType: 'customer service' } })).toEqual(['phone +48615550142']);
  });

  it("an agency the page is about, with neither: its contacts, as before", () => {
    expect(contacts({ '@type': 'RealEstateAgent', name: 'Wendell Nieruchomości', telephone: '+48 61 555 0142', contactPoint: { '@type': 'ContactPoint', contactType: 'sales' } })).toEqual([
      'phone +48615550142',
    ]);
  });
});

describe("the site's own name before a bare run of digits", () => {
  const found = foundAt('https://www.qorvan.pl/ogloszenie/dom-z-ogrodem-ID4abc', 'PL');
  const ad = (text: string): string[] => found(page(`<h1>Dom z ogrodem</h1><p>${text}</p>`), 'PL', 'phone');

  it('"… telefon. Qorvan 73550142": the ad\'s reference', () => {
    expect(ad('Zalety: balkon, winda, telefon. Qorvan 73550142')).toEqual([]);
  });

  it.each([
    ['another word before it', 'Zalety: balkon, telefon 605 555 142', ['phone +48605555142']],
    ['grouped as a number is', 'Kontakt: Qorvan 605 555 142', ['phone +48605555142']],
    ['with its "+"', 'Kontakt: Qorvan +48 605 555 142', ['phone +48605555142']],
  ])('%s: a number', (_what, text, expected) => {
    expect(ad(text)).toEqual(expected);
  });
});
