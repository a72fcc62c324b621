/**
 * From the 87th sealed round (found after its scoring): an industry association's press release
 * gave the association itself as its author, typed as a person ("Bundesverband …" in microdata's
 * author.name), which was stored as a person's name. Associations', federations', foundations' and
 * unions' words are a business's. Every name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const site = foundAt('https://www.wendell-verband.example/presse/4711', 'DE');
const authored = (author: string): string =>
  page(
    '<article itemscope itemtype="https://schema.org/Article"><h1>Mehr Tempo beim Ausbau</h1><p>Der Ausbau kommt voran.</p>' +
      `<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">${author}</span></span></article>`,
  );

describe('an association as its own release\'s author', () => {
  it.each([['Bundesverband Wendell'], ['Verein Wendell Freunde'], ['Stiftung Lena Marten'], ['Fédération Wendell'], ['Wendell Association']])('"%s" is no person', (author) => {
    expect(site(authored(author), 'DE', 'name')).toEqual([]);
  });

  it('a person as the author still is one', () => {
    expect(site(authored('Lena Marten'), 'DE', 'name')).toEqual(['name lena marten']);
  });
});

/**
 * From the 87th sealed round too: a local news site's contact line gave its office's landline and
 * its newsroom's mobile with a spaced dash between them ("Telefon: 04521 555946 - 0160 5553927"),
 * read as one long number. A second national number, trunk 0 first, starts after such a dash once
 * the first has a number's digits. Every number here is invented.
 */
describe('two national numbers with a spaced dash between them', () => {
  const news = foundAt('https://www.wendell-lokal.example/kontakt/', 'DE');
  it.each([
    ['a dash', 'Telefon: 04521 555946 - 0160 5553927'],
    ['an en dash', 'Telefon: 04521 555946 – 0160 5553927'],
  ])('with %s', (_what, line) => {
    expect(news(page(`<p>${line}</p>`), 'DE', 'phone')).toEqual(['phone +491605553927', 'phone +494521555946']);
  });

  it("a switchboard's extension after the dash stays the number's", () => {
    expect(news(page('<p>Telefon: +49 (0) 99 73 55 59 – 0</p>'), 'DE', 'phone')).toEqual(['phone +49997355590']);
  });

  it('an area code alone before the dash stays the number\'s', () => {
    expect(news(page('<p>Telefon: 030 - 5551234</p>'), 'DE', 'phone')).toEqual(['phone +49305551234']);
  });
});
