import { describe, expect, it } from 'vitest';
import { InMemoryRateLimiter } from '../../../lambdas/collect/fetch/rate-limiter.js';

function fakeClock() {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
    sleeps,
  };
}

describe('InMemoryRateLimiter', () => {
  it('spaces requests to one domain by the interval and leaves other domains alone', async () => {
    const clock = fakeClock();
    const limiter = new InMemoryRateLimiter(clock);
    await limiter.acquire('example.no', 1000);
    await limiter.acquire('other.no', 1000);
    expect(clock.sleeps).toEqual([]);
    await limiter.acquire('example.no', 1000);
    expect(clock.sleeps).toEqual([1000]);
    clock.advance(400);
    await limiter.acquire('EXAMPLE.no', 1000);
    expect(clock.sleeps).toEqual([1000, 600]);
  });

  it('queues concurrent callers one interval apart (reserve, then wait)', async () => {
    const clock = fakeClock();
    const waits: number[] = [];
    const limiter = new InMemoryRateLimiter({ now: clock.now, sleep: async (ms) => void waits.push(ms) });
    await Promise.all([0, 1, 2, 3].map(() => limiter.acquire('example.no', 250)));
    expect(waits).toEqual([250, 500, 750]);
  });

  it('no wait once the interval has passed', async () => {
    const clock = fakeClock();
    const limiter = new InMemoryRateLimiter(clock);
    await limiter.acquire('example.no', 1000);
    clock.advance(5000);
    await limiter.acquire('example.no', 1000);
    expect(clock.sleeps).toEqual([]);
  });
});
