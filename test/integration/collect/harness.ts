/**
 * A local runtime against a demo site on a random port, for integration tests: the default
 * config with its demo source pointed at that port and a faster rate.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { loadConfig, parseConfig, type Config } from '../../../lib/config.js';
import { allTables } from '../../../lib/topology.js';
import { generateDemoSite, type DemoSite } from '../../../local/demo-site/generate.js';
import { startDemoSite } from '../../../local/demo-site/server.js';
import { startLocalRuntime, type LocalRuntime, type LocalRuntimeOptions } from '../../../local/runtime.js';
import { RunSummary } from '../../../local/summary.js';

export interface Harness {
  readonly site: DemoSite;
  readonly demo: Awaited<ReturnType<typeof startDemoSite>>;
  readonly config: Config;
  readonly rt: LocalRuntime;
  readonly summary: RunSummary;
  /** Every message body sent to any queue. */
  readonly sent: string[];
  stop(): Promise<void>;
}

export async function startHarness(opts: Partial<LocalRuntimeOptions> & { configure?: (c: Config) => Config } = {}): Promise<Harness> {
  const site = generateDemoSite({ seed: 20261122 });
  const demo = await startDemoSite(site, { port: 0 });
  const base = loadConfig('adwarden.config.json');
  let config = parseConfig({
    ...base,
    sources: base.sources.map((s) => ({ ...s, startUrls: [`${demo.url}/listings/1`] })),
    crawler: { ...base.crawler, defaultRatePerSecond: 50 },
  });
  if (opts.configure) config = opts.configure(config);
  const summary = new RunSummary();
  const rt = await startLocalRuntime({ dataDir: mkdtempSync(join(tmpdir(), 'adw-it-')), observer: summary, logLevel: 'SILENT', ...opts, config });
  const sent: string[] = [];
  rt.sqs.client.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as { MessageBody?: string; Entries?: { MessageBody?: string }[] };
      if (input.MessageBody) sent.push(input.MessageBody);
      for (const e of input.Entries ?? []) if (e.MessageBody) sent.push(e.MessageBody);
      return next(args);
    },
    { step: 'initialize', name: 'recordSentMessages' },
  );
  return {
    site,
    demo,
    config,
    rt,
    summary,
    sent,
    async stop() {
      await rt.stop();
      await demo.close();
    },
  };
}

/** Every page of a Scan or Query. */
async function allItems(
  rt: LocalRuntime,
  command: (start: Record<string, unknown> | undefined) => ScanCommand | QueryCommand,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const r = await rt.doc.send(command(start) as ScanCommand);
    items.push(...(r.Items ?? []));
    start = r.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Every item of every table, raw. */
export async function dumpTables(rt: LocalRuntime): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const { name } of allTables(rt.config)) {
    out[name] = await allItems(rt, (start) => new ScanCommand({ TableName: name, ExclusiveStartKey: start }));
  }
  return out;
}

export function adItems(rt: LocalRuntime, tenantId: string): Promise<Record<string, unknown>[]> {
  return allItems(
    rt,
    (start) =>
      new QueryCommand({
        TableName: rt.tenantTable(tenantId),
        IndexName: 'bySource',
        KeyConditionExpression: 'gsi1pk = :s',
        ExpressionAttributeValues: { ':s': 'SRC#demo-classifieds' },
        ExclusiveStartKey: start,
      }),
  );
}

/** Every plaintext personal value of the demo site, in forms a leak could take. */
export function plaintextNeedles(site: DemoSite): string[] {
  const needles = new Set<string>();
  for (const ad of site.ads) {
    const e = ad.expected;
    for (const v of [...e.phones, ...e.emails, ...e.vins, ...e.names, ...e.addresses, ...e.nicknames]) {
      if (v.length >= 6) needles.add(v.toLowerCase());
    }
    for (const p of e.phones) needles.add(p.replace(/^\+\d{2}/, '')); // national digits
    for (const p of e.plates) needles.add(p.split(':')[1]!.toLowerCase());
  }
  return [...needles].filter((n) => n.length >= 5);
}

export function findLeaks(haystack: string, needles: string[]): string[] {
  const h = haystack.toLowerCase();
  return needles.filter((n) => h.includes(n));
}
