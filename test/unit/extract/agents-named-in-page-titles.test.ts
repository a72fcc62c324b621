/**
 * An estate agent's own page titled with their name and their trade ("Name | Brand — Gayrimenkul
 * Danışmanı", "Name, Realtor® | …"), whose body spells the name only where no text rule reads
 * it (the header's brand, a portrait's alt text, the footer's copyright). With the cases an
 * adversary would bring: a title whose other part is a seller's or a consultant's job (a make that
 * opens with a given name, on a dealer's page), a name the body never spells, a role word inside a longer word,
 * a title with no name, and a name that opens with no known given name. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const page = (title: string, body: string): string =>
  `<!doctype html><html><head><title>${title}</title><meta property="og:title" content="${title}"></head><body>` +
  `<header><a class="brand" href="/"><span class="brand-name">Lena Marten</span> Keystone Homes</a></header>` +
  `<main><section class="hero"><img src="/portrait.jpg" alt="Kamal Reilly"><p>${body}</p></section></main>` +
  `<footer><span>© 2026 Kamal Reilly · Orlando Wendell</span></footer></body></html>`;

describe("an agent's name in the page's title, beside the agent's trade", () => {
  const tr = foundAt('https://www.lenamarten-emlak.example/', 'TR');
  it.each([
    ['Lena Marten | Keystone Homes — Gayrimenkul Danışmanı · Merkez', 'TR', ['name lena marten']],
    ['Lena Marten — Emlak Danışmanı', 'TR', ['name lena marten']],
    ['Kamal Reilly, Realtor® | Perth Homes', 'US', ['name kamal reilly']],
    ['Kamal Reilly - Real Estate Agent - Perth', 'AU', ['name kamal reilly']],
    ['Kamal Reilly | Immobilienmakler in Hamburg', 'DE', ['name kamal reilly']],
    ['Kamal Reilly · Agent immobilier', 'FR', ['name kamal reilly']],
  ])('%s (%s)', (title, country, want) => {
    expect(tr(page(title, 'Satılık ve kiralık portföyler.'), country, 'name')).toEqual(want);
  });
});

describe('what such a title does not say', () => {
  const us = foundAt('https://www.homes.example/', 'US');
  it.each([
    // A seller's or a consultant's job alone: a dealer's page names its make so.
    ['Mercedes Benz | Sales Consultant'],
    ['Kamal Reilly | Sales Consultant'],
    ['Kamal Reilly | Seller'],
    // A name the body never spells (a famous person's house in an article's title).
    ['Orlando Perth | Realtor picks his home'],
    // The role's letters inside a longer word.
    ['Kamal Reilly | Realtorship courses'],
    // No name in it, or no known given name first.
    ['Find a Realtor | Homes'],
    ['Mavi Konaklar | Emlak Danışmanı'],
  ])('%s', (title) => {
    // The body spells the title's first part (but for the famous person's), so only the rule's other tests refuse it.
    const first = title.split(' | ')[0]!;
    const body = first === 'Orlando Perth' ? 'Homes for sale.' : `${first}: homes for sale.`;
    expect(us(page(title, body), 'US', 'name')).toEqual([]);
  });
});
