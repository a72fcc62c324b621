/**
 * The `adwarden` command. `buildCli()` returns the commander program so other subcommands
 * (e.g. `start`) can be added next to `extract`; `runCli()` runs it and maps every failure to
 * an exit code with one line on stderr, never a stack trace.
 *
 *   adwarden extract page.html --url https://www.example.no/ad/1 --country NO [--json]
 *   adwarden provision --local                        create missing index keys of the local runtime (in AWS, cdk deploy does it)
 *   adwarden migrate aad --tenant X [--table T] [--bound-table B] [--local]
 *   adwarden docs [--out docs/compliance] [--assembly cdk.out] [--check]   compliance documents from the config and the synthesized templates
 *   adwarden breach start [--note N] [--at T] [--force] | status | close [--id B] [--note N]
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { addRightsCommands, ReplayUsageError } from './cli-rights.js';
import { addDocsCommands, AssemblyMismatchError, DocsOutOfDateError } from './cli-docs.js';
import { addBreachCommands } from './cli-breach.js';
import { BreachError } from '../lib/breach/errors.js';
import { createInterface, type Interface as ReadlineInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { type Config, ConfigError, configSchema, loadConfig, type Source } from '../lib/config.js';
import { extractFindings, summarise, SUMMARY_KEY, type FindingsSummary } from '../lambdas/collect/extract/index.js';
import type { Finding } from '../lambdas/shared/identifiers.js';
import { decodeHtml } from '../lambdas/collect/fetch/decode.js';
import { boundNesting } from '../lambdas/collect/fetch/nesting.js';
import { ApiCliError, addApiCommands } from './cli-api.js';
import { SignInError } from './cognito-auth.js';
import { StateError } from './api-state.js';
import type { OperatorInfra } from '../lambdas/composition/operator.js';

/** What the operator commands run against; tests inject DynamoDB Local and a file key service. */
export interface CliDeps {
  readonly config?: () => Config;
  readonly operatorInfra?: (config: Config, opts: { local: boolean; dataDir: string }) => Promise<OperatorInfra>;
  /** The clock of `breach` commands. @default () => new Date() */
  readonly now?: () => Date;
  /** The state directory of `breach` commands. @default ADWARDEN_STATE_DIR or .adwarden */
  readonly stateDir?: () => string;
}

// The operator commands load the AWS SDK and the collect composition only when they run, so
// `adwarden extract` starts as light as before.
const defaultOperatorInfra: NonNullable<CliDeps['operatorInfra']> = async (config, { local, dataDir }) => {
  const { awsOperatorInfra, localOperatorInfra } = await import('../lambdas/composition/operator.js');
  return local ? localOperatorInfra(config, dataDir) : awsOperatorInfra(config);
};

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Asks one question (login). @default lines from stdin; hidden input on a terminal */
  ask?(question: string, opts?: { hidden?: boolean }): Promise<string>;
}

/**
 * Answers read from stdin, one line per question. On a terminal a hidden answer is not echoed;
 * piped, the lines are simply taken in order (scripts and tests).
 */
function stdinAsk(): NonNullable<CliIo['ask']> {
  let rl: ReadlineInterface | undefined;
  const pending: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let muted = false;
  const open = () => {
    if (rl) return rl;
    const out = new Writable({
      write: (chunk: Buffer, _enc, cb) => {
        if (!muted) process.stderr.write(chunk);
        cb();
      },
    });
    rl = createInterface({ input: process.stdin, output: out, terminal: Boolean(process.stdin.isTTY) });
    rl.on('line', (line) => {
      const w = waiting.shift();
      if (w) w(line);
      else pending.push(line);
    });
    rl.on('close', () => waiting.splice(0).forEach((w) => w('')));
    return rl;
  };
  return (question, opts) => {
    open();
    process.stderr.write(question);
    muted = Boolean(opts?.hidden && process.stdin.isTTY);
    return new Promise<string>((resolve) => {
      const done = (line: string) => {
        if (muted) process.stderr.write('\n');
        muted = false;
        if (waiting.length === 0 && pending.length === 0) rl?.pause();
        resolve(line);
      };
      const line = pending.shift();
      if (line !== undefined) done(line);
      else {
        rl?.resume();
        waiting.push(done);
      }
    }).finally(() => {
      if (waiting.length === 0) {
        rl?.close();
        rl = undefined;
      }
    });
  };
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  ask: stdinAsk(),
};

