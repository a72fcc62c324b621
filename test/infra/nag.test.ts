import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
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
});
