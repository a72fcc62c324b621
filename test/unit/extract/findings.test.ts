/**
 * FindingSet keeps one page's phone normalisations (findings.ts): the memo must answer exactly
 * what normalisePhone answers, per country, also when two sets of a page share it.
 */
import { describe, expect, it } from 'vitest';
import { FindingSet } from '../../../lambdas/collect/extract/findings.js';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';
import { PhoneFinder } from '../../../lambdas/collect/extract/phones.js';
import { normalisePhone } from '../../../lambdas/shared/normalise/index.js';

// Synthetic numbers in the formats of the markets (no real subscriber's number).
const RAW = ['912 34 567', '+47 912 34 567', '08-123 456 78', '0176 47332837', '284751936', '070-123 45 67', 'tel:+4791234567', '', 'abc'];
const COUNTRIES = ['NO', 'SE', 'DE', 'XX'];

describe('FindingSet.normalisePhone', () => {
  it('answers what normalisePhone answers, for every value and country, asked in any order and twice', () => {
    const set = new FindingSet('NO');
    for (const round of [0, 1]) {
      for (const country of round ? [...COUNTRIES].reverse() : COUNTRIES) {
        for (const raw of RAW) expect(set.normalisePhone(raw, country), `${country} ${raw}`).toBe(normalisePhone(raw, country));
      }
    }
  });

  it('keeps countries apart when two sets of a page with different countries share the memo', () => {
    const no = new FindingSet('NO');
    const se = new FindingSet('SE', no);
    // "08-123 456 78" is a Stockholm number, not valid in Norway: NO's answer must not leak into SE's.
    expect(no.add('phone', '08-123 456 78', 'text')).toBe(normalisePhone('08-123 456 78', 'NO'));
    expect(se.add('phone', '08-123 456 78', 'text')).toBe(normalisePhone('08-123 456 78', 'SE'));
    expect(normalisePhone('08-123 456 78', 'SE')).not.toBe(normalisePhone('08-123 456 78', 'NO'));
    // Sharing the memo shares no findings.
    expect(no.findings.map((f) => f.value)).toEqual([]);
    expect(se.findings.map((f) => f.value)).toEqual([normalisePhone('08-123 456 78', 'SE')]);
  });

  it('a phone finder reading the same number twice finds it once, and as often with a fresh set', () => {
    const text = 'Ring 912 34 567\nEller ring 912 34 567 etter kl. 17';
    const memo = new FindingSet('NO');
    const reused = new FindingSet('NO', memo);
    memo.normalisePhone('912 34 567'); // primed by another set of the page
    new PhoneFinder(reused).scan(text, 'text');
    const fresh = new FindingSet('NO');
    new PhoneFinder(fresh).scan(text, 'text');
    expect(reused.findings).toEqual(fresh.findings);
    expect(fresh.findings.map((f) => f.value)).toEqual(['+4791234567']);
  });
});

describe('attributes read once per name, label and value (index.ts)', () => {
  it('reads the same value again under another label: the label decides what it is', () => {
    // Synthetic number. The first meta labels it an ad id (not a phone), the second a phone.
    const html =
      '<!doctype html><html><head><meta name="ad-id" content="98 76 54 32"><meta name="telefon" content="98 76 54 32"></head>' +
      '<body><p>Pent brukt</p></body></html>';
    const phones = extractFindings(html, { url: 'https://ads.example/1', country: 'NO' }).filter((f) => f.kind === 'phone');
    expect(phones.map((f) => [f.value, f.origin])).toEqual([['+4798765432', 'attr:content']]);
  });

  it('an id-labelled value alone is no phone (the test above is not vacuous)', () => {
    const html = '<!doctype html><html><head><meta name="ad-id" content="98 76 54 32"></head><body><p>Pent brukt</p></body></html>';
    expect(extractFindings(html, { url: 'https://ads.example/1', country: 'NO' }).filter((f) => f.kind === 'phone')).toEqual([]);
  });
});
