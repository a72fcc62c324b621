/**
 * A hostile classifieds site for the crawler's tests. Loopback only: it listens on 127.0.0.1,
 * and every other host the tests name is a fake name resolved by `lookup` below.
 *
 * Private and metadata addresses are never bound nor dialled. Instead every connection the
 * HTTP path makes goes through the fetchers' `connect` seam, which receives the address the
 * SSRF guard pinned: loopback goes to the site, anything else is recorded as a trap hit and
 * sent to a trap listener on 127.0.0.1 (so a broken guard shows up as a hit, not a leak).
 * The tests assert zero trap hits.
 *
 * All personal-looking values are synthetic (+47 4xx numbers reserved for tests, example.com).
 */
import * as http from 'node:http';
import { connect as netConnect, type AddressInfo, type Socket } from 'node:net';
import * as zlib from 'node:zlib';
import type { ConnectFn } from '../../../lambdas/collect/fetch/http-fetcher.js';
import type { LookupFn } from '../../../lambdas/collect/fetch/ssrf-guard.js';

export const UA = 'adwarden/0.1 (+https://github.com/adwarden/adwarden#crawler)';

/** Fake DNS: the site's names resolve to loopback, the trap names to refused ranges. */
export const NAMES: Readonly<Record<string, string>> = {
  'site.test': '127.0.0.1',
  'other.test': '127.0.0.1',
  'internal.test': '10.0.0.1',
  'meta.test': '169.254.169.254',
  'ula.test': 'fd00:ec2::254',
  'mixed.test': '127.0.0.1',
  // Serves an endless robots.txt (every other path as site.test does).
  'robots-bomb.test': '127.0.0.1',
};

/** A name whose DNS answer never comes: the page deadline must still hold. */
export const SLOW_DNS = 'slow-dns.test';
/** Subrequests the /many-requests page's script fires (more than a rendered page may make). */
export const SUBREQUESTS = 300;

/** The control ad: harmless, must always be collected. Synthetic values. */
export const CONTROL = {
  phone: '+4740000123',
  email: 'control.seller@example.com',
  html: `<!doctype html><html lang="nb"><body><article data-ad-body>
    <h1>Volvo V70 2009</h1><p>Selger: Kontroll Testesen</p>
    <p>Ring 400 00 123 eller skriv til control.seller@example.com</p>
  </article></body></html>`,
};

export const BIG_BYTES = 50 * 1024 * 1024;
export const BOMB_BYTES = 100 * 1024 * 1024;
export const LINKS = 100_000;
export const DEEP = 200_000;
export const UNCLOSED = 80_000;

export interface HostileSite {
  readonly port: number;
  /** http://site.test:PORT (resolve with `lookup`). */
  readonly origin: string;
  /** Same server, another origin (another robots.txt). */
  readonly otherOrigin: string;
  /** Paths requested, by host. */
  readonly hits: { host: string; path: string }[];
  /** Addresses other than loopback that a fetcher tried to connect to (must stay empty). */
  readonly trapHits: string[];
  /** Bytes the site wrote for /big and /bomb bodies, and drip bytes sent. */
  readonly sent: { big: number; bombCompressed: number; drip: number; robots: number };
  readonly lookup: LookupFn;
  readonly connect: ConnectFn;
  hitsOn(prefix: string): number;
  close(): Promise<void>;
}

const page = (body: string, head = ''): string => `<!doctype html><html lang="nb"><head>${head}</head><body>${body}</body></html>`;

function html(res: http.ServerResponse, body: string | Buffer, headers: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
}

/** Served as a file to save: Chromium ends the navigation with net::ERR_ABORTED. */
const ATTACHMENT = { 'content-disposition': 'attachment; filename="ad.html"' };

function redirect(res: http.ServerResponse, to: string): void {
  res.writeHead(302, { location: to }).end();
}

