/**
 * From the 145th sealed round (classified sites' ad and result pages): a marketplace's result page
 * whose schema.org data names the site itself as an organisation whose url is that very page, with
 * the site's hotline in its address. Such a node is the site's own, as one at the site's root is;
 * the cases an adversary would bring: the same address written otherwise, a party's node that is
 * no generic organisation, a seller's node inside an offer, another site's page, and a dealer's own
 * site. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const PAGE = 'https://www.wendell-markt.example/autos/suche/';
const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const resultPage = (head: string, cards = '', footer = ''): string =>
  `<!doctype html><html lang="de"><head><title>Autos</title>${head}</head><body><main><h1>Autos in Wendelstadt</h1>${cards}</main>${footer}</body></html>`;
const card = (model: string, phone: string): string => `<article class="result"><h2>${model}</h2><p>12.500 €</p><p>Privatverkauf, Tel. ${phone}</p></article>`;
const hotline = '0800 555 0142';
const org = (url: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  '@context': 'https://schema.org',
  '@type': 'Organization',
  name: 'Wendell Markt — Autos kaufen',
  legalName: 'Wendell Markt GmbH',
  url,
  logo: 'https://www.wendell-markt.example/logo.svg',
  address: { '@type': 'PostalAddress', telephone: hotline, addressLocality: 'Wendelstadt' },
  ...extra,
});
const de = foundAt(PAGE, 'DE');

describe("a site's organisation whose url is the page it is on", () => {
  it('is the site: its hotline is no seller\'s, while the cards\' numbers are', () => {
    expect(de(resultPage(ld(org(PAGE)), card('VW Golf 1.4', '0151 5550 1234')), 'DE', 'phone')).toEqual(['phone +4915155501234']);
  });

  it.each([
    ['without "www." and the last slash', 'https://wendell-markt.example/autos/suche'],
    ['over http', 'http://www.wendell-markt.example/autos/suche/'],
    ['with the search in its query and a fragment', 'https://www.wendell-markt.example/autos/suche/?sort=price#1'],
  ])('written %s', (_, url) => {
    expect(de(resultPage(ld(org(url))), 'DE', 'phone')).toEqual([]);
  });

  it('in a graph, with its number at the top', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ ...org(PAGE), telephone: hotline, address: undefined }] };
    expect(de(resultPage(ld(graph)), 'DE', 'phone')).toEqual([]);
  });
});

describe('still read as a party', () => {
  it("a seller's organisation inside an offer, whose url is the ad's page", () => {
    const ad = 'https://www.wendell-markt.example/autos/anzeige/4711';
    const data = { '@context': 'https://schema.org', '@type': 'Car', name: 'VW Golf', offers: { '@type': 'Offer', price: 12500, seller: { '@type': 'Organization', name: 'Autohaus Qorvan', url: ad, telephone: '030 555 01 42' } } };
    expect(foundAt(ad, 'DE')(resultPage(ld(data)), 'DE', 'phone')).toEqual(['phone +49305550142']);
  });

  it.each([
    ['a dealer', 'AutoDealer'],
    ['a local business', 'AutoRepair'],
    ['a person', 'Person'],
  ])('%s whose url is the page', (_, type) => {
    const data = { '@context': 'https://schema.org', '@type': type, name: 'Lena Marten', url: PAGE, telephone: '030 555 01 42' };
    expect(de(resultPage(ld(data)), 'DE', 'phone')).toEqual(['phone +49305550142']);
  });

  it("an organisation whose url is the same path on another site", () => {
    expect(de(resultPage(ld(org('https://www.qorvan-autos.example/autos/suche/', { telephone: '030 555 01 42', address: undefined }))), 'DE', 'phone')).toEqual(['phone +49305550142']);
  });
});

describe("a dealer's own site", () => {
  it('keeps its own organisation\'s number, as it keeps one whose url is its root', () => {
    const site = 'https://www.autohaus-qorvan.example/fahrzeuge/golf.html';
    const footer = '<footer><p>Autohaus Qorvan, Wendelweg 7, 12345 Wendelstadt</p><p>info@autohaus-qorvan.example</p></footer>';
    const at = (url: string): string[] =>
      foundAt(site, 'DE')(resultPage(ld({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Autohaus Qorvan', url, telephone: '030 555 01 42' }), '<p>VW Golf 1.4, 12.500 €</p>', footer), 'DE', 'phone');
    expect(at(site)).toEqual(at('https://www.autohaus-qorvan.example/'));
    expect(at(site)).toEqual(['phone +49305550142']);
  });
});
