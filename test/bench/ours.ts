/**
 * Our collection path, per ad, with the real product code:
 *   PagePipeline (robots.txt -> rate slot -> HttpFetcher or BrowserFetcher)
 *   -> extractFindings (extract + normalise) -> storeAd (suppression check, per-tenant filter,
 *   AES-GCM envelope, blind indexes) -> in-memory TenantAdStore.
 */
import type { Config, Source } from '../../lib/config.js';
import { tenantKeyAlias } from '../../lib/topology.js';
import { FileKeyService } from '../../lambdas/adapters/local/file-key-service.js';
import { extractFindings } from '../../lambdas/collect/extract/index.js';
import { BrowserFetcher } from '../../lambdas/collect/fetch/browser-fetcher.js';
import { HttpFetcher } from '../../lambdas/collect/fetch/http-fetcher.js';
import { PagePipeline } from '../../lambdas/collect/fetch/pipeline.js';
import { InMemoryRateLimiter } from '../../lambdas/collect/fetch/rate-limiter.js';
import { RobotsCache } from '../../lambdas/collect/fetch/robots.js';
import type { TenantContext } from '../../lambdas/collect/ports.js';
import { storeAd, type StoreAdDeps } from '../../lambdas/collect/store/store-ad.js';
import { loadBlindIndex, provisionIndexKey } from '../../lambdas/shared/crypto/blind-index.js';
import { FieldCipher } from '../../lambdas/shared/crypto/field-cipher.js';
import { CountingKeyService } from '../../lambdas/shared/crypto/key-service.js';
import { memo } from '../../lambdas/shared/memo.js';
import { InMemoryIndexKeyStore, InMemorySuppressionList, InMemoryTenantAdStore } from './memory-ports.js';
import { runPool, timing, type RunTiming } from './stats.js';

/** The bench measures our code, not politeness: 1000 req/s per domain (1 ms slots). */
export const BENCH_RATE_PER_SECOND = 1000;

/** The store side of one process (a warm worker): keys, ciphers and indexes are cached across ads. */
export interface StoreContext {
  readonly deps: StoreAdDeps;
  readonly keys: CountingKeyService;
  readonly stores: ReadonlyMap<string, InMemoryTenantAdStore>;
  /** storeAd calls and their outcomes. */
  readonly outcomes: Record<string, number>;
}

/** Mirrors lambdas/composition/collect.ts, with in-memory tables and the local file key service. */
export function createStoreContext(config: Config, keyFile: string): StoreContext {
  const fileKeys = new FileKeyService(keyFile);
  const keys = new CountingKeyService(fileKeys);
  // Provisioned as `npx adwarden provision` does at deploy (not counted); a cold worker then
  // pays one decrypt per index key, as in production.
  const provisioned = async (keyId: string, tenantId: string) => {
    const store = new InMemoryIndexKeyStore();
    await provisionIndexKey(store, fileKeys, keyId, tenantId);
    return loadBlindIndex(store, keys, keyId, tenantId);
  };
  const stores = new Map<string, InMemoryTenantAdStore>();
  const tenantContext = memo(async (tenantId): Promise<TenantContext> => {
    const keyId = tenantKeyAlias(config.stage, { id: tenantId });
    const tableName = `adwarden-${config.stage}-tenant-${tenantId}`;
    const index = await provisioned(keyId, tenantId);
    const store = new InMemoryTenantAdStore();
    stores.set(tenantId, store);
    return { tenantId, tableName, store, cipher: new FieldCipher({ keys, keyId, tenantId }), index };
  });
  const platformKeyId = `alias/adwarden-${config.stage}-platform`; // as local/runtime.ts PLATFORM_KEY_ALIAS
  const platformIndex = memo(async () => provisioned(platformKeyId, 'platform'));
  return {
    keys,
    stores,
    outcomes: {},
    deps: {
      tenants: config.tenants,
      tenantContext,
      suppression: new InMemorySuppressionList(),
      platformIndex: () => platformIndex('platform'),
      clock: { now: Date.now },
    },
  };
}

export interface OursRunResult extends RunTiming {
  /** Identifiers found over all ads of the run (a sanity check that extraction ran). */
  readonly findings: number;
  readonly fetchedWith: Record<string, number>;
  /** Most ads in flight at once (should equal C). */
  readonly maxInFlight: number;
  readonly errors: readonly string[];
  /** Final HTML by URL (kept for the CPU loop). */
  readonly html: Map<string, string>;
}

export interface OursRunOptions {
  readonly urls: readonly string[];
  readonly source: Source;
  readonly userAgent: string;
  readonly concurrency: number;
  readonly store: StoreContext;
  /** Shared across runs of one mode; closed by the caller between runs. */
  readonly browser: BrowserFetcher;
}

export function newBrowserFetcher(concurrency: number): BrowserFetcher {
  return new BrowserFetcher({ allowLoopback: true, timeoutMs: 15_000, maxPageBytes: 2_000_000, maxRedirects: 5, maxPages: concurrency });
}

/**
 * One run: a fresh fetch stack (robots cache, rate limiter, HTTP fetcher; the browser is
 * launched on first use), C workers, each ad fetched -> extracted -> stored. No retries.
 */
export async function runOurs(opts: OursRunOptions): Promise<OursRunResult> {
  const { urls, source, userAgent, concurrency, store } = opts;
  const http = new HttpFetcher({ allowLoopback: true, timeoutMs: 15_000, maxPageBytes: 2_000_000, maxRedirects: 5 });
  const pipeline = new PagePipeline({
    robots: new RobotsCache({ fetchText: (url) => http.fetchText(url, userAgent) }),
    rateLimiter: new InMemoryRateLimiter(),
    http,
    browser: opts.browser,
    defaultRatePerSecond: BENCH_RATE_PER_SECOND,
  });
  const doneAt: number[] = [];
  const errors: string[] = [];
  const fetchedWith: Record<string, number> = {};
  const html = new Map<string, string>();
  let findings = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const started = performance.now();
  await runPool(urls, concurrency, async (url) => {
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    try {
      const page = await pipeline.fetch({ url, source, userAgent });
      const found = extractFindings(page.html, { url: page.url, country: source.country, rules: source.rules });
      const result = await storeAd({ sourceId: source.id, url, findings: found }, store.deps);
      store.outcomes[result.outcome] = (store.outcomes[result.outcome] ?? 0) + 1;
      findings += found.length;
      fetchedWith[page.fetchedWith] = (fetchedWith[page.fetchedWith] ?? 0) + 1;
      html.set(url, page.html);
      doneAt.push(performance.now());
    } catch (e) {
      errors.push(`${url}: ${(e as Error).name}: ${(e as Error).message}`);
    } finally {
      inFlight--;
    }
  });
  const ended = performance.now();
  return { ...timing(urls.length, errors.length, started, ended, doneAt), findings, fetchedWith, maxInFlight, errors, html };
}
