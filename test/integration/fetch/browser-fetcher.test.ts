import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BrowserFetcher,
  FORBIDDEN_ARGS,
  type BlockedRequest,
  type BrowserFetcherOptions,
} from '../../../lambdas/collect/fetch/browser-fetcher.js';
import {
  NonRetryableError,
  PageTooLargeError,
  RequestThrottledError,
  RetryRequestError,
  SsrfBlockedError,
  TooManyRedirectsError,
} from '../../../lambdas/collect/fetch/errors.js';
import type { LookupFn } from '../../../lambdas/collect/fetch/ssrf-guard.js';
import { html, startServer, type LocalServer } from './local-server.js';

const UA = 'adwarden/0.1 (+https://github.com/adwarden/adwarden#crawler)';

/** Fake names: the page host resolves to loopback (allowed here), the others to blocked ranges. */
const TABLE: Record<string, string> = {
  'site.test': '127.0.0.1',
  'internal.test': '10.0.0.1',
  'meta.test': '169.254.169.254',
};
const lookedUp: string[] = [];
const lookup: LookupFn = async (host) => {
  lookedUp.push(host);
  const address = TABLE[host];
  if (!address) throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return [{ address, family: 4 }];
};

let server: LocalServer;
const blocked: BlockedRequest[] = [];
const fetchers: BrowserFetcher[] = [];
let browser: BrowserFetcher;
const figures: Record<string, number> = {};

