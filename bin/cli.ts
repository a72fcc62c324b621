/**
 * The `adwarden` command. `buildCli()` returns the commander program so other subcommands
 * (e.g. `start`) can be added next to `extract`; `runCli()` runs it and maps every failure to
 * an exit code with one line on stderr, never a stack trace.
 *
 *   adwarden extract page.html --url https://www.example.no/ad/1 --country NO [--json]
 *   adwarden provision --local                        create missing index keys of the local runtime (in AWS, cdk deploy does it)
 *   adwarden migrate aad --tenant X [--table T] [--bound-table B] [--local]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { type Config, ConfigError, loadConfig, type Source } from '../lib/config.js';
import { extractFindings, summarise, type FindingsSummary } from '../lambdas/collect/extract/index.js';
import { indexKeyTargets } from '../lambdas/composition/collect.js';
import { awsOperatorInfra, localOperatorInfra, type OperatorInfra } from '../lambdas/composition/operator.js';
import { FieldCipher } from '../lambdas/shared/crypto/field-cipher.js';
import { provisionIndexKeys } from '../lambdas/shared/crypto/index-key.js';
import { migrateAad } from '../lambdas/shared/crypto/migrate-aad.js';
import { DynamoDbTenantStore } from '../lambdas/adapters/aws/dynamodb-tenant-store.js';

/** What the operator commands run against; tests inject DynamoDB Local and a file key service. */
export interface CliDeps {
  readonly config?: () => Config;
  readonly operatorInfra?: (config: Config, opts: { local: boolean; dataDir: string }) => Promise<OperatorInfra>;
}

const defaultOperatorInfra: NonNullable<CliDeps['operatorInfra']> = async (config, { local, dataDir }) =>
  local ? localOperatorInfra(config, dataDir) : awsOperatorInfra(config);

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
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
});

/** The configured source serving `url` (same origin as one of its start URLs), if any. */
function sourceFor(url: string, io: CliIo): Source | undefined {
  let sources: Source[];
  try {
    sources = loadConfig().sources;
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    // A missing config just means "no rules"; a broken one is worth a warning.
    if (!/cannot read/.test(e.message)) io.err(`adwarden: ignoring config, ${e.message}\n`);
    return undefined;
  }
  const origin = new URL(url).origin;
  return sources.find((s) => s.startUrls.some((u) => new URL(u).origin === origin));
}

const LABELS: Record<keyof FindingsSummary, string> = {
  phones: 'phone',
  emails: 'e-mail',
  vins: 'VIN',
  plates: 'plate',
  names: 'name',
  addresses: 'address',
};

function table(summary: FindingsSummary, source: Source | undefined, origin: string): string {
  const lines = [source ? `source: ${source.id} (its extraction rules applied)` : `source: none configured for ${origin}`, ''];
  for (const key of Object.keys(LABELS) as (keyof FindingsSummary)[]) {
    const values = summary[key].length ? summary[key] : ['-'];
    values.forEach((v, i) => lines.push(`${(i === 0 ? LABELS[key] : '').padEnd(9)} ${v}`));
  }
  return `${lines.join('\n')}\n`;
}

function runExtract(file: string, options: Record<string, unknown>, io: CliIo): void {
  const parsed = extractInput.safeParse({ file, ...options });
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'invalid arguments');
  const input = parsed.data;
  let html: string;
  try {
    html = readFileSync(input.file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${input.file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const source = sourceFor(input.url, io);
  const findings = extractFindings(html, { url: input.url, country: input.country, rules: source?.rules });
  const summary = summarise(findings);
  io.out(input.json ? `${JSON.stringify(summary)}\n` : table(summary, source, new URL(input.url).origin));
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
  await withInfra(deps, options, async (infra) => {
    const results = await provisionIndexKeys(await indexKeyTargets(infra), (line) => io.out(`${line}\n`));
    const existing = results.filter((r) => r.outcome === 'exists').map((r) => r.tenantId);
    if (existing.length > 0) io.out(`index keys already provisioned (checked they unwrap): ${existing.join(', ')}\n`);
  });
}

/** `adwarden migrate aad`: rewrites v1 envelopes (physical table in the AAD) as v2 (logical name). */
async function runMigrateAad(options: { tenant: string; table?: string; boundTable?: string; local?: boolean; dataDir?: string }, io: CliIo, deps: CliDeps): Promise<void> {
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
    .description('Extracts personal identifiers from classified-ad pages (see docs/).')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });

  program
    .command('extract')
    .description('extract identifiers from a saved ad page and print a summary')
    .argument('<file>', 'the saved page (HTML)')
    .requiredOption('--url <url>', 'the URL the page was fetched from (selects the source and its rules)')
    .requiredOption('--country <cc>', 'ISO 3166-1 alpha-2 code of the source, e.g. NO')
    .option('--json', 'print the summary as one line of JSON')
    .action((file: string, options: Record<string, unknown>) => runExtract(file, options, io));

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
    if (e instanceof UsageError) {
      io.err(`adwarden: ${e.message}\n`);
      return 2;
    }
    io.err(`adwarden: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
