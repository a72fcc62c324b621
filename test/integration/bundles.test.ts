import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/app.js';
import { functionName } from '../../lib/topology.js';
import { startSqsLocal, type SqsLocal } from '../../local/services/sqs-local.js';
import { defaultConfig } from '../infra/helpers.js';

/**
 * What `cdk deploy` would upload: the functions bundled by esbuild at synthesis, with the
 * config inlined. The schedule bundle runs through the AWS composition root (environment,
 * SDK clients) against local SQS, as it would in Lambda.
 */
describe('Lambda bundles from cdk synth', () => {
  const config = defaultConfig();
  const bundles = new Map<string, string>();
  let sqs: SqsLocal;
  const saved = { ...process.env };

  beforeAll(async () => {
    // Asset metadata (where each bundle lands) is what the CDK CLI turns on; the test asks for it.
    const { app, collect } = buildApp(config, { nag: false, appProps: { context: { 'aws:cdk:enable-asset-metadata': true } } });
    const assembly = app.synth();
    const template = assembly.getStackByName(collect.stackName).template as {
      Resources: Record<string, { Type: string; Properties: { FunctionName?: string }; Metadata?: Record<string, string> }>;
    };
    for (const r of Object.values(template.Resources)) {
      if (r.Type === 'AWS::Lambda::Function' && r.Properties.FunctionName && r.Metadata?.['aws:asset:path']) {
        bundles.set(r.Properties.FunctionName, join(assembly.directory, r.Metadata['aws:asset:path'], 'index.mjs'));
      }
    }
    sqs = await startSqsLocal({ stage: config.stage, region: config.region, visibilityTimeoutSeconds: 5 });
  });
  afterAll(async () => {
    process.env = saved;
    await sqs?.stop();
  });

  it('bundles every function into a module that exports its handler', async () => {
    expect([...bundles.keys()].sort()).toEqual(['crawlListing', 'extractAd', 'schedule'].map((f) => functionName('dev', f as never)).sort());
    for (const file of bundles.values()) {
      const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { handler?: unknown };
      expect(typeof mod.handler, file).toBe('function');
    }
  });

  it('runs the bundled schedule handler with the inlined config, queueing the source', async () => {
    Object.assign(process.env, {
      AWS_REGION: config.region,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_SQS: sqs.endpoint,
      ADWARDEN_QUEUE_LISTING_JOBS: sqs.urls.listingJobs,
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    });
    const mod = (await import(/* @vite-ignore */ pathToFileURL(bundles.get(functionName('dev', 'schedule'))!).href)) as {
      handler: (e: unknown, c: { awsRequestId: string }) => Promise<unknown>;
    };
    expect(await mod.handler({ sourceId: 'demo-classifieds' }, { awsRequestId: 'run-1' })).toEqual({ sourceId: 'demo-classifieds', runId: 'run-1', jobs: 1 });
    const r = await sqs.client.send(new ReceiveMessageCommand({ QueueUrl: sqs.urls.listingJobs, MaxNumberOfMessages: 10 }));
    expect(r.Messages?.map((m) => JSON.parse(m.Body!))).toEqual([
      { type: 'listing', sourceId: 'demo-classifieds', url: config.sources[0]!.startUrls[0], page: 1, runId: 'run-1' },
    ]);
    await expect(mod.handler({ sourceId: 'nope' }, { awsRequestId: 'run-2' })).rejects.toThrow('no source "nope" in the config');
  });
});