function newFetcher(overrides: Partial<BrowserFetcherOptions> = {}): BrowserFetcher {
  const f = new BrowserFetcher({
    allowLoopback: true,
    timeoutMs: 8000,
    maxPageBytes: 512 * 1024,
    maxRedirects: 3,
    lookup,
    settleMs: 2000,
    onBlocked: (b) => blocked.push(b),
    ...overrides,
  });
  fetchers.push(f);
  return f;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

beforeAll(async () => {
  server = await startServer({
    '/static': (_q, res) => html(res, '<html><body><article data-ad-body>Volvo V70 2009</article></body></html>'),
    '/js': (_q, res) => html(res, '<html><body><div id="app"></div><script src="/app.js"></script></body></html>'),
    '/app.js': (_q, res) =>
      res
        .writeHead(200, { 'content-type': 'text/javascript' })
        .end(`document.getElementById('app').innerHTML = '<article data-ad-body>rendered by JS</article>';`),
    '/ssrf-sub': (_q, res) =>
      html(
        res,
        `<html><body><div id="out"></div>
        <img src="/pixel.png">
        <script src="http://internal.test:${server.port}/evil.js"></script>
        <script>
          const out = (t) => document.getElementById('out').insertAdjacentHTML('beforeend', '<p>' + t + '</p>');
          Promise.allSettled([
            fetch('http://meta.test/latest/meta-data/').then(() => out('meta-loaded'), () => out('meta-blocked')),
            fetch('http://169.254.169.254/latest/meta-data/').then(() => out('imds-loaded'), () => out('imds-blocked')),
            fetch('http://internal.test:${server.port}/evil.js').then(() => out('internal-loaded'), () => out('internal-blocked')),
            fetch('/static').then((r) => out('same-origin-' + r.status)),
          ]).then(() => out('<i id="done"></i>'));
        </script></body></html>`,
      ),
    '/evil.js': (_q, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(`document.title = 'evil-ran';`),
    '/pixel.png': (_q, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(10)),
    '/go': (req, res) => {
      const to = new URL(req.url ?? '', 'http://x').searchParams.get('to') ?? '/';
      res.writeHead(302, { location: to }).end();
    },
    '/redirect': (req, res) => {
      const n = Number(new URL(req.url ?? '', 'http://x').searchParams.get('n') ?? '0');
      if (n <= 0) return html(res, '<html><body><p id="landed">landed</p></body></html>');
      res.writeHead(302, { location: `/redirect?n=${n - 1}` }).end();
    },
    '/429': (_q, res) => res.writeHead(429, { 'retry-after': '42', 'content-type': 'text/html' }).end('slow down'),
    '/pdf': (_q, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'),
    '/hang': () => {
      /* never answers */
    },
    '/grow': (_q, res) =>
      html(res, `<html><body><script>document.body.insertAdjacentHTML('beforeend', '<p>' + 'x'.repeat(200000) + '</p><i id="done"></i>');</script></body></html>`),
    '/big': (_q, res) => html(res, `<html><body>${'y'.repeat(300_000)}</body></html>`),
    '/escape': (_q, res) =>
      html(
        res,
        `<html><body><div id="out"></div><script>
          const out = (t) => document.getElementById('out').insertAdjacentHTML('beforeend', '<p>' + t + '</p>');
          out('page-ws:' + typeof WebSocket + ' rtc:' + typeof RTCPeerConnection);
          const w = new Worker(URL.createObjectURL(new Blob([\`
            try {
              const ws = new WebSocket('ws://127.0.0.1:${server.port}/ws-from-worker');
              ws.onopen = () => postMessage('worker-ws-open');
              ws.onerror = () => postMessage('worker-ws-error');
            } catch (e) { postMessage('worker-ws-throw'); }
          \`])));
          w.onmessage = (m) => { out(m.data); out('<i id="done"></i>'); };
        </script></body></html>`,
      ),
  });
  browser = newFetcher();

  // Figures for the report: launch (+ first page) and steady per-page cost on a loopback page.
  let t = performance.now();
  await browser.fetch({ url: `${server.origin}/static`, userAgent: UA, contentReady: '[data-ad-body]' });
  figures.launchAndFirstPageMs = Math.round(performance.now() - t);
  for (const path of ['/static', '/js']) {
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      t = performance.now();
      await browser.fetch({ url: `${server.origin}${path}`, userAgent: UA, contentReady: '[data-ad-body]' });
      times.push(performance.now() - t);
    }
    figures[`perPageMedianMs ${path}`] = Math.round(median(times));
  }
  console.log('browser figures', figures);
});

afterAll(async () => {
  for (const f of fetchers) await f.close();
  await server.close();
});

describe('BrowserFetcher', () => {
  it('renders a page whose content is built by JavaScript, waiting for contentReady', async () => {
    const page = await browser.fetch({ url: `http://site.test:${server.port}/js`, userAgent: UA, contentReady: '[data-ad-body]' });
    expect(page.fetchedWith).toBe('browser');
    expect(page.status).toBe(200);
    expect(page.url).toBe(`http://site.test:${server.port}/js`);
    expect(page.html).toContain('<article data-ad-body="">rendered by JS</article>');
    expect(page.bytes).toBe(Buffer.byteLength(page.html));
    const last = server.hits.findLast((h) => h.url === '/app.js');
    expect(last?.headers['user-agent']).toBe(UA);
    expect(last?.headers.host).toBe(`site.test:${server.port}`);
  });

  it('is fast once launched (tens of ms a page on a loopback page)', () => {
    expect(figures['perPageMedianMs /static']).toBeLessThan(500);
    expect(figures['perPageMedianMs /js']).toBeLessThan(500);
  });

  it('aborts subresources that resolve to blocked addresses, and images, before connecting', async () => {
    blocked.length = 0;
    lookedUp.length = 0;
    const before = server.hits.length;
    const page = await browser.fetch({ url: `${server.origin}/ssrf-sub`, userAgent: UA, contentReady: '#done' });
    expect(page.html).toContain('<p>meta-blocked</p>');
    expect(page.html).toContain('<p>imds-blocked</p>');
    expect(page.html).toContain('<p>internal-blocked</p>');
    expect(page.html).toContain('<p>same-origin-200</p>'); // interception still serves what is allowed
    expect(page.html).not.toContain('evil-ran');
    const newHits = server.hits.slice(before).map((h) => h.url);
    expect(newHits).not.toContain('/evil.js'); // the 10.0.0.1 name was never connected to (not even via loopback)
    expect(newHits).not.toContain('/pixel.png');
    expect(lookedUp).toEqual(expect.arrayContaining(['internal.test', 'meta.test']));
    const reasons = blocked.map((b) => `${b.resourceType} ${b.url} ${b.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script http:\/\/internal\.test:\d+\/evil\.js ssrf:/),
        expect.stringMatching(/^fetch http:\/\/meta\.test\/latest\/meta-data\/ ssrf:/),
        expect.stringMatching(/^fetch http:\/\/169\.254\.169\.254\/latest\/meta-data\/ ssrf:/),
        expect.stringMatching(/^image .*\/pixel\.png resource type image/),
      ]),
    );
  });

  it('a main document on a blocked address -> SsrfBlockedError', async () => {
    await expect(browser.fetch({ url: `http://internal.test:${server.port}/static`, userAgent: UA })).rejects.toBeInstanceOf(SsrfBlockedError);
    await expect(browser.fetch({ url: 'http://169.254.169.254/latest/meta-data/', userAgent: UA })).rejects.toBeInstanceOf(SsrfBlockedError);
  });

  it('checks every redirect hop of the main document', async () => {
    const before = server.hits.filter((h) => h.url === '/static').length;
    const url = `${server.origin}/go?to=${encodeURIComponent(`http://internal.test:${server.port}/static`)}`;
    await expect(browser.fetch({ url, userAgent: UA })).rejects.toBeInstanceOf(SsrfBlockedError);
    const meta = `${server.origin}/go?to=${encodeURIComponent('http://meta.test/latest/meta-data/')}`;
    await expect(browser.fetch({ url: meta, userAgent: UA })).rejects.toBeInstanceOf(SsrfBlockedError);
    expect(server.hits.filter((h) => h.url === '/static').length).toBe(before);
  });

  it('follows up to maxRedirects redirects, and no more', async () => {
    const page = await browser.fetch({ url: `${server.origin}/redirect?n=3`, userAgent: UA, contentReady: '#landed' });
    expect(page.url).toBe(`${server.origin}/redirect?n=0`);
    await expect(browser.fetch({ url: `${server.origin}/redirect?n=4`, userAgent: UA })).rejects.toBeInstanceOf(TooManyRedirectsError);
  });

  it('maps statuses and content types like the HTTP fetcher', async () => {
    const e429 = await browser.fetch({ url: `${server.origin}/429`, userAgent: UA }).catch((e: unknown) => e);
    expect(e429).toBeInstanceOf(RequestThrottledError);
    expect((e429 as RequestThrottledError).retryAfterMs).toBe(42_000);
    await expect(browser.fetch({ url: `${server.origin}/missing`, userAgent: UA })).rejects.toBeInstanceOf(NonRetryableError);
    await expect(browser.fetch({ url: `${server.origin}/pdf`, userAgent: UA })).rejects.toThrow(/not HTML/);
  });

  it('WebSocket and WebRTC are gone, and a worker WebSocket cannot connect', async () => {
    const page = await browser.fetch({ url: `${server.origin}/escape`, userAgent: UA, contentReady: '#done' });
    expect(page.html).toContain('page-ws:undefined rtc:undefined');
    expect(page.html).toContain('<p>worker-ws-error</p>');
    expect(page.html).not.toContain('<p>worker-ws-open</p>');
    expect(server.upgrades).toEqual([]);
  });

  it('refuses the loopback server when allowLoopback is false', async () => {
    const strict = newFetcher({ allowLoopback: false });
    const before = server.hits.length;
    await expect(strict.fetch({ url: `${server.origin}/static`, userAgent: UA })).rejects.toBeInstanceOf(SsrfBlockedError);
    expect(server.hits.length).toBe(before);
  });

  it('times out, and caps response and rendered sizes', async () => {
    const small = newFetcher({ timeoutMs: 800, maxPageBytes: 64 * 1024 });
    const started = Date.now();
    const err = await small.fetch({ url: `${server.origin}/hang`, userAgent: UA }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryRequestError);
    expect(Date.now() - started).toBeLessThan(5000);
    // The size caps on their own fetcher: since opening the page counts against the page limit,
    // 800 ms is too tight for a relaunch plus a page on a busy machine.
    const capped = newFetcher({ maxPageBytes: 64 * 1024 });
    await expect(capped.fetch({ url: `${server.origin}/big`, userAgent: UA })).rejects.toBeInstanceOf(PageTooLargeError);
    await expect(capped.fetch({ url: `${server.origin}/grow`, userAgent: UA, contentReady: '#done' })).rejects.toBeInstanceOf(PageTooLargeError);
    // Still usable afterwards.
    const page = await small.fetch({ url: `${server.origin}/static`, userAgent: UA, contentReady: '[data-ad-body]' });
    expect(page.html).toContain('Volvo V70');
  });

  it('launches without the forbidden flags, and relaunches after close()', async () => {
    expect(browser.launchArgs().some((a) => FORBIDDEN_ARGS.some((f) => a.startsWith(f)))).toBe(false);
    await browser.close();
    const page = await browser.fetch({ url: `${server.origin}/static`, userAgent: UA, contentReady: '[data-ad-body]' });
    expect(page.html).toContain('Volvo V70');
  });
});
