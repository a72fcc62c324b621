import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';

const values = (html: string, kind: string) =>
  extractFindings(html, { url: 'https://ads.example/ad/1', country: 'NO' })
    .filter((f) => f.kind === kind)
    .map((f) => f.value);

describe('extraction: cases found on the demo site', () => {
  it('does not read "Email me at x[at]y.com" as the spoken address me@x', () => {
    expect(values('<p>Email me at kontakt.shop[at]example.com.</p>', 'email')).toEqual(['kontakt.shop@example.com']);
  });

  it('does not take "Selger <product> <model no.>" (Norwegian: "selling ...") for a seller name', () => {
    expect(values('<p>Selger Samsung Galaxy S23, kjøpt 19.02.2025. Lite brukt.</p>', 'name')).toEqual([]);
    expect(values('<p>Selger: Kari Nordmann</p>', 'name')).toEqual(['kari nordmann']);
  });

  it('does not take the next label for the name under a "Selger" heading', () => {
    const html = '<section><h2>Selger</h2><p>Brukernavn: <span>OlaGarasje</span></p></section>';
    expect(values(html, 'name')).toEqual([]);
    expect(values(html, 'nickname')).toEqual(['olagarasje']);
  });

  it('reports a JSON-LD address and the same address in the text once', () => {
    const html =
      '<script type="application/ld+json">{"@type":"Person","name":"Kari Nordmann","address":{"@type":"PostalAddress","streetAddress":"Storgata 1","postalCode":"0150","addressLocality":"Oslo","addressCountry":"NO"}}</script>' +
      '<p>Adresse: Storgata 1, 0150 Oslo</p>';
    expect(values(html, 'address')).toEqual(['storgata 1, 0150 oslo']);
  });

  it('reads a national-format number by the plan of the language the ad is written in', () => {
    const html = '<html lang="nb"><body><article lang="de"><p>Tel. 0176 47332837. Preis 56.100 EUR VB.</p></article></body></html>';
    expect(values(html, 'phone')).toEqual(['+4917647332837']);
  });
});

describe('extraction: plates after Norwegian labels, in any case', () => {
  it.each([
    ['<p>Kjennemerke bn39641.</p>', 'NO:BN39641'],
    ['<dl><dt>Kjennemerke</dt><dd>rj74404</dd></dl>', 'NO:RJ74404'],
    ['<p>Bilen står fortsatt på svenske skilter: BWC563.</p>', 'SE:BWC563'],
  ])('%s', (html, plate) => {
    expect(values(html, 'plate')).toEqual([plate]);
  });
});

describe('extraction: a national number of another country is not cut into a local one', () => {
  it('takes nothing from "0176 47332837" on a Norwegian page without a language hint', () => {
    expect(values('<p>Tel. 0176 47332837.</p>', 'phone')).toEqual([]);
  });

  it('still finds a local number after a year', () => {
    expect(values('<p>Modell 2019 912 34 567</p>', 'phone')).toEqual(['+4791234567']);
  });
});

describe('extraction: a street under a seller heading', () => {
  it('is an address, not a name', () => {
    const html = '<section><h2>Selger</h2><p class="addr">Skolegata 114, 5003 BERGEN</p></section>';
    expect(values(html, 'name')).toEqual([]);
    expect(values('<section><h2>Selger</h2><p>Kari Nordmann</p></section>', 'name')).toEqual(['kari nordmann']);
  });
});
