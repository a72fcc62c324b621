/**
 * The `adwarden` command. `buildCli()` returns the commander program so other subcommands
 * (e.g. `start`) can be added next to `extract`; `runCli()` runs it and maps every failure to
 * an exit code with one line on stderr, never a stack trace.
 *
 *   adwarden extract page.html --url https://www.example.no/ad/1 --country NO [--json]
 */
import { addRightsCommands, ReplayUsageError } from './cli-rights.js';
import { readFileSync } from 'node:fs';
import { createInterface, type Interface as ReadlineInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { ConfigError, loadConfig, type Source } from '../lib/config.js';
import { extractFindings, summarise, type FindingsSummary } from '../lambdas/collect/extract/index.js';
import { ApiCliError, addApiCommands } from './cli-api.js';
import { SignInError } from './cognito-auth.js';
import { StateError } from './api-state.js';

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

export function buildCli(io: CliIo = processIo): Command {
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
    .action((file: string, options: Record<string, unknown>) => runExtract(file, options, io));

  addApiCommands(program, { out: io.out, err: io.err, ask: io.ask ?? processIo.ask! });
  addRightsCommands(program, { out: io.out });
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
    if (e instanceof UsageError || e instanceof ReplayUsageError) {
      io.err(`adwarden: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ApiCliError) {
      io.err(`adwarden: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof SignInError || e instanceof StateError) {
      io.err(`adwarden: ${e.message}\n`);
      return 1;
    }
    io.err(`adwarden: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
