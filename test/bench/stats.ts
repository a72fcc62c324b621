/** Small numeric helpers for the benchmark. */

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  // Nearest-rank: the smallest value with at least q of the samples at or below it.
  const rank = Math.min(s.length, Math.max(1, Math.ceil(q * s.length)));
  return s[rank - 1]!;
}

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export const round = (x: number, digits = 2): number => {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Runs `fn` over `items` with exactly `concurrency` workers pulling from one shared cursor. */
export async function runPool<T>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}

/** One timed run over a list of pages: what both sides report. */
export interface RunTiming {
  readonly pages: number;
  readonly ok: number;
  readonly failed: number;
  /** From the start of the run to its end (the crawler's run() resolving, or our last worker finishing). */
  readonly wallMs: number;
  /** From the start of the run to the first page handled (includes browser launch). */
  readonly firstPageMs: number;
  /** From the start of the run to the last page handled (excludes the crawler's own wind-down). */
  readonly lastPageMs: number;
}

export function timing(pages: number, failed: number, startedAt: number, endedAt: number, doneAt: readonly number[]): RunTiming {
  const sorted = [...doneAt].sort((a, b) => a - b);
  return {
    pages,
    ok: pages - failed,
    failed,
    wallMs: round(endedAt - startedAt, 1),
    firstPageMs: round((sorted[0] ?? endedAt) - startedAt, 1),
    lastPageMs: round((sorted[sorted.length - 1] ?? endedAt) - startedAt, 1),
  };
}

export const perSec = (n: number, ms: number): number => (ms > 0 ? round((n * 1000) / ms, 1) : Number.NaN);
