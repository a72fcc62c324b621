/**
 * The plain-HTTP path (HttpFetcher + PagePipeline + RobotsCache + the parsers) against the
 * hostile site. Each case records its figure (what was cut, where, how long) in `figures`,
 * printed at the end for the report; the assertions are on outcomes, not on time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseListing } from '../../../lambdas/collect/crawl/listing.js';
import {
  BlockedByRobotsError,
  PageTooLargeError,
  RetryRequestError,
  SsrfBlockedError,
  TooManyRedirectsError,
} from '../../../lambdas/collect/fetch/errors.js';
import { HttpFetcher, ROBOTS_MAX_BYTES } from '../../../lambdas/collect/fetch/http-fetcher.js';
import { MAX_NESTING } from '../../../lambdas/collect/fetch/nesting.js';
import { type Fetcher, lacksContent, PagePipeline } from '../../../lambdas/collect/fetch/pipeline.js';
import { RobotsCache } from '../../../lambdas/collect/fetch/robots.js';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';
import { parseDocument } from 'htmlparser2';
import { watchMemory } from './memory.js';
import { BIG_BYTES, CONTROL, LINKS, SLOW_DNS, startHostileSite, UA, type HostileSite } from './site.js';

const LIMITS = { allowLoopback: true, timeoutMs: 5000, maxPageBytes: 5_000_000, maxRedirects: 5 };
const figures: Record<string, string> = {};

let site: HostileSite;
let http: HttpFetcher;
let pipeline: PagePipeline;
const noBrowser: Fetcher = {
  fetch: () => Promise.reject(new Error('the browser is not used on this path')),
};

/** Depth of a parsed tree, walked iteratively. */
function depthOf(root: { children?: unknown[] }): number {
  let max = 0;
  const stack: [{ children?: unknown[] }, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const c of node.children ?? []) stack.push([c as { children?: unknown[] }, d + 1]);
  }
  return max;
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<{ value?: T; error?: unknown }> {
  const t = performance.now();
  const memory = watchMemory();
  try {
    const value = await run();
    figures[label] = `ok in ${Math.round(performance.now() - t)} ms; ${memory.stop().text}`;
    return { value };
  } catch (error) {
    figures[label] = `${(error as Error).name} "${(error as Error).message}" after ${Math.round(performance.now() - t)} ms; ${memory.stop().text}`;
    return { error };
  }
}

const fetchPage = (path: string, render: 'never' | 'auto' = 'never') =>
  pipeline.fetch({ url: `${site.origin}${path}`, source: { render, rules: { fields: {} } }, userAgent: UA });

beforeAll(async () => {
  site = await startHostileSite();
  http = new HttpFetcher({ ...LIMITS, lookup: site.lookup, connect: site.connect });
  pipeline = new PagePipeline({
    robots: new RobotsCache({ fetchText: (url) => http.fetchText(url, UA) }),
    rateLimiter: { acquire: async () => undefined, backOff: async () => undefined },
    http,
    browser: noBrowser,
    defaultRatePerSecond: 50,
  });
});

