/**
 * Breach response (issue 8 point 3): every signal that matters raises an alarm, and every alarm
 * reaches the operators' topic, which is encrypted with its own key in the deployment's region.
 * Read from the synthesized templates of the whole app (default config).
 */
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/app.js';
import { ACCESS_DENIED_PATTERN, operatorTopicName } from '../../lib/constructs/operator-alerts.js';
import { WAF_BLOCKED_SPIKE } from '../../lib/stacks/api-stack.js';
import { functionName } from '../../lib/topology.js';
import { defaultConfig, NO_BUNDLING } from './helpers.js';

type Resource = { Type: string; Properties: Record<string, unknown> };
type TemplateJson = { Resources: Record<string, Resource> };

const config = defaultConfig();
const stage = config.stage;
let templates: Record<'data' | 'collect' | 'api' | 'rights', TemplateJson>;
let data: Template;

beforeAll(() => {
  const built = buildApp(config, { nag: false, appProps: NO_BUNDLING });
  data = Template.fromStack(built.data);
  templates = {
    data: data.toJSON() as TemplateJson,
    collect: Template.fromStack(built.collect).toJSON() as TemplateJson,
    api: Template.fromStack(built.api).toJSON() as TemplateJson,
    rights: Template.fromStack(built.rights).toJSON() as TemplateJson,
  };
});

const ofType = (t: TemplateJson, type: string) => Object.entries(t.Resources).filter(([, r]) => r.Type === type);
const alarms = (t: TemplateJson) => ofType(t, 'AWS::CloudWatch::Alarm').map(([id, r]) => ({ id, ...r.Properties }) as Record<string, unknown> & { id: string });

/** The operators' topic ARN as every stack computes it: arn:<partition>:sns:<the config's region>:<account>:adwarden-<stage>-operators. */
function isOperatorTopicArn(arn: unknown): boolean {
  const s = JSON.stringify(arn);
  return s.includes(`:sns:${config.region}:`) && s.endsWith(`:${operatorTopicName(stage)}"]]}`);
}

/** The logical ids of every queue some resource dead-letters into (redrive, Lambda async, Scheduler). */
function deadLetterQueueIds(t: TemplateJson): string[] {
  const refs = new Set<string>();
  const arnOf = (v: unknown) => {
    const m = JSON.stringify(v ?? null).match(/"Fn::GetAtt":\["([^"]+)","Arn"\]/);
    if (m) refs.add(m[1]!);
  };
  for (const r of Object.values(t.Resources)) {
    if (r.Type === 'AWS::SQS::Queue') arnOf((r.Properties.RedrivePolicy as { deadLetterTargetArn?: unknown } | undefined)?.deadLetterTargetArn);
    if (r.Type === 'AWS::Lambda::Function') arnOf((r.Properties.DeadLetterConfig as { TargetArn?: unknown } | undefined)?.TargetArn);
    if (r.Type === 'AWS::Scheduler::Schedule') arnOf((r.Properties.Target as { DeadLetterConfig?: { Arn?: unknown } }).DeadLetterConfig?.Arn);
  }
  return [...refs];
}

