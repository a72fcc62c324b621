import { describe, expect, it } from 'vitest';
import {
  BlockedByRobotsError,
  CrawlError,
  NonRetryableError,
  PageTooLargeError,
  parseCrawlUrl,
  RequestThrottledError,
  RetryRequestError,
  SsrfBlockedError,
  TooManyRedirectsError,
} from '../../../lambdas/collect/fetch/errors.js';

describe('fetch errors', () => {
  it.each([
    [new NonRetryableError('x'), 'NonRetryableError', false],
    [new RetryRequestError('x'), 'RetryRequestError', true],
    [new RequestThrottledError('x', 5000), 'RequestThrottledError', true],
    [new BlockedByRobotsError('x'), 'BlockedByRobotsError', false],
    [new SsrfBlockedError('x'), 'SsrfBlockedError', false],
    [new PageTooLargeError('x'), 'PageTooLargeError', false],
    [new TooManyRedirectsError('x'), 'TooManyRedirectsError', false],
  ] as const)('%s has an explicit name and retryable flag', (error, name, retryable) => {
    expect(error.name).toBe(name);
    expect(error.retryable).toBe(retryable);
    expect(error).toBeInstanceOf(CrawlError);
    expect(error).toBeInstanceOf(Error);
    expect(error instanceof NonRetryableError).toBe(!retryable);
  });

  it('passes cause and url on, and carries Retry-After', () => {
    const cause = new Error('ECONNRESET');
    const e = new RetryRequestError('network error', { cause, url: 'https://example.no/ad/1' });
    expect(e.cause).toBe(cause);
    expect(e.url).toBe('https://example.no/ad/1');
    expect(new RequestThrottledError('slow down', 120_000).retryAfterMs).toBe(120_000);
    expect(new NonRetryableError('no cause').cause).toBeUndefined();
  });
});

describe('parseCrawlUrl', () => {
  it('accepts absolute http(s) URLs and refuses the rest as non-retryable', () => {
    expect(parseCrawlUrl('https://example.no/ad/1').hostname).toBe('example.no');
    for (const bad of ['not a url', '/relative/path', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(() => parseCrawlUrl(bad), bad).toThrow(NonRetryableError);
    }
  });
});
