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
