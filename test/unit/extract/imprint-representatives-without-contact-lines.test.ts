/**
 * Found on a sealed round's tradesman's imprint: its legal representative stood after the post
 * ("Vertretungsberechtigte Personen" / "<name>, Geschäftsführung") with no phone or mail line near,
 * which the post rules ask for (an article's list of a board's members has none either). In an
 * imprint the post says whose name it is. The cases an adversary would bring: a firm, a sentence
 * or an unknown given name after the post, and the same lines on a page that is no imprint. All
 * values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://wendell-elektro.example/impressum/', 'DE');
const imprint = (block: string): string =>
  `<!doctype html><html><body><main><h1>Impressum</h1><p>Angaben gemäß § 5 DDG</p><p>Wendell Elektro GmbH<br>Wendelweg 4<br>53999 Wendelfingen</p>` +
  `<p>Registergericht: Amtsgericht Wendelfingen<br>Registernummer: HRB 10001</p><p>${block}</p><h2>Streitschlichtung</h2><p>Wir nehmen nicht an Streitbeilegungsverfahren teil.</p></main></body></html>`;

describe("an imprint's representative after the post", () => {
  it.each([
    'Vertretungsberechtigte Personen<br>Lena Marten, Geschäftsführung',
    'Vertretungsberechtigte Person: Lena Marten',
    'Vertreten durch: Lena Marten',
    'Vertreten durch<br>Lena Marten',
    'Geschäftsführerin: Lena Marten',
    'Inhaber: Lena Marten',
  ])('%s', (block) => {
    expect(found(imprint(block), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    'Vertreten durch: Wendell Verwaltungs GmbH',
    'Vertreten durch den Vorstand',
    'Geschäftsführung<br>Qorvan Zeltbau',
    'Inhaber: Wendelstadt',
  ])('not %s', (block) => {
    expect(found(imprint(block), 'DE', 'name')).toEqual([]);
  });

  it('not on a page that is no imprint', () => {
    const html = `<!doctype html><html><body><main><h1>Unser Verein</h1><p>Der Vorstand stellt sich vor.</p><p>Vertreten durch: Lena Marten</p></main></body></html>`;
    expect(foundAt('https://wendell-verein.example/verein/', 'DE')(html, 'DE', 'name')).toEqual([]);
  });
});
