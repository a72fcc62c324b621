/**
 * The SQS handlers' failure policy, with the real handlers and Powertools, fake ports:
 * permanent refusals are recorded once as skipped and not retried; transient failures and
 * poison messages are reported as batch item failures; a job whose first attempt outlives
 * the visibility timeout does not make its redelivery fail with
 * IdempotencyAlreadyInProgressError; third-party messages are not logged as ours.
 */
import { type AdRunOutcome, type CrawlRunRecorder, noRunRecorder, type RunRef, urlKey } from '../../../lambdas/collect/crawl-runs.js';
import { QUEUES } from '../../../lib/topology.js';
import { IdempotencyRecordStatus } from '@aws-lambda-powertools/idempotency';
import { BasePersistenceLayer, IdempotencyRecord } from '@aws-lambda-powertools/idempotency/persistence';
import { IdempotencyItemAlreadyExistsError } from '@aws-lambda-powertools/idempotency';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { parseConfig, type Source } from '../../../lib/config.js';
import {
  BlockedByRobotsError,
  NonRetryableError,
  PageTooLargeError,
  RetryRequestError,
  SsrfBlockedError,
  TooManyRedirectsError,
} from '../../../lambdas/collect/fetch/errors.js';
import type { FetchedPage } from '../../../lambdas/collect/fetch/pipeline.js';
import type { CollectObserver } from '../../../lambdas/collect/observer.js';
import { create as createCrawlListing } from '../../../lambdas/handlers/collect/crawl-listing.js';
import { create as createExtractAd, type ExtractAdHandlerDeps } from '../../../lambdas/handlers/collect/extract-ad.js';
import { classifyFailure } from '../../../lambdas/handlers/collect/failure.js';
import { TEST_LEGITIMATE_INTEREST } from '../../fixtures/legitimate-interest.js';

const UA = 'adwarden/0.1 (+https://github.com/adwarden/adwarden#crawler)';
const config = parseConfig({
  market: 'eu',
  region: 'eu-north-1',
  stage: 'dev',
  tenants: [{ id: 'tenant-a', displayName: 'A', retentionDays: 30, sources: ['hostile'], identifierKinds: ['phone'], contact: 'dpo@example.com' }],
  sources: [{ id: 'hostile', country: 'NO', startUrls: ['https://hostile.example/listings'], schedule: 'rate(1 hour)', legitimateInterest: TEST_LEGITIMATE_INTEREST }],
  crawler: { userAgent: UA },
});
const source: Source = config.sources[0]!;

/** Powertools' persistence contract in memory, with DynamoDBPersistenceLayer's put condition. */
class MemoryPersistence extends BasePersistenceLayer {
  readonly records = new Map<string, IdempotencyRecord>();
  protected async _getRecord(key: string): Promise<IdempotencyRecord> {
    const r = this.records.get(key);
    if (!r) throw new Error('not found');
    return r;
  }
  protected async _putRecord(record: IdempotencyRecord): Promise<void> {
    const old = this.records.get(record.idempotencyKey);
    const now = Date.now();
    const free =
      !old ||
      old.expiryTimestamp! * 1000 < now ||
      (old.getStatus() === IdempotencyRecordStatus.INPROGRESS && old.inProgressExpiryTimestamp !== undefined && old.inProgressExpiryTimestamp < now);
    if (!free) throw new IdempotencyItemAlreadyExistsError('exists', old);
    this.records.set(record.idempotencyKey, record);
  }
  protected async _updateRecord(record: IdempotencyRecord): Promise<void> {
    this.records.set(record.idempotencyKey, record);
  }
  protected async _deleteRecord(record: IdempotencyRecord): Promise<void> {
    this.records.delete(record.idempotencyKey);
  }
}

function event(bodies: string[]): SQSEvent {
  return {
    Records: bodies.map((body, i) => ({
      messageId: `m-${i}`,
      receiptHandle: `r-${i}`,
      body,
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 'test', ApproximateFirstReceiveTimestamp: '0' },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-north-1:000000000000:ad-jobs',
      awsRegion: 'eu-north-1',
    })),
  };
}

function context(remainingMs: number): Context {
  const deadline = Date.now() + remainingMs;
  return { awsRequestId: 'req', functionName: 'extract-ad', getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()) } as unknown as Context;
}

