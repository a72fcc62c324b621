/**
 * The Crawlee baselines on the same URLs at the same concurrency: CheerioCrawler (HTTP + parse)
 * and PuppeteerCrawler (same Chromium binary, same flags as ours minus the dead-proxy pair).
 * In-memory storage only, no retries, concurrency pinned (min = max = desired = C).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import chromium from '@sparticuz/chromium';
import { CheerioCrawler, Configuration, log as crawleeLog, type AutoscaledPoolOptions } from '@crawlee/cheerio';
import { PuppeteerCrawler } from '@crawlee/puppeteer';
import puppeteer from 'puppeteer-core';
import { browserLaunchArgs } from '../../lambdas/collect/fetch/browser-fetcher.js';
import { timing, type RunTiming } from './stats.js';

crawleeLog.setLevel(crawleeLog.LEVELS.WARNING);

export interface CrawleeRunResult extends RunTiming {
  /** Sum of what the handlers read (body text length / rendered HTML length): proves the work was done. */
  readonly bytesRead: number;
  /** Most requests between pre-navigation and the end of the handler at once (should equal C). */
  readonly maxInFlight: number;
  readonly errors: readonly string[];
}

/** Counts requests in flight, from the pre-navigation hook to the end of the handler (or failure). */
function inFlightCounter(): { start: () => void; end: () => void; readonly max: () => number } {
  let now = 0;
  let max = 0;
  return {
    start: () => {
      now++;
      max = Math.max(max, now);
    },
    end: () => {
      now--;
    },
    max: () => max,
  };
}

let runs = 0;
const storageRoot = mkdtempSync(join(tmpdir(), 'adwarden-bench-crawlee-'));

/** A fresh, in-memory storage per run, under a tmp dir in case anything is ever written. */
function freshConfig(): Configuration {
  return new Configuration({
    persistStorage: false,
    purgeOnStart: true,
    storageClientOptions: { persistStorage: false, writeMetadata: false, localDataDirectory: join(storageRoot, `run-${++runs}`) },
  });
}

/**
 * Pins concurrency. AutoscaledPool never starts a task while current < min is false and the system
 * is "overloaded", but below minConcurrency it always starts one; with min = max = C it runs at C.
 * The system-status ratios are raised as well so no snapshot ever counts as overloaded.
 */
function pinned(c: number): AutoscaledPoolOptions {
  return {
    minConcurrency: c,
    maxConcurrency: c,
    desiredConcurrency: c,
    systemStatusOptions: {
      maxCpuOverloadedRatio: 1,
      maxMemoryOverloadedRatio: 1,
      maxEventLoopOverloadedRatio: 1,
      maxClientOverloadedRatio: 1,
    },
  };
}

const requestsFor = (urls: readonly string[], tag: string) => urls.map((url, i) => ({ url, uniqueKey: `${tag}#${i}#${url}` }));

export async function runCheerio(urls: readonly string[], concurrency: number): Promise<CrawleeRunResult> {
  const tag = `cheerio-${runs + 1}`;
  const doneAt: number[] = [];
  const errors: string[] = [];
  let bytesRead = 0;
  const inFlight = inFlightCounter();
  const crawler = new CheerioCrawler(
    {
      minConcurrency: concurrency,
      maxConcurrency: concurrency,
      autoscaledPoolOptions: pinned(concurrency),
      maxRequestRetries: 0,
      navigationTimeoutSecs: 15,
      requestHandlerTimeoutSecs: 30,
      preNavigationHooks: [async () => inFlight.start()],
      async requestHandler({ $ }) {
        bytesRead += $('body').text().length;
        doneAt.push(performance.now());
        inFlight.end();
      },
      failedRequestHandler({ request }, error) {
        inFlight.end();
        errors.push(`${request.url}: ${error.message}`);
      },
    },
    freshConfig(),
  );
  const started = performance.now();
  await crawler.run(requestsFor(urls, tag));
  const ended = performance.now();
  return { ...timing(urls.length, errors.length, started, ended, doneAt), bytesRead, maxInFlight: inFlight.max(), errors };
}

/**
 * Our launch flags, minus `--proxy-server` / `--proxy-bypass-list`: ours point Chromium at a dead
 * proxy (loopback included) because our fetcher answers every request from Node; Crawlee lets
 * Chromium fetch itself, so with those two flags it could not reach the demo site at all.
 */
export function crawleeLaunchArgs(): string[] {
  return browserLaunchArgs().filter((a) => !a.startsWith('--proxy-server') && !a.startsWith('--proxy-bypass-list'));
}

export async function runPuppeteer(urls: readonly string[], concurrency: number, contentReady: string): Promise<CrawleeRunResult> {
  const tag = `puppeteer-${runs + 1}`;
  const doneAt: number[] = [];
  const errors: string[] = [];
  let bytesRead = 0;
  const inFlight = inFlightCounter();
  const executablePath = await chromium.executablePath();
  const crawler = new PuppeteerCrawler(
    {
      minConcurrency: concurrency,
      maxConcurrency: concurrency,
      autoscaledPoolOptions: pinned(concurrency),
      maxRequestRetries: 0,
      navigationTimeoutSecs: 15,
      requestHandlerTimeoutSecs: 30,
      launchContext: {
        launcher: puppeteer,
        launchOptions: { executablePath, args: crawleeLaunchArgs(), headless: true },
      },
      // No fingerprint injection: ours injects none, and it would only slow Crawlee down.
      browserPoolOptions: { useFingerprints: false },
      preNavigationHooks: [
        async (_ctx, gotoOptions) => {
          inFlight.start();
          // Typed `{}` here (Crawlee's optional puppeteer typings); it is puppeteer's GoToOptions.
          if (gotoOptions) (gotoOptions as { waitUntil?: string }).waitUntil = 'domcontentloaded';
        },
      ],
      async requestHandler({ page }) {
        await page.waitForSelector(contentReady, { timeout: 3000 });
        bytesRead += (await page.content()).length;
        doneAt.push(performance.now());
        inFlight.end();
      },
      failedRequestHandler({ request }, error) {
        inFlight.end();
        errors.push(`${request.url}: ${error.message}`);
      },
    },
    freshConfig(),
  );
  const started = performance.now();
  await crawler.run(requestsFor(urls, tag));
  const ended = performance.now();
  return { ...timing(urls.length, errors.length, started, ended, doneAt), bytesRead, maxInFlight: inFlight.max(), errors };
}

export const crawleeStorageDir = storageRoot;
