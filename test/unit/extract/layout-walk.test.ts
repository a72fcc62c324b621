/**
 * The extraction reads the layout and the content in one walk (`readLayout`); `splitLayout`
 * then `readPage` is the plain form of the same. Both are run here on the same pages, each on
 * a tree of its own, and must give the same results and leave the same tree: on every corpus
 * and sample page, and on generated pages that mix what either walk decides on (chrome of each
 * kind, seller boxes inside chrome, hidden and never-shown elements, microdata, data-* JSON...).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, startsJson, type DomNode } from '../../../lambdas/collect/extract/dom.js';
import { leadingLines, readLayout, splitLayout, type Layout } from '../../../lambdas/collect/extract/layout.js';
import { parsePage } from '../../../lambdas/collect/extract/parse.js';
import { mulberry32 } from '../../../local/demo-site/generate.js';
import { CORPUS_DIR } from '../../bench/corpus.js';

/** The tree as text: what the walks leave of it. */
function dump(node: DomNode, out: string[] = []): string[] {
  if (node.name === undefined) out.push(`${node.type}:${node.data ?? ''}`);
  else out.push(`<${node.name} ${JSON.stringify(node.attribs)}>`);
  for (const c of node.children ?? []) dump(c, out);
  if (node.name !== undefined) out.push(`</${node.name}>`);
  return out;
}

/** A layout with its elements as text (the two walks run on trees of their own). */
function plainLayout(layout: Layout): unknown {
  return { ...layout, chrome: layout.chrome.map((n) => dump(n).join('')), sellerBoxes: layout.sellerBoxes.map((n) => dump(n).join('')) };
}

function bothWays(html: string): void {
  const reference = parsePage(html).root;
  const layout = splitLayout(reference);
  const page = readPage(reference);
  const tree = parsePage(html).root;
  const got = readLayout(tree);
  expect(plainLayout(got.layout)).toEqual(plainLayout(layout));
  expect(got.page).toEqual(page);
  expect(dump(tree)).toEqual(dump(reference));
  // Each seller box's content, as readPage reads the box alone.
  expect(got.sellerBoxContent).toEqual(
    layout.sellerBoxes.map((box) => {
      const alone = readPage({ type: 'root', children: [box] });
      return { text: alone.text, attributes: alone.attributes };
    }),
  );
}