interface Recorded {
  skipped: string[];
  failed: string[];
  logs: string[];
}

function recorder(): { observer: CollectObserver; logger: Logger; seen: Recorded } {
  const seen: Recorded = { skipped: [], failed: [], logs: [] };
  const observer: CollectObserver = {
    listingCrawled: () => undefined,
    adProcessed: () => undefined,
    jobFailed: (e) => void seen.failed.push(e.errorName),
    jobSkipped: (e) => void seen.skipped.push(e.errorName),
  };
  const logger = new Logger({ serviceName: 'test', logLevel: 'INFO' });
  // Capture what would be written, as the log pipeline would see it.
  (logger as unknown as { printLog: (level: number, log: { getAttributes(): unknown }) => void }).printLog = (_level, log) =>
    void seen.logs.push(JSON.stringify(log.getAttributes()));
  return { observer, logger, seen };
}

const page = (url: string): FetchedPage => ({ url, status: 200, html: '<p>nothing here</p>', contentType: 'text/html', fetchedWith: 'http', bytes: 18, ms: 1 });
const adJob = (path: string) => JSON.stringify({ type: 'ad', sourceId: 'hostile', url: `https://hostile.example${path}`, runId: 'run' });
const listingJob = (path: string) => JSON.stringify({ type: 'listing', sourceId: 'hostile', url: `https://hostile.example${path}`, page: 1, runId: 'run' });

function extractDeps(fetch: (url: string) => Promise<FetchedPage>, extra: Partial<ExtractAdHandlerDeps> = {}) {
  const { observer, logger, seen } = recorder();
  const deps: ExtractAdHandlerDeps = {
    sources: new Map([[source.id, source]]),
    logger,
    observer,
    idempotency: new MemoryPersistence(),
    pipeline: { fetch: (req) => fetch(req.url) },
    userAgent: UA,
    tenants: config.tenants,
    tenantContext: () => Promise.reject(new Error('no tenant is needed for a page without identifiers')),
    suppression: { suppressed: async () => new Set(), add: async () => undefined },
    platformIndex: () => Promise.reject(new Error('not needed')),
    clock: { now: Date.now },
    crawlState: { markDone: async () => undefined },
    runs: noRunRecorder,
    ...extra,
  };
  return { deps, seen };
}

const PERMANENT: [string, Error][] = [
  ['/ssrf', new SsrfBlockedError('host resolves to a non-public address (linkLocal)')],
  ['/big', new PageTooLargeError('body exceeds 2000000 bytes')],
  ['/loop', new TooManyRedirectsError('more than 5 redirects')],
  ['/404', new NonRetryableError('HTTP 404')],
];

describe('failure classes', () => {
  it('crawl errors by their retryable bit; our poison by name; everything else transient', () => {
    for (const [, e] of PERMANENT) expect(classifyFailure(e)).toBe('permanent');
    expect(classifyFailure(new BlockedByRobotsError('disallowed by robots.txt'))).toBe('permanent');
    expect(classifyFailure(new RetryRequestError('HTTP 503'))).toBe('transient');
    expect(classifyFailure(Object.assign(new Error('x'), { name: 'InvalidJobError' }))).toBe('poison');
    expect(classifyFailure(Object.assign(new Error('x'), { name: 'UnknownSourceError' }))).toBe('poison');
    expect(classifyFailure(Object.assign(new Error('x'), { name: 'IdempotencyAlreadyInProgressError' }))).toBe('transient');
    expect(classifyFailure(new TypeError('boom'))).toBe('transient');
  });
});

