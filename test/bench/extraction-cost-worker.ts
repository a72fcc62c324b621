/**
 * One side of the extraction-cost bench (extraction-cost.ts), in a child process of its own:
 * either `extractFindings` or htmlparser2's stock `parseDocument`. Only that side's module is
 * loaded, so the other's code never runs in this process, and this process's CPU time (its
 * main thread, GC and compiler threads) is this side's alone.
 *
 * The parent sends the pages once, then one page index at a time; the reply is the process
 * CPU time (user + system, all threads) spent on that call. The parent waits for each reply,
 * so the two sides never run at the same time.
 */
import { readFileSync } from 'node:fs';
import { decodeHtml } from '../../lambdas/collect/fetch/decode.js';

export interface CostPage {
  readonly file: string;
  readonly url: string;
  readonly country: string;
}
export type CostRequest = { readonly pages: readonly CostPage[] } | { readonly page: number } | { readonly stop: true };
export type CostReply = { readonly ready: number } | { readonly page: number; readonly ms: number };

const side = process.argv[2];
if (side !== 'extract' && side !== 'bare') throw new Error(`extraction-cost-worker: side must be "extract" or "bare", got ${String(side)}`);
const work: (html: string, p: CostPage) => number =
  side === 'extract'
    ? ((extract) => (html: string, p: CostPage) => extract(html, { url: p.url, country: p.country }).length)((await import('../../lambdas/collect/extract/index.js')).extractFindings)
    : ((parse) => (html: string) => parse(html).children.length)((await import('htmlparser2')).parseDocument);

let pages: { html: string; page: CostPage }[] = [];
let sink = 0; // keeps each result alive so the work is not optimised away
const reply = (r: CostReply): void => {
  process.send!(r);
};
process.on('message', (m: CostRequest) => {
  if ('pages' in m) {
    pages = m.pages.map((page) => ({ html: decodeHtml(readFileSync(page.file), undefined, page.country), page }));
    reply({ ready: pages.length });
  } else if ('page' in m) {
    const p = pages[m.page]!;
    const t0 = process.cpuUsage();
    sink += work(p.html, p.page);
    const u = process.cpuUsage(t0);
    reply({ page: m.page, ms: (u.user + u.system) / 1000 });
  } else {
    process.exitCode = sink >= 0 ? 0 : 1;
    process.disconnect();
  }
});
