/**
 * The composition of the collection functions, shared by the AWS root (aws.ts) and the local
 * runtime (local/composition.ts): they differ only in the infrastructure they hand in.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from '../../lib/config.js';
import { visibilityTimeoutSeconds } from '../../lib/topology.js';
import { DynamoDbCrawlRuns } from '../adapters/aws/dynamodb-crawl-runs.js';
import { DynamoDbCrawlState } from '../adapters/aws/dynamodb-crawl-state.js';
import { DynamoDbRateLimiter } from '../adapters/aws/dynamodb-rate-limiter.js';
import { DynamoDbSuppressionList } from '../adapters/aws/dynamodb-suppression.js';
import { DynamoDbIndexKeyStore, DynamoDbTenantStore, PLATFORM_INDEX_KEY_ITEM } from '../adapters/aws/dynamodb-tenant-store.js';
import { BrowserFetcher } from '../collect/fetch/browser-fetcher.js';
import { HttpFetcher } from '../collect/fetch/http-fetcher.js';
import { PagePipeline } from '../collect/fetch/pipeline.js';
import type { DomainRateLimiter } from '../collect/fetch/rate-limiter.js';
import { RobotsCache } from '../collect/fetch/robots.js';
import { type CollectObserver, silentObserver } from '../collect/observer.js';
import type { Clock, JobQueue, TenantContext } from '../collect/ports.js';
import type { ExtractAdHandlerDeps } from '../handlers/collect/extract-ad.js';
import type { CrawlListingHandlerDeps } from '../handlers/collect/crawl-listing.js';
import type { ScheduleHandlerDeps } from '../handlers/collect/schedule.js';
import { loadBlindIndex } from '../shared/crypto/blind-index.js';
import { type IndexKeyTarget, PLATFORM_TENANT_ID } from '../shared/crypto/index-key.js';
import { FieldCipher } from '../shared/crypto/field-cipher.js';
import type { KeyService } from '../shared/crypto/key-service.js';
import { memo } from '../shared/memo.js';

/** A tenant's infrastructure, built with credentials scoped to that tenant. */
export interface TenantInfra {
  readonly tableName: string;
  readonly keyId: string;
  readonly doc: DynamoDBDocumentClient;
  readonly keys: KeyService;
}