describe('extract-ad handler', () => {
  it('records permanent refusals once as skipped and does not fail them; transient and poison are failed', async () => {
    const calls: string[] = [];
    const { deps, seen } = extractDeps(async (url) => {
      const path = new URL(url).pathname;
      calls.push(path);
      const permanent = PERMANENT.find(([p]) => p === path);
      if (permanent) throw permanent[1];
      if (path === '/503') throw new RetryRequestError('HTTP 503');
      return page(url);
    });
    const handler = createExtractAd(deps);
    const res = await handler(event([...PERMANENT.map(([p]) => adJob(p)), adJob('/503'), '{not json', adJob('/fine')]), context(60_000));
    expect(res.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(['m-4', 'm-5']);
    expect(seen.skipped.sort()).toEqual(['NonRetryableError', 'PageTooLargeError', 'SsrfBlockedError', 'TooManyRedirectsError']);
    expect(seen.failed.sort()).toEqual(['InvalidJobError', 'RetryRequestError']);
    expect(seen.logs.filter((l) => l.includes('job skipped'))).toHaveLength(4);
    expect(calls.filter((c) => c === '/ssrf')).toHaveLength(1);
  });

  it('a job whose first attempt outlives the visibility timeout: the redelivery runs, not IdempotencyAlreadyInProgressError', async () => {
    let attempt = 0;
    const { deps, seen } = extractDeps(
      (url) => {
        attempt++;
        // The first attempt never finishes (a stuck page); the redelivery is answered.
        return attempt === 1 ? new Promise<FetchedPage>(() => undefined) : Promise.resolve(page(url));
      },
      { visibilityTimeoutMs: 400, deadlineMarginMs: 100 },
    );
    const handler = createExtractAd(deps);
    const body = adJob('/stuck');
    const first = handler(event([body]), context(90_000));
    const firstOutcome = first.then(
      () => 'resolved',
      (e: Error) => e.message,
    );
    // SQS makes the message visible again after 400 ms and delivers it to another invocation.
    await new Promise((r) => setTimeout(r, 450));
    const second = await handler(event([body]), context(90_000));
    expect(second.batchItemFailures).toEqual([]);
    expect(seen.failed).not.toContain('IdempotencyAlreadyInProgressError');
    // The first attempt was cut at its deadline (transient: reported, to be retried), not left
    // hanging; a batch whose every record failed is rejected whole (Powertools), for SQS to retry.
    expect(await firstOutcome).toMatch(/All records failed/);
    expect(seen.failed).toEqual(['JobDeadlineError']);
  });

  it('in-progress records expire with the invocation: a record left by a killed attempt does not block the next', async () => {
    const { deps } = extractDeps(async (url) => page(url));
    const store = deps.idempotency as MemoryPersistence;
    const handler = createExtractAd(deps);
    // Run once to learn the key, then leave an INPROGRESS record as a killed invocation would.
    await handler(event([adJob('/killed')]), context(60_000));
    const [key, done] = [...store.records.entries()][0]!;
    const orphan = new IdempotencyRecord({
      idempotencyKey: key,
      status: IdempotencyRecordStatus.INPROGRESS,
      expiryTimestamp: done.expiryTimestamp,
      inProgressExpiryTimestamp: Date.now() - 1,
      payloadHash: done.payloadHash,
    });
    store.records.set(key, orphan);
    const res = await handler(event([adJob('/killed')]), context(60_000));
    expect(res.batchItemFailures).toEqual([]);
    expect(store.records.get(key)!.getStatus()).toBe(IdempotencyRecordStatus.COMPLETED);
  });

  it('logs a third-party error by its name only, never its message', async () => {
    const { deps, seen } = extractDeps(async (url) => {
      if (url.endsWith('/fine')) return page(url);
      throw Object.assign(new Error("Runtime.callFunctionOn timed out. Increase the 'protocolTimeout' setting in launch/connect calls for a higher timeout if needed."), {
        name: 'ProtocolError',
      });
    });
    const res = await createExtractAd(deps)(event([adJob('/x'), adJob('/fine')]), context(60_000));
    expect(res.batchItemFailures).toHaveLength(1);
    const line = seen.logs.find((l) => l.includes('job failed'))!;
    expect(line).toContain('ProtocolError');
    expect(line).not.toContain('protocolTimeout');
  });
});

describe('crawl-listing handler', () => {
  it('skips a listing refused for good, once, and fails a transient one', async () => {
    const { observer, logger, seen } = recorder();
    const handler = createCrawlListing({
      sources: new Map([[source.id, source]]),
      logger,
      observer,
      userAgent: UA,
      pipeline: {
        fetch: async (req) => {
          if (req.url.endsWith('/robots')) throw new BlockedByRobotsError('disallowed by robots.txt', { url: req.url });
          throw new RetryRequestError('timed out', { url: req.url });
        },
      },
      crawlState: { markSeen: async () => true, claimAd: async () => true, markDone: async () => undefined, forget: async () => undefined },
      queue: { sendAdJobs: async () => undefined, sendListingJobs: async () => undefined },
      runs: noRunRecorder,
      clock: { now: Date.now },
    });
    const res = await handler(event([listingJob('/robots'), listingJob('/slow')]), context(60_000));
    expect(res.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['m-1']);
    expect(seen.skipped).toEqual(['BlockedByRobotsError']);
    expect(seen.failed).toEqual(['RetryRequestError']);
  });
});

describe('extract-ad handler, two deliveries at once', () => {
  it('the second delivery waits for the first and returns its result: no failure, the page fetched once', async () => {
    let fetches = 0;
    let release: () => void = () => undefined;
    const { deps, seen } = extractDeps(async (url) => {
      fetches++;
      await new Promise<void>((resolve) => (release = resolve));
      return page(url);
    });
    const handler = createExtractAd(deps);
    const body = adJob('/slow');
    const first = handler(event([body]), context(60_000));
    await new Promise((r) => setTimeout(r, 50));
    const second = handler(event([body]), context(60_000));
    await new Promise((r) => setTimeout(r, 600)); // the second has met IdempotencyAlreadyInProgressError by now
    release();
    expect((await first).batchItemFailures).toEqual([]);
    expect((await second).batchItemFailures).toEqual([]);
    expect(fetches).toBe(1);
    expect(seen.failed).toEqual([]);
  });

  it('gives up, as transient, when its own deadline comes first', async () => {
    const { deps, seen } = extractDeps(() => new Promise<FetchedPage>(() => undefined), { deadlineMarginMs: 100 });
    const handler = createExtractAd(deps);
    const body = adJob('/forever');
    const first = handler(event([body]), context(60_000)).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 50));
    await expect(handler(event([body]), context(700))).rejects.toThrow(/All records failed/);
    expect(seen.failed).toEqual(['IdempotencyAlreadyInProgressError']);
    void first;
  });
});