describe('readLayout reads what splitLayout then readPage read', () => {
  const labels = JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as Record<string, unknown>;
  const corpus = Object.keys(labels).filter((p) => p.endsWith('.html'));
  const samplesDir = join(import.meta.dirname, '..', '..', 'pages', 'samples');
  const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.html'));

  it('has pages to compare on', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
    expect(samples.length).toBeGreaterThan(0);
  });

  it.each(corpus)('corpus page %s', (page) => {
    bothWays(readFileSync(join(CORPUS_DIR, page), 'utf8'));
  });

  it.each(samples)('sample page %s', (page) => {
    bothWays(readFileSync(join(samplesDir, page), 'utf8'));
  });

  it('generated pages', () => {
    for (let seed = 1; seed <= 400; seed++) bothWays(generatePage(seed));
  });

  it('leadingLines: the lines of each seller box as the plain reading gives them', () => {
    // The plain reading: every block boundary ends the text so far, white space collapsed.
    const reference = (node: DomNode, max = 12): string[] => {
      const lines: string[] = [];
      let current = '';
      const flush = (): void => {
        const t = current.replace(/\s+/g, ' ').trim();
        if (t) lines.push(t);
        current = '';
      };
      const block = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'footer', 'h1', 'h2',
        'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'section', 'table', 'td', 'th', 'tr', 'ul', 'button', 'form']);
      const skip = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'textarea', 'iframe', 'title']);
      const walk = (n: DomNode, depth: number): void => {
        if (lines.length >= max || depth > 60) return;
        if (n.type === 'text') {
          current += n.data ?? '';
          return;
        }
        if (!n.children || (n.name && skip.has(n.name))) return;
        const isBlock = n.name !== undefined && block.has(n.name);
        if (isBlock) flush();
        for (const c of n.children) walk(c, depth + 1);
        if (isBlock) flush();
      };
      walk(node, 0);
      flush();
      return lines.slice(0, max);
    };
    let boxes = 0;
    const pages = [...corpus.map((p) => readFileSync(join(CORPUS_DIR, p), 'utf8')), ...Array.from({ length: 200 }, (_, i) => generatePage(i + 1))];
    for (const html of pages) {
      for (const box of readLayout(parsePage(html).root).layout.sellerBoxes) {
        boxes++;
        expect(leadingLines(box)).toEqual(reference(box));
      }
    }
    expect(boxes).toBeGreaterThan(50);
  });

  it('the generated pages hold what the walks decide on', () => {
    // Guards the generator: without chrome, seller boxes, hidden text, microdata and data-*
    // JSON in its pages the comparison above would prove little.
    let chrome = 0;
    let boxes = 0;
    let names = 0;
    let items = 0;
    let json = 0;
    let canonical = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const { layout, page } = readLayout(parsePage(generatePage(seed)).root);
      chrome += layout.chrome.length;
      boxes += layout.sellerBoxes.length;
      names += layout.sellerNames.length + layout.profileNames.length;
      items += page.microdata.length;
      json += layout.dataJson.length;
      canonical += layout.canonical.length;
    }
    expect(chrome).toBeGreaterThan(100);
    expect(boxes).toBeGreaterThan(50);
    expect(names).toBeGreaterThan(10);
    expect(items).toBeGreaterThan(20);
    expect(json).toBeGreaterThan(20);
    expect(canonical).toBeGreaterThan(20);
  });
});

