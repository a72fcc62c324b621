import { describe, expect, it } from 'vitest';
import { looksLikeAd, parseListing } from '../../../lambdas/collect/crawl/listing.js';

const PAGE = 'https://www.example.no/bil/brukt?page=2';

describe('parseListing with rules', () => {
  const html = `<html><body>
    <div class="card"><a class="ad-link" href="/bil/annonse/100200">Volvo</a></div>
    <div class="card"><a class="ad-link" href="https://www.example.no/bil/annonse/100200#photos">Volvo again</a></div>
    <div class="card"><a class="ad-link" href="annonse/300400?ref=list">relative</a></div>
    <div class="card"><a class="ad-link" href="https://m.example.no/bil/annonse/500600">mobile host</a></div>
    <div class="card"><a class="ad-link" href="https://evil.example.com/bil/annonse/1">other site</a></div>
    <div class="card"><a class="ad-link" href="javascript:alert(1)">js</a></div>
    <div class="card"><a class="ad-link" href="mailto:seller@example.no">mail</a></div>
    <a href="/bil/annonse/999999">not matched by the rule</a>
    <nav><a class="pager-next" href="?page=3">Neste</a></nav>
  </body></html>`;

  it('absolute, same-site, deduplicated, in page order; next page from the rule', () => {
    expect(parseListing(html, PAGE, { adLinks: 'a.ad-link', nextPage: 'a.pager-next' })).toEqual({
      adUrls: [
        'https://www.example.no/bil/annonse/100200',
        'https://www.example.no/bil/annonse/300400?ref=list',
        'https://m.example.no/bil/annonse/500600',
      ],
      nextPage: 'https://www.example.no/bil/brukt?page=3',
    });
  });

  it('a selector naming a card takes the link inside it', () => {
    expect(parseListing(html, PAGE, { adLinks: 'div.card' }).adUrls).toHaveLength(3);
  });

  it('no next page on the last page', () => {
    expect(parseListing('<a class="ad-link" href="/ad/1">x</a>', PAGE, { adLinks: 'a.ad-link', nextPage: 'a.pager-next' })).toEqual({
      adUrls: ['https://www.example.no/ad/1'],
    });
  });
});

describe('parseListing heuristics', () => {
  it('finds rel=next and ad-looking links, skipping navigation', () => {
    const html = `<html><head><base href="https://www.example.no/torget/"></head><body>
      <a href="/">Home</a> <a href="/about">About</a> <a href="/login?next=/ad/1">Log in</a>
      <a href="item/55">item</a>
      <a href="/ad/abc-def">ad</a>
      <a href="/torget/mobler/sofa-med-sjeselong-12345678">slug with id</a>
      <a href="/view?finnkode=123456">query id</a>
      <a href="/torget/?page=5">5</a>
      <a href="https://other.no/ad/1">other site</a>
      <a rel="next" href="/torget/?page=3">›</a>
    </body></html>`;
    expect(parseListing(html, PAGE)).toEqual({
      adUrls: [
        'https://www.example.no/torget/item/55',
        'https://www.example.no/ad/abc-def',
        'https://www.example.no/torget/mobler/sofa-med-sjeselong-12345678',
        'https://www.example.no/view?finnkode=123456',
      ],
      nextPage: 'https://www.example.no/torget/?page=3',
    });
  });

  it('falls back to a "Next"-labelled link', () => {
    expect(parseListing('<a href="/list?page=2">Next</a>', 'https://example.no/list').nextPage).toBe('https://example.no/list?page=2');
    expect(parseListing('<a href="/list?page=2" aria-label="Neste">→</a>', 'https://example.no/list').nextPage).toBe(
      'https://example.no/list?page=2',
    );
  });

  it.each([
    ['https://example.no/annonse/abc', true],
    ['https://example.no/a/b/1234567', true],
    ['https://example.no/list?page=12345', false],
    ['https://example.no/about', false],
    ['https://example.no/2024', false],
  ])('looksLikeAd(%s) = %s', (url, expected) => expect(looksLikeAd(new URL(url))).toBe(expected));
});
