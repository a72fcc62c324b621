/**
 * The one request pipeline (Crawlee's layering): every page, listing or ad, goes through the
 * same steps, and "HTTP first, browser when needed" (ARCHITECTURE decision 7) is a choice of
 * fetcher inside it, not a second code path:
 *
 *   robots.txt allows it -> wait for the domain's shared rate slot -> fetch with plain HTTP
 *   (or the browser, for `render: 'always'`) -> if `render: 'auto'` and the HTML lacks the
 *   content, take another slot and render it with the browser.
 *
 * This file also declares the Fetcher port; the HTTP and browser adapters implement it.
 */
import * as cheerio from 'cheerio/slim';
import { parseDocument } from 'htmlparser2';
import type { Source } from '../../../lib/config.js';
import { BlockedByRobotsError, NonRetryableError, parseCrawlUrl, RequestThrottledError } from './errors.js';
import type { DomainRateLimiter } from './rate-limiter.js';
import { boundNesting } from './nesting.js';
import type { RobotsPolicy } from './robots.js';

export interface FetchRequest {
  readonly url: string;
  readonly userAgent: string;
  /** CSS selector proving the content is there; the browser waits for it. */
  readonly contentReady?: string;
  /** The source's market (ISO 3166-1 alpha-2): selects the legacy encoding of a page that declares none (decode.ts). */
  readonly country?: string;
  /**
   * Called before the fetcher follows a redirect or a navigation to another URL (HTTP 3xx,
   * a script setting `location`); throws (BlockedByRobotsError) to refuse the hop.
   */
  readonly beforeRedirect?: (url: string) => Promise<void>;
}

export interface FetchedPage {
  /** Final URL, after redirects. */
  readonly url: string;
  readonly status: number;
  readonly html: string;
  readonly contentType: string;
  readonly fetchedWith: 'http' | 'browser';
  /** Size of the HTML (decompressed body, or the rendered DOM for the browser). */
  readonly bytes: number;
  /** Elements the pipeline flattened because they nested deeper than MAX_NESTING. */
  readonly flattenedTags?: number;
  /** Wall time of the fetch itself (not the rate-limit wait). */
  readonly ms: number;
}

/** The fetch port. Adapters throw the errors of `errors.ts`, never return them. */
export interface Fetcher {
  fetch(req: FetchRequest): Promise<FetchedPage>;
}

export interface PagePipelineDeps {
  readonly robots: RobotsPolicy;
  readonly rateLimiter: DomainRateLimiter;
  readonly http: Fetcher;
  readonly browser: Fetcher;
  /** `Config['crawler'].defaultRatePerSecond`. */
  readonly defaultRatePerSecond: number;
}

export interface PageRequest {
  readonly url: string;
  /** `country`: a page that declares no charset and is not UTF-8 is read in that market's legacy encoding (decode.ts). */
  readonly source: Pick<Source, 'render' | 'rules'> & Partial<Pick<Source, 'country'>>;
  readonly userAgent: string;
}

/** Containers that single-page apps fill in with JavaScript. */
const APP_ROOTS = '#root, #app, #__next, #__nuxt, #___gatsby, [data-reactroot], app-root, [ng-app], [data-app]';
/** Less visible text than this, once scripts and <noscript> are removed, means "not rendered". */
const MIN_TEXT_CHARS = 32;

/**
 * True when plain HTML lacks the content and needs a browser: the `contentReady` selector is
 * missing, or (without a selector) an app root is empty or the body's only text is <noscript>.
 */
export function lacksContent(html: string, contentReady?: string): boolean {
  // htmlparser2 on depth-bounded input: linear (parse5, cheerio's default, is quadratic in
  // nesting), and the recursive `.text()` below cannot overflow the stack.
  const $ = cheerio.load(parseDocument(boundNesting(html).html));
  if (contentReady) {
    try {
      return $(contentReady).length === 0;
    } catch (e) {
      throw new NonRetryableError(`invalid contentReady selector ${JSON.stringify(contentReady)}`, { cause: e });
    }
  }
  const root = $(APP_ROOTS).first();
  if (root.length > 0 && root.children().length === 0 && root.text().trim() === '') return true;
  const hasScripts = $('script, noscript').length > 0;
  $('script, style, noscript, template').remove();
  const text = $('body').text().replace(/\s+/g, ' ').trim();
  return hasScripts && text.length < MIN_TEXT_CHARS;
}

/** The page with its nesting cut at MAX_NESTING, so every parser after this one is linear. */
function bounded(page: FetchedPage): FetchedPage {
  const { html, flattened } = boundNesting(page.html);
  return flattened === 0 ? page : { ...page, html, flattenedTags: flattened };
}

export class PagePipeline {
  constructor(private readonly deps: PagePipelineDeps) {}

  async fetch(req: PageRequest): Promise<FetchedPage> {
    const { source, userAgent } = req;
    const contentReady = source.rules.contentReady;
    parseCrawlUrl(req.url);
    await this.assertAllowed(req.url, userAgent);
    // Every redirect hop and script navigation is checked against its own origin's robots.txt.
    const beforeRedirect = (url: string): Promise<void> => this.assertAllowed(url, userAgent);

    if (source.render === 'always') {
      return bounded(await this.politely(req.url, userAgent, () => this.deps.browser.fetch({ url: req.url, userAgent, contentReady, beforeRedirect })));
    }
    const page = bounded(await this.politely(req.url, userAgent, () => this.deps.http.fetch({ url: req.url, userAgent, beforeRedirect, ...(source.country ? { country: source.country } : {}) })));
    // Belt and braces: the final URL is allowed (the fetcher checked each hop already).
    if (page.url !== req.url) await this.assertAllowed(page.url, userAgent);

    if (source.render === 'auto' && lacksContent(page.html, contentReady)) {
      // A second request to the site: it waits for its own rate slot.
      return bounded(await this.politely(page.url, userAgent, () => this.deps.browser.fetch({ url: page.url, userAgent, contentReady, beforeRedirect })));
    }
    return page;
  }

  private async assertAllowed(url: string, userAgent: string): Promise<void> {
    if (!(await this.deps.robots.isAllowed(url, userAgent))) {
      throw new BlockedByRobotsError('disallowed by robots.txt', { url });
    }
  }

  /** Waits for the domain's slot (the larger of Crawl-delay and the configured rate), then runs `fetch`. */
  private async politely(url: string, userAgent: string, fetch: () => Promise<FetchedPage>): Promise<FetchedPage> {
    const target = new URL(url);
    const crawlDelayMs = (await this.deps.robots.crawlDelayMs(target.origin, userAgent)) ?? 0;
    const minIntervalMs = Math.max(crawlDelayMs, Math.ceil(1000 / this.deps.defaultRatePerSecond));
    await this.deps.rateLimiter.acquire(target.hostname, minIntervalMs);
    try {
      return await fetch();
    } catch (e) {
      // Every worker, not just this one, holds off for as long as the site asked.
      if (e instanceof RequestThrottledError) await this.deps.rateLimiter.backOff(target.hostname, Date.now() + e.retryAfterMs);
      throw e;
    }
  }
}
