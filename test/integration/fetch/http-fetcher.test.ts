import * as net from 'node:net';
import * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NonRetryableError,
  PageTooLargeError,
  RequestThrottledError,
  RetryRequestError,
  SsrfBlockedError,
  TooManyRedirectsError,
} from '../../../lambdas/collect/fetch/errors.js';
import { HttpFetcher, type ConnectFn, type HttpFetcherOptions } from '../../../lambdas/collect/fetch/http-fetcher.js';
import type { LookupFn } from '../../../lambdas/collect/fetch/ssrf-guard.js';
import { html, startServer, type LocalServer } from './local-server.js';

const UA = 'adwarden/0.1 (+https://github.com/adwarden/adwarden#crawler)';
const PAGE = '<!doctype html><html><body><article data-ad-body>Volvo V70</article></body></html>';
const NOW = Date.parse('2026-11-22T12:00:00Z');

let server: LocalServer;

/** Writes `chunks` chunks of 16 KiB, stopping early when the client goes away. */
function stream(res: import('node:http').ServerResponse, chunks: number, intervalMs = 0): void {
  let i = 0;
  const chunk = Buffer.alloc(16 * 1024, 'a');
  const tick = (): void => {
    if (res.destroyed || i >= chunks) {
      res.end();
      return;
    }
    i++;
    res.write(chunk);
    setTimeout(tick, intervalMs);
  };
  tick();
}

beforeAll(async () => {
  server = await startServer({
    '/page': (_q, res) => html(res, PAGE),
    '/gzip': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(zlib.gzipSync(PAGE)),
    '/br': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(zlib.brotliCompressSync(PAGE)),
    '/latin1': (_q, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from('<p>Bl\xe5 bil til salgs</p>', 'latin1')),
    '/no-type': (_q, res) => res.writeHead(200).end('<!DOCTYPE html><html><body>untyped</body></html>'),
    '/big-declared': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
      stream(res, 640);
    },
    '/big-chunked': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      stream(res, 640);
    },
    '/bomb': (_q, res) =>
      // 8 MiB of zeros compresses to ~8 KiB: the cap counts decompressed bytes.
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024))),
    '/hang': () => {
      /* never answers */
    },
    '/drip': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      stream(res, 100, 100); // 10 s of body: longer than the timeout
    },
    '/redirect': (req, res) => {
      const n = Number(new URL(req.url ?? '', 'http://x').searchParams.get('n') ?? '0');
      if (n <= 0) return html(res, PAGE);
      res.writeHead(302, { location: `/redirect?n=${n - 1}` }).end();
    },
    '/loop': (_q, res) => res.writeHead(301, { location: '/loop' }).end(),
    '/go': (req, res) => {
      const to = new URL(req.url ?? '', 'http://x').searchParams.get('to') ?? '/';
      res.writeHead(302, { location: to }).end();
    },
    '/secret': (_q, res) => html(res, '<p>internal admin</p>'),
    '/429': (_q, res) => res.writeHead(429, { 'retry-after': '120', 'content-type': 'text/html' }).end('slow down'),
    '/429-date': (_q, res) => res.writeHead(429, { 'retry-after': 'Sun, 22 Nov 2026 12:05:00 GMT' }).end(),
    '/503': (_q, res) => res.writeHead(503, { 'retry-after': '7' }).end(),
    '/500': (_q, res) => res.writeHead(500).end(),
    '/pdf': (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      stream(res, 640);
    },
    '/json': (_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}'),
    '/robots.txt': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n'),
  });
});

afterAll(async () => {
  await server.close();
});

function fetcher(overrides: Partial<HttpFetcherOptions> = {}): HttpFetcher {
  return new HttpFetcher({ allowLoopback: true, timeoutMs: 2000, maxPageBytes: 256 * 1024, maxRedirects: 3, now: () => NOW, ...overrides });
}

