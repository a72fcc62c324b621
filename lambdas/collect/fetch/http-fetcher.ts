/**
 * Plain-HTTP fetch adapter (node:http / node:https; undici is in node_modules only as a
 * dependency of cheerio, so it is not relied on here).
 *
 * Every hop goes through `requestOnce`: SSRF check after DNS resolution, then a connection to
 * exactly the checked address (a `lookup` that returns the pinned address, so the socket cannot
 * be re-resolved elsewhere), a deadline, and a body cap counted after decompression. The browser
 * fetcher answers Chromium's requests with the same function, so both fetchers share one
 * network path and one set of limits.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupAddress } from 'node:dns';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import {
  CrawlError,
  NonRetryableError,
  PageTooLargeError,
  parseCrawlUrl,
  RequestThrottledError,
  RetryRequestError,
  TooManyRedirectsError,
} from './errors.js';
import type { FetchedPage, Fetcher, FetchRequest } from './pipeline.js';
import { decodeHtml } from './decode.js';
import { assertPublicUrl, type LookupFn, type PinnedAddress } from './ssrf-guard.js';

/**
 * Opens the socket for one request in place of net.connect (plain http only). A test seam, like
 * undici's MockAgent: it receives the address the guard pinned, so a test can serve a
 * "public" host from a local server and see which address would have been dialled.
 * Production code leaves it unset.
 */
export type ConnectFn = (pinned: PinnedAddress, target: { readonly host: string; readonly port: number }) => Socket;

export interface HttpFetcherOptions {
  /** Permit loopback addresses (local runtime only). */
  readonly allowLoopback: boolean;
  /** Deadline for the whole fetch, redirects included. */
  readonly timeoutMs: number;
  /** Largest body accepted, counted after decompression. */
  readonly maxPageBytes: number;
  readonly maxRedirects: number;
  /** @default the system resolver */
  readonly lookup?: LookupFn;
  /** @default Date.now (used to turn a Retry-After HTTP date into a delay) */
  readonly now?: () => number;
  /** Test seam; see ConnectFn. @default net.connect to the pinned address */
  readonly connect?: ConnectFn;
}

/** A 429 without Retry-After: wait this long. */
export const DEFAULT_THROTTLE_MS = 60_000;
/** Google reads the first 500 KiB of a robots.txt and ignores the rest. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** Decompressed body; empty when `readBody` declined it. */
  readonly body: Buffer;
  /** True when the body was cut at `maxBytes` (only with `overflow: 'truncate'`). */
  readonly truncated: boolean;
}

export interface RequestOnceOptions {
  readonly allowLoopback: boolean;
  readonly lookup?: LookupFn;
  readonly signal: AbortSignal;
  readonly maxBytes: number;
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
  /** Decide from status and headers whether to download the body (default: always). */
  readonly readBody?: (status: number, headers: http.IncomingHttpHeaders) => boolean;
  /** What to do past `maxBytes`: fail with PageTooLargeError (default) or keep what was read. */
  readonly overflow?: 'error' | 'truncate';
  /** Test seam; see ConnectFn. */
  readonly connect?: ConnectFn;
}

/** Retry-After: delay-seconds or an HTTP date. Returns milliseconds, or undefined if absent/invalid. */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  const v = raw.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // An HTTP date has letters (day or month names); refuse bare numbers with signs or dots.
  if (!/[a-z]/i.test(v)) return undefined;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** The error a final (non-redirect) status means, or undefined for 2xx. */
export function errorForStatus(
  status: number,
  headers: http.IncomingHttpHeaders,
  url: string,
  nowMs: number,
): CrawlError | undefined {
  if (status >= 200 && status < 300) return undefined;
  const where = { url };
  const retryAfterMs = parseRetryAfter(headers['retry-after'], nowMs);
  if (status === 429) {
    return new RequestThrottledError(`HTTP 429 from ${new URL(url).host}`, retryAfterMs ?? DEFAULT_THROTTLE_MS, where);
  }
  if (status === 503 && retryAfterMs !== undefined) {
    return new RequestThrottledError(`HTTP 503 with Retry-After from ${new URL(url).host}`, retryAfterMs, where);
  }
  if (status >= 500 || status === 408) return new RetryRequestError(`HTTP ${status}`, where);
  return new NonRetryableError(`HTTP ${status}`, where);
}

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export function isHtmlContentType(contentType: string | undefined): boolean {
  const type = mediaType(contentType);
  return type === 'text/html' || type === 'application/xhtml+xml';
}

/** Whether the first bytes look like HTML (for responses without a Content-Type). */
export function sniffsAsHtml(body: Buffer): boolean {
  const head = body.subarray(0, 512).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<head') || head.startsWith('<body');
}

const RETRYABLE_NET_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
]);