describe("the operators' topic", () => {
  it('is one SNS topic with a literal name, encrypted with its own rotating key, refusing plain HTTP', () => {
    data.resourceCountIs('AWS::SNS::Topic', 1);
    const [[, topic]] = ofType(templates.data, 'AWS::SNS::Topic') as [[string, Resource]];
    expect(topic.Properties.TopicName).toBe(operatorTopicName(stage));
    const keyId = (topic.Properties.KmsMasterKeyId as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const key = templates.data.Resources[keyId]!;
    expect(key.Type).toBe('AWS::KMS::Key');
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.Properties.MultiRegion).not.toBe(true);
    // The key is the topic's alone: no table, vault or log group uses it.
    const users = Object.entries(templates.data.Resources).filter(([id, r]) => id !== keyId && JSON.stringify(r).includes(`"${keyId}"`));
    expect(users.map(([, r]) => r.Type).sort()).toEqual(['AWS::KMS::Alias', 'AWS::SNS::Topic']);
    data.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('is e-mailed to operatorEmail when configured, and to nobody by default', () => {
    data.resourceCountIs('AWS::SNS::Subscription', 0);
    const withEmail = buildApp({ ...config, operatorEmail: 'ops@adwarden.example' }, { nag: false, appProps: NO_BUNDLING });
    const t = Template.fromStack(withEmail.data);
    t.resourceCountIs('AWS::SNS::Subscription', 1);
    const [[topicId]] = ofType(t.toJSON() as TemplateJson, 'AWS::SNS::Topic') as [[string, Resource]];
    t.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@adwarden.example', TopicArn: { Ref: topicId } });
    // Every other stack still has no topic of its own.
    for (const st of [withEmail.collect, withEmail.api, withEmail.rights]) Template.fromStack(st).resourceCountIs('AWS::SNS::Topic', 0);
  });

  it("lets CloudWatch alarms of this account, and only them, use the key and publish", () => {
    const [[, topic]] = ofType(templates.data, 'AWS::SNS::Topic') as [[string, Resource]];
    const keyId = (topic.Properties.KmsMasterKeyId as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const statements = (templates.data.Resources[keyId]!.Properties.KeyPolicy as { Statement: Record<string, unknown>[] }).Statement;
    const forCloudWatch = statements.filter((s) => JSON.stringify(s.Principal).includes('cloudwatch.amazonaws.com'));
    expect(forCloudWatch).toHaveLength(1);
    expect(forCloudWatch[0]!.Action).toEqual(['kms:Decrypt', 'kms:GenerateDataKey*']);
    expect(JSON.stringify(forCloudWatch[0]!.Condition)).toContain('aws:SourceAccount');
    // No one else may use the key for data: other statements administer it or read metadata.
    for (const s of statements.filter((x) => x !== forCloudWatch[0])) {
      expect([s.Action].flat()).not.toContain('kms:Decrypt');
      expect([s.Action].flat()).not.toContain('kms:GenerateDataKey*');
    }
    data.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Allow', Action: 'sns:Publish', Principal: { Service: 'cloudwatch.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': Match.anyValue() } } }),
        ]),
      },
    });
  });
});