/** A migration that ran to the end but left items it could not migrate: exit code 1. */
export class MigrationIncompleteError extends Error {
  override readonly name = 'MigrationIncompleteError';
}

/** Bad input from the user: one line on stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const extractInput = z.object({
  file: z.string().min(1, 'a saved HTML file is required'),
  url: z.url({ protocol: /^https?$/, error: '--url must be an absolute http(s) URL, e.g. https://www.example.no/ad/1' }),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, '--country must be an ISO 3166-1 alpha-2 code such as NO')
    .transform((c) => c.toUpperCase()),
  json: z.boolean().default(false),
  origins: z.boolean().default(false),
});

/** The crawler's page cap when no config is readable (the schema's default). */
const DEFAULT_MAX_PAGE_BYTES: number = configSchema.shape.crawler.shape.maxPageBytes.parse(undefined);

/** The configured source serving `url` (same origin as one of its start URLs), if any, and the page cap. */
function sourceFor(url: string, io: CliIo): { source: Source | undefined; maxPageBytes: number } {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    // A missing config just means "no rules"; a broken one is worth a warning.
    if (!/cannot read/.test(e.message)) io.err(`adwarden: ignoring config, ${e.message}\n`);
    return { source: undefined, maxPageBytes: DEFAULT_MAX_PAGE_BYTES };
  }
  const origin = new URL(url).origin;
  const source = config.sources.find((s) => s.startUrls.some((u) => new URL(u).origin === origin));
  return { source, maxPageBytes: config.crawler.maxPageBytes };
}

/**
 * Reads at most `maxBytes` of `file` (the crawler's page cap): a larger file, or an endless
 * one such as /dev/zero or a pipe, is refused after maxBytes + 1 bytes, not read to the end.
 */
function readCapped(file: string, maxBytes: number, country: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new UsageError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let total = 0;
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buffer, total, buffer.length - total, null);
      } catch (e) {
        throw new UsageError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new UsageError(`${file} is larger than ${maxBytes} bytes (crawler.maxPageBytes), the most a page may be`);
    }
    // As the crawler decodes a fetched page without a Content-Type (decode.ts): UTF-8, else its declared charset, else the market's legacy encoding.
    return decodeHtml(buffer.subarray(0, total), undefined, country);
  } finally {
    closeSync(fd);
  }
}

const LABELS: Record<keyof FindingsSummary, string> = {
  phones: 'phone',
  emails: 'e-mail',
  vins: 'VIN',
  plates: 'plate',
  names: 'name',
  addresses: 'address',
};

