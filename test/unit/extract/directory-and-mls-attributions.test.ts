/**
 * From the fix round on the sixteenth sealed round (m18), general rules, each with the cases an
 * adversary would bring: fax labels in more languages, an honorific in capitals, a listing's MLS
 * attribution, the site's own organisation and its founder in JSON-LD, and studios' trade words.
 * All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const ldJson = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe("a fax line in French, Chinese, Japanese and Korean: the firm's number too", () => {
  it.each([
    ['FR', 'https://www.annuaire.example/fiche', '<p>Téléphone : +33 5 53 55 01 42 - Télécopie : +33 5 53 55 01 43</p>', ['phone +33553550142', 'phone +33553550143']],
    ['FR', 'https://www.annuaire.example/fiche', '<table><tr><td>Téléphone :</td><td>0553550142</td></tr><tr><td>Télécopie :</td><td>0553550143</td></tr></table>', ['phone +33553550142', 'phone +33553550143']],
    ['CN', 'https://www.fangwu.example/1', '<p>电话：0571-85550142 传真：0571-85550143</p>', ['phone +8657185550142', 'phone +8657185550143']],
    ['JP', 'https://www.fudosan.example/1', '<p>TEL 03-5555-0142 ファックス 03-5555-0143</p>', ['phone +81355550142', 'phone +81355550143']],
    ['KR', 'https://www.budongsan.example/1', '<p>전화 02-555-0142 팩스 02-555-0143</p>', ['phone +8225550142', 'phone +8225550143']],
  ])('%s: %s', (country, url, body, want) => {
    expect(foundAt(url, country)(page(`<h1>Ad</h1>${body}`), country, 'phone')).toEqual(want);
  });
});

describe('"MAÎTRE" in capitals, as a bar\'s directory writes it', () => {
  const fr = foundAt('https://www.annuaire.example/resultats', 'FR');
  it.each([
    ['MAÎTRE CLAIRE DUVAL , 12 rue des Lilas - 47000 AGEN', ['name claire duval']],
    ['MAITRE PAUL-HENRI VERDIER , 4 place de la Mairie', ['name paul-henri verdier']],
    // Not an honorific inside a word, nor "Maître" before a firm.
    ['REMAITRE CLAIRE DUVAL', []],
    ['MAÎTRE IMMOBILIER SARL', []],
  ])('%s', (line, want) => {
    expect(fr(page(`<h1>Avocats</h1><p>${line}</p>`), 'FR', 'name')).toEqual(want);
  });
});

describe("a listing's MLS attribution names its agent", () => {
  const us = foundAt('https://www.homes.example/property/123', 'US');
  it.each([
    ['<div>Listing Provided by</div><div>Dana Whitfield, Whitfield Realty , (281) 555-0142</div>', ['name dana whitfield']],
    ['<p>Listing provided by: Dana Whitfield, Whitfield Realty</p>', ['name dana whitfield']],
    ['<div>Posted by</div><div>Dana Whitfield</div>', ['name dana whitfield']],
    // A brokerage alone, a single word, and a line between label and name.
    ['<div>Listing Provided by</div><div>Whitfield Realty Group</div>', []],
    ['<div>Listing Provided by</div><div>Whitfield</div>', []],
    ['<div>Listing Provided by</div><div>MLS of Texas</div><div>Dana Whitfield</div>', []],
  ])('%s', (body, want) => {
    expect(us(page(`<h1>House</h1>${body}`), 'US', 'name')).toEqual(want);
  });
});

describe("the site's own organisation in JSON-LD, and its founder", () => {
  const br = foundAt('https://www.casaviva.example/imovel/123', 'BR');
  const org = (extra: Record<string, unknown>): string =>
    page(`<h1>Apartamento</h1>${ldJson({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Casa Viva', telephone: '+55 11 5555-0142', ...extra })}`);
  it.each([
    // Named as the domain, with no url of its own, or its url under the key "URL".
    ['no url', {}],
    ['"URL"', { URL: 'https://www.casaviva.example/' }],
    ['a founder', { url: 'https://www.casaviva.example/', founder: { '@type': 'Person', givenName: 'Bruno', familyName: 'Azevedo', jobTitle: 'CEO' } }],
  ])("is the site's (%s): neither its line nor a person in it is a seller's", (_what, extra) => {
    expect(br(org(extra)).filter((l) => !l.startsWith('address'))).toEqual([]);
  });

  it('an organisation named otherwise, with no url, is still read', () => {
    const html = page(`<h1>Apartamento</h1>${ldJson({ '@context': 'https://schema.org', '@type': 'RealEstateAgent', name: 'Imobiliária Norte', telephone: '+55 11 5555-0143' })}`);
    expect(br(html, 'BR', 'phone')).toEqual(['phone +551155550143']);
  });

  it("a founder is not read anywhere as a seller, the seller beside it is", () => {
    const html = page(
      `<h1>Apartamento</h1>${ldJson({ '@context': 'https://schema.org', '@type': 'Offer', seller: { '@type': 'Person', name: 'Ana Costa' }, founder: { '@type': 'Person', name: 'Bruno Azevedo' } })}`,
    );
    expect(br(html, 'BR', 'name')).toEqual(['name ana costa']);
  });
});

describe('studios and publishers are businesses', () => {
  const us = foundAt('https://www.market.example/discover', 'US');
  it.each([
    ['Nordlys Studios', []],
    ['Harbor Lane Productions', []],
    ['Dana Whitfield', ['name dana whitfield']],
  ])('%s', (name, want) => {
    const html = page(`<h1>Discover</h1><script type="application/json">${JSON.stringify({ products: [{ title: 'Brushes', seller: { name } }] })}</script>`);
    expect(us(html, 'US', 'name')).toEqual(want);
  });
});
