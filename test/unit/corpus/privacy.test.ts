/**
 * Privacy net over the real-page corpus: every phone-shaped number, e-mail address and
 * VIN-like string that the product's extractor or the generic detectors find on a committed
 * page must be a synthetic label, a synthetic decoy, a platform contact or recorded as
 * non-personal in the provenance. A real value that slipped through sanitising (or a page
 * added without sanitising) fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFindings, summarise } from '../../../lambdas/collect/extract/index.js';
import { decodePage, findAll } from '../../pages/tools/detect.js';

const ROOT = join(import.meta.dirname, '..', '..', 'pages', 'real');

interface Label {
  url: string;
  country: string;
  expected: Record<'phones' | 'emails' | 'vins' | 'plates' | 'names', string[]>;
  platformContacts: string[];
}
interface Provenance {
  syntheticDecoys: string[];
  nonPersonal: string[];
}

const labels = JSON.parse(readFileSync(join(ROOT, 'labels.json'), 'utf8')) as Record<string, Label>;
const provenance = JSON.parse(readFileSync(join(ROOT, 'provenance.json'), 'utf8')) as Record<string, Provenance>;

/** Addresses only at domains reserved for documentation (RFC 2606) count as synthetic. */
const RESERVED_EMAIL = /@(?:[\w-]+\.)*example\.(?:com|net|org)$/;

describe('real-page corpus privacy', () => {
  it.each(Object.keys(labels))('%s carries no unaccounted phone, e-mail or VIN', (page) => {
    const l = labels[page]!;
    const p = provenance[page]!;
    const html = decodePage(readFileSync(join(ROOT, page))).html;
    const allowed = new Set<string>([
      ...l.expected.phones.map((v) => `phone:${v}`),
      ...l.expected.emails.map((v) => `email:${v}`),
      ...l.expected.vins.map((v) => `vin:${v}`),
      ...p.nonPersonal,
    ]);
    const anyKind = new Set<string>([...l.platformContacts, ...p.syntheticDecoys]);
    const found = new Set<string>();
    for (const h of findAll(html, l.country)) found.add(`${h.kind}:${h.value}`);
    const s = summarise(extractFindings(html, { url: l.url, country: l.country }));
    for (const v of s.phones) found.add(`phone:${v}`);
    for (const v of s.emails) found.add(`email:${v}`);
    for (const v of s.vins) found.add(`vin:${v}`);
    const unaccounted = [...found].filter((k) => !allowed.has(k) && !anyKind.has(k.slice(k.indexOf(':') + 1)));
    expect(unaccounted).toEqual([]);
  });

  it('labels only synthetic e-mail addresses', () => {
    for (const [page, l] of Object.entries(labels)) {
      for (const e of l.expected.emails) expect(e, page).toMatch(RESERVED_EMAIL);
      for (const e of provenance[page]!.syntheticDecoys.filter((v) => v.includes('@'))) expect(e, page).toMatch(RESERVED_EMAIL);
    }
  });

  it('the detectors see a real-looking number, address and VIN when one is planted', () => {
    // Adversary: a page added without sanitising. The net must catch each kind.
    const html = '<p>Ring 0171 2345678 oder schreib an max.muster@gmail.com, FIN WBA8E9G50GNT12345</p>';
    const kinds = new Set(findAll(html, 'DE').map((h) => `${h.kind}:${h.value}`));
    expect(kinds).toContain('phone:+491712345678');
    expect(kinds).toContain('email:max.muster@gmail.com');
    expect(kinds).toContain('vin:WBA8E9G50GNT12345');
  });
});
