/**
 * The `adwarden` command. `buildCli()` returns the commander program so other subcommands
 * (e.g. `start`) can be added next to `extract`; `runCli()` runs it and maps every failure to
 * an exit code with one line on stderr, never a stack trace.
 *
 *   adwarden extract page.html --url https://www.example.no/ad/1 --country NO [--json]
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { ConfigError, configSchema, loadConfig, type Source } from '../lib/config.js';
import { extractFindings, summarise, type FindingsSummary } from '../lambdas/collect/extract/index.js';
import { boundNesting } from '../lambdas/collect/fetch/nesting.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

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
function readCapped(file: string, maxBytes: number): string {
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
    return new TextDecoder('utf-8').decode(buffer.subarray(0, total));
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
  const { source, maxPageBytes } = sourceFor(input.url, io);
  // Bounded as the crawler bounds a fetched page: size first, then nesting.
  const html = boundNesting(readCapped(input.file, maxPageBytes)).html;
  const findings = extractFindings(html, { url: input.url, country: input.country, rules: source?.rules });
  const summary = summarise(findings);
  io.out(input.json ? `${JSON.stringify(summary)}\n` : table(summary, source, new URL(input.url).origin));
}

export function buildCli(io: CliIo = processIo): Command {
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

  return program;
}

/** Runs the CLI on `args` (without node and script) and returns the exit code. */
export async function runCli(args: string[], io: CliIo = processIo): Promise<number> {
  try {
    await buildCli(io).parseAsync(args, { from: 'user' });
    return 0;
  } catch (e) {
    // Commander has already printed its own one-line message (or the help text).
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.err(`adwarden: ${e.message}\n`);
      return 2;
    }
    io.err(`adwarden: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
