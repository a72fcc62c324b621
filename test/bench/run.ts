/**
 * `npm run bench`: our collection path against Crawlee, same pages, same concurrency, one process.
 *
 *   tsx test/bench/run.ts [--concurrency 4] [--ads 240] [--rounds 5] [--cpu-rounds 5] [--timeout-s 300] [--extraction-only]
 *
 * `extractionCost` is the extraction CPU per page on the real-structure corpus (test/pages/real)
 * beside a bare htmlparser2 parse of the same pages; `--extraction-only` prints just that section.
 *
 * Prints ONE JSON document on stdout; progress goes to stderr. Everything runs against the demo
 * site on 127.0.0.1 (no internet), storage is in memory, and nothing is written into the repo.
 */
import { progress, writeStdout } from './env.js'; // first: env for Crawlee, stdout reserved
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig, type Source } from '../../lib/config.js';
import { generateDemoSite } from '../../local/demo-site/generate.js';
import { startDemoSite } from '../../local/demo-site/server.js';
import { extractFindings } from '../../lambdas/collect/extract/index.js';
import { storeAd } from '../../lambdas/collect/store/store-ad.js';
import { measureCpu } from './cpu.js';
import { measureExtractionCost, WARM_UP_ROUNDS } from './extraction-cost.js';
import { crawleeStorageDir, runCheerio, runPuppeteer, type CrawleeRunResult } from './crawlee.js';
import { BENCH_RATE_PER_SECOND, createStoreContext, newBrowserFetcher, runOurs, type OursRunResult } from './ours.js';
import { median, perSec, round, type RunTiming } from './stats.js';
import { pageCost } from './page-cost.js';

const SEED = 20261122;
const CONTENT_READY = '[data-ad-body]';

