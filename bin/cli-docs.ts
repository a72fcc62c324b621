/**
 * `adwarden docs`: synthesizes the deployment for the config (in process, as `cdk synth` does,
 * with cdk.json's context) or reads an assembly `cdk synth` wrote (`--assembly cdk.out`), hands
 * the templates to the generator (lib/compliance/) and writes the documents, or with `--check`
 * only compares them with the files already there (CI: the checked-in documents cannot drift).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CloudAssembly } from 'aws-cdk-lib/cx-api';
import type { Command } from 'commander';
import { buildApp } from '../lib/app.js';
import type { Config } from '../lib/config.js';
import { DOCUMENT_FILES, generateComplianceDocs, type DocumentFile, type StackTemplate } from '../lib/compliance/index.js';

const ROOT = resolve(import.meta.dirname, '..');

/** Where the documents live in the repository. */
export const DEFAULT_DOCS_DIR = 'docs/compliance';

/** The checked-in documents differ from what the generator produces: exit code 1. */
export class DocsOutOfDateError extends Error {
  override readonly name = 'DocsOutOfDateError';
  constructor(
    readonly files: readonly string[],
    options?: ErrorOptions,
  ) {
    super(`out of date (run \`npx adwarden docs\`): ${files.join(', ')}`, options);
  }
}

/** The assembly directory does not hold this config's stacks: exit code 2. */
export class AssemblyMismatchError extends Error {
  override readonly name = 'AssemblyMismatchError';
}

/** Every stack of a cloud assembly (nested stages included), with its region and template. */
export function stacksOf(assembly: CloudAssembly): StackTemplate[] {
  return assembly.stacksRecursively.map((s) => ({
    stackName: s.stackName,
    region: s.environment.region === 'unknown-region' ? undefined : s.environment.region,
    template: s.template as StackTemplate['template'],
  }));
}

/**
 * The context `cdk synth` gives the app: cdk.json's (feature flags change templates, e.g.
 * `@aws-cdk/aws-iam:minimizePolicies`), plus no asset bundling: bundling changes only the
 * code assets' hashes, which no document states.
 */
function synthContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
  return { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] };
}

/** Builds the app for `config` as `cdk synth` would (residency check included), into `outdir`. */
export function synthesizeAssembly(config: Config, outdir: string): CloudAssembly {
  const { app } = buildApp(config, { nag: false, appProps: { outdir, context: synthContext() } });
  return app.synth();
}

/** The stacks' templates of `synthesizeAssembly`, from a temporary directory removed afterwards. */
export function synthesizeStacks(config: Config): StackTemplate[] {
  const outdir = mkdtempSync(join(tmpdir(), 'adwarden-docs-'));
  try {
    return stacksOf(synthesizeAssembly(config, outdir));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

export function readAssembly(dir: string, config: Config): StackTemplate[] {
  const stacks = stacksOf(new CloudAssembly(resolve(dir)));
  const prefix = `adwarden-${config.stage}-`;
  if (stacks.length === 0 || !stacks.every((s) => s.stackName.startsWith(prefix))) {
    throw new AssemblyMismatchError(`${dir} does not hold the stacks of stage "${config.stage}" (found: ${stacks.map((s) => s.stackName).join(', ') || 'none'}); synthesize with the same config`);
  }
  return stacks;
}

export interface DocsOptions {
  readonly out?: string;
  readonly assembly?: string;
  readonly check?: boolean;
}

/** Generates the documents; writes them (or compares them, with check) and returns a line per file. */
export function runDocs(config: Config, options: DocsOptions): string[] {
  const stacks = options.assembly ? readAssembly(options.assembly, config) : synthesizeStacks(config);
  const docs = generateComplianceDocs({ config, stacks });
  const out = options.out ?? DEFAULT_DOCS_DIR;
  if (options.check) {
    const stale = DOCUMENT_FILES.filter((f) => current(join(out, f)) !== docs[f]);
    if (stale.length > 0) throw new DocsOutOfDateError(stale.map((f) => join(out, f)));
    return DOCUMENT_FILES.map((f) => `up to date: ${join(out, f)}`);
  }
  mkdirSync(out, { recursive: true });
  return DOCUMENT_FILES.map((f: DocumentFile) => {
    writeFileSync(join(out, f), docs[f]);
    return `wrote ${join(out, f)}`;
  });
}

function current(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function addDocsCommands(program: Command, io: { out(text: string): void }, config: () => Config): void {
  program
    .command('docs')
    .description(
      'write the compliance documents (records of processing, technical and organisational measures, legitimate-interest assessments) ' +
        'generated from the config and the synthesized templates',
    )
    .option('--out <dir>', 'where to write them', DEFAULT_DOCS_DIR)
    .option('--assembly <dir>', 'read the templates from a cloud assembly `cdk synth` wrote (e.g. cdk.out) instead of synthesizing in process')
    .option('--check', 'write nothing; fail (exit 1) if the files in --out differ from what would be written')
    .action((options: DocsOptions) => {
      for (const line of runDocs(config(), options)) io.out(`${line}\n`);
    });
}
