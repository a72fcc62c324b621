import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
import { PLATFORM_INDEX_KEY_ITEM, TENANT_INDEX_KEY_ITEM } from '../../lambdas/adapters/aws/dynamodb-tenant-store.js';
import { startSqsLocal, type SqsLocal } from '../../local/services/sqs-local.js';
import { defaultConfig } from '../infra/helpers.js';

const run = promisify(execFile);
const PROVISIONER = 'indexKeyProvisioner';
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
    const { app, collect, api, rights, data } = buildApp(config, { nag: false, appProps: { outdir, context: { 'aws:cdk:enable-asset-metadata': true } } });
    const assembly = app.synth();
    type R = { Type: string; Properties: { FunctionName?: string; Layers?: { Ref: string }[] }; Metadata?: Record<string, string> };
    // Every function of the topology, in whichever stack builds it (collect, API, rights).
    const resources: Record<string, R> = Object.assign(
      {},
      ...[collect, api, rights].map((st) => (assembly.getStackByName(st.stackName).template as { Resources: Record<string, R> }).Resources),
    ) as Record<string, R>;
    const assetOf = (r: R) => join(assembly.directory, r.Metadata!['aws:asset:path']!);
    for (const [key, decl] of Object.entries(FUNCTIONS)) {
      const name = functionName(config.stage, key as keyof typeof FUNCTIONS);
      const r = Object.values(resources).find((x) => x.Type === 'AWS::Lambda::Function' && x.Properties.FunctionName === name);
      if (!r) throw new Error(`no synthesized function named ${name} for topology entry ${key}`);
      fns.set(key, {
        name,
        browser: decl.browser,
        asset: assetOf(r),
        layers: (r.Properties.Layers ?? []).map((l) => assetOf(resources[l.Ref]!)),
      });
    }
    // The deploy-time index-key provisioner (data stack, custom-resource onEvent handler).
    const dataResources = (assembly.getStackByName(data.stackName).template as { Resources: Record<string, R> }).Resources;
    const provisioner = dataResources[data.getLogicalId(data.indexKeys.function.node.defaultChild as never)]!;
    fns.set(PROVISIONER, { name: 'index-key-provisioner', browser: false, asset: assetOf(provisioner), layers: [] });
    sqs = await startSqsLocal({ stage: config.stage, region: config.region, visibilityTimeoutSeconds: 5 });
  }, 900_000); // one esbuild bundle per function (about 20), slow on a busy 2-core machine

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
    expect([...fns.keys()].sort()).toEqual([...Object.keys(FUNCTIONS), PROVISIONER].sort());
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
      // Functions without a browser carry no browser code at all (no import chain reaches it).
      if (!fn.browser) expect(readFileSync(file, 'utf8'), fn.name).not.toMatch(/puppeteer-core|@sparticuz\/chromium/);
    }
  });

  it('runs the bundled schedule handler in the sandbox with the inlined config, recording the run and queueing the source', async () => {
    const fn = fns.get('schedule')!;
    // DynamoDB (the crawl-runs table) is the recording stand-in below: it proves which items are written.
    const ddb = await fakeAws();
    ddb.answers['DynamoDB_20120810.UpdateItem'] = [[200, {}]];
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
      AWS_ENDPOINT_URL_DYNAMODB: ddb.endpoint,
      ADWARDEN_QUEUE_LISTING_JOBS: sqs.urls.listingJobs,
      ADWARDEN_TABLE_CRAWL_RUNS: 'adwarden-dev-crawl-runs',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    });
    await ddb.close();
    expect(out).toEqual({ ok: { sourceId: 'demo-classifieds', runId: 'run-1', jobs: 1 }, bad: 'no source "nope" in the config' });
    // The run's counters item and the source's last-run pointer, with UpdateItem only.
    expect(ddb.calls.map((c) => [c.target, c.body.TableName, JSON.stringify(c.body.Key)])).toEqual([
      ['DynamoDB_20120810.UpdateItem', 'adwarden-dev-crawl-runs', JSON.stringify({ pk: { S: 'RUN#demo-classifieds#run-1' }, sk: { S: 'COUNTS' } })],
      ['DynamoDB_20120810.UpdateItem', 'adwarden-dev-crawl-runs', JSON.stringify({ pk: { S: 'SOURCE#demo-classifieds' }, sk: { S: 'LASTRUN' } })],
    ]);
    const r = await sqs.client.send(new ReceiveMessageCommand({ QueueUrl: sqs.urls.listingJobs, MaxNumberOfMessages: 10 }));
    expect(r.Messages?.map((m) => JSON.parse(m.Body!))).toEqual([
      { type: 'listing', sourceId: 'demo-classifieds', url: config.sources[0]!.startUrls[0], page: 1, runId: 'run-1' },
    ]);
  }, 60_000);

  /**
   * A loopback stand-in for STS, DynamoDB and KMS that records every call (target, body, the
   * access key that signed it) and answers as the real services do for the calls the
   * provisioner makes. No emulator of KMS exists; this one proves which calls are made, with
   * which keys, conditions and encryption context, and that none is made on Delete.
   */
  interface Call {
    readonly target: string;
    readonly body: Record<string, unknown>;
    readonly accessKey: string;
  }
  interface FakeAws {
    readonly endpoint: string;
    readonly calls: Call[];
    /** Per target, answers in order (the last repeats): [status, body]. */
    answers: Record<string, [number, unknown][]>;
    close(): Promise<void>;
  }
  async function fakeAws(): Promise<FakeAws> {
    const calls: Call[] = [];
    const fake = { calls, answers: {} as FakeAws['answers'] } as FakeAws & { answers: FakeAws['answers'] };
    const server: Server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        const accessKey = /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? '';
        const amzTarget = req.headers['x-amz-target'];
        if (!amzTarget) {
          const form = Object.fromEntries(new URLSearchParams(raw));
          calls.push({ target: `STS.${form.Action}`, body: form, accessKey });
          res.writeHead(200, { 'content-type': 'text/xml' });
          res.end(
            '<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>' +
              '<AccessKeyId>ASIAPROVISIONROLE</AccessKeyId><SecretAccessKey>secret</SecretAccessKey><SessionToken>token</SessionToken>' +
              '<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/r/s</Arn>' +
              '<AssumedRoleId>AROAFAKE:s</AssumedRoleId></AssumedRoleUser></AssumeRoleResult></AssumeRoleResponse>',
          );
          return;
        }
        const target = String(amzTarget);
        calls.push({ target, body: JSON.parse(raw || '{}') as Record<string, unknown>, accessKey });
        const queue = fake.answers[target] ?? [];
        const [status, body] = (queue.length > 1 ? queue.shift() : queue[0]) ?? [400, { __type: 'UnknownOperationException', message: target }];
        res.writeHead(status, { 'content-type': target.startsWith('TrentService') ? 'application/x-amz-json-1.1' : 'application/x-amz-json-1.0' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return Object.assign(fake, {
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () => new Promise<void>((r) => server.close(() => r())),
    });
  }

  describe('the index-key provisioner bundle, run as the custom-resource onEvent handler', () => {
    const KEY = 'arn:aws:kms:eu-north-1:123456789012:key/11111111-2222-3333-4444-555555555555';
    const ROLE = 'arn:aws:iam::123456789012:role/adwarden-dev-tenant-nordic-insurance-provision';
    const tenantProps = { ServiceToken: 'arn:aws:lambda:eu-north-1:123456789012:function:fw', TenantId: 'nordic-insurance', TableName: 'adwarden-dev-tenant-nordic-insurance', KeyId: KEY, RoleArn: ROLE, KeyItem: 'tenant' };
    const keyItem = { pk: { S: 'META' }, sk: { S: 'INDEX_KEY' }, wrapped: { B: Buffer.from('wrapped').toString('base64') }, keyVersion: { N: '1' }, normaliserVersion: { N: '1' }, createdAt: { S: '2026-01-01T00:00:00.000Z' } };
    const generated = { KeyId: KEY, Plaintext: Buffer.alloc(32, 7).toString('base64'), CiphertextBlob: Buffer.from('wrapped-by-kms').toString('base64') };
    let aws: FakeAws;
    beforeAll(async () => {
      aws = await fakeAws();
    });
    afterAll(async () => aws?.close());

    async function onEvent(event: Record<string, unknown>): Promise<unknown> {
      aws.calls.length = 0;
      const script = `
        const { handler } = await import(process.argv[1]);
        const r = await handler(${JSON.stringify(event)}, { awsRequestId: 'cfn-1' }).then((x) => ({ ok: x }), (e) => ({ error: e.name, message: e.message }));
        console.log(JSON.stringify(r));`;
      return inLambda(fns.get(PROVISIONER)!, script, {
        AWS_REGION: config.region,
        // The function's own credentials: every DynamoDB and KMS call must use the assumed role's instead.
        AWS_ACCESS_KEY_ID: 'AKIAFUNCTIONROLE',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_ENDPOINT_URL_STS: aws.endpoint,
        AWS_ENDPOINT_URL_DYNAMODB: aws.endpoint,
        AWS_ENDPOINT_URL_KMS: aws.endpoint,
        POWERTOOLS_LOG_LEVEL: 'SILENT',
      });
    }
    const targets = () => aws.calls.map((c) => c.target);

    it('Create on an empty table: assumes the provisioning role, checks, generates with the index-key context, puts only if absent', async () => {
      aws.answers = {
        'DynamoDB_20120810.GetItem': [[200, {}]],
        'DynamoDB_20120810.Scan': [[200, { Items: [], Count: 0, ScannedCount: 0 }]],
        'TrentService.GenerateDataKey': [[200, generated]],
        'DynamoDB_20120810.PutItem': [[200, {}]],
      };
      const out = await onEvent({ RequestType: 'Create', ResourceProperties: tenantProps });
      expect(out).toEqual({ ok: { PhysicalResourceId: 'adwarden-index-key:adwarden-dev-tenant-nordic-insurance:nordic-insurance', Data: { Outcome: 'created' } } });
      // The DynamoDB and KMS clients each fetch the assumed role's credentials (once or more).
      const assumes = aws.calls.filter((c) => c.target === 'STS.AssumeRole');
      expect(assumes.length).toBeGreaterThan(0);
      for (const a of assumes) expect(a.body).toMatchObject({ RoleArn: ROLE, RoleSessionName: 'adwarden-provision-nordic-insurance' });
      expect(targets().filter((t) => !t.startsWith('STS.'))).toEqual(['DynamoDB_20120810.GetItem', 'DynamoDB_20120810.Scan', 'TrentService.GenerateDataKey', 'DynamoDB_20120810.PutItem']);
      const [get, scan, gen, put] = aws.calls.filter((c) => !c.target.startsWith('STS.')) as [Call, Call, Call, Call];
      for (const c of [get, scan, gen, put]) expect(c.accessKey, c.target).toBe('ASIAPROVISIONROLE');
      expect(get.body).toMatchObject({ TableName: tenantProps.TableName, Key: { pk: { S: TENANT_INDEX_KEY_ITEM.pk }, sk: { S: TENANT_INDEX_KEY_ITEM.sk } }, ConsistentRead: true });
      // What the role's Scan statement requires: Select SPECIFIC_ATTRIBUTES of pk only.
      expect(scan.body).toMatchObject({ TableName: tenantProps.TableName, Select: 'SPECIFIC_ATTRIBUTES', ProjectionExpression: 'pk' });
      expect(gen.body).toEqual({ KeyId: KEY, KeySpec: 'AES_256', EncryptionContext: { purpose: 'index-key', tenant: 'nordic-insurance' } });
      expect(put.body).toMatchObject({
        TableName: tenantProps.TableName,
        ConditionExpression: 'attribute_not_exists(pk)',
        Item: { pk: { S: 'META' }, sk: { S: 'INDEX_KEY' }, wrapped: { B: generated.CiphertextBlob }, keyVersion: { N: '1' } },
      });
      expect(put.body.ReturnValues).toBeUndefined();
      // The plaintext data key is never stored.
      expect(JSON.stringify(put.body)).not.toContain(generated.Plaintext);
    }, 60_000);

    it('Update with the key in place: keeps it (no KMS call at all, no write) and keeps the physical id', async () => {
      aws.answers = { 'DynamoDB_20120810.GetItem': [[200, { Item: keyItem }]] };
      const out = await onEvent({ RequestType: 'Update', PhysicalResourceId: 'first-id', ResourceProperties: tenantProps, OldResourceProperties: tenantProps });
      expect(out).toEqual({ ok: { PhysicalResourceId: 'first-id', Data: { Outcome: 'exists' } } });
      expect(targets().filter((t) => !t.startsWith('STS.'))).toEqual(['DynamoDB_20120810.GetItem']);
    }, 60_000);

    it('Delete: makes no call at all (the key item stays), and answers with the same physical id', async () => {
      aws.answers = {};
      const out = await onEvent({ RequestType: 'Delete', PhysicalResourceId: 'first-id', ResourceProperties: tenantProps });
      expect(out).toEqual({ ok: { PhysicalResourceId: 'first-id' } });
      expect(aws.calls).toEqual([]);
    }, 60_000);

    it('refuses a table that holds data but no key item: no key generated, nothing written, the deploy fails with the reason', async () => {
      aws.answers = {
        'DynamoDB_20120810.GetItem': [[200, {}]],
        'DynamoDB_20120810.Scan': [[200, { Items: [{ pk: { S: 'AD#x' } }], Count: 1, ScannedCount: 1 }]],
      };
      const out = await onEvent({ RequestType: 'Create', ResourceProperties: tenantProps });
      expect(out).toMatchObject({ error: 'IndexKeyProvisioningError', message: expect.stringContaining('holds indexed data') });
      expect(targets().filter((t) => !t.startsWith('STS.'))).toEqual(['DynamoDB_20120810.GetItem', 'DynamoDB_20120810.Scan']);
    }, 60_000);

    it('two provisioners racing: the conditional put that loses reports "exists" and overwrites nothing', async () => {
      aws.answers = {
        'DynamoDB_20120810.GetItem': [[200, {}]],
        'DynamoDB_20120810.Scan': [[200, { Items: [], Count: 0, ScannedCount: 0 }]],
        'TrentService.GenerateDataKey': [[200, generated]],
        'DynamoDB_20120810.PutItem': [[400, { __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException', message: 'The conditional request failed' }]],
      };
      const out = await onEvent({ RequestType: 'Create', ResourceProperties: tenantProps });
      expect(out).toMatchObject({ ok: { Data: { Outcome: 'exists' } } });
      expect(targets().filter((t) => t.endsWith('PutItem'))).toHaveLength(1);
    }, 60_000);

    it('the platform key: its own item in the suppression table, context tenant=platform; a refusal by IAM is retried, others are not', async () => {
      aws.answers = {
        'DynamoDB_20120810.GetItem': [[200, {}]],
        'DynamoDB_20120810.Scan': [[200, { Items: [], Count: 0, ScannedCount: 0 }]],
        // A policy created in the same deploy may not have propagated yet: refused once, then allowed.
        'TrentService.GenerateDataKey': [[400, { __type: 'AccessDeniedException', message: 'not authorized' }], [200, generated]],
        'DynamoDB_20120810.PutItem': [[200, {}]],
      };
      const platformProps = { ...tenantProps, TenantId: 'platform', TableName: 'adwarden-dev-suppression', KeyItem: 'platform', RoleArn: ROLE.replace('tenant-nordic-insurance', 'platform') };
      const out = await onEvent({ RequestType: 'Create', ResourceProperties: platformProps });
      expect(out).toMatchObject({ ok: { Data: { Outcome: 'created' } } });
      const gens = aws.calls.filter((c) => c.target === 'TrentService.GenerateDataKey');
      expect(gens).toHaveLength(2);
      for (const g of gens) expect(g.body.EncryptionContext).toEqual({ purpose: 'index-key', tenant: 'platform' });
      const put = aws.calls.find((c) => c.target.endsWith('PutItem'))!;
      expect(put.body).toMatchObject({ TableName: 'adwarden-dev-suppression', Item: { pk: { S: PLATFORM_INDEX_KEY_ITEM.pk } } });
      expect((put.body.Item as Record<string, unknown>).sk).toBeUndefined();

      // A tenant id that does not match the item kind, or a property the construct never writes, is refused before any call.
      for (const bad of [{ ...tenantProps, KeyItem: 'platform' }, { ...platformProps, KeyItem: 'tenant' }, { ...tenantProps, Extra: 'x' }]) {
        const r = await onEvent({ RequestType: 'Create', ResourceProperties: bad });
        expect(r, JSON.stringify(bad)).toMatchObject({ error: 'ProvisionEventError' });
        expect(aws.calls).toEqual([]);
      }
    }, 120_000);
  });
});
