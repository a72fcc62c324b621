/**
 * `npm start`: the whole collection pipeline on one machine, on the embedded default. Serves
 * the demo classifieds site, starts DynamoDB Local and local SQS, runs the schedule, the
 * crawl and the extraction in process, shows progress and ends with a summary.
 *   --once   crawl once and exit (otherwise: keep each source's schedule until Ctrl-C)
 */
import { Command } from 'commander';
import { ConfigError, loadConfig, type Config } from '../lib/config.js';
import { generateDemoSite } from './demo-site/generate.js';
import { startDemoSite } from './demo-site/server.js';
import { startLocalRuntime, type LocalRuntime } from './runtime.js';
import { RunSummary } from './summary.js';
import { parseRate } from './scheduler.js';
import { startLocalApi, type LocalApi } from './api/index.js';
import { stateDir } from '../bin/api-state.js';
import { startLocalRights } from './rights/runtime.js';
import { PORTAL_PATH } from '../lib/topology.js';

function apiBanner(api: LocalApi): string {
  const lines = [`customer API on ${api.server.url} (OpenAPI: ${api.server.url}/v1/openapi.json) · Cognito (cognito-local) on ${api.cognito.endpoint}`];
  if (api.demoUsers.length) {
    lines.push('demo users (tenant-admin; sign in with `npx adwarden login`, TOTP from the otpauth URI):');
    for (const u of api.demoUsers) lines.push(`  ${u.tenantId.padEnd(18)} ${u.email}  password ${u.password}`, `  ${''.padEnd(18)} ${u.otpauthUri}`);
  }
  return lines.join('\n');
}

const program = new Command('adwarden-local')
  .description('Run the adwarden collection pipeline on this machine with embedded stand-ins for the AWS services')
  .option('--once', 'crawl every source once, print the summary and exit')
  .option('--persist', 'keep the local database in .adwarden/ between runs (a re-run then only fetches what is new)')
  .option('--no-demo', 'do not serve the demo classifieds site')
  .option('--no-api', 'do not serve the customer API (and do not start cognito-local)')
  .option('--api-port <port>', 'port of the customer API on 127.0.0.1', '4391')
  .option('--json', 'print the summary as JSON')
  .parse();
const opts = program.opts<{ once?: boolean; persist?: boolean; demo: boolean; api: boolean; apiPort: string; json?: boolean }>();

/** The demo site answers where the default config's demo source points (127.0.0.1:4390). */
function demoPort(config: Config): number | undefined {
  for (const s of config.sources) {
    for (const u of s.startUrls) {
      const url = new URL(u);
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return Number(url.port || 80);
    }
  }
  return undefined;
}

async function crawlAll(rt: LocalRuntime, summary: RunSummary): Promise<void> {
  for (const source of rt.config.sources) await rt.runSchedule(source.id);
  const tick = setInterval(() => process.stderr.write(`${summary.progressLine()}\n`), 1000);
  try {
    await rt.drained();
  } finally {
    clearInterval(tick);
  }
}

async function deadLettered(rt: LocalRuntime): Promise<number> {
  return (await rt.sqs.depth(rt.sqs.dlqUrls.listingJobs)) + (await rt.sqs.depth(rt.sqs.dlqUrls.adJobs));
}

async function main(): Promise<void> {
  const config = loadConfig();
  const port = demoPort(config);
  const demo = opts.demo && port !== undefined ? await startDemoSite(generateDemoSite({ seed: 20261122 }), { port }) : undefined;
  if (demo) console.log(`demo classifieds site on ${demo.url}`);

  const summary = new RunSummary();
  // First run (or a new tenant): creates the missing index keys of empty tables and says so.
  const rt = await startLocalRuntime({ config, persist: opts.persist ?? false, observer: summary, report: (line) => console.log(line) });
  console.log(`DynamoDB Local on ${rt.dynamodb.endpoint} · SQS on ${rt.sqs.endpoint} · keys in .adwarden/keys.json`);
  rt.startPollers();
  let api: LocalApi | undefined;
  let scheduledRights: Awaited<ReturnType<typeof startLocalRights>>['scheduled'] = [];
  const stop = async () => {
    await api?.stop();
    await rt.stop();
    await demo?.close();
  };
  if (opts.api) {
    try {
      // The data-subject workflow: the state machine CDK synthesizes, run in process; its routes join the API.
      const baseUrl = `http://127.0.0.1:${Number(opts.apiPort)}`;
      const rights = await startLocalRights(rt, { baseUrl, dataDir: '.adwarden', log: (line) => console.log(line) });
      scheduledRights = rights.scheduled;
      api = await startLocalApi({
        handlers: rights.routeHandlers,
        config,
        // Where the CLI looks for api.json (ADWARDEN_STATE_DIR, else .adwarden).
        dataDir: stateDir(),
        doc: rt.doc,
        dynamodbEndpoint: rt.dynamodb.endpoint,
        keys: rt.keys,
        port: Number(opts.apiPort),
      });
    } catch (e) {
      await stop();
      throw e;
    }
    console.log(apiBanner(api));
    console.log(`data-subject portal on ${api.server.url}${PORTAL_PATH} · mail goes to .adwarden/outbox/ (links are printed here)`);
  }

  try {
    if (opts.once) {
      await crawlAll(rt, summary);
      const dl = await deadLettered(rt);
      console.log(opts.json ? JSON.stringify({ ...summary.toJSON(), deadLettered: dl, keyServiceCalls: rt.keys.calls }) : summary.report(dl));
      return;
    }
    // Keep the schedule: each source on its own rate, until Ctrl-C.
    const timers = config.sources.map((s) => {
      const everyMs = parseRate(s.schedule);
      if (s.schedule.startsWith('cron(')) console.log(`source ${s.id}: ${s.schedule} runs hourly in the local runtime`);
      return setInterval(() => void rt.runSchedule(s.id), everyMs);
    });
    // The rights functions on a fixed schedule (the deadline watcher), on their own rate.
    for (const job of scheduledRights) {
      const run = () => job.run().catch((e: unknown) => console.error(`${job.name}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`));
      timers.push(setInterval(() => void run(), parseRate(job.expression)));
    }
    await crawlAll(rt, summary);
    console.log(summary.report(await deadLettered(rt)));
    console.log('Following the schedule; press Ctrl-C to stop.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    timers.forEach(clearInterval);
    console.log(summary.report(await deadLettered(rt)));
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    const msg = e instanceof ConfigError ? `invalid config: ${e.message}` : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    process.stderr.write(`adwarden: ${msg}\n`);
    process.exit(1);
  },
);
