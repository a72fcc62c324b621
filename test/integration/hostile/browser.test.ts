/**
 * The browser path (BrowserFetcher with @sparticuz/chromium, PagePipeline with render
 * 'always', RobotsCache) against the hostile site. Figures are printed at the end; the
 * assertions are on outcomes (what failed, with which error, what was killed, what still
 * works), not on time.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';
import { BrowserFetcher, type BlockedRequest } from '../../../lambdas/collect/fetch/browser-fetcher.js';
import {
  BlockedByRobotsError,
  PageTooLargeError,
  RetryRequestError,
  SsrfBlockedError,
  TooManyRedirectsError,
} from '../../../lambdas/collect/fetch/errors.js';
import { HttpFetcher } from '../../../lambdas/collect/fetch/http-fetcher.js';
import { MAX_NESTING } from '../../../lambdas/collect/fetch/nesting.js';
import { PagePipeline } from '../../../lambdas/collect/fetch/pipeline.js';
import { RobotsCache } from '../../../lambdas/collect/fetch/robots.js';
import { watchMemory } from './memory.js';
import { CONTROL, startHostileSite, SUBREQUESTS, UA, type HostileSite } from './site.js';

const LIMITS = { allowLoopback: true, timeoutMs: 6000, maxPageBytes: 5_000_000, maxRedirects: 5 };
const figures: Record<string, string> = {};
const blocked: BlockedRequest[] = [];

let site: HostileSite;
let browser: BrowserFetcher;
let pipeline: PagePipeline;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<{ value?: T; error?: unknown; ms: number }> {
  const t = performance.now();
  const memory = watchMemory({ children: true });
  try {
    const value = await run();
    const ms = Math.round(performance.now() - t);
    figures[label] = `ok in ${ms} ms; ${memory.stop().text}`;
    return { value, ms };
  } catch (error) {
    const ms = Math.round(performance.now() - t);
    figures[label] = `${(error as Error).name} "${(error as Error).message}" after ${ms} ms; ${memory.stop().text}`;
    return { error, ms };
  }
}

const render = (path: string) => browser.fetch({ url: `${site.origin}${path}`, userAgent: UA, contentReady: '[data-ad-body]' });
const always = (path: string) =>
  pipeline.fetch({ url: `${site.origin}${path}`, source: { render: 'always', rules: { fields: {}, contentReady: '[data-ad-body]' } }, userAgent: UA });

function phonesOf(html: string, url: string): string[] {
  return extractFindings(html, { url, country: 'NO' })
    .filter((f) => f.kind === 'phone')
    .map((f) => f.value);
}

beforeAll(async () => {
  site = await startHostileSite();
  // One page at a time: the next fetch waits until a hung page's browser has been recycled.
  browser = new BrowserFetcher({
    ...LIMITS,
    lookup: site.lookup,
    connect: site.connect,
    settleMs: 1500,
    cleanupMs: 1000,
    maxPages: 1,
    onBlocked: (b) => blocked.push(b),
  });
  const http = new HttpFetcher({ ...LIMITS, lookup: site.lookup, connect: site.connect });
  pipeline = new PagePipeline({
    robots: new RobotsCache({ fetchText: (url) => http.fetchText(url, UA) }),
    rateLimiter: { acquire: async () => undefined, backOff: async () => undefined },
    http,
    browser,
    defaultRatePerSecond: 50,
  });
  await render('/control'); // launch once, outside the figures
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  console.log(`hostile site, browser path (limits ${JSON.stringify(LIMITS)}, settle 1500 ms, cleanup 1000 ms):\n${Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
});

describe('hostile site in the browser', () => {
  it('kills a page whose JavaScript never ends, recycles the browser, and renders the next page', async () => {
    for (const path of ['/hang', '/hang-later']) {
      const pid = (await browser.browserPid())!;
      expect(pid).toBeGreaterThan(0);
      const hung = await timed(`while(true) ${path}`, () => render(path));
      expect(hung.error).toBeInstanceOf(RetryRequestError);
      // A bound, not a speed figure: before the watchdog this took Puppeteer's 180 s protocol timeout.
      expect(hung.ms).toBeLessThan(2 * LIMITS.timeoutMs);
      // The next page waits for the slot, which frees once the hung browser is gone.
      const next = await timed(`control page after ${path} (includes relaunch)`, () => render('/control'));
      expect(phonesOf(next.value!.html, next.value!.url)).toEqual([CONTROL.phone]);
      expect(alive(pid)).toBe(false);
      expect(await browser.browserPid()).not.toBe(pid);
    }
    expect(browser.stats().recycles).toBeGreaterThanOrEqual(2);
    figures['browsers recycled / of which SIGKILLed'] = `${browser.stats().recycles} / ${browser.stats().kills}`;
  });

  it("with render 'always', the control ad after a hung page is still collected", async () => {
    const hung = await timed("render 'always': /hang", () => always('/hang'));
    expect(hung.error).toBeInstanceOf(RetryRequestError);
    const page = await always('/control');
    expect(page.fetchedWith).toBe('browser');
    const found = extractFindings(page.html, { url: page.url, country: 'NO' });
    expect(found.filter((f) => f.kind === 'phone').map((f) => f.value)).toEqual([CONTROL.phone]);
    expect(found.filter((f) => f.kind === 'email').map((f) => f.value)).toEqual([CONTROL.email]);
  });

  it('closing the browser returns even while a page hangs', async () => {
    const pid = (await browser.browserPid())!;
    const hanging = render('/hang').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 1500)); // the page is now spinning
    const closed = await timed('close() during a hung page', () => browser.close());
    expect(closed.error).toBeUndefined();
    expect(alive(pid)).toBe(false);
    expect(await hanging).toBeInstanceOf(RetryRequestError);
    const again = await render('/control');
    expect(phonesOf(again.html, again.url)).toEqual([CONTROL.phone]);
  });

  it('a browser that dies mid-page fails the fetch in our words only (no Puppeteer text), and the next page works', async () => {
    const pid = (await browser.browserPid())!;
    const pending = render('/hang').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 1000));
    process.kill(pid, 'SIGKILL'); // the Chromium this test's fetcher started
    const error = (await pending) as Error;
    figures['Chromium killed mid-page'] = `${error.name} "${error.message}"`;
    expect(error).toBeInstanceOf(RetryRequestError);
    // Our sentence, with at most a third-party error's name or Chromium's net:: code in brackets.
    expect(error.message).toMatch(/^browser [a-z ]+(?: \((?:[A-Za-z]+|net::ERR_[A-Z_]+)\))?$/);
    const again = await render('/control');
    expect(phonesOf(again.html, again.url)).toEqual([CONTROL.phone]);
  });

  it("a tab closed while the content is awaited is retried once in a fresh tab, within the page's limit", async () => {
    // Seen once in CI: a tab closed under the wait (Puppeteer's "Page closed!") failed the page,
    // while the same loss as navigation starts (a detached frame) was already retried. Chromium
    // runs single-process here, so a crashed tab cannot be played by killing a renderer: the test
    // closes the tab through the fetcher's own browser. The page's second visit has the content.
    const one = new BrowserFetcher({ ...LIMITS, lookup: site.lookup, connect: site.connect, settleMs: 4000, maxPages: 1 });
    try {
      const pending = one.fetch({ url: `${site.origin}/ready-second-time`, userAgent: UA, contentReady: '[data-ad-body]' });
      pending.catch(() => undefined);
      while (site.hitsOn('/ready-second-time') === 0) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 300));
      // The fetcher's browser is private; reaching it is this test's stand-in for a crash.
      const chromium = await (one as unknown as { browser: Promise<Browser> }).browser;
      const tabs = (await chromium.pages()).filter((p) => p.url().includes('/ready-second-time'));
      expect(tabs).toHaveLength(1);
      await tabs[0]!.close();
      const page = await pending;
      expect(phonesOf(page.html, page.url)).toEqual([CONTROL.phone]);
      expect(site.hitsOn('/ready-second-time')).toBe(2);
      expect(one.stats().recycles).toBe(0);
    } finally {
      await one.close();
    }
  });

  it('a navigation aborted in a reused tab is retried once in a fresh tab; in a fresh tab it fails the fetch, asked once', async () => {
    // Seen once in CI: a reused tab (one that had held a page opening dialogs) ended the next
    // page's navigation with net::ERR_ABORTED, which failed the fetch. A download plays it here.
    const one = new BrowserFetcher({ ...LIMITS, lookup: site.lookup, connect: site.connect, settleMs: 1500, maxPages: 1 });
    try {
      await one.fetch({ url: `${site.origin}/control`, userAgent: UA }); // its tab is reused next
      const page = await one.fetch({ url: `${site.origin}/aborted-first-time`, userAgent: UA });
      expect(phonesOf(page.html, page.url)).toEqual([CONTROL.phone]);
      expect(site.hitsOn('/aborted-first-time')).toBe(2);
      expect(one.stats().recycles).toBe(0);
    } finally {
      await one.close();
    }
    const fresh = new BrowserFetcher({ ...LIMITS, lookup: site.lookup, connect: site.connect, settleMs: 1500, maxPages: 1 });
    try {
      const failed = await fresh.fetch({ url: `${site.origin}/download`, userAgent: UA }).then(() => undefined, (e: unknown) => e);
      expect(failed).toBeInstanceOf(RetryRequestError);
      expect((failed as Error).message).toBe('browser navigation failed (net::ERR_ABORTED)');
      expect(site.hitsOn('/download')).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  // Enough to blank and close a tab on a loaded machine (1 s was not, once in CI at load 6.5: a
  // tab's cleanup missed it and the browser was recycled). These tests still fail at 4 s when a
  // tab whose blanking hangs is not closed within the cleanup time (tried: the blanking given the
  // whole cleanup time, scripts left running).
  const DIALOG_CLEANUP_MS = 4000;

  it('dismisses alert/confirm/prompt and beforeunload; a page rendering beside it is unaffected', async () => {
    const two = new BrowserFetcher({ ...LIMITS, lookup: site.lookup, connect: site.connect, settleMs: 1500, cleanupMs: DIALOG_CLEANUP_MS, maxPages: 2 });
    try {
      await two.fetch({ url: `${site.origin}/control`, userAgent: UA });
      const [dialogs, control] = await Promise.all([
        timed('alert/confirm/prompt/beforeunload page', () => two.fetch({ url: `${site.origin}/dialogs`, userAgent: UA, contentReady: '[data-ad-body]' })),
        two.fetch({ url: `${site.origin}/control`, userAgent: UA, contentReady: '[data-ad-body]' }),
      ]);
      expect(phonesOf(dialogs.value!.html, dialogs.value!.url)).toEqual([CONTROL.phone]);
      expect(phonesOf(control.html, control.url)).toEqual([CONTROL.phone]);
      // The page with a beforeunload handler was cleaned and reused: the next fetch works.
      const after = await two.fetch({ url: `${site.origin}/control`, userAgent: UA });
      expect(phonesOf(after.html, after.url)).toEqual([CONTROL.phone]);
      expect(two.stats().recycles).toBe(0);
    } finally {
      await two.close();
    }
  });

  it('a page whose timer keeps opening dialogs costs at most its tab when cleaned: the browser and the page beside it are unaffected', async () => {
    // Before, an alert() opening as the tab was blanked could not be answered mid-navigation,
    // the blanking hung until the cleanup time was spent, and the browser was recycled with the
    // page rendering beside it (seen in CI on the dialogs test above).
    const two = new BrowserFetcher({ ...LIMITS, lookup: site.lookup, connect: site.connect, settleMs: 1500, cleanupMs: DIALOG_CLEANUP_MS, maxPages: 2 });
    try {
      await two.fetch({ url: `${site.origin}/control`, userAgent: UA });
      const pid = await two.browserPid();
      for (let round = 0; round < 5; round++) {
        const [timer, control] = await Promise.all([
          two.fetch({ url: `${site.origin}/dialog-timer`, userAgent: UA, contentReady: '[data-ad-body]' }),
          two.fetch({ url: `${site.origin}/control`, userAgent: UA, contentReady: '[data-ad-body]' }),
        ]);
        expect(phonesOf(timer.html, timer.url)).toEqual([CONTROL.phone]);
        expect(phonesOf(control.html, control.url)).toEqual([CONTROL.phone]);
      }
      // Both slots are free only once both pages are cleaned or closed: this fetch waits for that.
      const [last] = await Promise.all([
        two.fetch({ url: `${site.origin}/js-ad`, userAgent: UA, contentReady: '[data-ad-body]' }),
        two.fetch({ url: `${site.origin}/control`, userAgent: UA }),
      ]);
      // A reused tab runs the next page's scripts (the ad is built by script).
      expect(phonesOf(last.html, last.url)).toEqual([CONTROL.phone]);
      expect(two.stats().recycles).toBe(0);
      expect(await two.browserPid()).toBe(pid);
    } finally {
      await two.close();
    }
  });

  it('JavaScript fetching or navigating to private and metadata addresses reaches nothing (0 trap hits)', async () => {
    const page = await render('/ssrf-js');
    expect(page.html).toContain('id="done"');
    expect(page.html).not.toContain('<p>loaded</p>');
    expect(page.html.match(/<p>blocked<\/p>/g)).toHaveLength(6);
    const js = await timed('script navigates to 169.254.169.254', () => render('/js-to-metadata'));
    expect(js.error).toBeInstanceOf(SsrfBlockedError);
    const redirect = await timed('redirect to a metadata name', () => render('/to-metadata'));
    expect(redirect.error).toBeInstanceOf(SsrfBlockedError);
    expect(blocked.filter((b) => b.reason.startsWith('ssrf')).length).toBeGreaterThanOrEqual(4);
    expect(site.trapHits).toEqual([]);
  });

  it('asks robots.txt of every navigation target: same-origin and cross-origin redirects, and script navigation', async () => {
    for (const path of ['/to-private', '/to-other-private', '/js-to-private']) {
      const { error } = await timed(`browser: ${path} into Disallow`, () => always(path));
      expect(error).toBeInstanceOf(BlockedByRobotsError);
    }
    expect(site.hitsOn('/private/')).toBe(0);
  });

  it('cuts loops, oversize bodies, gzip bombs and drips on the main document', async () => {
    expect((await timed('browser: redirect loop', () => render('/loop'))).error).toBeInstanceOf(TooManyRedirectsError);
    expect((await timed('browser: 50 MB body', () => render('/big'))).error).toBeInstanceOf(PageTooLargeError);
    expect((await timed('browser: gzip bomb', () => render('/bomb'))).error).toBeInstanceOf(PageTooLargeError);
    expect((await timed('browser: drip', () => render('/drip'))).error).toBeInstanceOf(RetryRequestError);
  });

  it('a script-built 200,000-deep DOM comes back bounded (or fails cleanly), and the browser still works', async () => {
    const deep = await timed('browser: script builds a 200,000-deep DOM', () => always('/js-deep'));
    if (deep.error) {
      expect(deep.error).toBeInstanceOf(RetryRequestError);
    } else {
      expect(deep.value!.html.split('<div>').length - 1).toBeLessThanOrEqual(MAX_NESTING);
      expect(phonesOf(deep.value!.html, deep.value!.url)).toEqual([CONTROL.phone]);
    }
    const after = await render('/control');
    expect(phonesOf(after.html, after.url)).toEqual([CONTROL.phone]);
  });

  it(`a page makes at most 100 requests: of a script's ${SUBREQUESTS} fetches the rest are refused, and the page is still read`, async () => {
    const before = site.hitsOn('/sub/');
    const refusedBefore = blocked.filter((b) => b.reason === 'too many requests for one page').length;
    const page = await timed(`script fires ${SUBREQUESTS} fetches`, () => render('/many-requests'));
    expect(page.error).toBeUndefined();
    expect(phonesOf(page.value!.html, page.value!.url)).toEqual([CONTROL.phone]);
    const reached = site.hitsOn('/sub/') - before;
    const refused = blocked.filter((b) => b.reason === 'too many requests for one page').length - refusedBefore;
    figures[`script fires ${SUBREQUESTS} fetches: reached the site / refused`] = `${reached} / ${refused}`;
    // The main document is the first of the 100.
    expect(reached).toBe(99);
    expect(refused).toBe(SUBREQUESTS - 99);
  });
});
