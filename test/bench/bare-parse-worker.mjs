/**
 * The bare htmlparser2 parse of the extraction-cost bench (extraction-cost.ts), in a worker
 * thread: a V8 isolate of its own, so its tokenizer code is not shared with the extractor's
 * (which overrides two of the tokenizer's states: run in one isolate, each makes the other's
 * optimised code polymorphic, and the stock parse measured ~40 % slower beside it).
 *
 * The main thread asks for one page at a time through a shared array and blocks until the
 * parse is done, so its process.cpuUsage() around the request counts the worker's parse only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseDocument } from 'htmlparser2';

const { pages, control } = workerData;
/** [0]: page number + 1 to parse (0 idle, -1 stop); [1]: 1 once the parse is done. */
const flag = new Int32Array(control);
let sink = 0; // keeps the parse result alive so it is not optimised away
for (;;) {
  Atomics.wait(flag, 0, 0);
  const request = Atomics.exchange(flag, 0, 0);
  if (request < 0) break;
  sink += parseDocument(pages[request - 1]).children.length;
  Atomics.store(flag, 1, 1);
  Atomics.notify(flag, 1);
}
parentPort.postMessage(sink);
