/**
 * The fix round on the seventeenth sealed round's third set (general classifieds: result pages
 * whose state is a JSON string, accounts named after their phone, agents who sign the ad's body;
 * opened after its first scoring). Every page, name and number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFindings, summarise } from '../../../lambdas/collect/extract/index.js';

const read = (html: string, country: string, url = 'https://www.anunturi.example/imobiliare/') => summarise(extractFindings(html, { url, country }));

/** A result page whose state is assigned as a JSON string, beside another global, as OLX's pages do. */
function stringState(ads: unknown[], assign = (json: string) => JSON.stringify(json)): string {
  const state = JSON.stringify({ listing: { listing: { ads } } });
  const config = JSON.stringify({ appConfig: { env: 'production', supportEmail: 'help@anunturi.example' } });
  return `<html><body><script id="init-config">
        window.__INIT_CONFIG__ = ${JSON.stringify(config)};
        window.__PRERENDERED_STATE__= ${assign(state)};
</script><h1>Apartamente de inchiriat</h1></body></html>`;
}
const ad = (id: number, name: string, description: string, isBusiness = false) => ({
  id,
  title: `Apartament ${id}`,
  description,
  isBusiness,
  contact: { chat: true, name, phone: true },
  user: { id: id + 1000, name, company_name: '' },
});

describe('page state assigned as a JSON string', () => {
  it("reads the ads' people and the numbers in their bodies", () => {
    const r = read(stringState([ad(1, 'Ioana Marin', 'Apartament luminos. Tel 0744 615 208'), ad(2, 'Mihai Dobre', 'Fara animale.')]), 'RO');
    expect(r.names.sort()).toEqual(['ioana marin', 'mihai dobre']);
    expect(r.phones).toEqual(['+40744615208']);
    // The site's config beside it is no party's.
    expect(r.emails).toEqual([]);
  });

  it('as it did with JSON.parse around the string, and single quotes', () => {
    const r1 = read(stringState([ad(1, 'Ioana Marin', 'x')], (json) => `JSON.parse(${JSON.stringify(json)})`), 'RO');
    expect(r1.names).toEqual(['ioana marin']);
  });

  it('takes nothing from a string that is no JSON', () => {
    const html = '<html><body><script>window.__GREETING__ = "Ioana Marin 0722 418 305"; window.__X__ = "{not json";</script><p>Anunturi</p></body></html>';
    expect(read(html, 'RO')).toEqual({ phones: [], emails: [], vins: [], plates: [], names: [], addresses: [] });
  });
});

describe('an account named after the phone it was opened with', () => {
  it('is the party’s number, not a name', () => {
    const r = read(stringState([ad(1, '998901234567', 'Kvartira v tsentre')]), 'UZ', 'https://www.bozor.example/nedvizhimost/');
    expect(r.phones).toEqual(['+998901234567']);
    expect(r.names).toEqual([]);
  });

  it('a run of digits that is no valid number gives nothing', () => {
    const r = read(stringState([ad(1, '00000000000', 'x'), ad(2, '123456789012345', 'y')]), 'UZ', 'https://www.bozor.example/nedvizhimost/');
    expect(r.phones).toEqual([]);
    expect(r.names).toEqual([]);
  });
});

describe('"call" written in Latin letters before a bare number', () => {
  it.each([
    ['Zvonite 901234567', '+998901234567'],
    ['Zvonit Temur 901234567', '+998901234567'],
    ["Qo'ng'iroq qiling: 901234567", '+998901234567'],
  ])('%s', (line, phone) => {
    expect(read(`<main><p>${line}</p></main>`, 'UZ', 'https://www.bozor.example/obyavlenie/1').phones).toEqual([phone]);
  });

  it('a bare run with no such word stays no number', () => {
    expect(read('<main><p>Mebel novaya 901234567</p></main>', 'UZ', 'https://www.bozor.example/obyavlenie/1').phones).toEqual([]);
  });
});

describe("accounts' names that are no person's", () => {
  it.each(['New Life For You', 'The Best Flats', 'Koa Apartments', 'Casa Apartamente', 'Central Rentals', 'fără nume', 'Xyz'])('%s', (name) => {
    expect(read(stringState([ad(1, name, 'x')]), 'RO').names).toEqual([]);
  });

  it('while a person’s name beside them is read', () => {
    expect(read(stringState([ad(1, 'Koa Apartments', 'x', true), ad(2, 'Elena Stan', 'y', true)]), 'RO').names).toEqual(['elena stan']);
  });
});

describe('a seller under a longer key', () => {
  const relay = (seller: unknown) =>
    `<html><body><script type="application/json">${JSON.stringify({ data: { feed: { edges: [{ node: { listing: { title: 'Drone', marketplace_listing_seller: seller } } }] } } })}</script><p>Marketplace</p></body></html>`;

  it('"marketplace_listing_seller" is the seller', () => {
    expect(read(relay({ __typename: 'User', name: 'Dana Morrow', id: '1000123' }), 'US', 'https://www.market.example/search/').names).toEqual(['dana morrow']);
  });

  it('a flag under such a word is nobody', () => {
    expect(read(relay(true), 'US', 'https://www.market.example/search/').names).toEqual([]);
  });
});

describe("an ad's body signed by its agent, its number hidden", () => {
  const bodies = (...descriptions: string[]) => stringState(descriptions.map((d, i) => ad(i + 1, 'Imobiliare Nord', d, true)));

  it.each([
    ['Apartament 2 camere.<br />\n<br />\nAgent: Ana-Maria Pop', 'ana-maria pop'],
    ['Pentru vizionare:<br />\ndoamna Irina Ilie<br />\nTelefon: (folosesti formularul)', 'irina ilie'],
    ['<p>Numele meu este Tudor si va stau la dispozitie.</p>', 'tudor'],
    ['Agent imobiliar: Sorin Tudose', 'sorin tudose'],
  ])('%j', (description, name) => {
    expect(read(bodies(description), 'RO').names).toEqual([name]);
  });

  it("takes no name from the body's prose", () => {
    expect(read(bodies('Mobilier de designer: Ico Parisi, Federico Munari, Angelo Lelli, Campo Company.<br />\nRenovat 2021.'), 'RO').names).toEqual([]);
  });
});
