import { describe, expect, it } from 'vitest';
import { RobotsCache, robotsToken, type RobotsTextFetch } from '../../../lambdas/collect/fetch/robots.js';
import { SsrfBlockedError } from '../../../lambdas/collect/fetch/errors.js';

const UA = 'adwarden/0.1 (+https://github.com/adwarden/adwarden#crawler)';

function fakeSite(responses: Record<string, { status: number; body?: string } | Error>) {
  const calls: string[] = [];
  const fetchText: RobotsTextFetch = async (url) => {
    calls.push(url);
    const r = responses[url];
    if (r === undefined) return { status: 404, body: '' };
    if (r instanceof Error) throw r;
    return { status: r.status, body: r.body ?? '' };
  };
  return { fetchText, calls };
}

const ROBOTS = `
User-agent: *
Disallow: /private/
Crawl-delay: 1

User-agent: adwarden
Disallow: /search
Allow: /search/ads
Crawl-delay: 2.5
`;

describe('robotsToken', () => {
  it.each([
    [UA, 'adwarden'],
    ['Mozilla/5.0 (compatible; adwarden/0.1; +https://example.org/bot)', 'adwarden'],
    ['adwarden', 'adwarden'],
  ])('%s -> %s', (ua, token) => expect(robotsToken(ua)).toBe(token));
});

describe('RobotsCache', () => {
  it('obeys the group for our token, with its Crawl-delay', async () => {
    const site = fakeSite({ 'https://example.no/robots.txt': { status: 200, body: ROBOTS } });
    const robots = new RobotsCache({ fetchText: site.fetchText });
    expect(await robots.isAllowed('https://example.no/search?q=bmw', UA)).toBe(false);
    expect(await robots.isAllowed('https://example.no/search/ads/123', UA)).toBe(true);
    expect(await robots.isAllowed('https://example.no/private/x', UA)).toBe(true); // our group has no /private rule
    expect(await robots.isAllowed('https://example.no/private/x', 'otherbot/1.0')).toBe(false);
    expect(await robots.crawlDelayMs('https://example.no', UA)).toBe(2500);
    expect(await robots.crawlDelayMs('https://example.no', 'otherbot/1.0')).toBe(1000);
    expect(site.calls).toEqual(['https://example.no/robots.txt']); // fetched once per origin
  });

  it('keys by origin: another port or scheme is another robots.txt', async () => {
    const site = fakeSite({ 'https://example.no/robots.txt': { status: 200, body: 'User-agent: *\nDisallow: /' } });
    const robots = new RobotsCache({ fetchText: site.fetchText });
    expect(await robots.isAllowed('https://example.no/ad/1', UA)).toBe(false);
    expect(await robots.isAllowed('http://example.no/ad/1', UA)).toBe(true); // 404 there
    expect(await robots.isAllowed('https://example.no:8443/ad/1', UA)).toBe(true);
    expect(site.calls).toHaveLength(3);
  });

  it('404 (and other 4xx) -> everything allowed, no crawl delay', async () => {
    const site = fakeSite({ 'https://b.no/robots.txt': { status: 403 } });
    const robots = new RobotsCache({ fetchText: site.fetchText });
    expect(await robots.isAllowed('https://a.no/anything', UA)).toBe(true);
    expect(await robots.isAllowed('https://b.no/anything', UA)).toBe(true);
    expect(await robots.crawlDelayMs('https://a.no', UA)).toBeUndefined();
  });

  it('5xx, 429 or unreachable -> everything disallowed for a while, then fetched again', async () => {
    let now = 0;
    const responses: Record<string, { status: number; body?: string } | Error> = {
      'https://down.no/robots.txt': { status: 503 },
      'https://busy.no/robots.txt': { status: 429 },
      'https://gone.no/robots.txt': Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    };
    const site = fakeSite(responses);
    const robots = new RobotsCache({ fetchText: site.fetchText, now: () => now, unreachableTtlMs: 60_000, ttlMs: 3_600_000 });
    expect(await robots.isAllowed('https://down.no/ad/1', UA)).toBe(false);
    expect(await robots.isAllowed('https://busy.no/ad/1', UA)).toBe(false);
    expect(await robots.isAllowed('https://gone.no/ad/1', UA)).toBe(false);
    now = 59_000;
    expect(await robots.isAllowed('https://down.no/ad/1', UA)).toBe(false);
    expect(site.calls.filter((c) => c.includes('down.no'))).toHaveLength(1);
    // The site recovers; after the short TTL robots.txt is fetched again.
    responses['https://down.no/robots.txt'] = { status: 200, body: 'User-agent: *\nAllow: /' };
    now = 61_000;
    expect(await robots.isAllowed('https://down.no/ad/1', UA)).toBe(true);
    expect(site.calls.filter((c) => c.includes('down.no'))).toHaveLength(2);
  });

  it('re-fetches a good robots.txt after its TTL (injectable clock)', async () => {
    let now = 0;
    const site = fakeSite({ 'https://example.no/robots.txt': { status: 200, body: ROBOTS } });
    const robots = new RobotsCache({ fetchText: site.fetchText, now: () => now, ttlMs: 1000 });
    await robots.isAllowed('https://example.no/', UA);
    now = 999;
    await robots.isAllowed('https://example.no/', UA);
    expect(site.calls).toHaveLength(1);
    now = 1001;
    await robots.isAllowed('https://example.no/', UA);
    expect(site.calls).toHaveLength(2);
  });

  it('concurrent callers share one fetch', async () => {
    const site = fakeSite({ 'https://example.no/robots.txt': { status: 200, body: ROBOTS } });
    const robots = new RobotsCache({ fetchText: site.fetchText });
    const answers = await Promise.all(Array.from({ length: 10 }, () => robots.isAllowed('https://example.no/search', UA)));
    expect(answers.every((a) => a === false)).toBe(true);
    expect(site.calls).toHaveLength(1);
  });

  it('bounds memory to maxEntries origins', async () => {
    const site = fakeSite({});
    const robots = new RobotsCache({ fetchText: site.fetchText, maxEntries: 2 });
    for (const host of ['a', 'b', 'c', 'a']) await robots.isAllowed(`https://${host}.no/`, UA);
    expect(site.calls).toEqual(['https://a.no/robots.txt', 'https://b.no/robots.txt', 'https://c.no/robots.txt', 'https://a.no/robots.txt']);
  });
});

describe('RobotsCache and the SSRF guard', () => {
  const UA = 'adwarden/0.1 (+https://github.com/adwarden/adwarden#crawler)';
  it('an origin the guard refuses is reported as SsrfBlockedError, for every URL of it', async () => {
    const robots = new RobotsCache({
      fetchText: async (url) => {
        throw new SsrfBlockedError('host resolves to a non-public address (linkLocal)', { url });
      },
    });
    await expect(robots.isAllowed('http://meta.test/latest/meta-data/', UA)).rejects.toBeInstanceOf(SsrfBlockedError);
    await expect(robots.isAllowed('http://meta.test/other', UA)).rejects.toBeInstanceOf(SsrfBlockedError);
  });

  it('a public origin whose robots.txt redirects to a refused address is unreachable (disallowed), not refused', async () => {
    const robots = new RobotsCache({
      fetchText: async () => {
        throw new SsrfBlockedError('host resolves to a non-public address (private)', { url: 'http://10.0.0.1/robots.txt' });
      },
    });
    expect(await robots.isAllowed('https://www.example.no/ad/1', UA)).toBe(false);
  });
});