function networkError(e: unknown, url: URL, signal: AbortSignal): CrawlError {
  if (e instanceof CrawlError) return e;
  const where = { url: url.href, cause: e };
  if (signal.aborted) return new RetryRequestError('timed out', where);
  const code = (e as NodeJS.ErrnoException).code ?? '';
  if (RETRYABLE_NET_CODES.has(code) || (e as Error).message === 'socket hang up') {
    return new RetryRequestError(`network error ${code || (e as Error).message}`, where);
  }
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('HPE_')) {
    return new NonRetryableError(`TLS or protocol error ${code}`, where);
  }
  return new RetryRequestError(`network error ${code || (e as Error).message}`, where);
}

function decoderFor(encoding: string | undefined, url: URL): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (enc === '' || enc === 'identity') return null;
  if (enc === 'gzip' || enc === 'x-gzip') return zlib.createGunzip();
  if (enc === 'deflate') return zlib.createInflate();
  if (enc === 'br') return zlib.createBrotliDecompress();
  throw new NonRetryableError(`unsupported Content-Encoding ${enc}`, { url: url.href });
}

/** Rejects as soon as `signal` aborts, so a slow DNS lookup cannot outlive the deadline. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, url: URL): Promise<T> {
  if (signal.aborted) return Promise.reject(new RetryRequestError('timed out', { url: url.href }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new RetryRequestError('timed out', { url: url.href }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * One HTTP exchange, no redirects followed: SSRF check, connect to the pinned address, read at
 * most `maxBytes` of decompressed body. Throws a CrawlError for anything but an HTTP answer.
 */
export async function requestOnce(url: URL, opts: RequestOnceOptions): Promise<RawResponse> {
  const pinned = await untilAborted(
    assertPublicUrl(url, { allowLoopback: opts.allowLoopback, lookup: opts.lookup }),
    opts.signal,
    url,
  );
  const isHttps = url.protocol === 'https:';
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  // Connect to the checked address whatever the name resolves to now (defeats DNS rebinding).
  // The host name stays in the request, so TLS SNI and certificate checks use the name.
  const pinnedLookup = (
    _host: string,
    options: { all?: boolean },
    cb: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    if (options.all) cb(null, [{ address: pinned.address, family: pinned.family }]);
    else cb(null, pinned.address, pinned.family);
  };

  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false;
    let req: http.ClientRequest | undefined;
    const fail = (e: unknown): void => {
      if (settled) return;
      settled = true;
      req?.destroy();
      reject(networkError(e, url, opts.signal));
    };
    const requestOptions: https.RequestOptions = {
      protocol: url.protocol,
      hostname,
      port: url.port === '' ? (isHttps ? 443 : 80) : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: opts.method ?? 'GET',
      headers: { host: url.host, 'accept-encoding': 'gzip, deflate, br', ...opts.headers },
      agent: false,
      lookup: pinnedLookup as unknown as http.RequestOptions['lookup'],
      signal: opts.signal,
    };
    const connect = opts.connect;
    if (connect) {
      if (isHttps) throw new NonRetryableError('the connect test seam supports http only', { url: url.href });
      // Node uses createConnection only without an agent.
      delete requestOptions.agent;
      requestOptions.createConnection = () => connect(pinned, { host: hostname, port: Number(requestOptions.port) });
    }
    try {
      req = (isHttps ? https : http).request(requestOptions, (res) => {
        const status = res.statusCode ?? 0;
        let wanted: boolean;
        try {
          wanted = opts.readBody ? opts.readBody(status, res.headers) : true;
        } catch (e) {
          fail(e);
          return;
        }
        if (!wanted) {
          settled = true;
          res.destroy();
          resolve({ status, headers: res.headers, body: Buffer.alloc(0), truncated: false });
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (opts.overflow !== 'truncate' && res.headers['content-encoding'] === undefined && declared > opts.maxBytes) {
          fail(new PageTooLargeError(`Content-Length ${declared} > ${opts.maxBytes}`, { url: url.href }));
          return;
        }
        let stream: Readable = res;
        try {
          const decoder = decoderFor(res.headers['content-encoding'], url);
          if (decoder) {
            res.on('error', fail);
            stream = res.pipe(decoder);
          }
        } catch (e) {
          fail(e);
          return;
        }
        const chunks: Buffer[] = [];
        let total = 0;
        const finish = (truncated: boolean): void => {
          if (settled) return;
          settled = true;
          res.destroy();
          resolve({ status, headers: res.headers, body: Buffer.concat(chunks), truncated });
        };
        stream.on('data', (chunk: Buffer) => {
          if (settled) return;
          const room = opts.maxBytes - total;
          if (chunk.length > room) {
            if (opts.overflow === 'truncate') {
              chunks.push(chunk.subarray(0, room));
              total += room;
              finish(true);
              return;
            }
            fail(new PageTooLargeError(`body exceeds ${opts.maxBytes} bytes`, { url: url.href }));
            stream.destroy();
            return;
          }
          chunks.push(chunk);
          total += chunk.length;
        });
        stream.on('end', () => finish(false));
        stream.on('error', fail);
        res.on('aborted', () => fail(new RetryRequestError('connection closed mid-body', { url: url.href })));
      });
      req.on('error', fail);
      req.end(opts.body);
    } catch (e) {
      // e.g. a header value Node refuses: never let a raw error escape the adapter.
      fail(new NonRetryableError('invalid request', { url: url.href, cause: e }));
    }
  });
}

