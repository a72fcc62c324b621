import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/app.js';
import { FUNCTIONS, QUEUES, functionName, queueName } from '../../lib/topology.js';
import { defaultConfig, NO_BUNDLING } from './helpers.js';

type Resource = { Type: string; Properties: Record<string, unknown> };

describe('collect stack (default config)', () => {
  const config = defaultConfig();
  let t: Template;
  let resources: Record<string, Resource>;
  let built: ReturnType<typeof buildApp>;
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

  beforeAll(() => {
    built = buildApp(config, { nag: false, appProps: NO_BUNDLING });
    t = Template.fromStack(built.collect);
    resources = t.toJSON().Resources as Record<string, Resource>;
  });

  it('has the three functions on nodejs24.x, as declared in the topology', () => {
    const collect = Object.values(FUNCTIONS).filter((d) => d.area === 'collect');
    expect(collect).toHaveLength(3);
    for (const decl of collect) {
      t.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: `adwarden-dev-${decl.id}`,
        Runtime: 'nodejs24.x',
        Handler: 'index.handler',
        Timeout: decl.timeoutSeconds,
        MemorySize: decl.memoryMb,
        TracingConfig: { Mode: 'Active' },
      });
    }
    expect(ofType('AWS::Lambda::Function').length).toBe(collect.length);
  });

  it('gives every queue a dead-letter queue, SSE, SSL-only access and visibility ≥ 6× its consumer timeout', () => {
    for (const [name, q] of Object.entries(QUEUES)) {
      const consumer = Object.values(FUNCTIONS).find((f) => f.trigger.kind === 'queue' && f.trigger.queue === name)!;
      const [id, main] = ofType('AWS::SQS::Queue').find(([, r]) => r.Properties.QueueName === queueName('dev', name as never))!;
      const [dlqId, dlq] = ofType('AWS::SQS::Queue').find(([, r]) => r.Properties.QueueName === queueName('dev', name as never, true))!;
      expect(main.Properties.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] }, maxReceiveCount: q.maxReceiveCount });
      expect(main.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * consumer.timeoutSeconds);
      for (const [qid, r] of [[id, main], [dlqId, dlq]] as const) {
        expect(r.Properties.SqsManagedSseEnabled).toBe(true);
        const policy = ofType('AWS::SQS::QueuePolicy').find(([, p]) => JSON.stringify(p.Properties.Queues).includes(qid));
        expect(policy, `policy of ${qid}`).toBeDefined();
        expect(JSON.stringify(policy![1].Properties.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
      }
    }
  });

  it('reads queues with partial batch failures', () => {
    for (const decl of Object.values(FUNCTIONS)) {
      if (decl.trigger.kind !== 'queue') continue;
      t.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        BatchSize: decl.trigger.batchSize,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        EventSourceArn: Match.anyValue(),
      });
    }
    expect(ofType('AWS::Lambda::EventSourceMapping').length).toBe(2);
  });

  it('schedules each source with its own expression and its source id', () => {
    for (const source of config.sources) {
      t.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: source.schedule,
        Target: Match.objectLike({ Input: JSON.stringify({ sourceId: source.id }), DeadLetterConfig: Match.anyValue() }),
      });
    }
    expect(ofType('AWS::Scheduler::Schedule').length).toBe(config.sources.length);
  });

  it('attaches the Chromium layer to the functions that need a browser, and only those', () => {
    const [layerId] = ofType('AWS::Lambda::LayerVersion')[0]!;
    for (const [, fn] of ofType('AWS::Lambda::Function')) {
      const decl = Object.values(FUNCTIONS).find((d) => fn.Properties.FunctionName === `adwarden-dev-${d.id}`)!;
      expect(JSON.stringify(fn.Properties.Layers ?? []).includes(layerId)).toBe(decl.browser);
    }
  });

  it('lets only extract-ad assume the tenant write roles, and the write roles trust only it', () => {
    const assumers = ofType('AWS::IAM::Policy').filter(([, p]) => JSON.stringify(p.Properties).includes('sts:AssumeRole'));
    // extract-ad's role is defined in the data stack; its statements are attached here by its name.
    expect(assumers.map(([, p]) => JSON.stringify(p.Properties.Roles))).toEqual([JSON.stringify([functionName('dev', 'extractAd')])]);
    const dataResources = Template.fromStack(built.data).toJSON().Resources as Record<string, Resource>;
    const extractAdRole = Object.entries(dataResources).filter(([, r]) => r.Type === 'AWS::IAM::Role' && r.Properties.RoleName === functionName('dev', 'extractAd'));
    expect(extractAdRole).toHaveLength(1);
    const dataRoles = Object.values(dataResources).filter(
      (r) => r.Type === 'AWS::IAM::Role' && String(r.Properties.RoleName).includes('-tenant-') && String(r.Properties.RoleName).endsWith('-write'),
    );
    expect(dataRoles.length).toBe(config.tenants.length);
    for (const role of dataRoles) {
      expect((role.Properties.AssumeRolePolicyDocument as { Statement: unknown[] }).Statement).toEqual([
        { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: { 'Fn::GetAtt': [extractAdRole[0]![0], 'Arn'] } } },
      ]);
    }
    // No role of that name in this stack (the function imports the data stack's role) and none for the other functions there.
    expect(ofType('AWS::IAM::Role').filter(([, r]) => r.Properties.RoleName === functionName('dev', 'extractAd'))).toEqual([]);
  });

  it('uses "*" as a resource only where AWS allows nothing else (X-Ray)', () => {
    const statements = [...ofType('AWS::IAM::Policy'), ...ofType('AWS::IAM::ManagedPolicy')].flatMap(
      ([, p]) => (p.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement,
    );
    const star = statements.filter((s) => [s.Resource].flat().includes('*'));
    expect(star.flatMap((s) => [s.Action].flat()).sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
  });
});