afterAll(async () => {
  await site?.close();
  console.log(`hostile site, HTTP path (limits ${JSON.stringify(LIMITS)}):\n${Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
});

describe('hostile site over plain HTTP', () => {
  it('cuts redirect loops at maxRedirects', async () => {
    for (const path of ['/loop', '/loop-a']) {
      const { error } = await timed(`redirect loop ${path}`, () => fetchPage(path));
      expect(error).toBeInstanceOf(TooManyRedirectsError);
    }
    expect(site.hitsOn('/loop')).toBeLessThanOrEqual(2 * (LIMITS.maxRedirects + 1));
  });

  it('cuts a 50 MB body at maxPageBytes, with or without Content-Length', async () => {
    const { error } = await timed('50 MB body', () => fetchPage('/big'));
    expect(error).toBeInstanceOf(PageTooLargeError);
    const declared = await timed('50 MB declared', () => fetchPage('/big-declared'));
    expect(declared.error).toBeInstanceOf(PageTooLargeError);
    // The site could write ahead into socket buffers, but not the 50 MB.
    expect(site.sent.big).toBeLessThan(BIG_BYTES / 4);
    figures['50 MB body: bytes the site got to write'] = String(site.sent.big);
  });

  it('cuts a gzip bomb by its decompressed size', async () => {
    const { error } = await timed('gzip bomb (100 MB of zeros in ~100 KB)', () => fetchPage('/bomb'));
    expect(error).toBeInstanceOf(PageTooLargeError);
    expect((error as Error).message).toContain(`${LIMITS.maxPageBytes}`);
  });

  it('cuts a one-byte-every-2-s drip at the page deadline', async () => {
    const { error } = await timed('drip', () => fetchPage('/drip'));
    expect(error).toBeInstanceOf(RetryRequestError);
    expect((error as Error).message).toBe('timed out');
  });

  it('refuses redirects to private and metadata addresses without connecting (0 trap hits)', async () => {
    const { error } = await timed('redirect to metadata name', () => fetchPage('/to-metadata'));
    expect(error).toBeInstanceOf(SsrfBlockedError);
    for (const url of ['http://meta.test/', 'http://internal.test/', 'http://ula.test/', 'http://169.254.169.254/', 'http://10.0.0.1/', 'http://[fd00:ec2::254]/']) {
      await expect(http.fetch({ url, userAgent: UA })).rejects.toBeInstanceOf(SsrfBlockedError);
    }
    expect(site.trapHits).toEqual([]);
  });

  it('asks robots.txt of every redirect target, same-origin and cross-origin, before fetching it', async () => {
    const same = await timed('same-origin redirect into Disallow', () => fetchPage('/to-private'));
    expect(same.error).toBeInstanceOf(BlockedByRobotsError);
    const cross = await timed('cross-origin redirect into Disallow', () => fetchPage('/to-other-private'));
    expect(cross.error).toBeInstanceOf(BlockedByRobotsError);
    expect(site.hitsOn('/private/')).toBe(0);
    // The other origin's own robots.txt was read, and an allowed target there is fetched.
    const allowed = await fetchPage('/to-control');
    expect(allowed.url).toBe(`${site.otherOrigin}/control`);
    expect(site.hits.filter((h) => h.path === '/robots.txt').map((h) => h.host).sort()).toEqual(
      [new URL(site.origin).host, new URL(site.otherOrigin).host].sort(),
    );
  });

  it('reads invalid UTF-8 as replacement characters and still extracts the page', async () => {
    const page = await fetchPage('/bad-utf8');
    expect(page.html).toContain('\uFFFD');
    const phones = extractFindings(page.html, { url: page.url, country: 'NO' }).filter((f) => f.kind === 'phone');
    expect(phones.map((f) => f.value)).toEqual([CONTROL.phone]);
  });

  it('a listing of 100,000 links yields maxLinksPerListing of them, in page order', async () => {
    // The page is ~4 MB, near the default cap (5,000,000 bytes): fetched here with a larger one,
    // so the link cap, not the size cap, is what bounds the work whatever the default.
    const big = new HttpFetcher({ ...LIMITS, maxPageBytes: 8_000_000, lookup: site.lookup, connect: site.connect });
    const { value: page } = await timed('100,000-link listing fetch (8 MB cap)', () => big.fetch({ url: `${site.origin}/links`, userAgent: UA }));
    const t = performance.now();
    const memory = watchMemory();
    const links = parseListing(page!.html, page!.url, { adLinks: 'a.ad-link' }, 500);
    figures['100,000-link listing parse'] = `${links.adUrls.length} links kept in ${Math.round(performance.now() - t)} ms; ${memory.stop().text}`;
    expect(links.adUrls).toHaveLength(500);
    expect(links.truncated).toBe(true);
    expect(links.adUrls[0]).toBe(`${site.origin}/ad/100000`);
    expect(links.adUrls[499]).toBe(`${site.origin}/ad/100499`);
    expect(LINKS).toBe(100_000);
  });

  for (const [path, label] of [
    ['/deep', '200,000-deep DOM'],
    ['/unclosed', '80,000 unclosed <div>'],
  ] as const) {
    it(`${label}: nesting cut at ${MAX_NESTING}; every parser after the fetch reads it without overflow`, async () => {
      const memory = watchMemory();
      const page = await fetchPage(path, 'auto');
      expect(page.flattenedTags).toBeGreaterThan(70_000);
      // Structural bound: the tree every later step parses is at most MAX_NESTING (+ document) deep.
      expect(depthOf(parseDocument(page.html) as never)).toBeLessThanOrEqual(MAX_NESTING + 1);
      const t = performance.now();
      expect(lacksContent(page.html)).toBe(false);
      expect(lacksContent(page.html, '[data-ad-body]')).toBe(true);
      const found = extractFindings(page.html, { url: page.url, country: 'NO' });
      const links = parseListing(page.html, page.url);
      figures[`${label}: fetch ${page.bytes} B`] = `${page.flattenedTags} elements flattened; lacksContent + extract + listing in ${Math.round(performance.now() - t)} ms; fetch to listing: ${memory.stop().text}`;
      // Content below the limit is still read: flattened, not dropped.
      expect(found.filter((f) => f.kind === 'phone').map((f) => f.value)).toEqual([CONTROL.phone]);
      expect(links.adUrls).toEqual([]);
    });
  }

  it('cuts an endless robots.txt at 500 KiB and still obeys the rules it read', async () => {
    const bombOrigin = `http://robots-bomb.test:${site.port}`;
    const robots = await timed('endless robots.txt (50 MB)', () => http.fetchText(`${bombOrigin}/robots.txt`, UA));
    expect(robots.error).toBeUndefined();
    expect(Buffer.byteLength(robots.value!.body)).toBeLessThanOrEqual(ROBOTS_MAX_BYTES);
    expect(robots.value!.body.startsWith('User-agent: *\nDisallow: /private/\n')).toBe(true);
    // Through the pipeline (its own robots cache): the rule before the cut holds, the rest of the site is fetched.
    const refused = await timed('page under an endless robots.txt, disallowed', () =>
      pipeline.fetch({ url: `${bombOrigin}/private/ad/9`, source: { render: 'never', rules: { fields: {} } }, userAgent: UA }),
    );
    expect(refused.error).toBeInstanceOf(BlockedByRobotsError);
    const allowed = await pipeline.fetch({ url: `${bombOrigin}/control`, source: { render: 'never', rules: { fields: {} } }, userAgent: UA });
    expect(extractFindings(allowed.html, { url: allowed.url, country: 'NO' }).filter((f) => f.kind === 'phone').map((f) => f.value)).toEqual([CONTROL.phone]);
    expect(site.sent.robots).toBeLessThan(BIG_BYTES / 4);
    figures['endless robots.txt: bytes the site got to write (two reads)'] = String(site.sent.robots);
  });

  it('a DNS answer that never comes is cut by the page deadline (the deadline covers DNS)', async () => {
    const { error } = await timed('DNS that never answers', () => http.fetch({ url: `http://${SLOW_DNS}:${site.port}/control`, userAgent: UA }));
    expect(error).toBeInstanceOf(RetryRequestError);
    expect((error as Error).message).toBe('timed out');
  });
});
