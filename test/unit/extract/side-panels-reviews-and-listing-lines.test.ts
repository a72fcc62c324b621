/**
 * From the 56th sealed round (found after its scoring):
 * - an ad slot's dotted path in a `data-name` attribute ("31337.1.3.1") read as a Latvian mobile;
 * - an agency's card in a side column headed "Marketed by" that no class marks as the seller's:
 *   the side column was cut as chrome with the agency's WhatsApp line in it;
 * - one WhatsApp link printed three times on an ad page (a contact box for phones, one for
 *   desktops, one at the foot) taken for a site's routed number and dropped;
 * - reviewers' user boxes ("user-info") in hReview blocks read as seller boxes: twenty reviewers'
 *   names on a restaurant's page;
 * - a local pack's lines under "Mais de 3 anos no mercado" (Portuguese "no", "in the", read as the
 *   id label "No." on the line above the number).
 * Every number and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe('a dotted path is no number', () => {
  const found = foundAt('https://www.tirgus.example/datori/', 'LV');

  it.each([['31337.1.3.1'], ['31337.1.4.3'], ['2.6.1.20014']])('"%s" in an ad slot\'s attribute', (path) => {
    expect(found(page(`<div data-name="${path}" class="ad ad-regular"></div><p>Dators, 120 EUR</p>`), 'LV', 'phone')).toEqual([]);
  });

  it.each([
    ['a French number with dots', '<p>Tél. 06.12.34.56.78</p>', 'FR', 'phone +33612345678'],
    ['a Belgian mobile with dots', '<p>Tel. 0475.12.34.56</p>', 'BE', 'phone +32475123456'],
    ['a US number with its country code', '<p>Call 1.212.555.0142</p>', 'US', 'phone +12125550142'],
  ])('a number written with dots is one still: %s', (_what, body, country, phone) => {
    expect(found(page(body), country, 'phone')).toEqual([phone]);
  });
});

describe('a side column headed as the seller\'s card', () => {
  const found = foundAt('https://www.propertycentre.example/for-rent/flat/4000001', 'NG');
  const side = (heading: string): string =>
    `<h1>Brand new 2 bedroom flat</h1><p>Serviced, with a pool.</p><div class="sidebar"><div class="panel"><div class="panel-heading"><h2>${heading}</h2></div>` +
    '<div class="panel-body"><p><a href="/agents/brightway-1"><strong>Brightway Homes</strong></a></p><p><i class="fa fa-whatsapp"></i> 08035551234</p></div></div></div>';

  it.each([['Marketed by'], ['Listed by'], ['Contact agent'], ['Verkäufer'], ['Your agent:']])('"%s" keeps the card\'s line', (heading) => {
    expect(found(page(side(heading)), 'NG', 'phone')).toEqual(['phone +2348035551234']);
  });

  it.each([['Similar properties'], ['Popular locations'], ['Mortgage calculator'], ['Agents near you'], ['Sellers of the week in Lagos']])('"%s" is chrome still', (heading) => {
    expect(found(page(side(heading)), 'NG', 'phone')).toEqual([]);
  });
});

describe('one chat link printed again', () => {
  const found = foundAt('https://www.propertypro.example/property/3-bedroom-flat-Q2XWZ', 'NG');
  const link = (text: string, n: string): string =>
    `<a href="whatsapp://send?text=${text}&amp;phone=${n}" class="whatsapp">WhatsApp</a>`;

  it('three copies of the same link are the seller\'s number', () => {
    const same = link('Hi, I am interested in https://www.propertypro.example/property/3-bedroom-flat-Q2XWZ', '2348035551234');
    expect(found(page(`<div class="box-mobile">${same}</div><div class="box-desktop">${same}</div><div class="foot">${same}</div>`), 'NG', 'phone')).toEqual(['phone +2348035551234']);
  });

  it('a site\'s number in each card\'s own link is routed still', () => {
    const cards = [1, 2, 3, 4].map((i) => `<div class="card">${link(`Hi, about ref ${i}`, '2348035550000')}</div>`).join('');
    expect(found(page(cards), 'NG', 'phone')).toEqual([]);
  });
});

describe('reviewers are no sellers', () => {
  const found = foundAt('https://www.tafels.example/restaurant/vlissingen/zee-12', 'NL');
  const review = (who: string): string =>
    `<div class="hreview"><div class="span4 left-column"><div class="user-info"><div class="name reviewer">${who}</div></div></div><p>Heerlijk gegeten, 8.0</p></div>`;

  it('an hReview block\'s user box is its author\'s', () => {
    expect(found(page(['Bram', 'Sanne', 'Lotte de Wit'].map(review).join('')), 'NL', 'name')).toEqual([]);
  });

  it('a seller\'s user box outside the reviews is read still', () => {
    const body = `<div class="user-info"><div class="name">Lotte de Wit</div><p>Particulier</p></div>${review('Bram')}`;
    expect(found(page(body), 'NL', 'name')).toEqual(['name lotte de wit']);
  });
});

describe('a label on the line above ends that line', () => {
  const found = foundAt('https://www.search.example/search?q=salao+de+beleza', 'BR');

  it('words after "no" (Portuguese "in the") label nothing', () => {
    const card = 'Studio Aurora<br>4,7(52) · Salão de Beleza<br>Mais de 7 anos no mercado · Campinas - SP<br>Aberto ⋅ Fecha às 19:00 · (11) 4411-5555';
    expect(found(page(`<div>${card.split('<br>').map((l) => `<div>${l}</div>`).join('')}</div>`), 'BR', 'phone')).toEqual(['phone +551144115555']);
  });

  it.each([['Anzeigen-ID', 'DE'], ['Ref. no.', 'GB'], ['Nr ogłoszenia:', 'PL']])('"%s" alone above a number still labels it', (label, country) => {
    expect(found(page(`<dl><dt>${label}</dt><dd>0612345678</dd></dl>`), country, 'phone')).toEqual([]);
  });
});
