/**
 * Headless-Chromium fetch adapter (puppeteer-core + @sparticuz/chromium).
 *
 * Chromium never talks to the network itself. Every request it makes (the document, each
 * redirect hop, each script/XHR) is intercepted and answered from Node with `requestOnce`, the
 * same function the HTTP fetcher uses: SSRF check after DNS, connection pinned to the checked
 * address, deadline, size cap. A blocked request is aborted before any connection is made.
 * Because Node answers, Chromium's own DNS is never used, so DNS rebinding cannot reach the
 * browser either.
 *
 * Belt and braces for traffic that request interception does not see (WebSocket, WebRTC,
 * requests from service workers): the page loses those APIs, service workers are bypassed,
 * and Chromium is pointed at a proxy that does not exist (`--proxy-bypass-list=<-loopback>`
 * so loopback goes to it too), so anything that slips past interception fails to connect.
 *
 * The browser is launched once, lazily, and reused; pages are pooled.
 */
import { once, setMaxListeners } from 'node:events';
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import {
  CrawlError,
  NonRetryableError,
  PageTooLargeError,
  parseCrawlUrl,
  RetryRequestError,
  SsrfBlockedError,
  TooManyRedirectsError,
} from './errors.js';
import { type ConnectFn, errorForStatus, isHtmlContentType, mediaType, requestOnce, sniffsAsHtml } from './http-fetcher.js';
import type { FetchedPage, Fetcher, FetchRequest } from './pipeline.js';
import type { LookupFn } from './ssrf-guard.js';

export interface BrowserFetcherOptions {
  /** Permit loopback addresses (local runtime only). */
  readonly allowLoopback: boolean;
  /** Deadline for one page: navigation, redirects, subresources and waiting for content. */
  readonly timeoutMs: number;
  /** Largest response accepted per request, and largest rendered HTML. */
  readonly maxPageBytes: number;
  readonly maxRedirects: number;
  /** @default () => chromium.executablePath() (unpacks @sparticuz/chromium to /tmp) */
  readonly executablePath?: () => Promise<string> | string;
  /** Chromium flags before ours. @default chromium.args from @sparticuz/chromium */
  readonly baseArgs?: readonly string[];
  /** @default the system resolver */
  readonly lookup?: LookupFn;
  /** @default Date.now (Retry-After dates) */
  readonly now?: () => number;
  /** Requests one page may make (document + subresources); the rest are aborted. @default 100 */
  readonly maxRequestsPerPage?: number;
  /** Pages rendering at once; further fetches wait. @default 2 */
  readonly maxPages?: number;
  /** Longest wait, after DOMContentLoaded, for `contentReady` or a quiet network. @default 3000 */
  readonly settleMs?: number;
  /** Called for each request refused or aborted (for logs and metrics). */
  readonly onBlocked?: (event: BlockedRequest) => void;
  /**
   * Longest wait for a page to be cleaned or closed, or for the browser to close, before the
   * browser is recycled (its process killed). @default 2000
   */
  readonly cleanupMs?: number;
  /** Test seam, passed to requestOnce (see ConnectFn). Production code leaves it unset. */
  readonly connect?: ConnectFn;
}

/** `promise`, or `fallback` if it has not settled after `ms`. */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([promise.catch(() => fallback), late]).finally(() => clearTimeout(timer));
}

/** The name of a third-party error: its message is not ours to log. */
function errorName(e: unknown): string {
  return e instanceof Error ? e.name : 'UnknownError';
}

/** Chromium's net::ERR_* code from a navigation error, else the error's name. */
function netError(e: unknown): string {
  return (e instanceof Error && /net::ERR_[A-Z_]+/.exec(e.message)?.[0]) || errorName(e);
}

export interface BlockedRequest {
  readonly url: string;
  readonly resourceType: string;
  readonly reason: string;
}

/** Flags that must never reach Chromium: they switch off the same-origin policy / mixed-content blocking. */
export const FORBIDDEN_ARGS: readonly string[] = ['--disable-web-security', '--allow-running-insecure-content'];

