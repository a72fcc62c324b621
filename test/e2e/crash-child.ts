/**
 * The pipeline process that the crash-injection test kills: the local runtime (the same
 * handlers, local SQS in memory, the local key file) against a DynamoDB Local that the test
 * owns and keeps running, as DynamoDB outlives a crashed Lambda. One run = provision (first
 * start only) -> schedule every source -> drain -> print one JSON line -> exit 0.
 * It prints "loaded" once its modules are imported and starts only when it reads "go" on
 * stdin, so the test can load the next process while the current one runs (module loading
 * is slow on a busy machine and is not what a crash tests).
 *
 *   node --import tsx test/e2e/crash-child.ts <config.json> <dataDir> <dynamodbEndpoint>
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseConfig } from '../../lib/config.js';
import { FUNCTIONS } from '../../lib/topology.js';
import { startLocalRuntime } from '../../local/runtime.js';
import { RunSummary } from '../../local/summary.js';

const [configFile, dataDir, endpoint] = process.argv.slice(2);
if (!configFile || !dataDir || !endpoint) throw new Error('usage: crash-child.ts <config.json> <dataDir> <dynamodbEndpoint>');

// The handler modules the runtime imports by their topology entry: loaded now, before "go".
for (const decl of Object.values(FUNCTIONS)) await import(pathToFileURL(resolve(import.meta.dirname, '../..', decl.entry)).href);
const importedAt = process.uptime();
process.stdout.write('loaded\n');
await new Promise<void>((resolve) => {
  let input = '';
  process.stdin.on('data', (d: Buffer) => {
    input += d.toString();
    if (input.includes('go\n')) resolve();
  });
});
process.stdin.pause();
const goAt = process.uptime();
const summary = new RunSummary();
const rt = await startLocalRuntime({
  config: parseConfig(JSON.parse(readFileSync(configFile, 'utf8'))),
  dataDir,
  dynamodbEndpoint: endpoint,
  observer: summary,
  logLevel: 'WARN', // failures are logged by name and message only (no personal values)
  // Longer than a batch takes on a loaded machine: a message still being processed must not be
  // delivered again (that is the crawler's redelivery problem, not what this test is about).
  visibilityTimeoutSeconds: 120,
  report: (line) => process.stdout.write(`${line}\n`),
});
process.stdout.write(`imported after ${Math.round(importedAt * 1000)} ms, runtime up ${Math.round((process.uptime() - goAt) * 1000)} ms after go\nready\n`);
rt.startPollers();
for (const s of rt.config.sources) await rt.runSchedule(s.id);
await rt.drained({ timeoutMs: 180_000 });
const deadLettered = (await rt.sqs.depth(rt.sqs.dlqUrls.listingJobs)) + (await rt.sqs.depth(rt.sqs.dlqUrls.adJobs));
const inFlight = (await rt.sqs.depth(rt.sqs.urls.listingJobs)) + (await rt.sqs.depth(rt.sqs.urls.adJobs));
process.stdout.write(`${JSON.stringify({ done: true, deadLettered, inFlight, ...summary.toJSON() })}\n`);
await rt.stop();
process.exit(0);
