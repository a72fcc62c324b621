/**
 * Serves a generated DemoSite over node:http, plus hooks for crawler tests.
 *
 * Site routes (GET and HEAD; query strings are ignored):
 *   /robots.txt                  text/plain, disallows /private/
 *   /listings/<n>                listing pages 1..listingPages
 *   /ad/<id>                     ads a polite crawler may fetch
 *   /private/ad/<id>             ads linked under /private/ (robots.txt disallows them)
 *   /private/account, /private/saved
 *   /                            302 to /listings/1
 * Test hooks:
 *   /status/<code>               answers with that status (200..599, else 400);
 *                                429 and 503 carry "Retry-After: 1"
 *   /redirect?to=<url>           302 to any URL at all (for SSRF tests); 400 without `to`
 *   /slow[?ms=<n>]               answers after 5 s (or n ms, at most 60000)
 *   /big[?chunked=1]             3 MiB (3 145 728 bytes) of HTML; with chunked=1 no Content-Length
 * Everything else is 404. Other methods get 405.
 *
 * stats() counts every request; byPath is keyed by path without the query string.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { generateDemoSite, type DemoSite } from './generate.js';

export const DEFAULT_PORT = 4390;
export const SLOW_DEFAULT_MS = 5000;
export const BIG_PAGE_BYTES = 3 * 1024 * 1024;

export interface DemoSiteServer {
  /** "http://127.0.0.1:<port>", no trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
  stats(): { requests: number; byPath: Record<string, number> };
  resetStats(): void;
}

const HTML = 'text/html; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';

function simplePage(title: string, body: string): string {
  return `<!doctype html>\n<html lang="nb">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body><h1>${title}</h1><p>${body}</p></body>\n</html>\n`;
}

let bigPage: Buffer | undefined;
/** Exactly BIG_PAGE_BYTES of ASCII HTML without identifiers. */
function getBigPage(): Buffer {
  if (bigPage) return bigPage;
  const start = '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Big page</title></head>\n<body>\n';
  const end = '</body>\n</html>\n';
  const para = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p>\n';
  const room = BIG_PAGE_BYTES - start.length - end.length;
  const body = para.repeat(Math.floor(room / para.length));
  const pad = room - body.length;
  const filler = pad >= 7 ? `<!--${'x'.repeat(pad - 7)}-->` : ' '.repeat(pad);
  bigPage = Buffer.from(start + body + filler + end, 'ascii');
  return bigPage;
}

export function startDemoSite(site: DemoSite, opts: { port?: number; host?: '127.0.0.1' } = {}): Promise<DemoSiteServer> {
  const host = opts.host ?? '127.0.0.1';
  const port = opts.port ?? DEFAULT_PORT;
  let requests = 0;
  let byPath: Record<string, number> = {};
  const timers = new Set<NodeJS.Timeout>();

  function send(res: ServerResponse, status: number, body: string | Buffer, type = HTML, headers: Record<string, string> = {}): void {
    if (status === 204 || status === 304) {
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end();
      return;
    }
    const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(buf.length), 'Cache-Control': 'no-store', ...headers });
    res.end(buf);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const path = url.pathname;
    requests += 1;
    byPath[path] = (byPath[path] ?? 0) + 1;

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, simplePage('405 Method Not Allowed', 'Only GET and HEAD.'), HTML, { Allow: 'GET, HEAD' });
      return;
    }
    if (path === '/robots.txt') {
      send(res, 200, site.robotsTxt, TEXT);
      return;
    }
    if (path === '/') {
      send(res, 302, '', HTML, { Location: '/listings/1' });
      return;
    }
    const page = site.pages.get(path);
    if (page !== undefined) {
      send(res, 200, page);
      return;
    }

    const status = /^\/status\/(\d{3})$/.exec(path);
    if (status) {
      const code = Number(status[1]);
      if (code < 200 || code > 599) {
        send(res, 400, simplePage('400 Bad Request', 'Status must be 200..599.'));
        return;
      }
      const retry: Record<string, string> = code === 429 || code === 503 ? { 'Retry-After': '1' } : {};
      send(res, code, simplePage(`Status ${code}`, 'Test hook.'), HTML, retry);
      return;
    }
    if (path === '/redirect') {
      const to = url.searchParams.get('to');
      if (!to) {
        send(res, 400, simplePage('400 Bad Request', 'Missing ?to='));
        return;
      }
      send(res, 302, '', HTML, { Location: to });
      return;
    }
    if (path === '/slow') {
      const ms = Math.min(Math.max(Number(url.searchParams.get('ms') ?? SLOW_DEFAULT_MS) || 0, 0), 60_000);
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) send(res, 200, simplePage('Slow page', `Answered after ${ms} ms.`));
      }, ms);
      timers.add(timer);
      res.on('close', () => {
        clearTimeout(timer);
        timers.delete(timer);
      });
      return;
    }
    if (path === '/big') {
      const big = getBigPage();
      if (url.searchParams.get('chunked') === '1') {
        res.writeHead(200, { 'Content-Type': HTML, 'Cache-Control': 'no-store' });
        if (req.method === 'HEAD') {
          res.end();
          return;
        }
        const chunk = 64 * 1024;
        let offset = 0;
        const pump = (): void => {
          while (offset < big.length) {
            const part = big.subarray(offset, offset + chunk);
            offset += part.length;
            if (!res.write(part)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        pump();
        return;
      }
      send(res, 200, big);
      return;
    }
    send(res, 404, simplePage('404 Not Found', 'Siden finnes ikke.'));
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch {
      if (!res.headersSent) send(res, 500, simplePage('500', 'Internal error'));
      else res.destroy();
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${host}:${actual}`,
        port: actual,
        stats: () => ({ requests, byPath: { ...byPath } }),
        resetStats: () => {
          requests = 0;
          byPath = {};
        },
        close: () =>
          new Promise<void>((done, fail) => {
            for (const t of timers) clearTimeout(t);
            timers.clear();
            server.close((err) => (err ? fail(err) : done()));
            // Keep-alive sockets (fetch keeps them) and pending /slow requests would hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** `npx tsx local/demo-site/server.ts [port]`: serve the default site. */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = process.argv[2] ? Number(process.argv[2]) : DEFAULT_PORT;
  const site = generateDemoSite();
  startDemoSite(site, { port }).then(
    (s) => console.log(`demo site: ${s.url}/listings/1 (${site.totalAds} ads, ${site.listingPages} listing pages)`),
    (e: unknown) => {
      console.error(`demo site: cannot listen on ${port}: ${(e as Error).message}`);
      process.exitCode = 1;
    },
  );
}
