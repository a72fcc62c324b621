/**
 * What parsing one page costs, hostile or not: boundNesting (the pass every fetched page gets)
 * and then the "lacks content" check, the listing parser and the extractor, on the hostile
 * site's deep pages and on the sample pages. CPU via process.cpuUsage(), median of `runs`.
 * Part of `npm run -s bench` (key `pageCost`); alone: `npx tsx test/bench/page-cost.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseListing } from '../../lambdas/collect/crawl/listing.js';
import { extractFindings } from '../../lambdas/collect/extract/index.js';
import { boundNesting, MAX_NESTING } from '../../lambdas/collect/fetch/nesting.js';
import { lacksContent } from '../../lambdas/collect/fetch/pipeline.js';

const cpuMs = (run: () => void): number => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number): number => Math.round(x * 10) / 10;

export function pageCost(runs = 3): Record<string, unknown> {
  const samples = fileURLToPath(new URL('../pages/samples/', import.meta.url));
  const pages: [string, string][] = [
    ['80,000 unclosed <div> (400 KB)', `<html><body>${'<div>'.repeat(80_000)}<p>Ring 400 00 123</p></body></html>`],
    ['200,000-deep <b> (1.4 MB)', `<html><body>${'<b>'.repeat(200_000)}<p>Ring 400 00 123</p>${'</b>'.repeat(200_000)}</body></html>`],
    ...readdirSync(samples).map((f): [string, string] => [`sample ${f}`, readFileSync(join(samples, f), 'utf8')]),
  ];
  const out: Record<string, unknown> = {};
  for (const [name, html] of pages) {
    const bound: number[] = [];
    const rest: number[] = [];
    let flattened = 0;
    for (let i = 0; i < runs; i++) {
      let bounded = html;
      bound.push(cpuMs(() => ({ html: bounded, flattened } = boundNesting(html))));
      rest.push(
        cpuMs(() => {
          lacksContent(bounded);
          parseListing(bounded, 'https://www.example.no/list');
          extractFindings(bounded, { url: 'https://www.example.no/ad/1', country: 'NO' });
        }),
      );
    }
    out[name] = { bytes: Buffer.byteLength(html), flattened, boundNestingCpuMs: round(median(bound)), parseAndExtractCpuMs: round(median(rest)) };
  }
  return {
    what: `CPU ms (median of ${runs}) per page: boundNesting (nesting flattened at ${MAX_NESTING} levels), then lacksContent + parseListing + extractFindings on its output`,
    pages: out,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${JSON.stringify(pageCost(), null, 2)}\n`);
}