function table(summary: FindingsSummary, source: Source | undefined, origin: string, origins?: ReadonlyMap<string, string>): string {
  const lines = [source ? `source: ${source.id} (its extraction rules applied)` : `source: none configured for ${origin}`, ''];
  for (const key of Object.keys(LABELS) as (keyof FindingsSummary)[]) {
    const values = summary[key].length ? summary[key] : ['-'];
    values.forEach((v, i) => {
      const from = origins?.get(`${key}\u0000${v}`);
      lines.push(`${(i === 0 ? LABELS[key] : '').padEnd(9)} ${v}${from ? `  (${from})` : ''}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Where each summarised value was read (`--origins`): "text", "seller-box", "json-ld:…",
 * "embedded:<blob>:<path>", "rule:<selector>", "rule-json:<path>"; the first reading of a value.
 * What a user needs to write a source's rules: the path to point at, or the kind to stop guessing.
 */
function originsOf(findings: readonly Finding[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of findings) {
    const key = SUMMARY_KEY[f.kind];
    if (key && !out.has(`${key}\u0000${f.value}`)) out.set(`${key}\u0000${f.value}`, f.origin);
  }
  return out;
}

function runExtract(file: string, options: Record<string, unknown>, io: CliIo): void {
  const parsed = extractInput.safeParse({ file, ...options });
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'invalid arguments');
  const input = parsed.data;
  const { source, maxPageBytes } = sourceFor(input.url, io);
  // Bounded as the crawler bounds a fetched page: size first, then nesting.
  const html = boundNesting(readCapped(input.file, maxPageBytes, input.country)).html;
  const findings = extractFindings(html, { url: input.url, country: input.country, rules: source?.rules });
  const summary = summarise(findings);
  const origins = input.origins ? originsOf(findings) : undefined;
  if (input.json) {
    const withOrigins = origins && {
      origins: Object.fromEntries(
        (Object.keys(LABELS) as (keyof FindingsSummary)[]).map((k) => [k, Object.fromEntries(summary[k].map((v) => [v, origins.get(`${k}\u0000${v}`) ?? '']))]),
      ),
    };
    io.out(`${JSON.stringify({ ...summary, ...withOrigins })}\n`);
  } else io.out(table(summary, source, new URL(input.url).origin, origins));
}

async function withInfra<T>(deps: CliDeps, options: { local?: boolean; dataDir?: string }, fn: (infra: OperatorInfra) => Promise<T>): Promise<T> {
  const config = (deps.config ?? loadConfig)();
  const infra = await (deps.operatorInfra ?? defaultOperatorInfra)(config, { local: options.local ?? false, dataDir: options.dataDir ?? '.adwarden' });
  try {
    return await fn(infra);
  } finally {
    await infra.close();
  }
}

/** `adwarden provision`: creates the missing index keys of empty tables; never replaces one. */
async function runProvision(options: { local?: boolean; dataDir?: string }, io: CliIo, deps: CliDeps): Promise<void> {
  const { indexKeyTargets } = await import('../lambdas/composition/collect.js');
  const { provisionIndexKeys } = await import('../lambdas/shared/crypto/index-key.js');
  await withInfra(deps, options, async (infra) => {
    const results = await provisionIndexKeys(await indexKeyTargets(infra), (line) => io.out(`${line}\n`));
    const existing = results.filter((r) => r.outcome === 'exists').map((r) => r.tenantId);
    if (existing.length > 0) io.out(`index keys already provisioned (checked they unwrap): ${existing.join(', ')}\n`);
  });
}

/** `adwarden migrate aad`: rewrites v1 envelopes (physical table in the AAD) as v2 (logical name). */
async function runMigrateAad(options: { tenant: string; table?: string; boundTable?: string; local?: boolean; dataDir?: string }, io: CliIo, deps: CliDeps): Promise<void> {
  const { FieldCipher } = await import('../lambdas/shared/crypto/field-cipher.js');
  const { migrateAad } = await import('../lambdas/shared/crypto/migrate-aad.js');
  const { DynamoDbTenantStore } = await import('../lambdas/adapters/aws/dynamodb-tenant-store.js');
  return withInfra(deps, options, async (infra) => {
    if (!infra.config.tenants.some((t) => t.id === options.tenant)) throw new UsageError(`--tenant: no tenant "${options.tenant}" in the config`);
    const t = await infra.tenant(options.tenant);
    const table = options.table ?? t.tableName;
    const r = await migrateAad(new DynamoDbTenantStore(t.doc, table), new FieldCipher({ keys: t.keys, keyId: t.keyId, tenantId: options.tenant }), {
      tenantId: options.tenant,
      boundTable: options.boundTable ?? t.tableName,
    });
    io.out(
      `tenant ${options.tenant}, table ${table}: scanned ${r.scanned}, migrated ${r.migrated}, already current ${r.alreadyCurrent}, ` +
        `changed meanwhile ${r.raced}, failed ${r.failed}\n`,
    );
    if (r.failed > 0 || r.raced > 0) {
      throw new MigrationIncompleteError(
        `${r.failed} envelope(s) did not decrypt under --bound-table ${options.boundTable ?? t.tableName} (give the table they were written to), ` +
          `${r.raced} changed meanwhile (run again)`,
      );
    }
  });
}

export function buildCli(io: CliIo = processIo, deps: CliDeps = {}): Command {
  // Set before any subcommand is added: commander copies these settings into each one.
  const program = new Command('adwarden')
    .description('adwarden: extract identifiers from ad pages; manage API users, sign in, search (see README).')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });

  program
    .command('extract')
    .description('extract identifiers from a saved ad page and print a summary')
    .argument('<file>', 'the saved page (HTML)')
    .requiredOption('--url <url>', 'the URL the page was fetched from (selects the source and its rules)')
    .requiredOption('--country <cc>', 'ISO 3166-1 alpha-2 code of the source, e.g. NO')
    .option('--json', 'print the summary as one line of JSON')
    .option('--origins', 'say where on the page each value was read (to write a source\'s rules)')
    .action((file: string, options: Record<string, unknown>) => runExtract(file, options, io));

  addApiCommands(program, { out: io.out, err: io.err, ask: io.ask ?? processIo.ask! });
  addRightsCommands(program, { out: io.out });
  addDocsCommands(program, { out: io.out }, () => (deps.config ?? loadConfig)());
  addBreachCommands(program, { out: io.out, ...(deps.now ? { now: deps.now } : {}), ...(deps.stateDir ? { dir: deps.stateDir } : {}) });

  program
    .command('provision')
    .description(
      'create the index keys (platform and each tenant) that do not exist yet, for the local runtime (--local). ' +
        'In AWS, cdk deploy creates them (custom resources of the data stack); the key policies do not admit operator credentials. ' +
        'Refuses to create a key for a table that already holds data',
    )
    .option('--local', 'use the local runtime\'s persisted data in .adwarden/ instead of AWS (npm start must not be running)')
    .option('--data-dir <dir>', 'the local data directory', '.adwarden')
    .action((options: { local?: boolean; dataDir?: string }) => runProvision(options, io, deps));

  program
    .command('migrate')
    .description('migrations of stored data')
    .command('aad')
    .description('re-encrypt envelopes bound to a physical table name (v1) so they bind the stable logical name tenant:<id> (v2); idempotent')
    .requiredOption('--tenant <id>', 'the tenant whose table to migrate')
    .option('--table <name>', 'the table to migrate, e.g. a restored copy (default: the tenant\'s table)')
    .option('--bound-table <name>', 'the physical table name the old envelopes were written to (default: the tenant\'s table)')
    .option('--local', 'use the local runtime\'s persisted data in .adwarden/ instead of AWS (npm start must not be running)')
    .option('--data-dir <dir>', 'the local data directory', '.adwarden')
    .action((options: { tenant: string; table?: string; boundTable?: string; local?: boolean; dataDir?: string }) => runMigrateAad(options, io, deps));

  return program;
}

/** Runs the CLI on `args` (without node and script) and returns the exit code. */
export async function runCli(args: string[], io: CliIo = processIo, deps: CliDeps = {}): Promise<number> {
  try {
    await buildCli(io, deps).parseAsync(args, { from: 'user' });
    return 0;
  } catch (e) {
    // Commander has already printed its own one-line message (or the help text).
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError || e instanceof ReplayUsageError) {
      io.err(`adwarden: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ApiCliError) {
      io.err(`adwarden: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof AssemblyMismatchError) {
      io.err(`adwarden: ${e.message}\n`);
      return 2;
    }
    if (e instanceof SignInError || e instanceof StateError || e instanceof DocsOutOfDateError || e instanceof BreachError) {
      io.err(`adwarden: ${e.message}\n`);
      return 1;
    }
    io.err(`adwarden: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