describe('HttpFetcher on a loopback server', () => {
  it('fetches an HTML page with the configured User-Agent', async () => {
    const page = await fetcher().fetch({ url: `${server.origin}/page`, userAgent: UA });
    expect(page).toMatchObject({
      url: `${server.origin}/page`,
      status: 200,
      html: PAGE,
      contentType: 'text/html; charset=utf-8',
      fetchedWith: 'http',
      bytes: Buffer.byteLength(PAGE),
    });
    expect(page.ms).toBeGreaterThanOrEqual(0);
    const hit = server.hits.findLast((h) => h.url === '/page');
    expect(hit?.headers['user-agent']).toBe(UA);
  });

  it('allowLoopback false refuses the local server before connecting', async () => {
    const before = server.hits.length;
    await expect(fetcher({ allowLoopback: false }).fetch({ url: `${server.origin}/page`, userAgent: UA })).rejects.toBeInstanceOf(
      SsrfBlockedError,
    );
    await expect(fetcher({ allowLoopback: false }).fetch({ url: `http://localhost:${server.port}/page`, userAgent: UA })).rejects.toBeInstanceOf(
      SsrfBlockedError,
    );
    expect(server.hits.length).toBe(before);
  });

  it('connects to the address the guard checked, not to a fresh DNS answer', async () => {
    // "site.test" exists only in the injected resolver: if the socket resolved the name again
    // through the system resolver, the fetch would fail with ENOTFOUND.
    const calls: string[] = [];
    const lookup: LookupFn = async (host) => {
      calls.push(host);
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const page = await fetcher({ lookup }).fetch({ url: `http://site.test:${server.port}/page`, userAgent: UA });
    expect(page.html).toBe(PAGE);
    expect(calls).toEqual(['site.test']);
  });

  it('decodes gzip, brotli and the declared charset; sniffs untyped HTML', async () => {
    const f = fetcher();
    expect((await f.fetch({ url: `${server.origin}/gzip`, userAgent: UA })).html).toBe(PAGE);
    expect((await f.fetch({ url: `${server.origin}/br`, userAgent: UA })).html).toBe(PAGE);
    expect((await f.fetch({ url: `${server.origin}/latin1`, userAgent: UA })).html).toBe('<p>Blå bil til salgs</p>');
    expect((await f.fetch({ url: `${server.origin}/no-type`, userAgent: UA })).html).toContain('untyped');
  });

  it('aborts bodies over maxPageBytes: declared, streamed, or decompressed', async () => {
    const f = fetcher({ maxPageBytes: 64 * 1024 });
    for (const path of ['/big-declared', '/big-chunked', '/bomb']) {
      const started = Date.now();
      await expect(f.fetch({ url: `${server.origin}${path}`, userAgent: UA }), path).rejects.toBeInstanceOf(PageTooLargeError);
      expect(Date.now() - started).toBeLessThan(1500);
    }
  });

  it('times out a server that never answers, and one that drips', async () => {
    const f = fetcher({ timeoutMs: 300 });
    for (const path of ['/hang', '/drip']) {
      const started = Date.now();
      const err = await f.fetch({ url: `${server.origin}${path}`, userAgent: UA }).catch((e: unknown) => e);
      expect(err, path).toBeInstanceOf(RetryRequestError);
      expect((err as Error).message).toMatch(/timed out/);
      expect(Date.now() - started).toBeLessThan(1500);
    }
  });

  it('follows up to maxRedirects redirects, and no more', async () => {
    const f = fetcher({ maxRedirects: 3 });
    const page = await f.fetch({ url: `${server.origin}/redirect?n=3`, userAgent: UA });
    expect(page.url).toBe(`${server.origin}/redirect?n=0`);
    await expect(f.fetch({ url: `${server.origin}/redirect?n=4`, userAgent: UA })).rejects.toBeInstanceOf(TooManyRedirectsError);
    const before = server.hits.filter((h) => h.url === '/loop').length;
    await expect(f.fetch({ url: `${server.origin}/loop`, userAgent: UA })).rejects.toBeInstanceOf(TooManyRedirectsError);
    expect(server.hits.filter((h) => h.url === '/loop').length - before).toBe(4); // 1 + maxRedirects
    await expect(fetcher({ maxRedirects: 0 }).fetch({ url: `${server.origin}/redirect?n=1`, userAgent: UA })).rejects.toBeInstanceOf(
      TooManyRedirectsError,
    );
  });

  it('429/503 with Retry-After -> RequestThrottledError; 5xx -> retry; 4xx -> give up', async () => {
    const f = fetcher();
    const e429 = await f.fetch({ url: `${server.origin}/429`, userAgent: UA }).catch((e: unknown) => e);
    expect(e429).toBeInstanceOf(RequestThrottledError);
    expect((e429 as RequestThrottledError).retryAfterMs).toBe(120_000);
    const eDate = await f.fetch({ url: `${server.origin}/429-date`, userAgent: UA }).catch((e: unknown) => e);
    expect((eDate as RequestThrottledError).retryAfterMs).toBe(300_000);
    const e503 = await f.fetch({ url: `${server.origin}/503`, userAgent: UA }).catch((e: unknown) => e);
    expect((e503 as RequestThrottledError).retryAfterMs).toBe(7000);
    await expect(f.fetch({ url: `${server.origin}/500`, userAgent: UA })).rejects.toBeInstanceOf(RetryRequestError);
    const e404 = await f.fetch({ url: `${server.origin}/nope`, userAgent: UA }).catch((e: unknown) => e);
    expect(e404).toBeInstanceOf(NonRetryableError);
    expect((e404 as NonRetryableError).retryable).toBe(false);
  });

  it('refuses non-HTML without downloading it', async () => {
    const f = fetcher({ maxPageBytes: 64 * 1024 });
    // /pdf streams 10 MiB: a PageTooLargeError would mean the body was read.
    await expect(f.fetch({ url: `${server.origin}/pdf`, userAgent: UA })).rejects.toThrow(/not HTML \(application\/pdf\)/);
    await expect(f.fetch({ url: `${server.origin}/json`, userAgent: UA })).rejects.toBeInstanceOf(NonRetryableError);
  });

  it('fetchText reports status without judging it (for robots.txt)', async () => {
    const f = fetcher();
    expect(await f.fetchText(`${server.origin}/robots.txt`, UA)).toEqual({ status: 200, body: 'User-agent: *\nDisallow: /private/\n' });
    expect((await f.fetchText(`${server.origin}/missing-robots.txt`, UA)).status).toBe(404);
    await expect(fetcher({ allowLoopback: false }).fetchText(`${server.origin}/robots.txt`, UA)).rejects.toBeInstanceOf(SsrfBlockedError);
  });
});

describe('HttpFetcher SSRF check on every redirect hop', () => {
  // The resolver makes "shop.example" public; the test transport serves it from the loopback
  // server, and records which address the fetcher would have dialled.
  const table: Record<string, string> = {
    'shop.example': '93.184.216.34',
    'internal.example': '127.0.0.1',
    'meta.example': '169.254.169.254',
    'ten.example': '10.0.0.1',
    'ula.example': 'fd00::1',
  };
  const lookup: LookupFn = async (host) => {
    const address = table[host];
    if (!address) throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };
  const dialled: string[] = [];
  const connect: ConnectFn = (pinned, target) => {
    dialled.push(`${target.host}->${pinned.address}`);
    return net.connect(server.port, '127.0.0.1');
  };
  const strict = (): HttpFetcher => fetcher({ allowLoopback: false, lookup, connect });

  it('the first hop is served, pinned to the checked public address', async () => {
    dialled.length = 0;
    const page = await strict().fetch({ url: `http://shop.example:${8080}/page`, userAgent: UA });
    expect(page.html).toBe(PAGE);
    expect(dialled).toEqual(['shop.example->93.184.216.34']);
  });

  it.each([
    ['a name resolving to 127.0.0.1', () => `http://internal.example:${server.port}/secret`],
    ['127.0.0.1 itself', () => `http://127.0.0.1:${server.port}/secret`],
    ['IPv4-mapped loopback', () => `http://[::ffff:127.0.0.1]:${server.port}/secret`],
    ['the metadata address', () => 'http://169.254.169.254/latest/meta-data/iam/security-credentials/'],
    ['a name resolving to the metadata address', () => 'http://meta.example/latest/meta-data/'],
    ['the GCP metadata name', () => 'http://metadata.google.internal/computeMetadata/v1/'],
    ['a name resolving to 10.0.0.1', () => 'http://ten.example/'],
    ['a name resolving to fd00::1', () => 'http://ula.example/'],
    ['a file: URL', () => 'file:///etc/passwd'],
  ])('a redirect from the public host to %s is refused before connecting', async (_what, target) => {
    dialled.length = 0;
    const secretHits = server.hits.filter((h) => h.url === '/secret').length;
    const url = `http://shop.example:8080/go?to=${encodeURIComponent(target())}`;
    await expect(strict().fetch({ url, userAgent: UA })).rejects.toBeInstanceOf(SsrfBlockedError);
    expect(dialled).toEqual(['shop.example->93.184.216.34']); // only the first hop connected
    expect(server.hits.filter((h) => h.url === '/secret').length).toBe(secretHits);
  });

  it('with allowLoopback, a loopback page redirecting to a private address is still refused', async () => {
    await expect(
      fetcher({ lookup }).fetch({ url: `${server.origin}/go?to=${encodeURIComponent('http://ten.example/admin')}`, userAgent: UA }),
    ).rejects.toBeInstanceOf(SsrfBlockedError);
  });
});
