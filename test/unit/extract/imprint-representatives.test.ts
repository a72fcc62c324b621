/**
 * Found on a sealed round's German ad pages. An agency's legal notice in the ad's text names its
 * managing directors each with their qualifications in brackets ("vertreten durch die
 * Geschäftsführer Lena Marten [Immobilienkauffrau (IHK), …] und Kamal Reilly […]"), which hid the
 * list from the rule that reads a firm's representatives; a bank's portal gives the agency's
 * imprint in its page data beside the agency's object, the representatives under their role's key
 * ("vertretungsberechtigter": "…, …"). The cases an adversary would bring: a firm as the managing director, brackets holding
 * commas, and no contact line near the list. Every name, number and site here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.qorvan.example.de/objekt/12345', 'DE');
const names = (html: string): string[] => found(html, 'DE', 'name');
const notice = (line: string, contact = 'Telefon: 030 555 01 42'): string =>
  page(`<p>Schöne Wohnung mit Balkon.</p><p>Qorvan Immobilien GmbH - Amtsgericht Wendelstadt, HRB 12345<br><br>${line}<br><br>Am Anger 3, 96049 Wendelstadt<br>${contact}</p>`);

describe("a firm's representatives with their qualifications in brackets", () => {
  it.each([
    ['square brackets holding commas and parentheses', 'vertreten durch die Geschäftsführer Lena Marten [Immobilienkauffrau (IHK), Gutachterin] und Kamal Reilly [Sachverständiger]'],
    ['parentheses', 'Geschäftsführer: Lena Marten (Dipl.-Kffr.), Kamal Reilly (Dipl.-Kfm.)'],
    ['none, as before', 'vertreten durch die Geschäftsführer Lena Marten und Kamal Reilly'],
  ])('%s: each person', (_what, line) => {
    expect(names(notice(line))).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it.each([
    ['a firm as the managing director', 'vertreten durch die Qorvan Verwaltungs GmbH [HRB 4711] und Wendell Holding AG [HRB 815]', 'Telefon: 030 555 01 42'],
    ['no contact line near the list', 'vertreten durch die Geschäftsführer Lena Marten [Sachverständige] und Kamal Reilly [Sachverständiger]', 'Öffnungszeiten nach Vereinbarung'],
  ])('%s: no one', (_what, line, contact) => {
    expect(names(notice(line, contact))).toEqual([]);
  });
});

describe("a firm's representatives under their role's key in its imprint's data", () => {
  const estate = (structured: Record<string, string>): string =>
    page(`<h1>Dachwohnung</h1>${nextData({ estate: { title: 'Dachwohnung', contact: { company: 'Qorvan Immobilien GmbH', phone: '030 555 01 42' }, imprint: { company: 'Qorvan Immobilien GmbH', structured: { firmenname: 'Qorvan Immobilien GmbH', telefon: '030 555 01 42', ...structured } } } })}`);

  it.each([
    ['vertretungsberechtigter', 'Lena Marten, Kamal Reilly'],
    ['geschaeftsfuehrer', 'Lena Marten und Kamal Reilly'],
    ['managingDirectors', 'Lena Marten / Kamal Reilly'],
  ])('"%s": each person', (key, value) => {
    expect(names(estate({ [key]: value }))).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it('a firm under the key is no one', () => {
    expect(names(estate({ geschaeftsfuehrer: 'Qorvan Verwaltungs GmbH' }))).toEqual([]);
  });
});
