import { execFile } from 'node:child_process';
import { builtinModules } from 'node:module';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/app.js';
import { FUNCTIONS, functionName } from '../../lib/topology.js';
import { startSqsLocal, type SqsLocal } from '../../local/services/sqs-local.js';
import { defaultConfig } from '../infra/helpers.js';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '../..');

interface Fn {
  readonly name: string;
  readonly browser: boolean;
  readonly asset: string;
  readonly layers: readonly string[];
}

/**
 * What `cdk deploy` would upload, loaded as Lambda loads it: each function's synthesized
 * asset is copied to /var/task of a sandbox under the OS temp folder (outside the repository,
 * so its node_modules cannot be found), beside the only modules Lambda provides: the nodejs24.x
 * runtime's AWS SDK v3 (/var/runtime/node_modules/@aws-sdk, here links to the repository's
 * packages) and the function's own layers unpacked at /opt/nodejs. Node's ES-module resolution
 * ignores NODE_PATH, so the sandbox also gets a node_modules folder above /var/task holding
 * links to exactly those modules. The bundle is imported by a separate `node` process.
 */
describe('Lambda bundles from cdk synth, loaded with only the runtime and their layers', () => {
  const config = defaultConfig();
  const fns = new Map<string, Fn>();
  const sandboxes: string[] = [];
  let outdir: string;
  let sqs: SqsLocal;

  beforeAll(async () => {
    outdir = mkdtempSync(join(tmpdir(), 'adw-cdkout-'));
    // Asset metadata (where each bundle lands) is what the CDK CLI turns on; the test asks for it.
    const { app, collect } = buildApp(config, { nag: false, appProps: { outdir, context: { 'aws:cdk:enable-asset-metadata': true } } });
    const assembly = app.synth();
    type R = { Type: string; Properties: { FunctionName?: string; Layers?: { Ref: string }[] }; Metadata?: Record<string, string> };
    const resources = (assembly.getStackByName(collect.stackName).template as { Resources: Record<string, R> }).Resources;
    const assetOf = (r: R) => join(assembly.directory, r.Metadata!['aws:asset:path']!);
    for (const [key, decl] of Object.entries(FUNCTIONS)) {
      const name = functionName(config.stage, key as keyof typeof FUNCTIONS);
      const r = Object.values(resources).find((x) => x.Type === 'AWS::Lambda::Function' && x.Properties.FunctionName === name)!;
      fns.set(key, {
        name,
        browser: decl.browser,
        asset: assetOf(r),
        layers: (r.Properties.Layers ?? []).map((l) => assetOf(resources[l.Ref]!)),
      });
    }
    sqs = await startSqsLocal({ stage: config.stage, region: config.region, visibilityTimeoutSeconds: 5 });
  }, 300_000);

  afterAll(async () => {
    await sqs?.stop();
    for (const dir of [...sandboxes, outdir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** /var/task, /var/runtime/node_modules/@aws-sdk/*, /opt/nodejs, and the links ESM resolution follows. */
  function sandbox(fn: Fn): { root: string; task: string; env: Record<string, string> } {
    const root = mkdtempSync(join(tmpdir(), 'adw-lambda-'));
    sandboxes.push(root);
    const task = join(root, 'var', 'task');
    cpSync(fn.asset, task, { recursive: true });
    const runtimeModules = join(root, 'var', 'runtime', 'node_modules');
    mkdirSync(join(runtimeModules, '@aws-sdk'), { recursive: true });
    for (const pkg of readdirSync(join(REPO, 'node_modules', '@aws-sdk'))) {
      symlinkSync(join(REPO, 'node_modules', '@aws-sdk', pkg), join(runtimeModules, '@aws-sdk', pkg), 'dir');
    }
    const opt = join(root, 'opt');
    for (const layer of fn.layers) cpSync(layer, opt, { recursive: true });
    const layerModules = join(opt, 'nodejs', 'node_modules');
    const visible = join(root, 'node_modules');
    mkdirSync(visible);
    for (const base of [runtimeModules, ...(existsSync(layerModules) ? [layerModules] : [])]) {
      for (const entry of readdirSync(base)) {
        const names = entry.startsWith('@') ? readdirSync(join(base, entry)).map((p) => `${entry}/${p}`) : [entry];
        for (const n of names) {
          mkdirSync(join(visible, n, '..'), { recursive: true });
          if (!existsSync(join(visible, n))) symlinkSync(join(base, n), join(visible, n), 'dir');
        }
      }
    }
    const env = {
      PATH: process.env.PATH ?? '',
      LAMBDA_TASK_ROOT: task,
      // As Lambda sets it (used by require(), ignored by import).
      NODE_PATH: [join(opt, 'nodejs', 'node24', 'node_modules'), layerModules, runtimeModules, join(root, 'var', 'runtime'), task].join(':'),
    };
    return { root, task, env };
  }

  /** Runs a module script in a fresh node process inside the sandbox; returns its last stdout line as JSON. */
  async function inLambda(fn: Fn, script: string, extraEnv: Record<string, string> = {}): Promise<unknown> {
    const { task, env } = sandbox(fn);
    const bundle = pathToFileURL(join(task, 'index.mjs')).href;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script, bundle], {
      cwd: task,
      env: { ...env, ...extraEnv },
      timeout: 60_000,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1)!);
  }

  it('loads every function bundle in a folder where the repository cannot be found, and finds `handler` exported', async () => {
    expect([...fns.keys()].sort()).toEqual(Object.keys(FUNCTIONS).sort());
    for (const fn of fns.values()) {
      expect(fn.asset.startsWith(REPO), fn.asset).toBe(false);
      const loaded = await inLambda(fn, 'const m = await import(process.argv[1]); console.log(JSON.stringify({ handler: typeof m.handler }));').catch(
        (e: { stderr?: string }) => ({ error: (e.stderr ?? String(e)).split('\n').find((l) => /Error|Cannot/.test(l)) }),
      );
      expect(loaded, fn.name).toEqual({ handler: 'function' });
    }
  }, 120_000);

  it('fails to load when a module the bundle needs is missing (the sandbox is not leaky)', async () => {
    // The crawl function without its Chromium layer: @sparticuz/chromium cannot be found.
    const crawl = fns.get('crawlListing')!;
    await expect(inLambda({ ...crawl, layers: [] }, 'await import(process.argv[1]); console.log("{}")')).rejects.toThrow(/ERR_MODULE_NOT_FOUND|Cannot find package '@sparticuz\/chromium'/);
  }, 60_000);

  it('leaves external only node built-ins and, for browser functions, the layer\'s @sparticuz/chromium; ships no source maps', async () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const fn of fns.values()) {
      const files = readdirSync(fn.asset);
      expect(files, fn.name).toEqual(['index.mjs']);
      const file = join(fn.asset, 'index.mjs');
      expect(readFileSync(file, 'utf8')).not.toContain('sourceMappingURL=');
      // esbuild re-parses the bundle and reports every import it makes (static, dynamic, require):
      // the exact set of modules the bundle expects the environment to provide.
      const meta = await esbuild.build({
        entryPoints: [file],
        bundle: true,
        write: false,
        metafile: true,
        platform: 'node',
        format: 'esm',
        logLevel: 'silent',
        plugins: [
          {
            name: 'all-external',
            setup(b) {
              b.onResolve({ filter: /.*/ }, (a) => (a.kind === 'entry-point' ? undefined : { path: a.path, external: true }));
            },
          },
        ],
      });
      const imports = Object.values(meta.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
      const external = [...new Set(imports.filter((p) => !builtins.has(p) && !p.startsWith('data:')))].sort();
      expect(external, fn.name).toEqual(fn.browser ? ['@sparticuz/chromium'] : []);
      if (!fn.browser) expect(readFileSync(file, 'utf8'), fn.name).not.toMatch(/puppeteer-core|@sparticuz\/chromium/);
    }
  });

  it('runs the bundled schedule handler in the sandbox with the inlined config, queueing the source', async () => {
    const fn = fns.get('schedule')!;
    const script = `
      const { handler } = await import(process.argv[1]);
      const ok = await handler({ sourceId: 'demo-classifieds' }, { awsRequestId: 'run-1' });
      const bad = await handler({ sourceId: 'nope' }, { awsRequestId: 'run-2' }).then(() => 'resolved', (e) => e.message);
      console.log(JSON.stringify({ ok, bad }));`;
    const out = await inLambda(fn, script, {
      AWS_REGION: config.region,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_SQS: sqs.endpoint,
      ADWARDEN_QUEUE_LISTING_JOBS: sqs.urls.listingJobs,
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    });
    expect(out).toEqual({ ok: { sourceId: 'demo-classifieds', runId: 'run-1', jobs: 1 }, bad: 'no source "nope" in the config' });
    const r = await sqs.client.send(new ReceiveMessageCommand({ QueueUrl: sqs.urls.listingJobs, MaxNumberOfMessages: 10 }));
    expect(r.Messages?.map((m) => JSON.parse(m.Body!))).toEqual([
      { type: 'listing', sourceId: 'demo-classifieds', url: config.sources[0]!.startUrls[0], page: 1, runId: 'run-1' },
    ]);
  }, 60_000);
});
