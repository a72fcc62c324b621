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

/** Characters of base64, base64url and hex tokens: ciphertexts, HMAC index keys, random ids. */
const TOKEN_CHAR = /[a-z0-9+/=_-]/;
/** A token at least this long is random bytes written out, not text. */
const MIN_RANDOM_TOKEN = 24;

/** True when `h` holds `needle` other than by chance inside a long random token. */
function holds(h: string, needle: string): boolean {
  for (let at = h.indexOf(needle); at >= 0; at = h.indexOf(needle, at + 1)) {
    let start = at;
    let end = at + needle.length;
    while (start > 0 && TOKEN_CHAR.test(h[start - 1]!)) start--;
    while (end < h.length && TOKEN_CHAR.test(h[end]!)) end++;
    // A 5-character plate, lower-cased, turns up by chance in a lower-cased dump of
    // kilobytes of base64 ciphertext now and then (CI met "hhcy5" once inside one). Such a
    // match is inside a long token on both sides; a plaintext value stored or logged is its
    // own token, or a short run ("+4741283920" for the national digits).
    const glued = start < at && end > at + needle.length;
    if (!glued || end - start < MIN_RANDOM_TOKEN) return true;
  }
  return false;
}

export function findLeaks(haystack: string, needles: string[]): string[] {
  const h = haystack.toLowerCase();
  return needles.filter((n) => holds(h, n));
}