/** No background traffic of Chromium's own; QUIC off so everything is plain TCP through one path. */
export const EXTRA_ARGS: readonly string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // A proxy nothing listens on: traffic that escapes request interception cannot connect.
  // Port 9 is "discard", a Fetch-standard bad port, never served by us.
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
];

/** `base` minus the forbidden flags (with or without a value), plus ours. */
export function browserLaunchArgs(base: readonly string[] = chromium.args): string[] {
  const forbidden = (arg: string): boolean => FORBIDDEN_ARGS.some((f) => arg === f || arg.startsWith(`${f}=`));
  const ours = new Set(EXTRA_ARGS.map((a) => a.split('=')[0]));
  const kept = base.filter((arg) => !forbidden(arg) && !ours.has(arg.split('=')[0]));
  return [...kept, ...EXTRA_ARGS];
}

/** Only these resource types are fetched; images, fonts, media, beacons, etc. are aborted. */
const FETCHED_TYPES: ReadonlySet<string> = new Set(['document', 'script', 'xhr', 'fetch', 'stylesheet', 'preflight']);

/** Request headers not forwarded from Chromium (Node sets its own or they are per hop). */
const DROPPED_REQUEST_HEADERS: ReadonlySet<string> = new Set([
  'host',
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'accept-encoding',
  'content-length',
  'cookie',
  'user-agent',
]);

/** Response headers not passed back (Node already decoded the body and framed it). */
const DROPPED_RESPONSE_HEADERS: ReadonlySet<string> = new Set([
  'content-encoding',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'alt-svc',
]);

/** Runs in every document before its scripts: remove network APIs interception cannot see. */
function removeUninterceptableApis(): void {
  const names = ['WebSocket', 'WebTransport', 'RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel'];
  const g = globalThis as unknown as Record<string, unknown>;
  for (const name of names) {
    try {
      Object.defineProperty(g, name, { value: undefined, configurable: false, writable: false });
    } catch {
      /* already gone */
    }
  }
  try {
    const nav = navigator as unknown as { serviceWorker?: unknown };
    if ('serviceWorker' in nav) Object.defineProperty(nav, 'serviceWorker', { value: undefined });
  } catch {
    /* not present */
  }
}

/**
 * The tab, not the site, failed: its frame went away as navigation started, or the tab was
 * closed or crashed while its content was awaited. Retried once in a fresh tab (see fetch).
 */
class TabLostError extends RetryRequestError {
  constructor(message: string, options: ConstructorParameters<typeof RetryRequestError>[1]) {
    super(message, options);
    this.name = 'TabLostError';
  }
}

/**
 * Whether a Puppeteer error, or one it wraps, says the tab is gone: Puppeteer's waits rethrow it
 * as "Waiting for selector ... failed", with the TargetCloseError ("Target closed", "Page
 * closed!") as the cause.
 */
function tabGone(e: unknown): boolean {
  for (let c = e, depth = 0; c instanceof Error && depth < 5; c = c.cause, depth++) {
    if (c.name === 'TargetCloseError' || /closed|detached|crash/i.test(c.message)) return true;
  }
  return false;
}

interface Job {
  readonly userAgent: string;
  readonly signal: AbortSignal;
  /** The URL asked for; any other main-frame navigation is a redirect or a script's doing. */
  readonly url: string;
  readonly beforeRedirect: ((url: string) => Promise<void>) | undefined;
  requests: number;
  /** The first reason the main document failed; thrown instead of Chromium's net::ERR_*. */
  mainError?: CrawlError;
}

export class BrowserFetcher implements Fetcher {
  private browser: Promise<Browser> | undefined;
  private readonly idle: Page[] = [];
  private readonly jobs = new WeakMap<Page, Job>();
  private busy = 0;
  /** Bumped when the browser goes away, so stale pages are not pooled. */
  private generation = 0;
  private readonly waiters: (() => void)[] = [];
  private readonly now: () => number;
  private readonly maxRequestsPerPage: number;
  private readonly maxPages: number;
  private readonly settleMs: number;
  private readonly cleanupMs: number;
  private recycles = 0;
  private kills = 0;

