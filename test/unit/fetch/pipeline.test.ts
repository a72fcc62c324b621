import { describe, expect, it } from 'vitest';
import { BlockedByRobotsError } from '../../../lambdas/collect/fetch/errors.js';
import { lacksContent, PagePipeline, type FetchedPage, type Fetcher, type FetchRequest } from '../../../lambdas/collect/fetch/pipeline.js';
import type { DomainRateLimiter } from '../../../lambdas/collect/fetch/rate-limiter.js';
import type { RobotsPolicy } from '../../../lambdas/collect/fetch/robots.js';

const UA = 'adwarden/0.1 (+https://github.com/adwarden/adwarden#crawler)';
const STATIC = '<html><body><article data-ad-body><h1>Volvo V70 2009</h1><p>Selges grunnet flytting, ring 912 34 567.</p></article></body></html>';
const SPA = '<html><body><div id="root"></div><noscript>Enable JavaScript</noscript><script src="/app.js"></script></body></html>';

function fakeFetcher(kind: 'http' | 'browser', html: string, finalUrl?: (url: string) => string): Fetcher & { calls: FetchRequest[] } {
  const calls: FetchRequest[] = [];
  return {
    calls,
    async fetch(req: FetchRequest): Promise<FetchedPage> {
      // The robots check for redirect hops is asserted with the real fetchers (hostile site).
      expect(req.beforeRedirect).toBeTypeOf('function');
      const { beforeRedirect: _, ...rest } = req;
      calls.push(rest);
      return { url: finalUrl ? finalUrl(req.url) : req.url, status: 200, html, contentType: 'text/html', fetchedWith: kind, bytes: html.length, ms: 1 };
    },
  };
}

function setup(opts: { html?: string; crawlDelayMs?: number; disallow?: RegExp; redirectTo?: string; rate?: number } = {}) {
  const log: string[] = [];
  const robots: RobotsPolicy = {
    async isAllowed(url) {
      log.push(`robots ${url}`);
      return !(opts.disallow && opts.disallow.test(url));
    },
    async crawlDelayMs() {
      return opts.crawlDelayMs;
    },
  };
  const rateLimiter: DomainRateLimiter = {
    async acquire(domain, ms) {
      log.push(`acquire ${domain} ${ms}`);
    },
    async backOff(domain, untilMs) {
      log.push(`backOff ${domain} ${untilMs > Date.now() ? 'future' : 'past'}`);
    },
  };
  const http = fakeFetcher('http', opts.html ?? STATIC, opts.redirectTo ? () => opts.redirectTo! : undefined);
  const browser = fakeFetcher('browser', STATIC);
  const pipeline = new PagePipeline({ robots, rateLimiter, http, browser, defaultRatePerSecond: opts.rate ?? 2 });
  return { pipeline, http, browser, log };
}

const source = (render: 'never' | 'auto' | 'always', contentReady?: string) => ({
  render,
  rules: { fields: {}, ...(contentReady ? { contentReady } : {}) },
});

describe('PagePipeline', () => {
  it('robots first, then the rate slot, then HTTP', async () => {
    const { pipeline, http, browser, log } = setup();
    const page = await pipeline.fetch({ url: 'https://example.no/ad/1', source: source('auto', '[data-ad-body]'), userAgent: UA });
    expect(page.fetchedWith).toBe('http');
    expect(log).toEqual(['robots https://example.no/ad/1', 'acquire example.no 500']);
    expect(http.calls).toEqual([{ url: 'https://example.no/ad/1', userAgent: UA }]);
    expect(browser.calls).toHaveLength(0);
  });

  it('refuses what robots.txt disallows, before taking a slot or fetching', async () => {
    const { pipeline, http, log } = setup({ disallow: /\/private\// });
    await expect(pipeline.fetch({ url: 'https://example.no/private/1', source: source('never'), userAgent: UA })).rejects.toBeInstanceOf(
      BlockedByRobotsError,
    );
    expect(http.calls).toHaveLength(0);
    expect(log.some((l) => l.startsWith('acquire'))).toBe(false);
  });

  it('min interval is the larger of Crawl-delay and 1000/defaultRatePerSecond', async () => {
    const slow = setup({ crawlDelayMs: 3000, rate: 5 });
    await slow.pipeline.fetch({ url: 'https://example.no/ad/1', source: source('never'), userAgent: UA });
    expect(slow.log).toContain('acquire example.no 3000');
    const fast = setup({ crawlDelayMs: 100, rate: 5 });
    await fast.pipeline.fetch({ url: 'https://example.no/ad/1', source: source('never'), userAgent: UA });
    expect(fast.log).toContain('acquire example.no 200');
  });

  it("render 'always' uses only the browser, passing contentReady", async () => {
    const { pipeline, http, browser } = setup();
    const page = await pipeline.fetch({ url: 'https://example.no/ad/1', source: source('always', '[data-ad-body]'), userAgent: UA });
    expect(page.fetchedWith).toBe('browser');
    expect(http.calls).toHaveLength(0);
    expect(browser.calls).toEqual([{ url: 'https://example.no/ad/1', userAgent: UA, contentReady: '[data-ad-body]' }]);
  });

  it("render 'auto' re-fetches with the browser when the selector is missing, taking a second slot", async () => {
    const { pipeline, http, browser, log } = setup({ html: SPA });
    const page = await pipeline.fetch({ url: 'https://example.no/ad/1', source: source('auto', '[data-ad-body]'), userAgent: UA });
    expect(page.fetchedWith).toBe('browser');
    expect(http.calls).toHaveLength(1);
    expect(browser.calls).toHaveLength(1);
    expect(log.filter((l) => l.startsWith('acquire'))).toHaveLength(2);
  });

  it("render 'auto' without a selector detects an empty app root", async () => {
    const { pipeline, browser } = setup({ html: SPA });
    const page = await pipeline.fetch({ url: 'https://example.no/ad/1', source: source('auto'), userAgent: UA });
    expect(page.fetchedWith).toBe('browser');
    expect(browser.calls).toHaveLength(1);
  });

  it("render 'never' keeps the plain HTML even when it lacks the content", async () => {
    const { pipeline, browser } = setup({ html: SPA });
    const page = await pipeline.fetch({ url: 'https://example.no/ad/1', source: source('never', '[data-ad-body]'), userAgent: UA });
    expect(page.fetchedWith).toBe('http');
    expect(browser.calls).toHaveLength(0);
  });

  it('checks robots.txt again when a redirect left the origin', async () => {
    const { pipeline, log } = setup({ redirectTo: 'https://other.example/private/ad/1', disallow: /other\.example\/private/ });
    await expect(pipeline.fetch({ url: 'https://example.no/ad/1', source: source('never'), userAgent: UA })).rejects.toBeInstanceOf(
      BlockedByRobotsError,
    );
    expect(log).toContain('robots https://other.example/private/ad/1');
  });
});

describe('lacksContent', () => {
  it.each([
    [STATIC, '[data-ad-body]', false],
    [SPA, '[data-ad-body]', true],
    [STATIC, undefined, false],
    [SPA, undefined, true],
    ['<html><body><noscript>Please enable JavaScript to view this ad.</noscript></body></html>', undefined, true],
    ['<html><body><div id="app"><p>Server-rendered: Volvo V70 2009, 120 000 km, pent brukt.</p></div><script></script></body></html>', undefined, false],
    ['<html><body><p>A plain page with no scripts at all.</p></body></html>', undefined, false],
  ])('case %#', (html, selector, expected) => expect(lacksContent(html, selector)).toBe(expected));
});