describe('extract-ad handler, permanent refusals and redelivery', () => {
  it('a redelivered refused job is answered from its idempotency record: fetched once, skipped once', async () => {
    let fetches = 0;
    const { deps, seen } = extractDeps(async (url) => {
      if (!url.endsWith('/refused')) return page(url);
      fetches++;
      throw new SsrfBlockedError('host resolves to a non-public address (private)');
    });
    const handler = createExtractAd(deps);
    const fine = adJob('/fine-neighbour');
    for (let delivery = 0; delivery < 3; delivery++) {
      const res = await handler(event([adJob('/refused'), fine]), context(60_000));
      expect(res.batchItemFailures).toEqual([]);
    }
    expect(fetches).toBe(1);
    expect(seen.skipped).toEqual(['SsrfBlockedError']);
  });
});

/** Run counters in memory with the adapter's contract: an outcome per ad (and a page) counted once. */
class MemoryRuns implements CrawlRunRecorder {
  readonly marks = new Map<string, string>();
  readonly counts = new Map<string, number>();
  private bump(k: string, n = 1) {
    this.counts.set(k, (this.counts.get(k) ?? 0) + n);
  }
  async runStarted() {}
  async listingCrawled(run: RunRef, key: string, found: number) {
    if (this.marks.has(`${run.runId}|P|${key}`)) return false;
    this.marks.set(`${run.runId}|P|${key}`, 'crawled');
    this.bump('adsFound', found);
    return true;
  }
  async listingFailed(run: RunRef, key: string) {
    if (this.marks.has(`${run.runId}|P|${key}`)) return false;
    this.marks.set(`${run.runId}|P|${key}`, 'failed');
    this.bump('listingPagesFailed');
    return true;
  }
  async adsQueued(_run: RunRef, n: number) {
    this.bump('adsQueued', n);
  }
  async adOutcome(run: RunRef, key: string, outcome: AdRunOutcome) {
    if (this.marks.has(`${run.runId}|A|${key}`)) return false;
    this.marks.set(`${run.runId}|A|${key}`, outcome);
    this.bump(outcome);
    return true;
  }
}

/** True when every record of the batch failed (Powertools then throws FullBatchFailureError, and SQS redelivers the whole batch). */
async function allFailed(p: Promise<{ batchItemFailures: unknown[] }>, records: number): Promise<boolean> {
  try {
    return (await p).batchItemFailures.length === records;
  } catch (e) {
    expect((e as Error).name).toBe('FullBatchFailureError');
    return true;
  }
}

