import { describe, expect, it } from 'vitest';
import { RequestThrottledError } from '../../../lambdas/collect/fetch/errors.js';
import { PagePipeline, type Fetcher } from '../../../lambdas/collect/fetch/pipeline.js';
import { InMemoryRateLimiter } from '../../../lambdas/collect/fetch/rate-limiter.js';

const UA = 'adwarden/0.1 (+https://github.com/adwarden/adwarden#crawler)';

describe('a site that says "wait" (429 Retry-After)', () => {
  it('holds back every worker of the domain for as long as the site asked', async () => {
    let now = 1_000_000;
    const slept: number[] = [];
    const limiter = new InMemoryRateLimiter({ now: () => now, sleep: async (ms) => void slept.push(ms) });
    const throttling: Fetcher = {
      async fetch() {
        throw new RequestThrottledError('HTTP 429 from ads.example', 120_000);
      },
    };
    const pipeline = new PagePipeline({
      robots: { isAllowed: async () => true, crawlDelayMs: async () => undefined },
      rateLimiter: limiter,
      http: throttling,
      browser: throttling,
      defaultRatePerSecond: 10,
    });
    const realNow = Date.now;
    Date.now = () => now; // the pipeline stamps the back-off with the wall clock
    try {
      await expect(pipeline.fetch({ url: 'https://ads.example/ad/1', source: { render: 'never', rules: { fields: {} } }, userAgent: UA })).rejects.toBeInstanceOf(RequestThrottledError);
    } finally {
      Date.now = realNow;
    }
    now += 1000;
    await limiter.acquire('ads.example', 100);
    expect(slept).toEqual([119_000]);
    // Another domain is not held back.
    await limiter.acquire('other.example', 100);
    expect(slept).toEqual([119_000]);
  });

  it('never brings a later slot forward', async () => {
    const slept: number[] = [];
    const limiter = new InMemoryRateLimiter({ now: () => 0, sleep: async (ms) => void slept.push(ms) });
    await limiter.backOff('a.example', 50_000);
    await limiter.backOff('a.example', 10_000);
    await limiter.acquire('a.example', 100);
    expect(slept).toEqual([50_000]);
  });
});
