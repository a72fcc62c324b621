import { describe, expect, it } from 'vitest';
import { NonRetryableError, RequestThrottledError, RetryRequestError } from '../../../lambdas/collect/fetch/errors.js';
import { decodeHtml, DEFAULT_THROTTLE_MS, errorForStatus, parseRetryAfter } from '../../../lambdas/collect/fetch/http-fetcher.js';

const NOW = Date.parse('2026-11-22T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Sun, 22 Nov 2026 12:00:30 GMT', 30_000],
    ['Sun, 22 Nov 2026 11:59:00 GMT', 0], // in the past: retry now
    ['Sunday, 22-Nov-26 12:01:00 GMT', 60_000], // obsolete RFC 850 form
  ])('%j -> %d ms', (value, ms) => expect(parseRetryAfter(value, NOW)).toBe(ms));

  it.each([undefined, '', '-5', '1.5', 'soon', 'Foo, 99 Bar 2026'])('%j -> undefined', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});

describe('errorForStatus', () => {
  const url = 'https://example.no/ad/1';
  it('2xx is not an error', () => expect(errorForStatus(200, {}, url, NOW)).toBeUndefined());

  it('429 -> RequestThrottledError with Retry-After, or a default', () => {
    const e = errorForStatus(429, { 'retry-after': '30' }, url, NOW);
    expect(e).toBeInstanceOf(RequestThrottledError);
    expect((e as RequestThrottledError).retryAfterMs).toBe(30_000);
    expect((errorForStatus(429, {}, url, NOW) as RequestThrottledError).retryAfterMs).toBe(DEFAULT_THROTTLE_MS);
  });

  it('503 with Retry-After -> throttled; without -> retry', () => {
    const e = errorForStatus(503, { 'retry-after': 'Sun, 22 Nov 2026 12:02:00 GMT' }, url, NOW);
    expect(e).toBeInstanceOf(RequestThrottledError);
    expect((e as RequestThrottledError).retryAfterMs).toBe(120_000);
    expect(errorForStatus(503, {}, url, NOW)).toBeInstanceOf(RetryRequestError);
  });

  it.each([500, 502, 504, 408])('%d -> RetryRequestError', (s) => expect(errorForStatus(s, {}, url, NOW)).toBeInstanceOf(RetryRequestError));
  it.each([400, 401, 403, 404, 410, 451])('%d -> NonRetryableError', (s) => {
    const e = errorForStatus(s, {}, url, NOW);
    expect(e).toBeInstanceOf(NonRetryableError);
    expect(e?.retryable).toBe(false);
  });
});

describe('decodeHtml', () => {
  it('uses the Content-Type charset, else <meta charset>, else UTF-8', () => {
    const latin1 = Buffer.from('<p>Bl\xe5 Volvo, \xf8l</p>', 'latin1');
    expect(decodeHtml(latin1, 'text/html; charset=ISO-8859-1')).toBe('<p>Blå Volvo, øl</p>');
    const meta = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from([0xe6, 0x80]), Buffer.from('</p>')]);
    expect(decodeHtml(meta, 'text/html')).toBe('<meta charset="windows-1252"><p>æ€</p>');
    expect(decodeHtml(Buffer.from('<p>Blå</p>'), 'text/html')).toBe('<p>Blå</p>');
    expect(decodeHtml(Buffer.from('<p>x</p>'), 'text/html; charset=made-up')).toBe('<p>x</p>');
  });
});
