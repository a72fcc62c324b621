import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFindings, summarise, type FindingsSummary } from '../../../lambdas/collect/extract/index.js';

const sample = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../pages/samples/${name}`, import.meta.url)), 'utf8');

interface Case {
  file: string;
  url: string;
  country: string;
  summary: FindingsSummary;
  nicknames: string[];
}

const cases: Case[] = [
  {
    file: 'no-bil-kjopogsalg.html',
    url: 'https://www.kjopogsalg.example/bil/brukt/annonse/284751936',
    country: 'NO',
    summary: {
      phones: ['+4791234567', '+4798765432'],
      // The second address is in the page's embedded state only (seller.email).
      emails: ['hidden@example.no', 'ola.nordmann@example.no'],
      vins: ['YV1DZ8256K2012345'],
      plates: ['NO:AB12345'],
      names: ['ola nordmann'],
      addresses: ['storgata 1, 0150 oslo'],
    },
    nicknames: ['bilola88'],
  },
  {
    file: 'se-bil-marknad.html',
    url: 'https://www.bilmarknaden.example/annons/1234567890',
    country: 'SE',
    summary: {
      phones: ['+46701740655', '+46846500410'],
      emails: ['anna.svensson@example.se'],
      vins: ['WDC2539461F123456'],
      plates: ['SE:ABC123', 'SE:XYZ12A'],
      names: ['anna svensson'],
      addresses: ['storgatan 12, 123 45 stockholm'],
    },
    nicknames: [],
  },
  {
    file: 'de-autoboerse.html',
    url: 'https://www.autoboerse.example/angebote/123456789',
    country: 'DE',
    summary: {
      phones: ['+4930901820', '+49301234567', '+4915128473915'],
      emails: ['verkauf@example.de', 'm.mustermann@example.de'],
      vins: ['WVWZZZCDZMW012345'],
      plates: ['DE:BAB1234', 'DE:MAB123E'],
      names: ['max mustermann'], // the dealer (Autohaus Beispiel GmbH) is a business, not a person
      addresses: ['beispielstraße 12, 10115 berlin'],
    },
    nicknames: [],
  },
  {
    file: 'fr-annonce-auto.html',
    url: 'https://www.lespetitesautos.example/voitures/2456789012.htm',
    country: 'FR',
    summary: {
      phones: ['+33199001234'],
      emails: ['jean.dupont@example.fr'],
      vins: ['VF1RJA00X68123456'],
      plates: ['FR:AB123CD'],
      names: ['jean dupont'],
      addresses: ["12 rue de l'exemple, 75001 paris"],
    },
    nicknames: [],
  },
  {
    file: 'gb-car-classifieds.html',
    url: 'https://www.motorsmarket.example/ad/1234567890',
    country: 'GB',
    summary: {
      phones: ['+441134960123', '+442079460958'],
      emails: ['sales@example.co.uk'],
      vins: ['SALGA2EF7GA123456'],
      plates: ['GB:AB12CDE'],
      names: ['john smith'], // Northern Motors Ltd is a business
      addresses: ['1 example street, leeds ls1 4ap'],
    },
    nicknames: [],
  },
  {
    file: 'pl-ogloszenie.html',
    url: 'https://www.ogloszenia.example/oferta/845123456',
    country: 'PL',
    summary: {
      phones: ['+48512345678', '+48221234567'],
      emails: ['jan.kowalski@example.pl'],
      vins: ['TMBJJ7NS3K8012345'],
      plates: ['PL:WA12345', 'PL:KR1234A'],
      names: ['jan kowalski'],
      addresses: ['ul. przykładowa 12, 00-950 warszawa'],
    },
    nicknames: ['jankow_82'],
  },
  {
    file: 'us-dealer.html',
    url: 'https://www.example-motors.example/inventory/48213',
    country: 'US',
    summary: {
      phones: ['+12015550123'],
      emails: ['sales@example.com'],
      vins: ['1M8GDM9AXKP042788'],
      plates: [],
      names: ['jane doe'],
      addresses: [],
    },
    nicknames: [],
  },
];

describe('sample ad pages', () => {
  it.each(cases)('$file', ({ file, url, country, summary, nicknames }) => {
    const findings = extractFindings(sample(file), { url, country });
    expect(summarise(findings)).toEqual(summary);
    expect(findings.filter((f) => f.kind === 'nickname').map((f) => f.value)).toEqual(nicknames);
  });

  it('keeps the most specific origin of the Norwegian page’s findings', () => {
    const findings = extractFindings(sample('no-bil-kjopogsalg.html'), { url: cases[0]!.url, country: 'NO' });
    expect(findings.map((f) => `${f.kind} ${f.origin}`)).toEqual([
      'vin json-ld:vehicleIdentificationNumber',
      'phone json-ld:offers.seller.telephone',
      'name json-ld:offers.seller.name',
      'email embedded:__STATE__:ad.seller.email',
      'phone text',
      'email text',
      'plate text',
      'nickname text',
      'address text',
    ]);
  });

  it('applies the demo source’s rules to the demo page', () => {
    const rules = { fields: { name: '.seller-name', nickname: '.seller-nick', address: '.seller-address' } };
    const findings = extractFindings(sample('demo-rules.html'), { url: 'http://127.0.0.1:4390/ad/1', country: 'NO', rules });
    expect(findings).toEqual([
      { kind: 'name', value: 'kari nordmann', origin: 'rule:.seller-name' },
      { kind: 'nickname', value: 'tilhengerkari', origin: 'rule:.seller-nick' },
      { kind: 'address', value: 'kirkegata 5, 0153 oslo', origin: 'rule:.seller-address' },
      { kind: 'phone', value: '+4741234567', origin: 'text' },
      { kind: 'email', value: 'kari.nordmann@example.no', origin: 'text' },
    ]);
  });
});