function headerString(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

export class HttpFetcher implements Fetcher {
  private readonly now: () => number;

  constructor(private readonly opts: HttpFetcherOptions) {
    this.now = opts.now ?? Date.now;
  }

  async fetch(req: FetchRequest): Promise<FetchedPage> {
    const started = performance.now();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.opts.timeoutMs);
    try {
      const { url, res } = await this.follow(parseCrawlUrl(req.url), req.userAgent, controller.signal, {
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
        beforeRedirect: req.beforeRedirect,
        maxBytes: this.opts.maxPageBytes,
        // Download only bodies we will use: 2xx, and HTML (or unlabelled, to be sniffed).
        readBody: (status, headers) =>
          status >= 200 && status < 300 && (headers['content-type'] === undefined || isHtmlContentType(headers['content-type'])),
      });
      const error = errorForStatus(res.status, res.headers, url.href, this.now());
      if (error) throw error;
      const contentType = headerString(res.headers['content-type']);
      if (!isHtmlContentType(contentType) && !(contentType === '' && sniffsAsHtml(res.body))) {
        throw new NonRetryableError(`not HTML (${mediaType(contentType) || 'no Content-Type'})`, { url: url.href });
      }
      return {
        url: url.href,
        status: res.status,
        html: decodeHtml(res.body, contentType, req.country),
        contentType: contentType || 'text/html',
        fetchedWith: 'http',
        bytes: res.body.length,
        ms: Math.round(performance.now() - started),
      };
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Fetches a text resource (robots.txt) following redirects, without judging the status:
   * the caller decides what 404 or 503 means. Bodies past 500 KiB are cut, as Google does.
   */
  async fetchText(url: string, userAgent: string): Promise<{ status: number; body: string }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.opts.timeoutMs);
    try {
      const { res } = await this.follow(parseCrawlUrl(url), userAgent, controller.signal, {
        accept: 'text/plain,*/*;q=0.5',
        maxBytes: ROBOTS_MAX_BYTES,
        overflow: 'truncate',
        readBody: (status) => status >= 200 && status < 300,
      });
      return { status: res.status, body: new TextDecoder('utf-8').decode(res.body) };
    } finally {
      clearTimeout(timer);
    }
  }

  private async follow(
    start: URL,
    userAgent: string,
    signal: AbortSignal,
    o: Pick<RequestOnceOptions, 'maxBytes' | 'readBody' | 'overflow'> & {
      accept: string;
      beforeRedirect?: ((url: string) => Promise<void>) | undefined;
    },
  ): Promise<{ url: URL; res: RawResponse }> {
    let url = start;
    // Bounded: at most maxRedirects + 1 requests.
    for (let hop = 0; hop <= this.opts.maxRedirects + 1; hop++) {
      const res = await requestOnce(url, {
        allowLoopback: this.opts.allowLoopback,
        lookup: this.opts.lookup,
        connect: this.opts.connect,
        signal,
        maxBytes: o.maxBytes,
        overflow: o.overflow,
        headers: { 'user-agent': userAgent, accept: o.accept },
        readBody: (status, headers) => !REDIRECT_STATUSES.has(status) && (o.readBody ? o.readBody(status, headers) : true),
      });
      const location = headerString(res.headers.location);
      if (!REDIRECT_STATUSES.has(res.status) || location === '') return { url, res };
      if (hop >= this.opts.maxRedirects) {
        throw new TooManyRedirectsError(`more than ${this.opts.maxRedirects} redirects`, { url: start.href });
      }
      try {
        url = new URL(location, url);
      } catch (e) {
        throw new NonRetryableError('redirect to an invalid URL', { url: url.href, cause: e });
      }
      // robots.txt of the hop's origin (same-origin or not) is asked before anything is sent;
      // the next requestOnce re-runs the SSRF check on the new host before connecting.
      if (o.beforeRedirect) await untilAborted(o.beforeRedirect(url.href), signal, url);
    }
    throw new TooManyRedirectsError(`more than ${this.opts.maxRedirects} redirects`, { url: start.href });
  }
}