function delivery(bodies: string[], receiveCount: number): SQSEvent {
  const e = event(bodies);
  for (const r of e.Records) r.attributes.ApproximateReceiveCount = String(receiveCount);
  return e;
}

describe('crawl-run counters in the handlers', () => {
  it('an ad refused for good counts as failed once, however often its message comes back', async () => {
    const runs = new MemoryRuns();
    const { deps } = extractDeps(async () => {
      throw new NonRetryableError('HTTP 404');
    }, { runs });
    const handler = createExtractAd(deps);
    await handler(event([adJob('/gone')]), context(60_000));
    await handler(event([adJob('/gone')]), context(60_000));
    expect(runs.counts.get('failed')).toBe(1);
    expect(runs.marks.get(`run|A|${urlKey('https://hostile.example/gone')}`)).toBe('failed');
  });

  it('a transient failure counts as failed only on the last delivery SQS allows (then it is dead-lettered), once', async () => {
    const runs = new MemoryRuns();
    const { deps } = extractDeps(async () => {
      throw new RetryRequestError('HTTP 503');
    }, { runs });
    const handler = createExtractAd(deps);
    for (let n = 1; n < QUEUES.adJobs.maxReceiveCount; n++) {
      expect(await allFailed(handler(delivery([adJob('/flaky')], n), context(60_000)), 1)).toBe(true);
      expect(runs.counts.get('failed'), `delivery ${n}`).toBeUndefined();
    }
    // Still failed: SQS moves it to the dead-letter queue.
    expect(await allFailed(handler(delivery([adJob('/flaky')], QUEUES.adJobs.maxReceiveCount), context(60_000)), 1)).toBe(true);
    expect(runs.counts.get('failed')).toBe(1);
    // A delivery past the limit (a redrive from the DLQ that fails again) does not count it twice.
    expect(await allFailed(handler(delivery([adJob('/flaky')], QUEUES.adJobs.maxReceiveCount + 1), context(60_000)), 1)).toBe(true);
    expect(runs.counts.get('failed')).toBe(1);
  });

  it('an ad stored after failing earlier deliveries counts as stored, not failed; a poison message counts nowhere', async () => {
    const runs = new MemoryRuns();
    let attempts = 0;
    const { deps } = extractDeps(async (url) => {
      if (++attempts < 2) throw new RetryRequestError('HTTP 503');
      return page(url);
    }, { runs });
    const handler = createExtractAd(deps);
    expect(await allFailed(handler(delivery([adJob('/late')], 1), context(60_000)), 1)).toBe(true);
    await handler(delivery([adJob('/late')], 2), context(60_000));
    expect(runs.counts.get('failed')).toBeUndefined();
    expect(runs.counts.get('no-identifiers')).toBe(1);
    expect(await allFailed(handler(delivery(['{not json', JSON.stringify({ type: 'ad', sourceId: 'hostile' })], QUEUES.adJobs.maxReceiveCount), context(60_000)), 2)).toBe(true);
    expect([...runs.counts.keys()].sort()).toEqual(['no-identifiers']);
  });

  it('a listing page refused for good, or failing its last delivery, counts as a failed listing page', async () => {
    const runs = new MemoryRuns();
    const { observer, logger } = recorder();
    const handler = createCrawlListing({
      sources: new Map([[source.id, source]]),
      logger,
      observer,
      userAgent: UA,
      pipeline: {
        fetch: async (req) => {
          if (req.url.endsWith('/robots')) throw new BlockedByRobotsError('disallowed by robots.txt', { url: req.url });
          throw new RetryRequestError('timed out', { url: req.url });
        },
      },
      crawlState: { markSeen: async () => true, claimAd: async () => true, markDone: async () => undefined, forget: async () => undefined },
      queue: { sendAdJobs: async () => undefined, sendListingJobs: async () => undefined },
      runs,
      clock: { now: Date.now },
    });
    await handler(delivery([listingJob('/robots'), listingJob('/slow')], 1), context(60_000));
    expect(runs.counts.get('listingPagesFailed')).toBe(1);
    expect(await allFailed(handler(delivery([listingJob('/slow')], QUEUES.listingJobs.maxReceiveCount), context(60_000)), 1)).toBe(true);
    expect(runs.counts.get('listingPagesFailed')).toBe(2);
    expect(runs.counts.get('adsFound')).toBeUndefined();
  });
});
