/**
 * CPU per ad, without any network: extract + normalise (extractFindings) and encrypt + blind
 * indexes (storeAd into the in-memory store) over HTML already fetched, measured with
 * process.cpuUsage() (user + system, whole process) around each ad.
 */
import type { Source } from '../../lib/config.js';
import { extractFindings } from '../../lambdas/collect/extract/index.js';
import { storeAd } from '../../lambdas/collect/store/store-ad.js';
import type { StoreContext } from './ours.js';
import { median, quantile, round } from './stats.js';

export interface CpuResult {
  readonly ads: number;
  readonly rounds: number;
  readonly samples: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly meanMs: number;
  /** The same samples split: extractFindings alone, and storeAd (encrypt + hashes + in-memory put) alone. */
  readonly extractMedianMs: number;
  readonly extractP95Ms: number;
  readonly storeMedianMs: number;
  readonly storeP95Ms: number;
  readonly medianHtmlBytes: number;
  readonly findingsPerAd: number;
}

const ms = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;

export async function measureCpu(
  pages: ReadonlyMap<string, string>,
  source: Source,
  store: StoreContext,
  rounds: number,
  warmupRounds = 1,
): Promise<CpuResult> {
  const entries = [...pages];
  const total: number[] = [];
  const extract: number[] = [];
  const stored: number[] = [];
  let findings = 0;
  for (let r = 0; r < warmupRounds + rounds; r++) {
    const counted = r >= warmupRounds;
    for (const [url, html] of entries) {
      const t0 = process.cpuUsage();
      const found = extractFindings(html, { url, country: source.country, rules: source.rules });
      const t1 = process.cpuUsage();
      await storeAd({ sourceId: source.id, url, findings: found }, store.deps);
      const t2 = process.cpuUsage();
      if (!counted) continue;
      const e = ms(t1) - ms(t0);
      const s = ms(t2) - ms(t1);
      extract.push(e);
      stored.push(s);
      total.push(e + s);
      findings += found.length;
    }
  }
  const sizes = entries.map(([, h]) => Buffer.byteLength(h));
  return {
    ads: entries.length,
    rounds,
    samples: total.length,
    medianMs: round(median(total), 3),
    p95Ms: round(quantile(total, 0.95), 3),
    meanMs: round(total.reduce((a, b) => a + b, 0) / Math.max(1, total.length), 3),
    extractMedianMs: round(median(extract), 3),
    extractP95Ms: round(quantile(extract, 0.95), 3),
    storeMedianMs: round(median(stored), 3),
    storeP95Ms: round(quantile(stored, 0.95), 3),
    medianHtmlBytes: median(sizes),
    findingsPerAd: round(findings / Math.max(1, total.length), 2),
  };
}
