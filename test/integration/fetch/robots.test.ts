import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpFetcher } from '../../../lambdas/collect/fetch/http-fetcher.js';
import { SsrfBlockedError } from '../../../lambdas/collect/fetch/errors.js';
import { RobotsCache } from '../../../lambdas/collect/fetch/robots.js';
import { startServer, type LocalServer } from './local-server.js';

const UA = 'adwarden/0.1 (+https://github.com/adwarden/adwarden#crawler)';
let ok: LocalServer;
let missing: LocalServer;
let broken: LocalServer;
let redirecting: LocalServer;

beforeAll(async () => {
  ok = await startServer({
    '/robots.txt': (_q, res) =>
      res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end('User-agent: *\nDisallow: /\n\nUser-agent: adwarden\nDisallow: /search\nCrawl-delay: 4\n'),
  });
  missing = await startServer({});
  broken = await startServer({ '/robots.txt': (_q, res) => res.writeHead(500).end() });
  redirecting = await startServer({ '/robots.txt': (_q, res) => res.writeHead(301, { location: `${ok.origin}/robots.txt` }).end() });
});

afterAll(async () => {
  for (const s of [ok, missing, broken, redirecting]) await s.close();
});

describe('RobotsCache over HttpFetcher.fetchText', () => {
  const http = new HttpFetcher({ allowLoopback: true, timeoutMs: 2000, maxPageBytes: 100_000, maxRedirects: 5 });
  const robots = new RobotsCache({ fetchText: (url) => http.fetchText(url, UA) });

  it('obeys Disallow and Crawl-delay for our group', async () => {
    expect(await robots.isAllowed(`${ok.origin}/search?q=volvo`, UA)).toBe(false);
    expect(await robots.isAllowed(`${ok.origin}/ad/1`, UA)).toBe(true);
    expect(await robots.isAllowed(`${ok.origin}/ad/1`, 'someoneelse/1.0')).toBe(false);
    expect(await robots.crawlDelayMs(ok.origin, UA)).toBe(4000);
  });

  it('404 allows all; 500 and a closed port disallow all', async () => {
    expect(await robots.isAllowed(`${missing.origin}/anything`, UA)).toBe(true);
    expect(await robots.isAllowed(`${broken.origin}/anything`, UA)).toBe(false);
    const closed = await startServer({});
    const origin = closed.origin;
    await closed.close();
    expect(await robots.isAllowed(`${origin}/anything`, UA)).toBe(false);
  });

  it('follows a redirect to robots.txt on another origin (RFC 9309)', async () => {
    expect(await robots.isAllowed(`${redirecting.origin}/search`, UA)).toBe(false);
    expect(await robots.isAllowed(`${redirecting.origin}/ad/1`, UA)).toBe(true);
  });

  it('an origin on a refused address is reported as refused by the SSRF guard, not as disallowed by robots.txt', async () => {
    const strict = new HttpFetcher({ allowLoopback: false, timeoutMs: 2000, maxPageBytes: 100_000, maxRedirects: 5 });
    const cache = new RobotsCache({ fetchText: (url) => strict.fetchText(url, UA) });
    const before = missing.hits.length;
    await expect(cache.isAllowed(`${missing.origin}/anything`, UA)).rejects.toBeInstanceOf(SsrfBlockedError);
    expect(missing.hits.length).toBe(before);
  });
});
