/**
 * robots.txt policy, cached per origin.
 *
 * Status handling follows RFC 9309 and what Google documents for Googlebot:
 * - 2xx: parse and obey (only the first 500 KiB; the fetcher cuts the rest).
 * - 4xx (404, 410, 403...) except 429: "unavailable" -> everything is allowed.
 * - 429, 5xx, network errors, timeouts, refused by the SSRF guard: "unreachable" -> Google
 *   treats the whole site as disallowed and tries robots.txt again later; we do the same,
 *   remembering the failure for `unreachableTtlMs`, then fetching robots.txt again.
 * A good robots.txt is kept for `ttlMs` (Google caches it for up to 24 hours).
 */
import robotsParserModule from 'robots-parser';
import { SsrfBlockedError } from './errors.js';

// robots-parser is CommonJS (`module.exports = fn`) but its typings declare `export default`,
// which NodeNext reads as `module.exports.default`. At run time the default import is the
// function itself (Node, tsx, vitest, esbuild); accept either shape.
type RobotsParser = typeof robotsParserModule.default;
const robotsParser: RobotsParser =
  typeof robotsParserModule === 'function' ? (robotsParserModule as unknown as RobotsParser) : robotsParserModule.default;

export type RobotsTextFetch = (url: string) => Promise<{ status: number; body: string }>;

/** What the pipeline needs from a robots policy (RobotsCache is the implementation). */
export interface RobotsPolicy {
  /** Throws SsrfBlockedError when the origin is one the crawler never connects to. */
  isAllowed(url: string, userAgent: string): Promise<boolean>;
  /** Crawl-delay for our user agent at `origin`, in ms; undefined when none is given. */
  crawlDelayMs(origin: string, userAgent: string): Promise<number | undefined>;
}

export interface RobotsCacheOptions {
  /** Fetches a URL as text and reports its status; throws when unreachable. */
  readonly fetchText: RobotsTextFetch;
  /** @default 24 hours */
  readonly ttlMs?: number;
  /** How long an unreachable robots.txt keeps the origin disallowed. @default 10 minutes */
  readonly unreachableTtlMs?: number;
  /** @default Date.now */
  readonly now?: () => number;
  /** Origins remembered at once (oldest evicted first). @default 1000 */
  readonly maxEntries?: number;
}

type Robot = ReturnType<typeof robotsParser>;
type Policy =
  | { kind: 'rules'; robot: Robot }
  | { kind: 'allow-all' }
  | { kind: 'disallow-all' }
  /** The origin itself is refused by the SSRF guard: say so, not "disallowed by robots.txt". */
  | { kind: 'refused'; reason: string };
interface Entry {
  policy: Promise<Policy>;
  expiresAt: number;
}

/**
 * The product token robots.txt groups are matched on: "adwarden/0.1 (+https://...)" -> "adwarden";
 * a browser-style "Mozilla/5.0 (compatible; adwarden/0.1; +https://...)" -> "adwarden" too.
 */
export function robotsToken(userAgent: string): string {
  const products = [...userAgent.matchAll(/([A-Za-z][A-Za-z0-9_-]*)\/[\w.]+/g)].map((m) => m[1]!);
  const own = products.find((p) => p.toLowerCase() !== 'mozilla');
  return (own ?? userAgent.trim().split(/[\s/;]/)[0] ?? '*').toLowerCase() || '*';
}

export class RobotsCache implements RobotsPolicy {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly unreachableTtlMs: number;
  private readonly now: () => number;
  private readonly maxEntries: number;

  constructor(private readonly opts: RobotsCacheOptions) {
    this.ttlMs = opts.ttlMs ?? 24 * 60 * 60 * 1000;
    this.unreachableTtlMs = opts.unreachableTtlMs ?? 10 * 60 * 1000;
    this.now = opts.now ?? Date.now;
    this.maxEntries = opts.maxEntries ?? 1000;
  }

  async isAllowed(url: string, userAgent: string): Promise<boolean> {
    const target = new URL(url);
    const policy = await this.policyFor(target.origin);
    if (policy.kind === 'allow-all') return true;
    if (policy.kind === 'disallow-all') return false;
    if (policy.kind === 'refused') throw new SsrfBlockedError(policy.reason, { url });
    // robots-parser answers undefined for a URL of another origin; cannot happen (keyed by
    // origin), and if it ever did, refusing is the polite failure.
    return policy.robot.isAllowed(target.href, robotsToken(userAgent)) === true;
  }

  async crawlDelayMs(origin: string, userAgent: string): Promise<number | undefined> {
    const policy = await this.policyFor(new URL(origin).origin);
    if (policy.kind !== 'rules') return undefined;
    const seconds = policy.robot.getCrawlDelay(robotsToken(userAgent));
    return seconds === undefined || !Number.isFinite(seconds) || seconds < 0 ? undefined : Math.round(seconds * 1000);
  }

  private policyFor(origin: string): Promise<Policy> {
    const cached = this.entries.get(origin);
    if (cached && cached.expiresAt > this.now()) return cached.policy;
    this.entries.delete(origin);
    // Stored before the fetch settles, so concurrent callers share one fetch; the expiry is
    // set when it settles. load() never rejects: failures become a policy.
    const entry: Entry = {
      policy: Promise.resolve({ kind: 'disallow-all' }),
      expiresAt: Number.POSITIVE_INFINITY,
    };
    entry.policy = this.load(origin).then(({ policy, ttlMs }) => {
      entry.expiresAt = this.now() + ttlMs;
      return policy;
    });
    this.entries.set(origin, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return entry.policy;
  }

  private async load(origin: string): Promise<{ policy: Policy; ttlMs: number }> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const { status, body } = await this.opts.fetchText(robotsUrl);
      if (status >= 200 && status < 300) {
        return { policy: { kind: 'rules', robot: robotsParser(robotsUrl, body) }, ttlMs: this.ttlMs };
      }
      if (status >= 400 && status < 500 && status !== 429) {
        return { policy: { kind: 'allow-all' }, ttlMs: this.ttlMs };
      }
      // 429, 5xx (and a 3xx the fetcher could not follow): unreachable.
      return { policy: { kind: 'disallow-all' }, ttlMs: this.unreachableTtlMs };
    } catch (e) {
      // The origin itself refused (not a redirect of its robots.txt elsewhere): say SSRF.
      if (e instanceof SsrfBlockedError && e.url !== undefined && new URL(e.url).origin === origin) {
        return { policy: { kind: 'refused', reason: e.message }, ttlMs: this.unreachableTtlMs };
      }
      return { policy: { kind: 'disallow-all' }, ttlMs: this.unreachableTtlMs };
    }
  }
}
