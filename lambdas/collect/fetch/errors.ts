/**
 * Errors of the fetch layer, named for what the runtime should do next (Crawlee's habit):
 * retry the request later, wait as the site asked, or give up on this URL.
 *
 * Every class sets `this.name` explicitly, because Step Functions `Retry`/`Catch` and the
 * SQS handler's batch-failure logic match on `name`, and minifiers mangle class names.
 * `retryable` is the one bit a handler needs: true -> report a batch item failure (SQS
 * redelivers, then the DLQ), false -> log and drop the URL.
 */

export interface CrawlErrorOptions {
  readonly cause?: unknown;
  /** The URL being fetched when it failed (never contains personal data: it is an ad URL). */
  readonly url?: string;
}

export class CrawlError extends Error {
  readonly retryable: boolean = false;
  readonly url: string | undefined;

  constructor(message: string, options: CrawlErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CrawlError';
    this.url = options.url;
  }
}

/** Do not retry this URL: the answer will not change (404, not HTML, bad URL...). */
export class NonRetryableError extends CrawlError {
  override readonly retryable: boolean = false;
  constructor(message: string, options?: CrawlErrorOptions) {
    super(message, options);
    this.name = 'NonRetryableError';
  }
}

/** Retry later: a transient failure (5xx, timeout, connection reset). */
export class RetryRequestError extends CrawlError {
  override readonly retryable: boolean = true;
  constructor(message: string, options?: CrawlErrorOptions) {
    super(message, options);
    this.name = 'RetryRequestError';
  }
}

/** The site asked us to slow down (429, or 503 with Retry-After): retry after `retryAfterMs`. */
export class RequestThrottledError extends CrawlError {
  override readonly retryable: boolean = true;
  readonly retryAfterMs: number;
  constructor(message: string, retryAfterMs: number, options?: CrawlErrorOptions) {
    super(message, options);
    this.name = 'RequestThrottledError';
    this.retryAfterMs = retryAfterMs;
  }
}

/** robots.txt disallows the URL for our user agent (or robots.txt is unreachable). */
export class BlockedByRobotsError extends NonRetryableError {
  constructor(message: string, options?: CrawlErrorOptions) {
    super(message, options);
    this.name = 'BlockedByRobotsError';
  }
}

/** The URL (or a redirect hop, or a subresource) resolves to an address we must never reach. */
export class SsrfBlockedError extends NonRetryableError {
  constructor(message: string, options?: CrawlErrorOptions) {
    super(message, options);
    this.name = 'SsrfBlockedError';
  }
}

/** The body is larger than `maxPageBytes`: the download was aborted. */
export class PageTooLargeError extends NonRetryableError {
  constructor(message: string, options?: CrawlErrorOptions) {
    super(message, options);
    this.name = 'PageTooLargeError';
  }
}

/** More than `maxRedirects` redirects (or a loop). */
export class TooManyRedirectsError extends NonRetryableError {
  constructor(message: string, options?: CrawlErrorOptions) {
    super(message, options);
    this.name = 'TooManyRedirectsError';
  }
}

/** Parses an absolute http(s) URL, or throws NonRetryableError (a bad URL never gets better). */
export function parseCrawlUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (e) {
    throw new NonRetryableError('invalid URL', { url, cause: e });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new NonRetryableError(`unsupported scheme ${parsed.protocol}`, { url });
  }
  return parsed;
}
