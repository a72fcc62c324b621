/**
 * boundNesting: every parser after the fetch sees at most MAX_NESTING levels, whatever the
 * markup tries (unclosed tags, `<div/>`, stray end tags, nesting hidden in raw text), and a
 * page that does not nest that deep comes back as the very same string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import * as cheerio from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { boundNesting, MAX_NESTING } from '../../../lambdas/collect/fetch/nesting.js';
import { lacksContent } from '../../../lambdas/collect/fetch/pipeline.js';
import { parseListing } from '../../../lambdas/collect/crawl/listing.js';

/** Depth of htmlparser2's tree (iterative walk; the document is level 0). */
function depth(html: string): number {
  let max = 0;
  const stack: [{ children?: unknown[] }, number][] = [[parseDocument(html) as never, 0]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const c of node.children ?? []) stack.push([c as { children?: unknown[] }, d + 1]);
  }
  return max;
}

const HOSTILE: Record<string, string> = {
  'unclosed div': '<div>x'.repeat(80_000),
  'deep closed span': `${'<span>'.repeat(200_000)}x${'</span>'.repeat(200_000)}`,
  'div/ (not self-closing in HTML)': '<div/>x'.repeat(50_000),
  'stray end tags between': '<div></p></span>x'.repeat(50_000),
  'mixed case and attributes': '<DiV class="a>b" data-x=\'>\'>x'.repeat(30_000),
  'inside svg': `<svg>${'<g>x'.repeat(30_000)}</svg>`,
  'unclosed li inside unclosed ul': '<ul><li>a'.repeat(30_000),
};

describe('boundNesting', () => {
  for (const [name, html] of Object.entries(HOSTILE)) {
    it(`${name}: the parsed tree is at most ${MAX_NESTING} levels deep`, () => {
      const { html: bounded, flattened } = boundNesting(html);
      expect(flattened).toBeGreaterThan(0);
      expect(depth(bounded)).toBeLessThanOrEqual(MAX_NESTING + 1);
      // The text survives the cut.
      expect(cheerio.load(parseDocument(bounded)).root().text().length).toBeGreaterThan(0);
    });
  }

  it('removes nothing: every element, attribute and text of 20,000 unclosed <div> is still there', () => {
    const html = Array.from({ length: 20_000 }, (_, i) => `<div data-i="${i}">t${i} `).join('');
    const { html: bounded, flattened } = boundNesting(html);
    expect(flattened).toBe(20_000 - MAX_NESTING);
    const $ = cheerio.load(parseDocument(bounded));
    expect($('div[data-i]').length).toBe(20_000);
    expect($('div[data-i="19999"]').text()).toBe('t19999 ');
  });

  it('keeps what does not nest: void elements, implied closes, raw text, comments', () => {
    const flat = [
      '<br>'.repeat(20_000),
      '<p>a'.repeat(20_000),
      '<ul>' + '<li>b'.repeat(20_000) + '</ul>',
      '<script>' + '<div>'.repeat(20_000) + '</script>',
      '<!--' + '<div>'.repeat(20_000) + '-->',
      '<svg>' + '<path/>'.repeat(20_000) + '</svg>',
    ];
    for (const html of flat) {
      const r = boundNesting(html);
      expect(r.flattened).toBe(0);
      expect(r.html).toBe(html);
    }
  });

  it('returns real pages unchanged (the same string)', () => {
    const dir = join(import.meta.dirname, '../../pages/samples');
    for (const file of readdirSync(dir)) {
      const html = readFileSync(join(dir, file), 'utf8');
      expect(boundNesting(html).html).toBe(html);
    }
  });

  it('the "lacks content" check and the listing parser read 80,000 unclosed <div> without a stack overflow', () => {
    const html = `<html><body>${'<div>'.repeat(80_000)}<article data-ad-body>${'word '.repeat(10)}</article><a href="/ad/123456">ad</a></body></html>`;
    expect(lacksContent(html)).toBe(false);
    expect(lacksContent(html, '[data-ad-body]')).toBe(false);
    expect(parseListing(html, 'https://example.no/list').adUrls).toEqual(['https://example.no/ad/123456']);
  });
});