export interface CollectInfra {
  readonly config: Pick<Config, 'sources' | 'tenants' | 'crawler'>;
  readonly doc: DynamoDBDocumentClient;
  readonly tables: { readonly crawlState: string; readonly suppression: string; readonly crawlRuns: string };
  readonly queue: JobQueue;
  /** The platform key service and key (the suppression list's blind index). */
  readonly platformKeys: KeyService;
  readonly platformKeyId: string;
  readonly tenant: (tenantId: string) => Promise<TenantInfra>;
  readonly idempotency: BasePersistenceLayer;
  /** Local runtime only: permit fetching loopback addresses (the demo site). */
  readonly allowLoopback: boolean;
  readonly observer?: CollectObserver;
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** The ad queue's visibility timeout, if shorter than the topology's (the local runtime's). */
  readonly adVisibilityTimeoutMs?: number;
  /** Overrides for tests and benchmarks. */
  readonly rateLimiter?: DomainRateLimiter;
  readonly browser?: BrowserFetcher;
}

export interface CollectRuntime {
  readonly schedule: ScheduleHandlerDeps;
  readonly crawlListing: CrawlListingHandlerDeps;
  readonly extractAd: ExtractAdHandlerDeps;
  /** Releases the browser. */
  close(): Promise<void>;
}

export function buildCollectRuntime(infra: CollectInfra): CollectRuntime {
  const { config } = infra;
  const logger = infra.logger ?? new Logger({ serviceName: 'adwarden-collect' });
  const observer = infra.observer ?? silentObserver;
  const clock = infra.clock ?? { now: Date.now };
  const sources = new Map(config.sources.map((s) => [s.id, s]));
  const limits = {
    allowLoopback: infra.allowLoopback,
    timeoutMs: config.crawler.timeoutMs,
    maxPageBytes: config.crawler.maxPageBytes,
    maxRedirects: config.crawler.maxRedirects,
  };
  const http = new HttpFetcher(limits);
  const browser = infra.browser ?? new BrowserFetcher(limits);
  const pipeline = new PagePipeline({
    robots: new RobotsCache({ fetchText: (url) => http.fetchText(url, config.crawler.userAgent) }),
    rateLimiter: infra.rateLimiter ?? new DynamoDbRateLimiter(infra.doc, infra.tables.crawlState),
    http,
    browser,
    defaultRatePerSecond: config.crawler.defaultRatePerSecond,
  });

  // Index keys are loaded, never created, at run time: a missing one fails closed
  // (IndexKeyMissingError). Only provisioning creates them (indexKeyTargets below).
  const tenantContext = memo(async (tenantId): Promise<TenantContext> => {
    const t = await infra.tenant(tenantId);
    return {
      tenantId,
      tableName: t.tableName,
      store: new DynamoDbTenantStore(t.doc, t.tableName),
      cipher: new FieldCipher({ keys: t.keys, keyId: t.keyId, tenantId }),
      index: await loadBlindIndex(new DynamoDbIndexKeyStore(t.doc, t.tableName), t.keys, t.keyId, tenantId),
    };
  });
  // Loaded on first use, so cold starts of the other functions pay nothing for it.
  const platformIndex = memo(async () =>
    loadBlindIndex(
      new DynamoDbIndexKeyStore(infra.doc, infra.tables.suppression, PLATFORM_INDEX_KEY_ITEM),
      infra.platformKeys,
      infra.platformKeyId,
      PLATFORM_TENANT_ID,
    ),
  );

  const runs = new DynamoDbCrawlRuns(infra.doc, infra.tables.crawlRuns);
  const common = { sources, logger, observer, userAgent: config.crawler.userAgent, pipeline, runs, clock };
  const crawlState = new DynamoDbCrawlState(infra.doc, infra.tables.crawlState);

  return {
    schedule: { sources, queue: infra.queue, logger, runs, clock },
    crawlListing: { ...common, crawlState, queue: infra.queue, maxLinksPerListing: config.crawler.maxLinksPerListing },
    extractAd: {
      ...common,
      crawlState,
      tenants: config.tenants,
      tenantContext,
      suppression: new DynamoDbSuppressionList(infra.doc, infra.tables.suppression),
      platformIndex: () => platformIndex(PLATFORM_TENANT_ID),
      idempotency: infra.idempotency,
      visibilityTimeoutMs: infra.adVisibilityTimeoutMs ?? visibilityTimeoutSeconds('adJobs') * 1000,
    },
    close: () => browser.close(),
  };
}

/**
 * Every index key a deployment needs (the platform's, then each tenant's), for the
 * provisioning use case (`provisionIndexKeys`): `npx adwarden provision` and the local
 * runtime's first run.
 */
export async function indexKeyTargets(
  infra: Pick<CollectInfra, 'config' | 'doc' | 'tables' | 'platformKeys' | 'platformKeyId' | 'tenant'>,
): Promise<IndexKeyTarget[]> {
  const targets: IndexKeyTarget[] = [
    {
      tenantId: PLATFORM_TENANT_ID,
      store: new DynamoDbIndexKeyStore(infra.doc, infra.tables.suppression, PLATFORM_INDEX_KEY_ITEM),
      keys: infra.platformKeys,
      keyId: infra.platformKeyId,
    },
  ];
  for (const tenant of infra.config.tenants) {
    const t = await infra.tenant(tenant.id);
    targets.push({ tenantId: tenant.id, store: new DynamoDbIndexKeyStore(t.doc, t.tableName), keys: t.keys, keyId: t.keyId });
  }
  return targets;
}
