import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/app.js';
import { defaultConfig, NO_BUNDLING } from './helpers.js';

describe('cdk-nag on the whole app (default config)', () => {
  it('finds nothing unacknowledged in AwsSolutions or Serverless, with at most 40 kinds of acknowledgement, each with a reason', () => {
    const { app } = buildApp(defaultConfig(), { nag: false, appProps: NO_BUNDLING });
    const acknowledged: { rule: string; reason: string }[] = [];
    for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
      const report = pack.validateScope(app);
      expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath ?? r.resourceLogicalId).join(',')}`)).toEqual([]);
      expect(report.success).toBe(true);
    }
    // Acknowledgements are construct metadata; count the distinct ones across the tree.
    for (const node of app.node.findAll()) {
      for (const m of node.node.metadata) {
        if (m.type === 'aws:cdk:acknowledged-rules' || /acknowledg/i.test(m.type)) {
          for (const [rule, reason] of Object.entries(m.data as Record<string, string>)) acknowledged.push({ rule, reason: String(reason) });
        }
      }
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    // Distinct kinds of acknowledgement (the same rule with the same reason on each function's role
    // counts once): the pipeline and data stacks, deploy-time provisioning (several on the
    // custom-resource framework function aws-cdk-lib generates), the API and the rights workflow
    // (37 kinds on 2026-11-29; most are one rule per task function's log-stream or version ARN).
    const kinds = new Set(acknowledged.map((a) => `${a.rule.replace(/\[.*\]$/, '')} ${a.reason.replace(/\S*\.Arn\S*/g, '')}`));
    expect(kinds.size).toBeLessThanOrEqual(40);
    for (const a of acknowledged) expect(a.reason.length, a.rule).toBeGreaterThan(40);
  });

  it('synthesis (as buildApp registers cdk-nag) stops on an unacknowledged finding, naming it', () => {
    const { app, collect } = buildApp(defaultConfig(), {
      appProps: {
        outdir: mkdtempSync(join(tmpdir(), 'adwarden-nag-')),
        // In-memory app mode: the thrown error carries the validation report, as the CLI prints it.
        context: { ...NO_BUNDLING.context, '@aws-cdk/core:appMode': 'inmemory' },
      },
    });
    // A colleague's queue without SSL enforcement or a dead-letter queue.
    new sqs.Queue(collect, 'Careless');
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS[34][\s\S]*Careless|Careless[\s\S]*AwsSolutions-SQS[34]/);
  }, 180_000);
});