function intArg(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer in [${min}, ${max}], got ${JSON.stringify(value)}`);
  return n;
}

const { values: args } = parseArgs({
  options: {
    concurrency: { type: 'string' },
    ads: { type: 'string' },
    rounds: { type: 'string' },
    'cpu-rounds': { type: 'string' },
    'timeout-s': { type: 'string' },
    'extraction-only': { type: 'boolean' },
  },
  strict: true,
});
const C = intArg(args.concurrency, 'concurrency', 4, 1, 32);
const N = intArg(args.ads, 'ads', 240, 10, 2000);
const ROUNDS = intArg(args.rounds, 'rounds', 5, 1, 20);
const CPU_ROUNDS = intArg(args['cpu-rounds'], 'cpu-rounds', 5, 1, 50);
const TIMEOUT_S = intArg(args['timeout-s'], 'timeout-s', 300, 10, 3600);

// Bounded: a hung browser or crawler must not keep the bench running forever.
const watchdog = setTimeout(() => {
  progress(`timed out after ${TIMEOUT_S} s`);
  for (const dir of [crawleeStorageDir, process.env.CRAWLEE_STORAGE_DIR]) if (dir) rmSync(dir, { recursive: true, force: true });
  process.exit(2);
}, TIMEOUT_S * 1000);
watchdog.unref();

type Side = 'ours' | 'crawlee';
type BenchRun = RunTiming & { readonly maxInFlight: number };
interface Measured<R extends BenchRun> {
  readonly warmup: R;
  readonly runs: R[];
}

/** Pages per second over the measured runs: median by wall time, and by time to the last page handled. */
function summary(runs: readonly RunTiming[]): Record<string, unknown> {
  const wall = runs.map((r) => perSec(r.ok, r.wallMs));
  const toLast = runs.map((r) => perSec(r.ok, r.lastPageMs));
  const afterFirst = runs.map((r) => (r.ok > 1 ? perSec(r.ok - 1, r.lastPageMs - r.firstPageMs) : Number.NaN));
  return {
    perSec: median(wall),
    perSecRuns: wall,
    perSecToLastPage: median(toLast),
    perSecAfterFirstPage: median(afterFirst),
    medianWallMs: median(runs.map((r) => r.wallMs)),
    medianFirstPageMs: median(runs.map((r) => r.firstPageMs)),
    failed: runs.reduce((a, r) => a + r.failed, 0),
  };
}

function brief(r: BenchRun): BenchRun {
  return { pages: r.pages, ok: r.ok, failed: r.failed, wallMs: r.wallMs, firstPageMs: r.firstPageMs, lastPageMs: r.lastPageMs, maxInFlight: r.maxInFlight };
}

/** Warm-up of each side (not counted), then `rounds` measured pairs, alternating who goes first. */
async function alternate<A extends BenchRun, B extends BenchRun>(
  label: string,
  ours: () => Promise<A>,
  crawlee: () => Promise<B>,
): Promise<{ ours: Measured<A>; crawlee: Measured<B>; order: Side[][] }> {
  const say = (side: string, r: BenchRun): void =>
    progress(`${label} ${side}: ${r.ok}/${r.pages} ok in ${r.wallMs} ms (${perSec(r.ok, r.wallMs)}/s), max in flight ${r.maxInFlight}, first page ${r.firstPageMs} ms, ${liveChildren()} child processes left`);
  progress(`${label}: warm-up`);
  const ow = await ours();
  say('ours (warm-up)', ow);
  await settle();
  const cw = await crawlee();
  say('crawlee (warm-up)', cw);
  await settle();
  const o: A[] = [];
  const c: B[] = [];
  const order: Side[][] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const first: Side = i % 2 === 0 ? 'crawlee' : 'ours'; // warm-up ran ours first
    const seq: Side[] = first === 'ours' ? ['ours', 'crawlee'] : ['crawlee', 'ours'];
    order.push(seq);
    for (const side of seq) {
      if (side === 'ours') {
        const r = await ours();
        o.push(r);
        say(`ours (round ${i + 1})`, r);
      } else {
        const r = await crawlee();
        c.push(r);
        say(`crawlee (round ${i + 1})`, r);
      }
      await settle();
    }
  }
  return { ours: { warmup: ow, runs: o }, crawlee: { warmup: cw, runs: c }, order };
}

/** Child processes of this process (Linux /proc; none elsewhere). */
function childPids(): Set<string> {
  const pids = new Set<string>();
  try {
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === process.pid) pids.add(d);
      } catch {
        /* exited meanwhile */
      }
    }
  } catch {
    /* no /proc */
  }
  return pids;
}
/** Children from before the first run (tsx's esbuild service): not a browser. */
const baselineChildren = childPids();
const liveChildren = (): number => [...childPids()].filter((p) => !baselineChildren.has(p)).length;

/** Between runs: let the previous run's browser finish exiting so it does not load the next run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 30 && liveChildren() > 0; i++) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 200));
}

/** ours/crawlee per round (the two runs of a round ran back to back). */
const pairedRatios = (o: readonly RunTiming[], c: readonly RunTiming[]): number[] =>
  o.map((r, i) => round(perSec(r.ok, r.wallMs) / perSec(c[i]!.ok, c[i]!.wallMs), 3));

function countFiles(dir: string): number {
  if (!dir || !existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

const errorsOf = (rs: readonly (OursRunResult | CrawleeRunResult)[]): string[] => [...new Set(rs.flatMap((r) => r.errors))].slice(0, 10);

async function main(): Promise<void> {
  const benchStarted = performance.now();
  // ---- 0. extraction cost on real page sizes (no network, before anything else loads the CPU) --
  progress(`extraction cost: corpus pages x ${CPU_ROUNDS} rounds (+${WARM_UP_ROUNDS} warm-up)`);
  const extractionCost = await measureExtractionCost(CPU_ROUNDS, undefined, 5, progress);
  progress(`extraction cost: median ${extractionCost.extract.medianMs} ms vs bare parse ${extractionCost.bareParse.medianMs} ms (x${extractionCost.ratioOfMedians}; median per-page ratio x${extractionCost.medianPerPageRatio})`);
  if (args['extraction-only']) {
    await writeStdout(`${JSON.stringify({ extractionCost }, null, 2)}\n`);
    return;
  }
  const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
  const config = loadConfig(join(repoRoot, 'adwarden.config.json'));
  const base = config.sources[0];
  if (!base) throw new Error('the default config has no source');
  const staticSource: Source = { ...base, render: 'never' };
  const renderedSource: Source = { ...base, render: 'always', rules: { ...base.rules, contentReady: CONTENT_READY } };
  const userAgent = config.crawler.userAgent;

  const site = generateDemoSite({ seed: SEED, ads: N, perPage: 12 });
  const server = await startDemoSite(site, { port: 0 });
  const crawlable = site.ads.filter((a) => !a.disallowed);
  const staticUrls = crawlable.filter((a) => !a.jsRendered).map((a) => server.url + a.path);
  const renderedUrls = crawlable.filter((a) => a.jsRendered).map((a) => server.url + a.path);
  progress(`demo site ${server.url}: ${site.totalAds} ads, ${staticUrls.length} static + ${renderedUrls.length} JS-built crawlable, C=${C}`);

  const rssMB: Record<string, number> = {};
  const mark = (phase: string): void => {
    rssMB[phase] = round(process.memoryUsage().rss / 2 ** 20, 1);
  };
  mark('afterSiteStart');
  const tmp = mkdtempSync(join(os.tmpdir(), 'adwarden-bench-'));
  const store = createStoreContext(config, join(tmp, 'keys.json'));
  const browser = newBrowserFetcher(C);
  let lastStaticHtml = new Map<string, string>();

  try {
    // ---- 1+2a. static pages: ours (HTTP) vs CheerioCrawler ------------------------------------
    const staticRuns = await alternate(
      'static',
      async () => {
        const r = await runOurs({ urls: staticUrls, source: staticSource, userAgent, concurrency: C, store, browser });
        lastStaticHtml = r.html;
        return r;
      },
      () => runCheerio(staticUrls, C),
    );

    mark('afterStatic');
    // ---- 1+2b. rendered pages: ours (browser) vs PuppeteerCrawler -----------------------------
    const renderedRuns = await alternate(
      'rendered',
      async () => {
        try {
          return await runOurs({ urls: renderedUrls, source: renderedSource, userAgent, concurrency: C, store, browser });
        } finally {
          await browser.close(); // each run launches its own browser, like Crawlee's
        }
      },
      () => runPuppeteer(renderedUrls, C, CONTENT_READY),
    );

    mark('afterRendered');
    // ---- 3. CPU per ad, no network ------------------------------------------------------------
    progress(`cpu: ${lastStaticHtml.size} static ads x ${CPU_ROUNDS} rounds (+1 warm-up)`);
    const cpuStore = createStoreContext(config, join(tmp, 'keys-cpu.json'));
    const cpu = await measureCpu(lastStaticHtml, staticSource, cpuStore, CPU_ROUNDS);
    progress(`cpu: median ${cpu.medianMs} ms, p95 ${cpu.p95Ms} ms per ad`);
    mark('afterCpu');

    // ---- 4. key-service calls -----------------------------------------------------------------
    const adsThroughStore = Object.values(store.outcomes).reduce((a, b) => a + b, 0);
    const keyCalls = store.keys.calls;
    const keyCallsPer1000 = round((keyCalls * 1000) / Math.max(1, adsThroughStore), 2);
    const fixedCalls = config.tenants.length + 1; // one index key per tenant + the platform's

    // One worker from cold start storing a realistic volume: 10 000 distinct ads (the static
    // pages' findings under distinct URLs), so the fixed cold-start calls are amortised as they
    // are in a warm Lambda. Findings are extracted once; this phase counts key calls only.
    const VOLUME = 10_000;
    progress(`key service: ${VOLUME} ads through storeAd from a cold start`);
    const volumeStore = createStoreContext(config, join(tmp, 'keys-volume.json'));
    const volumeFindings = [...lastStaticHtml].map(([url, html]) => ({ url, findings: extractFindings(html, { url, country: staticSource.country, rules: staticSource.rules }) }));
    for (let i = 0; i < VOLUME; i++) {
      const { url, findings } = volumeFindings[i % volumeFindings.length]!;
      await storeAd({ sourceId: staticSource.id, url: `${url}?copy=${i}`, findings }, volumeStore.deps);
    }
    const volumeCallsPer1000 = round((volumeStore.keys.calls * 1000) / VOLUME, 3);

    // ---- results ------------------------------------------------------------------------------
    const oursStatic = summary(staticRuns.ours.runs);
    const cheerio = summary(staticRuns.crawlee.runs);
    const oursRendered = summary(renderedRuns.ours.runs);
    const puppeteerS = summary(renderedRuns.crawlee.runs);
    const ratio = (a: Record<string, unknown>, b: Record<string, unknown>, key: string): number =>
      round((a[key] as number) / (b[key] as number), 3);
    const staticRatio = ratio(oursStatic, cheerio, 'perSec');
    const renderedRatio = ratio(oursRendered, puppeteerS, 'perSec');
    const peakRssMB = round(process.resourceUsage().maxRSS / 1024, 1);

    const goals = { staticVsCheerio: '>= 1.0', renderedVsPuppeteer: '>= 1.0', cpuMsPerAd: '<= 2', keyCallsPer1000Ads: '<= 1', extractionVsBareParse: '<= 1.5' };
    const met = {
      staticVsCheerio: staticRatio >= 1.0,
      renderedVsPuppeteer: renderedRatio >= 1.0,
      cpuMsPerAd: cpu.medianMs <= 2,
      keyCallsPer1000Ads: volumeCallsPer1000 <= 1,
      extractionVsBareParse: extractionCost.met,
    };

    const doc = {
      benchmark: 'adwarden collection path vs Crawlee (local demo site)',
      startedAt: new Date(Date.now() - (performance.now() - benchStarted)).toISOString(),
      durationS: round((performance.now() - benchStarted) / 1000, 1),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        totalMemMB: Math.round(os.totalmem() / 2 ** 20),
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
      },
      concurrency: C,
      rounds: ROUNDS,
      ads: {
        generated: site.totalAds,
        crawlable: crawlable.length,
        disallowedSkipped: site.totalAds - crawlable.length,
        static: staticUrls.length,
        rendered: renderedUrls.length,
        throughOurStoreAd: adsThroughStore,
        storeOutcomes: store.outcomes,
      },
      static: {
        ours: {
          unit: 'ads/s (fetch -> extract -> normalise -> encrypt -> store)',
          adsPerSec: oursStatic.perSec,
          ...oursStatic,
          findingsPerAd: round(staticRuns.ours.runs.reduce((a, r) => a + r.findings, 0) / Math.max(1, staticRuns.ours.runs.reduce((a, r) => a + r.ok, 0)), 2),
          fetchedWith: staticRuns.ours.runs.at(-1)?.fetchedWith,
          warmup: brief(staticRuns.ours.warmup),
          runs: staticRuns.ours.runs.map(brief),
          errors: errorsOf([staticRuns.ours.warmup, ...staticRuns.ours.runs]),
        },
        cheerio: {
          unit: 'pages/s (fetch -> parse -> $("body").text())',
          pagesPerSec: cheerio.perSec,
          ...cheerio,
          warmup: brief(staticRuns.crawlee.warmup),
          runs: staticRuns.crawlee.runs.map(brief),
          errors: errorsOf([staticRuns.crawlee.warmup, ...staticRuns.crawlee.runs]),
        },
        order: staticRuns.order,
        ratioVsCheerio: staticRatio,
        ratioVsCheerioPerRound: pairedRatios(staticRuns.ours.runs, staticRuns.crawlee.runs),
        ratioVsCheerioToLastPage: ratio(oursStatic, cheerio, 'perSecToLastPage'),
      },
      rendered: {
        ours: {
          unit: 'ads/s (browser render -> extract -> normalise -> encrypt -> store)',
          adsPerSec: oursRendered.perSec,
          ...oursRendered,
          findingsPerAd: round(renderedRuns.ours.runs.reduce((a, r) => a + r.findings, 0) / Math.max(1, renderedRuns.ours.runs.reduce((a, r) => a + r.ok, 0)), 2),
          fetchedWith: renderedRuns.ours.runs.at(-1)?.fetchedWith,
          warmup: brief(renderedRuns.ours.warmup),
          runs: renderedRuns.ours.runs.map(brief),
          errors: errorsOf([renderedRuns.ours.warmup, ...renderedRuns.ours.runs]),
        },
        puppeteer: {
          unit: 'pages/s (goto domcontentloaded -> waitForSelector -> page.content())',
          pagesPerSec: puppeteerS.perSec,
          ...puppeteerS,
          warmup: brief(renderedRuns.crawlee.warmup),
          runs: renderedRuns.crawlee.runs.map(brief),
          errors: errorsOf([renderedRuns.crawlee.warmup, ...renderedRuns.crawlee.runs]),
        },
        order: renderedRuns.order,
        ratioVsPuppeteer: renderedRatio,
        ratioVsPuppeteerPerRound: pairedRatios(renderedRuns.ours.runs, renderedRuns.crawlee.runs),
        ratioVsPuppeteerToLastPage: ratio(oursRendered, puppeteerS, 'perSecToLastPage'),
        ratioVsPuppeteerAfterFirstPage: ratio(oursRendered, puppeteerS, 'perSecAfterFirstPage'),
      },
      extractionCost,
      cpuPerAd: { what: 'extractFindings (extract + normalise) + storeAd (AES-GCM envelope, blind-index HMACs, in-memory put), process.cpuUsage() per ad, static ad HTML in memory', ...cpu },
      keyServiceAtVolume: {
        what: `one cold worker storing ${VOLUME} distinct ads (the goal's figure): all key-service calls, cold start included`,
        ads: VOLUME,
        calls: volumeStore.keys.calls,
        generateDataKey: volumeStore.keys.generateDataKeyCalls,
        decrypt: volumeStore.keys.decryptCalls,
        callsPer1000Ads: volumeCallsPer1000,
      },
      keyService: {
        calls: keyCalls,
        generateDataKey: store.keys.generateDataKeyCalls,
        decrypt: store.keys.decryptCalls,
        adsThroughStoreAd: adsThroughStore,
        callsPer1000Ads: keyCallsPer1000,
        distinctAds: staticUrls.length + renderedUrls.length,
        callsPer1000DistinctAds: round((keyCalls * 1000) / Math.max(1, staticUrls.length + renderedUrls.length), 2),
        indexKeyLoadsIncluded: fixedCalls,
        fieldDataKeyCalls: Math.max(0, keyCalls - fixedCalls),
        what: 'one CountingKeyService for every collection run of this process (warm-ups included), like one warm worker: the index keys of the tenants and the platform plus the FieldCipher data keys; callsPer1000Ads divides by storeAd calls (each re-encrypts and re-indexes the ad), callsPer1000DistinctAds by distinct ad URLs; the CPU loop has its own key service and is not counted here',
      },
      pageCost: pageCost(),
      peakRssMB,
      rssMBByPhase: rssMB,
      goals,
      met,
      notes: [
        `Demo site generateDemoSite({ seed: ${SEED}, ads: ${N}, perPage: 12 }) served by startDemoSite on 127.0.0.1 in this same process (no internet). Disallowed (/private/) ads are skipped; "static" = crawlable ads with server-side HTML, "rendered" = crawlable JavaScript-built ads.`,
        `Our path is the real product code: PagePipeline (RobotsCache via HttpFetcher.fetchText, InMemoryRateLimiter) with HttpFetcher (render: 'never') or BrowserFetcher (render: 'always', contentReady '${CONTENT_READY}', maxPages ${C}), extractFindings, storeAd with the default config's ${config.tenants.length} tenants, FieldCipher, BlindIndex and CountingKeyService(FileKeyService) on a tmp key file.`,
        `defaultRatePerSecond is ${BENCH_RATE_PER_SECOND} (1 ms slots) instead of the configured ${config.crawler.defaultRatePerSecond}: the bench measures our code, not politeness. robots.txt is still fetched (once per run) and obeyed.`,
        'Storage is in memory (Map-backed TenantAdStore, SuppressionList and WrappedIndexKeyStore): DynamoDB latency and cost are NOT measured. The index keys are provisioned before counting (as `npx adwarden provision` does), so each costs one decrypt when a cold worker loads it.',
        'Crawlee does less work per page than ours: the Cheerio handler only reads $("body").text(), the Puppeteer handler only waits for the selector and reads page.content(); neither extracts, encrypts nor stores, and neither fetches robots.txt.',
        `Same concurrency on both sides (C=${C}): Crawlee with minConcurrency = maxConcurrency = desiredConcurrency = C (AutoscaledPool always starts a task below minConcurrency, so system load cannot throttle it) and overload ratios at 1; ours with C workers (and BrowserFetcher maxPages = C).`,
        'Crawlee: in-memory storage (persistStorage false, CRAWLEE_STORAGE_DIR in tmp), a fresh Configuration per run, maxRequestRetries 0, unique request keys, log level WARNING. Ours: no retries either.',
        `Browsers: same @sparticuz/chromium binary and browserLaunchArgs() for both, except that Crawlee's Chromium gets them without --proxy-server/--proxy-bypass-list (ours routes everything, loopback included, to a dead proxy because Node answers each request via interception; Crawlee's Chromium fetches by itself and could not load the page with them). Crawlee: headless true, useFingerprints false, goto waitUntil 'domcontentloaded' + waitForSelector('${CONTENT_READY}'). Ours: headless 'shell', request interception answered from Node (SSRF guard, size caps), pages pooled.`,
        'Each rendered run launches and closes its own browser on both sides, so browser launch is inside wall time (see medianFirstPageMs; perSecAfterFirstPage excludes it). Order: one warm-up run of each side (not counted), then rounds alternating who goes first.',
        'perSec is ok pages over wall time of the run (Crawlee: run() start to resolve, including its queue setup and wind-down; ours: first fetch to last store). perSecToLastPage stops the clock at the last page handled.',
        'cpuPerAd is whole-process CPU (user + system, so GC threads count) per ad, on the demo site\'s small pages (see medianHtmlBytes); real ad pages are larger.',
        `keyService.callsPer1000Ads includes the fixed per-process cost (${fixedCalls} index keys, plus one field data key per tenant on first use), so it falls as one worker stores more ads. Not measured here (the bench is shorter than 5 minutes): FieldCipher replaces a data key after 10 000 messages or 5 minutes, so in steady state each busy tenant costs >= 1 call per 5 minutes per worker whatever the volume.`,
        'peakRssMB is this Node process only (demo server, both crawlers, CPU loop); Chromium runs in separate processes and is not included.',
      ],
      checks: {
        filesWrittenByCrawlee: countFiles(crawleeStorageDir) + countFiles(process.env.CRAWLEE_STORAGE_DIR ?? ''),
        repoStorageDirExists: existsSync(join(repoRoot, 'storage')),
        browserProcessesLeft: liveChildren(),
      },
    };
    await writeStdout(`${JSON.stringify(doc, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
    for (const dir of [tmp, crawleeStorageDir, process.env.CRAWLEE_STORAGE_DIR]) if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0), // Crawlee leaves intervals behind; the document is already written
  (e: unknown) => {
    progress(`failed: ${(e as Error).stack ?? String(e)}`);
    process.exit(1);
  },
);