describe('breach-response alarms', () => {
  it('every alarm of every stack notifies the operators when it fires and when it clears', () => {
    let count = 0;
    for (const t of Object.values(templates)) {
      for (const a of alarms(t)) {
        count++;
        expect(a.AlarmActions as unknown[], a.id).toHaveLength(1);
        expect(isOperatorTopicArn((a.AlarmActions as unknown[])[0]), a.id).toBe(true);
        expect(isOperatorTopicArn((a.OKActions as unknown[] | undefined)?.[0]), a.id).toBe(true);
      }
    }
    expect(count).toBeGreaterThanOrEqual(10);
  });

  it.each(['data', 'collect', 'api', 'rights'] as const)('every dead-letter queue of the %s stack has an alarm at its first message', (stack) => {
    const t = templates[stack];
    const dlqs = deadLetterQueueIds(t);
    // Today: four in collect, the scheduled job's in the API stack, none elsewhere (synchronous invocations).
    expect(dlqs.length).toBe({ data: 0, collect: 4, api: 1, rights: 0 }[stack]);
    for (const q of dlqs) {
      const on = alarms(t).filter((a) => JSON.stringify(a.Dimensions) === JSON.stringify([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [q, 'QueueName'] } }]));
      expect(on, `alarm on ${q}`).toHaveLength(1);
      expect(on[0]).toMatchObject({ Namespace: 'AWS/SQS', MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    }
  });

  it('the collect stack has all four of its dead-letter queues (two job queues, scheduler target, async invoke) under alarm', () => {
    expect(deadLetterQueueIds(templates.collect)).toHaveLength(4);
    expect(alarms(templates.collect).filter((a) => a.Namespace === 'AWS/SQS')).toHaveLength(4);
  });

  it.each(['collect', 'api', 'rights'] as const)('every function log group of the %s stack counts access denials and KMS key errors into an alarmed metric', (stack) => {
    const t = templates[stack];
    const groups = new Set(
      ofType(t, 'AWS::Lambda::Function').map(([, f]) => JSON.stringify((f.Properties.LoggingConfig as { LogGroup: unknown }).LogGroup)),
    );
    expect(groups.size).toBeGreaterThan(0);
    const filters = ofType(t, 'AWS::Logs::MetricFilter').map(([, r]) => r.Properties);
    const metrics = new Set<string>();
    for (const g of groups) {
      const on = filters.filter((f) => JSON.stringify(f.LogGroupName) === g && f.FilterPattern === ACCESS_DENIED_PATTERN);
      expect(on, g).toHaveLength(1);
      const mt = (on[0]!.MetricTransformations as { MetricNamespace: string; MetricName: string; MetricValue: string }[])[0]!;
      expect(mt.MetricNamespace).toBe(`adwarden/${stage}`);
      expect(mt.MetricValue).toBe('1');
      metrics.add(mt.MetricName);
    }
    // One metric per stack, and an alarm on it from the first refusal.
    expect(metrics.size).toBe(1);
    const [metric] = [...metrics];
    const on = alarms(t).filter((a) => a.MetricName === metric && a.Namespace === `adwarden/${stage}`);
    expect(on).toHaveLength(1);
    expect(on[0]).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', Statistic: 'Sum' });
  });

  it('the access-denied pattern names what the functions log: the error names of KMS, STS and DynamoDB refusals (OR, not AND)', () => {
    const terms = ACCESS_DENIED_PATTERN.split(' ');
    expect(terms.every((t) => t.startsWith('?'))).toBe(true);
    for (const name of ['AccessDeniedException', 'AccessDenied', 'KMSAccessDeniedException', 'DisabledException', 'KMSInvalidStateException', 'InvalidCiphertextException']) {
      expect(terms).toContain(`?${name}`);
    }
  });

  it("alarms when the daily verifier logs a broken audit chain, and when the verifier itself fails", () => {
    const t = templates.api;
    const verifier = ofType(t, 'AWS::Lambda::Function').find(([, f]) => f.Properties.FunctionName === functionName(stage, 'auditVerify'));
    expect(verifier).toBeDefined();
    const [verifierId, fn] = verifier!;
    const group = JSON.stringify((fn.Properties.LoggingConfig as { LogGroup: unknown }).LogGroup);
    // Scheduled daily.
    const schedules = ofType(t, 'AWS::Scheduler::Schedule').filter(([, s]) => JSON.stringify(s.Properties.Target).includes(`"${verifierId}"`));
    expect(schedules.map(([, s]) => s.Properties.ScheduleExpression)).toEqual(['rate(1 day)']);
    // The broken-chain filter on the verifier's own log group, and an alarm on its metric.
    const filter = ofType(t, 'AWS::Logs::MetricFilter').find(([, r]) => r.Properties.FilterPattern === '{ $.auditChainBroken = 1 }');
    expect(filter).toBeDefined();
    expect(JSON.stringify(filter![1].Properties.LogGroupName)).toBe(group);
    const mt = (filter![1].Properties.MetricTransformations as { MetricName: string; MetricNamespace: string }[])[0]!;
    expect(alarms(t).filter((a) => a.MetricName === mt.MetricName && a.Namespace === mt.MetricNamespace)).toHaveLength(1);
    // Its errors too: "could not verify" is not "intact".
    const onErrors = alarms(t).filter((a) => a.Namespace === 'AWS/Lambda' && a.MetricName === 'Errors' && JSON.stringify(a.Dimensions).includes(`"${verifierId}"`));
    expect(onErrors).toHaveLength(1);
  });

  it('the verifier may only read the audit log (no write, no tenant data, no key)', () => {
    const t = templates.api;
    const [, fn] = ofType(t, 'AWS::Lambda::Function').find(([, f]) => f.Properties.FunctionName === functionName(stage, 'auditVerify'))!;
    const roleId = JSON.stringify(fn.Properties.Role).match(/"([^"]+)","Arn"/)![1]!;
    const policies = ofType(t, 'AWS::IAM::Policy').filter(([, p]) => JSON.stringify(p.Properties.Roles).includes(`"${roleId}"`));
    const actions = policies.flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: { Action: string | string[] }[] }).Statement.flatMap((s) => [s.Action].flat()));
    expect(actions.filter((a) => a.startsWith('dynamodb:')).sort()).toEqual(['dynamodb:GetItem', 'dynamodb:Query']);
    expect(actions.filter((a) => a.startsWith('kms:') || a.startsWith('sts:'))).toEqual([]);
  });

  it("alarms on a spike of requests blocked by the API's web ACL (all rules)", () => {
    const t = templates.api;
    const [[, acl]] = ofType(t, 'AWS::WAFv2::WebACL') as [[string, Resource]];
    const aclMetric = (acl.Properties.VisibilityConfig as { MetricName: string; CloudWatchMetricsEnabled: boolean });
    expect(aclMetric.CloudWatchMetricsEnabled).toBe(true);
    const on = alarms(t).filter((a) => a.Namespace === 'AWS/WAFV2' && a.MetricName === 'BlockedRequests');
    expect(on).toHaveLength(1);
    expect(on[0]).toMatchObject({ Threshold: WAF_BLOCKED_SPIKE, ComparisonOperator: 'GreaterThanOrEqualToThreshold', Statistic: 'Sum', Period: 300 });
    const dims = Object.fromEntries((on[0]!.Dimensions as { Name: string; Value: unknown }[]).map((d) => [d.Name, d.Value]));
    expect(dims).toEqual({ WebACL: aclMetric.MetricName, Rule: 'ALL', Region: config.region });
  });
});