describe('startsJson', () => {
  it('says what /^\\s*[{[]/ says, whatever the first character', () => {
    const starts = ['{', '[', ' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', '\u3000', 'a', '"', '}', '0', '\u0001', 'ø', '\u200b', ''];
    const rnd = random(7);
    for (const a of starts) {
      for (const b of starts) {
        for (const rest of ['', '{"a":1}', '[1]', 'x', ` ${'{'}`]) {
          const value = `${a}${b}${rest}`;
          expect(startsJson(value), JSON.stringify(value)).toBe(/^\s*[{[]/.test(value));
        }
      }
    }
    for (let i = 0; i < 2000; i++) {
      const value = String.fromCharCode(...Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => Math.floor(rnd() * 0x3100)));
      expect(startsJson(value), JSON.stringify(value)).toBe(/^\s*[{[]/.test(value));
    }
  });
});

/** The demo site's seeded generator (mulberry32), so a failing page can be rebuilt from its seed. */
const random = mulberry32;

const TAGS = [
  'div', 'div', 'div', 'span', 'span', 'p', 'a', 'a', 'li', 'ul', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav',
  'h2', 'td', 'tr', 'table', 'b', 'img', 'br', 'meta', 'link', 'title', 'object', 'video', 'button', 'form', 'dl', 'dt', 'dd',
];
const CLASSES = [
  'card', 'price', 'seller-card', 'seller-card__name', 'sellerInfo', 'c-advertiser__box', 'contact-box', 'user-name', 'agent-name',
  'cookie-banner', 'similar-ads', 'related', 'site-header', 'Footer_footer__3xYz1', 'PcFooterMain-module_pc_footer__x8bdp', 'sidebar',
  'right-col', 'nav', 'menu', 'breadcrumbs', 'owner', 'dealer-info', 'avatar', 'name', 'title', 'x cmp y', 'Seller', 'COOKIE',
  'ad__header__title', 'profile-photo', 'recommendations', 'gallery', 'main-nav', 'anbieter', 'verkäufer', 'kontaktperson',
];
const ROLES = ['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'main', 'menu', 'Navigation', 'button'];
const WORDS = ['Ola Nordmann', 'Eva Lind', 'Ring 412 83 920', 'Online', 'Mitglied seit 03/2019', 'Pris 45 000 kr', 'ﬁne', 'x\u00ADy', '  ', '\n', 'Kontakt:'];

/** A random page of nested elements with the attributes the walks look at. */
function generatePage(seed: number): string {
  const rnd = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const attributes = (tag: string): string => {
    const out: string[] = [];
    if (rnd() < 0.6) out.push(`class="${pick(CLASSES)}${rnd() < 0.2 ? ` ${pick(CLASSES)}` : ''}"`);
    if (rnd() < 0.15) out.push(`id="${pick(CLASSES)}"`);
    if (rnd() < 0.12) out.push(`${pick(['data-testid', 'data-test', 'data-qa', 'data-cy', 'data-test-id'])}="${pick(CLASSES)}"`);
    if (rnd() < 0.05) out.push(`itemprop="${pick(['seller', 'name', 'telephone', 'offers', 'author name'])}"`);
    if (rnd() < 0.05) out.push(`itemscope itemtype="https://schema.org/${pick(['Person', 'Offer', 'Car'])}"`);
    if (rnd() < 0.06) out.push(`role="${pick(ROLES)}"`);
    if (rnd() < 0.04) out.push('hidden');
    if (rnd() < 0.04) out.push(`style="${pick(['display:none', 'color: red', 'visibility : hidden'])}"`);
    if (rnd() < 0.06) out.push(`data-props='{"seller":{"phone":"41283920","name":"Per"}}'`);
    if (rnd() < 0.06) out.push(`data-phone="${pick(['41283920', '+47 913 84 720', '[1,2,3,4,5,6]'])}"`);
    if (rnd() < 0.04) out.push(`lang="${pick(['nb', 'de-DE', 'en-gb'])}"`);
    if (rnd() < 0.05) out.push(`title="${pick(WORDS)}"`);
    if (tag === 'a') out.push(`href="${pick(['tel:+4741283920', 'mailto:eva@example.com', '/profil/eva-lind', '/user/abc', 'https://x.example/?vin=1HGCM82633A004352', '/'])}"`);
    if (tag === 'a' && rnd() < 0.2) out.push(`rel="${pick(['canonical', 'license', 'nofollow'])}"`);
    if (tag === 'img') out.push(`alt="${pick(WORDS)}" src="/img/${pick(['avatar', 'user-photo', 'car'])}.jpg"`);
    if (tag === 'meta') out.push(pick(['property="og:url" content="https://x.example/ad/123456"', 'name="description" content="Ring 41283920"', 'itemprop="telephone" content="41283920"']));
    if (tag === 'link') out.push(`rel="${pick(['canonical', 'stylesheet', 'Canonical alternate'])}" href="https://x.example/ad/98765"`);
    return out.length ? ` ${out.join(' ')}` : '';
  };
  const VOID = new Set(['img', 'br', 'meta', 'link']);
  const element = (depth: number): string => {
    const tag = pick(TAGS);
    const open = `<${tag}${attributes(tag)}>`;
    if (VOID.has(tag)) return open;
    let inner = '';
    const n = depth > 5 ? 0 : Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) inner += rnd() < 0.35 ? pick(WORDS) : element(depth + 1);
    if (rnd() < 0.5) inner += pick(WORDS);
    return `${open}${inner}</${tag}>`;
  };
  let body = '';
  const count = 2 + Math.floor(rnd() * 6);
  for (let i = 0; i < count; i++) body += element(0) + (rnd() < 0.3 ? '\n  ' : '');
  const head = `<head><title>${pick(WORDS)}</title>${rnd() < 0.5 ? '<link rel="canonical" href="https://x.example/ad/1">' : ''}<meta property="og:url" content="https://x.example/ad/2"></head>`;
  return `<!doctype html><html lang="nb">${head}<body${attributes('body')}>${body}</body></html>`;
}