  constructor(private readonly opts: BrowserFetcherOptions) {
    this.now = opts.now ?? Date.now;
    this.cleanupMs = opts.cleanupMs ?? 2000;
    this.maxRequestsPerPage = opts.maxRequestsPerPage ?? 100;
    this.maxPages = opts.maxPages ?? 2;
    this.settleMs = opts.settleMs ?? 3000;
  }

  /** The flags Chromium is launched with. */
  launchArgs(): string[] {
    return browserLaunchArgs(this.opts.baseArgs ?? chromium.args);
  }

  async fetch(req: FetchRequest): Promise<FetchedPage> {
    parseCrawlUrl(req.url);
    await this.takeSlot();
    // Launching (once per browser, 0.3-3 s cold) is not part of a page's limit; opening the page is.
    const owner = this.launch();
    try {
      await owner;
    } catch (e) {
      this.releaseSlot();
      throw new RetryRequestError(`browser launch failed (${errorName(e)})`, { url: req.url, cause: e });
    }
    const started = performance.now();
    const controller = new AbortController();
    // Every subresource fetch of the page listens on this one signal.
    setMaxListeners(this.maxRequestsPerPage + 10, controller.signal);
    // The page limit covers opening the page too. Past it the watchdog answers for the page:
    // a page whose script never yields (`while(true){}`) freezes the renderer, and with it every
    // protocol call, so nothing inside `work` can be trusted to return.
    let timedOut = false;
    let watchdog: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      watchdog = setTimeout(() => {
        timedOut = true;
        controller.abort();
        reject(new RetryRequestError('browser page timed out', { url: req.url }));
      }, this.opts.timeoutMs);
    });
    let page: Page | undefined;
    const work = (async () => {
      for (let attempt = 1; ; attempt++) {
        const tab = await this.checkoutPage(owner, attempt === 1);
        page = tab.page;
        const job: Job = { userAgent: req.userAgent, signal: controller.signal, url: req.url, beforeRedirect: req.beforeRedirect, requests: 0 };
        this.jobs.set(page, job);
        try {
          return await this.render(page, req, job, started, tab.reused);
        } catch (e) {
          // Chromium sometimes detaches a tab's frame as navigation starts (seen on a reused tab
          // beside another rendering one), aborts a reused tab's navigation (seen once in CI, on
          // the tab of a page opening dialogs), or loses the tab while its content is awaited
          // (seen once in CI, "Page closed!"): the tab, not the site, failed. Once per fetch, and
          // within the same page limit, the tab is closed and the page opened in a fresh one.
          if (!(e instanceof TabLostError) || attempt > 1 || controller.signal.aborted) throw e;
          const stale = page;
          page = undefined;
          this.jobs.delete(stale);
          await within(stale.close().then(() => true, () => false), this.cleanupMs, false);
        }
      }
    })();
    work.catch(() => undefined); // settled after the watchdog: nobody waits for it any more
    try {
      return await Promise.race([work, expired]);
    } catch (e) {
      if (e instanceof CrawlError) throw e;
      // Puppeteer errors (target closed, protocol error): the browser, not the URL, failed.
      // Their text is Puppeteer's, not ours (it may say "Increase the 'protocolTimeout'"): only the name is kept.
      throw new RetryRequestError(`browser failed (${errorName(e)})`, { url: req.url, cause: e });
    } finally {
      clearTimeout(watchdog);
      controller.abort(); // stop subresource fetches still in flight
      // Cleaning the page (about:blank) happens after we return; its slot frees when done.
      // A page that timed out, or cannot be cleaned in time, takes its browser down with it.
      const used = page;
      const browser = owner;
      void (async () => {
        try {
          const clean = !timedOut && used !== undefined && (await within(this.checkinPage(used), this.cleanupMs, false));
          if (!clean && (timedOut || used !== undefined)) await this.recycle(browser);
        } finally {
          this.releaseSlot();
        }
      })();
    }
  }

  /** Closes the browser; the next fetch launches a new one. Returns even if Chromium hangs. */
  async close(): Promise<void> {
    const browser = this.browser;
    if (browser) await this.recycle(browser);
  }

  /**
   * Forgets `launching` (the next fetch launches a new browser) and ends it: close(), and if
   * that does not return within `cleanupMs`, SIGKILL the Chromium process.
   */
  private async recycle(launching: Promise<Browser>): Promise<void> {
    if (this.browser === launching) {
      this.browser = undefined;
      this.idle.length = 0;
      this.generation++; // pages still being cleaned belong to the closed browser
    }
    const browser = await launching.catch(() => undefined);
    if (!browser) return;
    this.recycles++;
    const proc = browser.process();
    await within(browser.close().then(() => true, () => false), this.cleanupMs, false);
    if (proc && proc.exitCode === null && proc.signalCode === null) {
      // close() did not return in time, or returned before the process ended.
      const exited = once(proc, 'exit').catch(() => undefined);
      proc.kill('SIGKILL');
      this.kills++;
      await within(exited, this.cleanupMs, undefined);
    }
  }

  /** The running Chromium's process id (for operations and tests); undefined when none runs. */
  async browserPid(): Promise<number | undefined> {
    const browser = await this.browser?.catch(() => undefined);
    return browser?.process()?.pid;
  }

  /** Browsers ended by the watchdog so far (closed or killed), and of those, killed. */
  stats(): { recycles: number; kills: number } {
    return { recycles: this.recycles, kills: this.kills };
  }

  private async render(page: Page, req: FetchRequest, job: Job, started: number, reused: boolean): Promise<FetchedPage> {
    const remaining = (): number => Math.max(1, this.opts.timeoutMs - (performance.now() - started));
    let response;
    try {
      response = await page.goto(req.url, { waitUntil: 'domcontentloaded', timeout: remaining() });
    } catch (e) {
      if (job.mainError) throw job.mainError;
      if (job.signal.aborted || (e as Error).name === 'TimeoutError') {
        throw new RetryRequestError('browser navigation timed out', { url: req.url, cause: e });
      }
      if (/frame was detached/i.test((e as Error).message)) {
        throw new TabLostError('browser navigation failed (detached)', { url: req.url, cause: e });
      }
      // In a fresh tab the same error is the site's doing (a download, a 204): not retried here.
      if (reused && netError(e) === 'net::ERR_ABORTED') {
        throw new TabLostError('browser navigation aborted in a reused tab', { url: req.url, cause: e });
      }
      throw new RetryRequestError(`browser navigation failed (${netError(e)})`, { url: req.url, cause: e });
    }
    if (job.mainError) throw job.mainError;
    if (!response) throw new NonRetryableError('browser navigation produced no response', { url: req.url });

    const settleUntil = performance.now() + Math.min(this.settleMs, remaining());
    const waitForContent = async (): Promise<void> => {
      const timeout = Math.max(1, settleUntil - performance.now());
      // One round trip when the content is already there (the usual case); poll only if not.
      if (req.contentReady) {
        if (!(await page.$(req.contentReady))) await page.waitForSelector(req.contentReady, { timeout });
      } else {
        await page.waitForNetworkIdle({ idleTime: 100, timeout });
      }
    };
    try {
      try {
        await waitForContent();
      } catch (e) {
        // A script moved the page on (`location.href = ...`) while we waited: the document we
        // waited in is gone. If that navigation was refused, its reason is the page's outcome;
        // if it was allowed, wait once more, in the new document, within the same settle time.
        if (job.mainError) throw job.mainError;
        if (!/context was destroyed|navigat/i.test((e as Error).message)) throw e;
        await waitForContent();
      }
    } catch (e) {
      if (e instanceof CrawlError) throw e;
      if (job.mainError) throw job.mainError;
      // Content did not show up in time: return what is there (the extractor finds nothing).
      if ((e as Error).name !== 'TimeoutError') {
        if (tabGone(e)) throw new TabLostError('browser page crashed', { url: req.url, cause: e });
        throw new NonRetryableError(`waiting for ${JSON.stringify(req.contentReady)} failed`, { url: req.url, cause: e });
      }
    }
    if (job.mainError) throw job.mainError; // e.g. a script navigated the page somewhere refused
    if (job.signal.aborted) throw new RetryRequestError('browser page timed out', { url: req.url });

    const html = await page.content();
    const bytes = Buffer.byteLength(html);
    if (bytes > this.opts.maxPageBytes) {
      throw new PageTooLargeError(`rendered HTML ${bytes} > ${this.opts.maxPageBytes} bytes`, { url: page.url() });
    }
    const headers = response.headers();
    return {
      url: page.url(),
      status: response.status(),
      html,
      contentType: headers['content-type'] ?? 'text/html',
      fetchedWith: 'browser',
      bytes,
      ms: Math.round(performance.now() - started),
    };
  }

  private async onRequest(page: Page, req: HTTPRequest): Promise<void> {
    if (req.isInterceptResolutionHandled()) return;
    const job = this.jobs.get(page);
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') {
      await req.continue().catch(() => undefined); // no network involved
      return;
    }
    const isMain = req.isNavigationRequest() && req.frame() === page.mainFrame();
    const block = async (reason: string, error?: CrawlError): Promise<void> => {
      if (isMain && job && error) job.mainError ??= error;
      this.opts.onBlocked?.({ url, resourceType: req.resourceType(), reason });
      await req.abort('blockedbyclient').catch(() => undefined);
    };
    if (!job) return block('no active fetch on this page');
    if (req.isNavigationRequest() && !isMain) return block('sub-frame');
    if (!FETCHED_TYPES.has(req.resourceType())) return block(`resource type ${req.resourceType()}`);
    if (++job.requests > this.maxRequestsPerPage) return block('too many requests for one page');
    if (isMain && req.redirectChain().length > this.opts.maxRedirects) {
      return block('too many redirects', new TooManyRedirectsError(`more than ${this.opts.maxRedirects} redirects`, { url }));
    }

    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return block('invalid URL', new NonRetryableError('invalid URL', { url }));
    }
    if (isMain && url !== job.url && job.beforeRedirect) {
      // A redirect hop, or a script setting location: robots.txt of where it leads decides.
      try {
        await job.beforeRedirect(url);
      } catch (e) {
        const error = e instanceof CrawlError ? e : new RetryRequestError('redirect check failed', { url, cause: e });
        return block(error.message, error);
      }
    }
    const headers: Record<string, string> = { 'user-agent': job.userAgent };
    for (const [name, value] of Object.entries(req.headers())) {
      if (!DROPPED_REQUEST_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
    }
    const isRedirect = (status: number): boolean => status >= 300 && status < 400;
    let res;
    try {
      res = await requestOnce(target, {
        allowLoopback: this.opts.allowLoopback,
        lookup: this.opts.lookup,
        connect: this.opts.connect,
        signal: job.signal,
        maxBytes: this.opts.maxPageBytes,
        method: req.method(),
        headers,
        body: req.postData(),
        readBody: isMain
          ? (status, h) =>
              status >= 200 && status < 300 && (h['content-type'] === undefined || isHtmlContentType(h['content-type']))
          : (status) => !isRedirect(status),
      });
    } catch (e) {
      const error = e instanceof CrawlError ? e : new RetryRequestError('request failed', { url, cause: e });
      return block(error instanceof SsrfBlockedError ? `ssrf: ${error.message}` : error.message, error);
    }
    if (isMain && !isRedirect(res.status)) {
      const error = errorForStatus(res.status, res.headers, url, this.now());
      if (error) return block(error.message, error);
      const contentType = res.headers['content-type'];
      if (!isHtmlContentType(contentType) && !(contentType === undefined && sniffsAsHtml(res.body))) {
        const type = mediaType(res.headers['content-type']) || 'no Content-Type';
        return block(`not HTML (${type})`, new NonRetryableError(`not HTML (${type})`, { url }));
      }
    }
    const responseHeaders: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(res.headers)) {
      if (value !== undefined && !DROPPED_RESPONSE_HEADERS.has(name)) responseHeaders[name] = value;
    }
    // A 3xx with Location is followed by Chromium, and the next hop comes back here.
    await req.respond({ status: res.status, headers: responseHeaders, body: res.body }).catch(() => undefined);
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      const launching = (async () => {
        const executablePath = await (this.opts.executablePath ?? (() => chromium.executablePath()))();
        const browser = await puppeteer.launch({
          executablePath,
          // No protocol call may wait longer than a page may take (Puppeteer's default is 180 s).
          protocolTimeout: this.opts.timeoutMs + this.cleanupMs,
          args: this.launchArgs(),
          headless: 'shell',
          pipe: true, // no DevTools port on localhost for a page to find
          defaultViewport: { width: 1280, height: 900 },
          handleSIGINT: false,
          handleSIGTERM: false,
          handleSIGHUP: false,
        });
        browser.on('disconnected', () => {
          if (this.browser === launching) {
            this.browser = undefined;
            this.idle.length = 0;
            this.generation++;
          }
        });
        return browser;
      })();
      this.browser = launching;
      launching.catch(() => {
        if (this.browser === launching) this.browser = undefined;
      });
    }
    return this.browser;
  }

  /** An idle tab if `reuse` and one is open (reused: it held an earlier page), else a new one. */
  private async checkoutPage(launching: Promise<Browser>, reuse: boolean): Promise<{ page: Page; reused: boolean }> {
    const idle = reuse ? this.idle.pop() : undefined;
    if (idle && !idle.isClosed()) return { page: idle, reused: true };
    let browser: Browser;
    try {
      browser = await launching;
    } catch (e) {
      throw new RetryRequestError(`browser launch failed (${errorName(e)})`, { cause: e });
    }
    const page = await browser.newPage();
    // alert/confirm/prompt would stop the page's scripts until answered: answer at once.
    // beforeunload is accepted, so a page cannot refuse to be left (cleaned or closed).
    page.on('dialog', (d) => void (d.type() === 'beforeunload' ? d.accept() : d.dismiss()).catch(() => undefined));
    await page.setRequestInterception(true);
    await page.setBypassServiceWorker(true);
    await page.evaluateOnNewDocument(removeUninterceptableApis);
    page.on('request', (r) => void this.onRequest(page, r));
    return { page, reused: false };
  }

  /** Cleans the page for reuse (or closes it); true when that worked. */
  private async checkinPage(page: Page): Promise<boolean> {
    this.jobs.delete(page); // from now on every request of this page is aborted
    const generation = this.generation;
    if (!page.isClosed() && this.idle.length < this.maxPages) {
      try {
        // The old document's scripts stop first: a timer's alert() that opens as the page is left
        // cannot be answered mid-navigation (Chromium: "Not attached to an active page"), and the
        // navigation then waits for it until its timeout.
        await page.setJavaScriptEnabled(false);
        // Stop the old document's timers and requests before the page is reused. Half the
        // cleanup time: a page that cannot be blanked in it is closed in the other half, so one
        // stubborn tab costs a tab, not the browser and the pages rendering beside it.
        await page.goto('about:blank', { timeout: this.cleanupMs / 2 });
        await page.setJavaScriptEnabled(true);
        if (generation !== this.generation || page.isClosed()) return true;
        this.idle.push(page);
        return true;
      } catch {
        /* fall through: close it */
      }
    }
    return page.close().then(
      () => true,
      () => false,
    );
  }

  /** A slot covers a page from checkout until it is clean again, so at most maxPages exist. */
  private async takeSlot(): Promise<void> {
    // Bounded by maxPages: wakes in FIFO order as slots are released.
    while (this.busy >= this.maxPages) await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.busy++;
  }

  private releaseSlot(): void {
    this.busy--;
    this.waiters.shift()?.();
  }
}
