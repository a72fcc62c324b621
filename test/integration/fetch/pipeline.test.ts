import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserFetcher } from '../../../lambdas/collect/fetch/browser-fetcher.js';
import { BlockedByRobotsError } from '../../../lambdas/collect/fetch/errors.js';
import { HttpFetcher } from '../../../lambdas/collect/fetch/http-fetcher.js';
import { PagePipeline } from '../../../lambdas/collect/fetch/pipeline.js';
import { InMemoryRateLimiter } from '../../../lambdas/collect/fetch/rate-limiter.js';
import { RobotsCache } from '../../../lambdas/collect/fetch/robots.js';
import { parseListing } from '../../../lambdas/collect/crawl/listing.js';
import { html, startServer, type LocalServer } from './local-server.js';

const UA = 'adwarden/0.1 (+https://github.com/adwarden/adwarden#crawler)';
const crawler = { allowLoopback: true, timeoutMs: 8000, maxPageBytes: 512 * 1024, maxRedirects: 3 };

let server: LocalServer;
let browser: BrowserFetcher;
let pipeline: PagePipeline;
const hitTimes: Array<{ url: string; at: number }> = [];

const rules = { fields: {}, adLinks: 'a.ad-link', nextPage: 'a[rel=next]', contentReady: '[data-ad-body]' };

beforeAll(async () => {
  const record = (url: string): void => void hitTimes.push({ url, at: performance.now() });
  server = await startServer({
    '/robots.txt': (_q, res) =>
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n'),
    '/listings/1': (req, res) => {
      record(req.url ?? '');
      html(
        res,
        `<html><body><main data-ad-body>
          <a class="ad-link" href="/ad/1">Volvo</a><a class="ad-link" href="/ad/2">Saab</a><a class="ad-link" href="/ad/1#x">dup</a>
          <a rel="next" href="/listings/2">Neste</a></main></body></html>`,
      );
    },
    '/ad/static': (req, res) => {
      record(req.url ?? '');
      html(res, '<html><body><article data-ad-body>Volvo V70, 2009</article></body></html>');
    },
    '/ad/spa': (req, res) => {
      record(req.url ?? '');
      html(res, '<html><body><div id="root"></div><noscript>Enable JavaScript</noscript><script src="/spa.js"></script></body></html>');
    },
    '/spa.js': (_q, res) =>
      res
        .writeHead(200, { 'content-type': 'text/javascript' })
        .end(`document.getElementById('root').innerHTML = '<article data-ad-body>Saab 9-5, built by JS</article>';`),
    '/private/ad': (_q, res) => html(res, '<p>should not be fetched</p>'),
    // A legacy Czech page: windows-1250 bytes ("Jiří Čermák", invented), no charset anywhere.
    '/ad/legacy': (_q, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(Buffer.concat([Buffer.from('<html><body><article data-ad-body>Volejte '), Buffer.from([0x4a, 0x69, 0xf8, 0xed, 0x20, 0xc8, 0x65, 0x72, 0x6d, 0xe1, 0x6b]), Buffer.from('</article></body></html>')])),
  });
  const http = new HttpFetcher(crawler);
  browser = new BrowserFetcher(crawler);
  pipeline = new PagePipeline({
    robots: new RobotsCache({ fetchText: (url) => http.fetchText(url, UA) }),
    rateLimiter: new InMemoryRateLimiter(),
    http,
    browser,
    defaultRatePerSecond: 20, // 50 ms; robots' Crawl-delay (300 ms) is larger and wins
  });
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('PagePipeline on a local site', () => {
  it('plain HTTP for a page that has the content; listing links parsed', async () => {
    const page = await pipeline.fetch({ url: `${server.origin}/listings/1`, source: { render: 'auto', rules }, userAgent: UA });
    expect(page.fetchedWith).toBe('http');
    expect(parseListing(page.html, page.url, rules)).toEqual({
      adUrls: [`${server.origin}/ad/1`, `${server.origin}/ad/2`],
      nextPage: `${server.origin}/listings/2`,
    });
  });

  it("reads a page that declares no charset and is not UTF-8 in the source's market's legacy encoding", async () => {
    const cz = await pipeline.fetch({ url: `${server.origin}/ad/legacy`, source: { render: 'never', rules, country: 'CZ' }, userAgent: UA });
    expect(cz.html).toContain('Volejte Jiří Čermák</article>');
    // Without a market, windows-1252, where 0xF8 and 0xC8 are other letters.
    const none = await pipeline.fetch({ url: `${server.origin}/ad/legacy`, source: { render: 'never', rules }, userAgent: UA });
    expect(none.html).toContain('Volejte Jiøí Èermák</article>');
  });

  it("render 'auto': the selector is missing from the plain HTML -> rendered by the browser", async () => {
    const page = await pipeline.fetch({ url: `${server.origin}/ad/spa`, source: { render: 'auto', rules }, userAgent: UA });
    expect(page.fetchedWith).toBe('browser');
    expect(page.html).toContain('Saab 9-5, built by JS');
    expect(hitTimes.filter((h) => h.url === '/ad/spa')).toHaveLength(2); // once plain, once rendered
  });

  it("render 'always' goes straight to the browser; 'never' never does", async () => {
    const before = hitTimes.filter((h) => h.url === '/ad/static').length;
    const always = await pipeline.fetch({ url: `${server.origin}/ad/static`, source: { render: 'always', rules }, userAgent: UA });
    expect(always.fetchedWith).toBe('browser');
    expect(hitTimes.filter((h) => h.url === '/ad/static').length - before).toBe(1);
    const never = await pipeline.fetch({ url: `${server.origin}/ad/spa`, source: { render: 'never', rules }, userAgent: UA });
    expect(never.fetchedWith).toBe('http');
    expect(never.html).not.toContain('built by JS');
  });

  it('robots.txt Disallow -> BlockedByRobotsError, without a request to the page', async () => {
    await expect(pipeline.fetch({ url: `${server.origin}/private/ad`, source: { render: 'auto', rules }, userAgent: UA })).rejects.toBeInstanceOf(
      BlockedByRobotsError,
    );
    expect(server.hits.some((h) => h.url === '/private/ad')).toBe(false);
    expect(server.hits.filter((h) => h.url === '/robots.txt')).toHaveLength(1); // cached per origin
  });

  it('Crawl-delay spaces the requests to the site', async () => {
    const start = hitTimes.length;
    for (let i = 0; i < 3; i++) {
      await pipeline.fetch({ url: `${server.origin}/ad/static`, source: { render: 'never', rules }, userAgent: UA });
    }
    const times = hitTimes.slice(start).map((h) => h.at);
    expect(times).toHaveLength(3);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(280);
  });
});
