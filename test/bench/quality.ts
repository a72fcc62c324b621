/**
 * `npm run -s bench:quality`: extraction precision and recall per identifier kind, on two sets
 * reported separately in one JSON document:
 *
 * - `demo`: the demo site's ground truth (every crawlable ad; the JavaScript-built ones
 *   rendered in Chromium first, as the pipeline does). The detectors were built against this
 *   site, so these figures say they handle its spellings; they are not a measure on real ads.
 * - `corpus`: the real-structure corpus in test/pages/real/ (real sites' pages with synthetic
 *   personal values, labelled by hand), no site rules: the generic extractor as a new user
 *   meets it. The gate test test/unit/extract/corpus-quality.test.ts holds these figures.
 *
 * `npm run -s bench:quality -- --pages <dir>` scores a directory of one's own saved pages instead,
 * labelled in the corpus's format (`<dir>/labels.json`, see test/pages/real/README.md), alone: no
 * demo site, no browser. A bad label is named with its page and field and exits 2.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../lib/config.js';
import { extractFindings } from '../../lambdas/collect/extract/index.js';
import { BrowserFetcher } from '../../lambdas/collect/fetch/browser-fetcher.js';
import type { IdentifierKind } from '../../lambdas/shared/identifiers.js';
import { generateDemoSite, type DemoExpected } from '../../local/demo-site/generate.js';
import { startDemoSite } from '../../local/demo-site/server.js';
import { scoreCorpus } from './corpus.js';

const KEYS: Record<IdentifierKind, keyof DemoExpected> = {
  phone: 'phones',
  email: 'emails',
  vin: 'vins',
  plate: 'plates',
  name: 'names',
  nickname: 'nicknames',
  address: 'addresses',
};

const { values: args } = parseArgs({ options: { pages: { type: 'string' } } });
if (args.pages !== undefined) {
  // A directory of the user's own saved and labelled pages, in the corpus's format: scored alone,
  // the same way (no demo site, no browser).
  const dir = resolve(args.pages);
  try {
    const report = scoreCorpus(dir, true);
    process.stdout.write(JSON.stringify({ pages: { what: `extraction precision/recall on ${dir} (hand labels), generic extractor, no site rules`, ...report } }, null, 1) + '\n');
  } catch (e) {
    process.stderr.write(`bench:quality: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
} else {
  await demoAndCorpus();
}

/** The demo site's figures and the corpus's, side by side. */
async function demoAndCorpus(): Promise<void> {
  const site = generateDemoSite({ seed: 20261122 });
  const demo = await startDemoSite(site, { port: 0 });
  const source = loadConfig('adwarden.config.json').sources[0]!;
  const browser = new BrowserFetcher({ allowLoopback: true, timeoutMs: 15_000, maxPageBytes: 2_000_000, maxRedirects: 5 });
  const tally = Object.fromEntries(Object.keys(KEYS).map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<IdentifierKind, { tp: number; fp: number; fn: number }>;
  const misses: { path: string; kind: IdentifierKind; type: 'missed' | 'wrong' }[] = [];
  try {
    for (const ad of site.ads.filter((a) => !a.disallowed)) {
      const url = `${demo.url}${ad.path}`;
      const html = ad.jsRendered
        ? (await browser.fetch({ url, userAgent: 'adwarden-quality/1 (+https://github.com/adwarden/adwarden)', contentReady: '[data-ad-body]' })).html
        : site.pages.get(ad.path)!;
      const findings = extractFindings(html, { url, country: source.country, rules: source.rules });
      for (const kind of Object.keys(KEYS) as IdentifierKind[]) {
        const got = new Set(findings.filter((f) => f.kind === kind).map((f) => f.value));
        const want = new Set(ad.expected[KEYS[kind]]);
        for (const g of got) {
          if (want.has(g)) {
            tally[kind].tp++;
          } else {
            tally[kind].fp++;
            misses.push({ path: ad.path, kind, type: 'wrong' });
          }
        }
        for (const w of want) {
          if (got.has(w)) continue;
          tally[kind].fn++;
          misses.push({ path: ad.path, kind, type: 'missed' });
        }
      }
    }
  } finally {
    await browser.close();
    await demo.close();
  }
  const r3 = (n: number) => Math.round(n * 1000) / 1000;
  const corpus = scoreCorpus();
  process.stdout.write(
    JSON.stringify(
      {
        demo: {
          what: 'extraction precision/recall on the demo site (seed 20261122), every crawlable ad, JS ads rendered first',
          ads: site.crawlableAds,
          byKind: Object.fromEntries(
            (Object.keys(KEYS) as IdentifierKind[]).map((k) => {
              const { tp, fp, fn } = tally[k];
              return [k, { tp, fp, fn, precision: r3(tp / Math.max(1, tp + fp)), recall: r3(tp / Math.max(1, tp + fn)) }];
            }),
          ),
          // Where, not what: values are personal data even on a demo site.
          errors: misses,
        },
        corpus: {
          what: 'extraction precision/recall on test/pages/real (real page structure, synthetic values, hand labels), generic extractor, no site rules',
          ...corpus,
        },
      },
      null,
      1,
    ) + '\n',
  );
}
