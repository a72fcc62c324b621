/**
 * Crash injection (issue 9 point 8): the local pipeline is killed (SIGKILL, its whole process
 * tree, Chromium included) at seeded random points while crawling the demo site, restarted each
 * time, and finally run to completion. Then every crawlable demo ad must be stored exactly
 * once in every subscribed tenant, with its index entries, nothing left pending, and nothing
 * dead-lettered.
 *
 * What survives a kill and what does not: DynamoDB (here DynamoDB Local, owned by this test and
 * persisted on disk, as DynamoDB outlives a crashed Lambda) and the local key file survive; the
 * local SQS queues are in memory and are LOST with the process. So "nothing lost" cannot mean
 * "every message redelivered": it means every ad that was queued but never stored is queued
 * again by the next run, because an ad URL is marked done only after extract-ad processed it
 * (crawl-state 'queued' -> 'done'); and "nothing in flight" means no ad URL is left 'queued'.
 *
 *   CRASH_SEED=<n> CRASH_KILLS=<n> npx vitest run test/e2e/crash-injection.test.ts
 *   (CRASH_ADS=<n>: demo ads, default 240)
 * Figures are printed on stdout as one line, "crash-injection: " and a JSON object: seed, kills
 * (during start-up; while crawlable ads were still unstored), ads stored after each run, per
 * tenant expected/stored/duplicates/lost/unexpected, ad URLs left pending, the final run's
 * messages in flight and dead-lettered, and the machine's load average.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig, type Config } from '../../lib/config.js';
import { tenantKeyAlias } from '../../lib/topology.js';
import { allTables, platformTableName, tenantTableName } from '../../lib/topology.js';
import { DynamoDbIndexKeyStore } from '../../lambdas/adapters/aws/dynamodb-tenant-store.js';
import { FileKeyService } from '../../lambdas/adapters/local/file-key-service.js';
import { loadBlindIndex } from '../../lambdas/shared/crypto/blind-index.js';
import { FieldCipher } from '../../lambdas/shared/crypto/field-cipher.js';
import type { IdentifierKind } from '../../lambdas/shared/identifiers.js';
import { generateDemoSite, mulberry32, type DemoAd } from '../../local/demo-site/generate.js';
import { startDemoSite } from '../../local/demo-site/server.js';
import { LOCAL_CREDENTIALS, startDynamoDbLocal, type DynamoDbLocal } from '../../local/services/dynamodb-local.js';

const SEED = Number(process.env.CRASH_SEED ?? 20261129);
const KILLS = Number(process.env.CRASH_KILLS ?? 20);
/** Demo ads (the shipped demo has 60): more ads make a longer storing phase, so more kills land in it. */
const ADS = Number(process.env.CRASH_ADS ?? 240);
const CHILD = resolve(import.meta.dirname, 'crash-child.ts');

/** Every process below `pid` (children first found through /proc), so a kill reaches detached Chromium too. */
function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* exited meanwhile */
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.shift()!;
    for (const [child, pp] of parent) {
      if (pp !== p) continue;
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

function killTree(child: ChildProcess): void {
  const pid = child.pid!;
  const tree = descendants(pid);
  for (const p of [pid, ...tree]) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

interface Run {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  readonly loaded: Promise<void>;
  readonly ready: Promise<void>;
  /** Lets the (pre-loaded) process start its run. */
  go(): void;
  stdout(): string;
}

function startChild(configFile: string, dataDir: string, endpoint: string): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, configFile, dataDir, endpoint], {
    cwd: resolve(import.meta.dirname, '../..'),
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let out = '';
  let err = '';
  let onReady: () => void = () => undefined;
  let onLoaded: () => void = () => undefined;
  const ready = new Promise<void>((r) => (onReady = r));
  const loaded = new Promise<void>((r) => (onLoaded = r));
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.includes('loaded\n')) onLoaded();
    if (out.includes('ready\n')) onReady();
  });
  child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, exited, loaded, ready, go: () => child.stdin!.end('go\n'), stdout: () => `${out}${err ? `\n[stderr] ${err}` : ''}` };
}

const KIND_OF: Record<keyof DemoAd['expected'], IdentifierKind> = {
  phones: 'phone',
  emails: 'email',
  vins: 'vin',
  plates: 'plate',
  names: 'name',
  nicknames: 'nickname',
  addresses: 'address',
};

