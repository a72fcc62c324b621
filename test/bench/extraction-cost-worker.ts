/**
 * One side of the extraction-cost bench (extraction-cost.ts) in a worker thread: either
 * `extractFindings` or htmlparser2's stock `parseDocument`, each in a V8 isolate of its own.
 * In one isolate the two share htmlparser2's tokenizer code, which the extractor extends (a
 * subclass that overrides two states): each then makes the other's optimised code polymorphic,
 * and the stock parse measured ~40 % slower beside the extractor than alone. Both sides run in
 * a worker so that neither has conditions the other has not.
 *
 * The main thread asks for one page at a time through a shared array and blocks until the
 * work is done, so its process.cpuUsage() around the request counts this work only.
 */
import { parentPort, workerData } from 'node:worker_threads';

export interface CostWorkerData {
  readonly side: 'extract' | 'bare';
  readonly pages: readonly { html: string; url: string; country: string }[];
  /** Int32 [0]: page number + 1 to process (0 idle, -1 stop); [1]: 1 once done. */
  readonly control: SharedArrayBuffer;
}

const { side, pages, control } = workerData as CostWorkerData;
// Only the side's own module is loaded, so the other's code never runs in this isolate.
const work: (p: CostWorkerData['pages'][number]) => number =
  side === 'extract'
    ? ((extract) => (p) => extract(p.html, { url: p.url, country: p.country }).length)((await import('../../lambdas/collect/extract/index.js')).extractFindings)
    : ((parse) => (p) => parse(p.html).children.length)((await import('htmlparser2')).parseDocument);

const flag = new Int32Array(control);
let sink = 0; // keeps the result alive so it is not optimised away
for (;;) {
  Atomics.wait(flag, 0, 0);
  const request = Atomics.exchange(flag, 0, 0);
  if (request < 0) break;
  sink += work(pages[request - 1]!);
  Atomics.store(flag, 1, 1);
  Atomics.notify(flag, 1);
}
parentPort?.postMessage(sink);
