/**
 * The per-domain rate: a PORT. Every worker that fetches from a domain first takes a slot
 * here, so the rate holds across all concurrent Lambda invocations, not per process.
 *
 * Contract for adapters (the DynamoDB one keeps one item per domain, `nextAt` in epoch ms):
 *   slot = max(now, nextAt); nextAt := slot + minIntervalMs   (atomically: a conditional
 *   update on the previous `nextAt`, retried on conflict), then wait until `slot`.
 * Reserving before waiting means concurrent callers queue up one interval apart instead of
 * all waking at the same moment.
 */
export interface DomainRateLimiter {
  /** Resolves when the caller may send one request to `domain`. */
  acquire(domain: string, minIntervalMs: number): Promise<void>;
  /**
   * The site asked us to wait (429/503 with Retry-After): no worker may send to `domain`
   * before `untilMs` (epoch ms). Never brings a later slot forward.
   */
  backOff(domain: string, untilMs: number): Promise<void>;
}

export interface InMemoryRateLimiterOptions {
  /** @default Date.now */
  readonly now?: () => number;
  /** @default setTimeout-based sleep */
  readonly sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** In-process implementation, for unit tests and the single-process local runtime. */
export class InMemoryRateLimiter implements DomainRateLimiter {
  private readonly nextAt = new Map<string, number>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(opts: InMemoryRateLimiterOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? realSleep;
  }

  async acquire(domain: string, minIntervalMs: number): Promise<void> {
    const key = domain.toLowerCase();
    const now = this.now();
    const slot = Math.max(now, this.nextAt.get(key) ?? now);
    this.nextAt.set(key, slot + Math.max(0, minIntervalMs));
    if (slot > now) await this.sleep(slot - now);
  }

  async backOff(domain: string, untilMs: number): Promise<void> {
    const key = domain.toLowerCase();
    this.nextAt.set(key, Math.max(this.nextAt.get(key) ?? 0, untilMs));
  }
}