describe('crash injection: kill the pipeline at random points, restart, nothing lost or duplicated', () => {
  const site = generateDemoSite({ seed: 20261122, ads: ADS });
  const dataDir = mkdtempSync(join(tmpdir(), 'adw-crash-'));
  let demo: Awaited<ReturnType<typeof startDemoSite>>;
  let ddb: DynamoDbLocal;
  let client: DynamoDBClient;
  let doc: DynamoDBDocumentClient;
  let config: Config;
  let configFile: string;
  let current: Run | undefined;
  let next: Run | undefined;

  beforeAll(async () => {
    demo = await startDemoSite(site, { port: 0 });
    const base = loadConfig('adwarden.config.json');
    config = parseConfig({
      ...base,
      // Every listing page of the (larger) demo site is crawled.
      sources: base.sources.map((s) => ({ ...s, startUrls: [`${demo.url}/listings/1`], maxListingPages: Math.max(s.maxListingPages, Math.ceil(ADS / 12) + 1) })),
      // The demo site has no Crawl-delay; a faster polite rate keeps the test short.
      crawler: { ...base.crawler, defaultRatePerSecond: 40 },
    });
    configFile = join(dataDir, 'config.json');
    writeFileSync(configFile, JSON.stringify(config));
    ddb = await startDynamoDbLocal({ region: config.region, dbPath: dataDir });
    client = new DynamoDBClient({ endpoint: ddb.endpoint, region: config.region, credentials: LOCAL_CREDENTIALS });
    doc = DynamoDBDocumentClient.from(client);
  });
  afterAll(async () => {
    for (const r of [current, next]) if (r && r.child.exitCode === null) killTree(r.child);
    doc?.destroy();
    await ddb?.stop();
    await demo?.close();
  });

  async function scanAll(table: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true }));
      items.push(...(r.Items ?? []));
      start = r.LastEvaluatedKey;
    } while (start);
    return items;
  }

  it(`survives ${KILLS} seeded SIGKILLs: every crawlable ad stored exactly once per subscribed tenant, none pending, none dead-lettered`, async () => {
    const rng = mulberry32(SEED);
    let kills = 0;
    let killedBeforeReady = 0;
    let completedBeforeKill = 0;
    // Kills that landed while at least one crawlable ad was not stored yet (the storing phase).
    let killsWhileAdsLeft = 0;
    const progress: number[] = [];
    const log = (line: string) => process.stderr.write(`crash-injection: ${line}\n`);
    // The next process loads its modules while the current one runs; each is told to start ("go")
    // when its turn comes, so a kill-restart cycle costs the runtime's start, not module loading.
    next = startChild(configFile, dataDir, ddb.endpoint);
    let startUpMs = 3000; // go -> ready, as last measured
    // How long after ready kills may land. It grows while kills keep landing before any ad is
    // stored (so kills reach the fetch-extract-store phase on a slow machine too) and shrinks, in
    // proportion, when one run stored much more than its share (halving was too slow on a fast,
    // idle machine: two runs stored most of the crawl), so most kills land while ads remain to be
    // stored rather than in re-runs of a finished crawl.
    let crawlMs = 5000;
    const share = Math.max(1, Math.ceil(site.crawlableAds / KILLS));
    let lastStored = 0;
    while (kills < KILLS) {
      const run = (current = next);
      next = startChild(configFile, dataDir, ddb.endpoint);
      await run.loaded;
      const t0 = Date.now();
      run.go();
      void run.ready.then(() => (startUpMs = Date.now() - t0));
      // A seeded point in [0, start-up + crawl window) after go: some kills land while the runtime
      // starts (tables, queues, index-key provisioning), most while it crawls and stores.
      const delayMs = rng() * (startUpMs + crawlMs);
      const fired = await Promise.race([
        new Promise((r) => setTimeout(r, delayMs)).then(() => 'kill' as const),
        run.exited.then(() => 'exited' as const),
      ]);
      const early = !run.stdout().includes('ready\n');
      if (fired === 'kill' && run.child.exitCode === null) {
        killTree(run.child);
        await run.exited;
        kills++;
        if (early) {
          killedBeforeReady++;
          // Start-up took longer than this delay: aim later next time.
          startUpMs = Math.max(startUpMs, delayMs * 1.5);
        }
      } else {
        const code = await run.exited;
        // A run that ends on its own must end well; then the crawl is complete and later kills hit re-runs.
        expect(code, run.stdout()).toBe(0);
        completedBeforeKill++;
      }
      // (A kill before the first run created the tables leaves none to count.)
      const stored = (await scanAll(tenantTableName(config.stage, config.tenants[0]!)).catch(() => [])).filter((i) => String(i.pk).startsWith('AD#')).length;
      progress.push(stored);
      if (fired === 'kill' && stored < site.crawlableAds) killsWhileAdsLeft++;
      if (fired === 'kill' && !early && stored === lastStored && stored < site.crawlableAds) crawlMs = Math.min(crawlMs * 2, 60_000);
      if (stored - lastStored > 2 * share) crawlMs = Math.max((crawlMs * share) / (stored - lastStored), 250);
      // Once everything is stored, a re-run only crawls the listing pages: kill within that.
      if (stored >= site.crawlableAds) crawlMs = Math.min(crawlMs, 4000);
      lastStored = stored;
      log(`run ${kills + completedBeforeKill} ${fired} after ${Date.now() - t0} ms (early ${early}), ads stored ${stored}`);
    }

    // The final run, to completion.
    const last = (current = next);
    next = undefined;
    await last.loaded;
    last.go();
    const code = await last.exited;
    current = undefined;
    writeFileSync(join(dataDir, 'final-run.log'), last.stdout());
    log(`final run exited ${code}; its output in ${join(dataDir, 'final-run.log')}`);
    expect(code, last.stdout()).toBe(0);
    const result = JSON.parse(last.stdout().split('\n').find((l) => l.startsWith('{"done"'))!) as { deadLettered: number; inFlight: number; failedAttempts: number };
    expect(result.deadLettered, last.stdout().slice(-3000)).toBe(0);
    expect(result.inFlight).toBe(0);

    // Ground truth: which demo ads each tenant must hold (the kinds it may keep, present in the ad).
    const keys = new FileKeyService(join(dataDir, 'keys.json'));
    const crawlable = site.ads.filter((a) => !a.disallowed);
    const figures: Record<string, { expected: number; stored: number; duplicates: number; lost: number; unexpected: number }> = {};
    let totalDuplicates = 0;
    let totalLost = 0;
    let totalUnexpected = 0;
    for (const tenant of config.tenants) {
      const table = tenantTableName(config.stage, tenant);
      const keyId = tenantKeyAlias(config.stage, tenant);
      const allowed = new Set<IdentifierKind>(tenant.identifierKinds);
      const expected = new Set(
        crawlable
          .filter((a) => (Object.keys(KIND_OF) as (keyof DemoAd['expected'])[]).some((k) => allowed.has(KIND_OF[k]) && a.expected[k].length > 0))
          .map((a) => `${demo.url}${a.path}`),
      );
      const items = await scanAll(table);
      const ads = items.filter((i) => i.sk === 'AD' && String(i.pk).startsWith('AD#'));
      const cipher = new FieldCipher({ keys, keyId, tenantId: tenant.id });
      const index = await loadBlindIndex(new DynamoDbIndexKeyStore(doc, table), keys, keyId, tenant.id);
      const count = new Map<string, number>();
      for (const ad of ads) {
        const adId = String(ad.pk).slice(3);
        const { url } = JSON.parse(await cipher.decryptString(String(ad.fields), { tenantId: tenant.id, recordId: adId })) as { url: string };
        expect(index.recordId(url)).toBe(adId); // the id comes from the same, never-replaced index key
        count.set(url, (count.get(url) ?? 0) + 1);
        // Every index entry the ad names exists and points back to it.
        for (const ref of ad.indexRefs as string[]) {
          const entry = (await doc.send(new GetCommand({ TableName: table, Key: { pk: ref, sk: `AD#${adId}` } }))).Item;
          expect(entry, `index entry of ${adId}`).toBeDefined();
        }
      }
      // No index entry without its ad.
      const adKeys = new Set(ads.map((a) => String(a.pk)));
      const orphans = items.filter((i) => String(i.pk).startsWith('IX#') && !adKeys.has(String(i.sk)));
      expect(orphans).toEqual([]);
      const duplicates = [...count.values()].reduce((n, c) => n + (c - 1), 0);
      const lost = [...expected].filter((u) => !count.has(u));
      const unexpected = [...count.keys()].filter((u) => !expected.has(u));
      totalDuplicates += duplicates;
      totalLost += lost.length;
      totalUnexpected += unexpected.length;
      figures[tenant.id] = { expected: expected.size, stored: ads.length, duplicates, lost: lost.length, unexpected: unexpected.length };
    }

    // Nothing pending: every demo ad URL (crawlable or disallowed) reached 'done'.
    const crawlState = platformTableName(config.stage, 'crawlState');
    const pending: string[] = [];
    for (const ad of site.ads) {
      const pk = `SEEN#demo-classifieds#${createHash('sha256').update(`${demo.url}${ad.path}`).digest('base64url')}`;
      const item = (await doc.send(new GetCommand({ TableName: crawlState, Key: { pk } }))).Item;
      if (item?.state !== 'done') pending.push(ad.path);
    }
    // The index keys were created once, at the first start, and never replaced.
    const keyItems = (await Promise.all(allTables(config).map(async ({ name }) => (await scanAll(name)).filter((i) => String(i.pk).startsWith('META')).length))).reduce((a, b) => a + b, 0);

    const summary = {
      seed: SEED,
      demoAds: site.ads.length,
      crawlableAds: site.crawlableAds,
      kills,
      killsDuringStartUp: killedBeforeReady,
      killsWhileAdsLeft,
      runsCompletedBeforeTheirKill: completedBeforeKill,
      adsStoredAfterEachRun: progress,
      tenants: figures,
      pendingAdUrls: pending.length,
      finalRun: { inFlight: result.inFlight, deadLettered: result.deadLettered, failedAttempts: result.failedAttempts },
      indexKeyItems: keyItems,
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    };
    process.stdout.write(`crash-injection: ${JSON.stringify(summary)}\n`);
    expect(kills).toBeGreaterThanOrEqual(20);
    // Most kills must hit the crawl while there is still something to store, not re-runs of a finished one.
    expect(killsWhileAdsLeft, JSON.stringify(summary)).toBeGreaterThanOrEqual(Math.ceil(kills / 2));
    expect(totalDuplicates).toBe(0);
    expect(totalLost).toBe(0);
    expect(totalUnexpected).toBe(0);
    expect(pending).toEqual([]);
    expect(keyItems).toBe(1 + config.tenants.length);
  }, 1_200_000);
});