export async function startHostileSite(): Promise<HostileSite> {
  const hits: { host: string; path: string }[] = [];
  const trapHits: string[] = [];
  const sent = { big: 0, bombCompressed: 0, drip: 0, robots: 0 };
  // 100 MB of zeros gzip to ~100 KB: decompressed size is what the cap must count.
  const bomb = zlib.gzipSync(Buffer.alloc(BOMB_BYTES), { level: 9 });
  // ~4 MB: fetched with a larger page cap in its test.
  const listing = page(Array.from({ length: LINKS }, (_, i) => `<a class=ad-link href=/ad/${100000 + i}>${i}</a>`).join('\n'));
  // <b>, not <div>, so 200,000 levels (1.4 MB) fit under the page cap.
  const deep = page(`${'<b>'.repeat(DEEP)}<p>Ring 400 00 123</p>${'</b>'.repeat(DEEP)}`);
  const unclosed = page(`${'<div>'.repeat(UNCLOSED)}<p>Ring 400 00 123</p>`);
  // Invalid UTF-8 (lone continuation bytes, an overlong form, a truncated sequence) around a contact line.
  const badUtf8 = Buffer.concat([
    Buffer.from('<!doctype html><html><body><article data-ad-body><p>Pris \x80\x80 kr</p><p>'),
    Buffer.from([0xc0, 0xaf, 0xe2, 0x82]),
    Buffer.from(' Ring 400 00 123 \xff</p></article></body></html>', 'latin1'),
  ]);

  let otherOrigin = ''; // known once the server listens
  let secondVisits = 0;
  let abortedVisits = 0;
  const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
    '/robots.txt': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n'),
    '/control': (_q, res) => html(res, CONTROL.html),
    '/private/ad/1': (_q, res) => html(res, CONTROL.html),
    '/private/ad/2': (_q, res) => html(res, CONTROL.html),
    '/private/ad/3': (_q, res) => html(res, CONTROL.html),
    // robots.txt and redirects: same-origin, cross-origin, and a script navigation.
    '/to-private': (_q, res) => redirect(res, '/private/ad/1'),
    '/to-other-private': (_q, res) => redirect(res, `${otherOrigin}/private/ad/2`),
    '/js-to-private': (_q, res) => html(res, page('<p>moving</p><script>location.href = "/private/ad/3";</script>')),
    '/to-control': (_q, res) => redirect(res, `${otherOrigin}/control`),
    // Redirect loops: to itself, and a two-step cycle.
    '/loop': (_q, res) => redirect(res, '/loop'),
    '/loop-a': (_q, res) => redirect(res, '/loop-b'),
    '/loop-b': (_q, res) => redirect(res, '/loop-a'),
    // 50 MB of HTML without Content-Length, written as fast as the client reads.
    '/big': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const write = (): void => {
        while (sent.big < BIG_BYTES && !res.destroyed) {
          sent.big += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', write);
        }
        res.end();
      };
      res.write('<!doctype html><html><body>');
      write();
    },
    '/big-declared': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(BIG_BYTES) });
      res.write('<html>');
    },
    '/bomb': (_q, res) => {
      sent.bombCompressed += bomb.length;
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb);
    },
    // One byte every 2 s, for ever.
    '/drip': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => {
        if (res.destroyed) return clearInterval(timer);
        sent.drip++;
        res.write('<');
      }, 2000);
      res.on('close', () => clearInterval(timer));
    },
    // JavaScript that never ends (before and after DOMContentLoaded).
    '/hang': (_q, res) => html(res, page('<article data-ad-body>Ring 400 00 123</article><script>while (true) {}</script>')),
    '/hang-later': (_q, res) =>
      html(res, page('<article>loading</article><script>setTimeout(() => { while (true) {} }, 50);</script>')),
    // JavaScript reaching for private and metadata addresses (names and literals).
    '/ssrf-js': (_q, res) =>
      html(
        res,
        page(`<div id="out"></div><script>
          const out = (t) => document.getElementById('out').insertAdjacentHTML('beforeend', '<p>' + t + '</p>');
          const tries = ['http://meta.test/latest/meta-data/', 'http://169.254.169.254/latest/meta-data/',
            'http://internal.test/', 'http://10.0.0.1/', 'http://ula.test/', 'http://[fd00:ec2::254]/'];
          Promise.allSettled(tries.map((u) => fetch(u).then(() => out('loaded'), () => out('blocked'))))
            .then(() => { out('<i id="done"></i>'); });
          const img = new Image(); img.src = 'http://169.254.169.254/pixel.png';
          navigator.sendBeacon && navigator.sendBeacon('http://10.0.0.1/beacon', 'x');
        </script><article data-ad-body>Ring 400 00 123</article>`),
      ),
    '/js-to-metadata': (_q, res) =>
      html(res, page('<p>moving</p><script>location.href = "http://169.254.169.254/latest/meta-data/";</script>')),
    '/to-metadata': (_q, res) => redirect(res, 'http://meta.test/latest/meta-data/'),
    // Dialog traps: alert, confirm, prompt on load, and a beforeunload handler.
    '/dialogs': (_q, res) =>
      html(
        res,
        page(`<script>
          alert('win'); confirm('sure?'); prompt('name?');
          window.addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = 'stay'; });
          setTimeout(() => alert('again'), 100);
        </script><article data-ad-body>Ring 400 00 123</article>`),
      ),
    // Dialogs on a timer: one is likely open, or opening, as the page is left (cleaned for reuse).
    '/dialog-timer': (_q, res) =>
      html(res, page(`<script>setInterval(() => alert('tick'), 5);</script><article data-ad-body>Ring 400 00 123</article>`)),
    // The content is there from the second visit on (the first one's tab is closed by its test while
    // the content is awaited, as a renderer crash would lose it).
    '/ready-second-time': (_q, res) => html(res, secondVisits++ === 0 ? page('<p>loading</p>') : CONTROL.html),
    // A download ends the navigation with net::ERR_ABORTED, as a tab's aborted navigation does:
    // the first visit is one, the second the ad.
    '/aborted-first-time': (_q, res) =>
      abortedVisits++ === 0 ? html(res, CONTROL.html, ATTACHMENT) : html(res, CONTROL.html),
    '/download': (_q, res) => html(res, CONTROL.html, ATTACHMENT),
    // The ad exists only once the page's script has run.
    '/js-ad': (_q, res) =>
      html(res, page(`<script>document.addEventListener('DOMContentLoaded', () => { const a = document.createElement('article'); a.setAttribute('data-ad-body', ''); a.textContent = 'Ring 400 00 123'; document.body.appendChild(a); });</script>`)),
    '/links': (_q, res) => html(res, listing),
    '/bad-utf8': (_q, res) => html(res, badUtf8),
    '/deep': (_q, res) => html(res, deep),
    '/unclosed': (_q, res) => html(res, unclosed),
    // A script that builds a 200,000-deep DOM after load.
    // A script firing SUBREQUESTS fetches at once (subrequests are counted per rendered page).
    '/many-requests': (_q, res) =>
      html(
        res,
        // The ad appears once every fetch has settled (answered or refused).
        page(`<script>
          Promise.allSettled(Array.from({ length: ${SUBREQUESTS} }, (_, i) => fetch('/sub/' + i))).then(() => {
            const a = document.createElement('article');
            a.setAttribute('data-ad-body', '');
            a.textContent = 'Ring 400 00 123';
            document.body.appendChild(a);
          });
        </script>`),
      ),
    '/js-deep': (_q, res) =>
      html(
        res,
        page(`<article data-ad-body>Ring 400 00 123</article><script>
          let n = document.body; for (let i = 0; i < ${DEEP}; i++) { const d = document.createElement('div'); n.appendChild(d); n = d; }
          n.textContent = 'bottom';
        </script>`),
      ),
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    hits.push({ host: req.headers.host ?? '', path: url.pathname });
    if ((req.headers.host ?? '').startsWith('robots-bomb.test') && url.pathname === '/robots.txt') {
      // Rules first, then comment lines for ever (up to BIG_BYTES), as fast as the client reads.
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('User-agent: *\nDisallow: /private/\n');
      const chunk = Buffer.from(`# ${'x'.repeat(1020)}\n`.repeat(64));
      const write = (): void => {
        while (sent.robots < BIG_BYTES && !res.destroyed) {
          sent.robots += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', write);
        }
        res.end();
      };
      return write();
    }
    const route = routes[url.pathname];
    if (!route) {
      const ad = /^\/ad\/(\d+)$/.exec(url.pathname);
      if (ad) return html(res, CONTROL.html);
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>not found</h1>');
      return;
    }
    route(req, res);
  });
  server.on('clientError', (_e, socket) => socket.destroy());
  // The trap: where a connection to a refused address would have gone.
  const trap = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>TRAPPED</p>'));
  await Promise.all([
    new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
    new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve)),
  ]);
  const { port } = server.address() as AddressInfo;
  const trapPort = (trap.address() as AddressInfo).port;
  const origin = `http://site.test:${port}`;
  otherOrigin = `http://other.test:${port}`;

  const lookup: LookupFn = async (host) => {
    if (host === SLOW_DNS) return new Promise(() => undefined);
    const address = NAMES[host];
    if (!address) throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };
  const connect: ConnectFn = (pinned, target): Socket => {
    if (pinned.address === '127.0.0.1' && target.port === port) return netConnect({ host: '127.0.0.1', port });
    trapHits.push(`${pinned.address}:${target.port}`);
    return netConnect({ host: '127.0.0.1', port: trapPort });
  };

  return {
    port,
    origin,
    otherOrigin,
    hits,
    trapHits,
    sent,
    lookup,
    connect,
    hitsOn: (prefix) => hits.filter((h) => h.path.startsWith(prefix)).length,
    close: async () => {
      for (const s of [server, trap]) s.closeAllConnections();
      await Promise.all([server, trap].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
