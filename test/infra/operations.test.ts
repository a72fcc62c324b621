/**
 * Operating a real account (issue 9 point 5): removing a tenant deploys, log groups survive a
 * destroy/redeploy and are encrypted, each failure kind has its own dead-letter queue, prod
 * stacks are protected, and cdk-nag acknowledgements stay narrow.
 */
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/app.js';
import { KEY_ADMIN_ACTIONS, KEY_AUDIT_ACTIONS } from '../../lib/constructs/key-actions.js';
import { failureQueueName, queueName } from '../../lib/topology.js';
import { defaultConfig, NO_BUNDLING } from './helpers.js';

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string };
type TemplateJson = { Resources: Record<string, Resource>; Outputs?: Record<string, { Export?: unknown }> };

const twoTenants = defaultConfig();
const oneTenant = defaultConfig({ tenants: [twoTenants.tenants[0]!] });
const removed = twoTenants.tenants[1]!.id;

function templates(config: ReturnType<typeof defaultConfig>) {
  const built = buildApp(config, { nag: false, appProps: NO_BUNDLING });
  return {
    built,
    data: Template.fromStack(built.data).toJSON() as TemplateJson,
    collect: Template.fromStack(built.collect).toJSON() as TemplateJson,
  };
}

describe('removing a tenant from the config', () => {
  it('leaves no export in the data stack and no import in the collect stack, before and after', () => {
    expect(twoTenants.tenants.length).toBe(2);
    for (const config of [twoTenants, oneTenant]) {
      const t = templates(config);
      expect(JSON.stringify(t.collect)).not.toContain('Fn::ImportValue');
      expect(Object.values(t.data.Outputs ?? {}).filter((o) => o.Export !== undefined)).toEqual([]);
      // The collect stack does not depend on the data stack's resources at all (only deploy order).
      expect(t.built.collect.dependencies.map((d) => d.stackName)).toEqual([t.built.data.stackName]);
    }
    const after = templates(oneTenant);
    expect(JSON.stringify(after.collect)).not.toContain(removed);
    expect(JSON.stringify(after.data)).not.toContain(removed);
  });

  it('still gives extract-ad the remaining tenant, by names computed from the config', () => {
    const after = templates(oneTenant);
    const fn = Object.values(after.collect.Resources).find(
      (r) => r.Type === 'AWS::Lambda::Function' && r.Properties.FunctionName === 'adwarden-dev-extract-ad',
    )!;
    const env = JSON.stringify((fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables.ADWARDEN_TENANTS);
    expect(env).toContain(`adwarden-dev-tenant-${oneTenant.tenants[0]!.id}-write`);
    expect(env).toContain(`alias/adwarden-dev-tenant-${oneTenant.tenants[0]!.id}`);
  });
});

describe('log groups', () => {
  let dev: ReturnType<typeof templates>;
  let prod: ReturnType<typeof templates>;
  beforeAll(() => {
    dev = templates(twoTenants);
    prod = templates(defaultConfig({ stage: 'prod' }));
  });
  const logGroups = (t: TemplateJson) => Object.entries(t.Resources).filter(([, r]) => r.Type === 'AWS::Logs::LogGroup');

  it('have no fixed name (a redeploy after destroy cannot collide), are deleted with a dev stack and kept on prod', () => {
    expect(logGroups(dev.collect).length).toBe(3);
    for (const [, r] of logGroups(dev.collect)) {
      expect(r.Properties.LogGroupName).toBeUndefined();
      expect(r.DeletionPolicy).toBe('Delete');
    }
    for (const [, r] of logGroups(prod.collect)) {
      expect(r.Properties.LogGroupName).toBeUndefined();
      expect(r.DeletionPolicy).toBe('Retain');
    }
    // Each function logs to its own group.
    const fns = Object.values(dev.collect.Resources).filter((r) => r.Type === 'AWS::Lambda::Function');
    const targets = fns.map((f) => JSON.stringify((f.Properties.LoggingConfig as { LogGroup: unknown }).LogGroup));
    expect(new Set(targets).size).toBe(3);
    for (const [id] of logGroups(dev.collect)) expect(targets).toContain(JSON.stringify({ Ref: id }));
  });

  it('are encrypted with a logs key that only CloudWatch Logs may use, only for this stack\'s log groups', () => {
    const [keyId, key] = Object.entries(dev.collect.Resources).find(([, r]) => r.Type === 'AWS::KMS::Key')!;
    for (const [, r] of logGroups(dev.collect)) expect(r.Properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    expect(key.Properties.EnableKeyRotation).toBe(true);
    const statements = (key.Properties.KeyPolicy as { Statement: { Sid: string; Principal: unknown; Action: string[]; Condition?: unknown }[] }).Statement;
    expect(statements.map((s) => s.Sid)).toEqual(['AdministrationByDeploymentRole', 'AccountMayReadKeyMetadataOnly', 'CloudWatchLogsForThisStacksLogGroups']);
    expect([statements[0]!.Action].flat().sort()).toEqual([...KEY_ADMIN_ACTIONS].sort());
    expect([statements[1]!.Action].flat().sort()).toEqual([...KEY_AUDIT_ACTIONS].sort());
    const logsStatement = statements[2]!;
    expect(logsStatement.Principal).toEqual({ Service: 'logs.eu-north-1.amazonaws.com' });
    expect([logsStatement.Action].flat().sort()).toEqual(
      ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom', 'kms:ReEncryptTo'].sort(),
    );
    expect(logsStatement.Condition).toEqual({
      ArnLike: {
        'kms:EncryptionContext:aws:logs:arn': {
          'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:eu-north-1:', { Ref: 'AWS::AccountId' }, ':log-group:adwarden-dev-collect-*']],
        },
      },
    });
    // Nobody else may use it: no other statement grants a use action.
    const use = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:CreateGrant'];
    for (const s of statements.slice(0, 2)) expect([s.Action].flat().filter((a) => use.includes(a))).toEqual([]);
  });
});

describe('log groups of every stack (data, collect, API, rights)', () => {
  it('have no fixed name, are encrypted with a key of their own stack that only CloudWatch Logs may use for that stack\'s groups, deleted on dev and kept on prod', () => {
    for (const [stage, policy] of [['dev', 'Delete'], ['prod', 'Retain']] as const) {
      const { built } = templates(defaultConfig({ stage }));
      const stacks = built.app.node.findAll().filter((c): c is Stack => Stack.isStack(c));
      expect(stacks.map((s) => s.stackName).sort()).toEqual(['api', 'collect', 'data', 'rights'].map((n) => `adwarden-${stage}-${n}`));
      let groups = 0;
      for (const stack of stacks) {
        const resources = (Template.fromStack(stack).toJSON() as TemplateJson).Resources;
        for (const [id, r] of Object.entries(resources).filter(([, x]) => x.Type === 'AWS::Logs::LogGroup')) {
          groups++;
          const where = `${stack.stackName}/${id}`;
          expect(r.Properties.LogGroupName, where).toBeUndefined();
          expect(r.DeletionPolicy, where).toBe(policy);
          const keyRef = r.Properties.KmsKeyId as { 'Fn::GetAtt': [string, string] } | undefined;
          expect(keyRef?.['Fn::GetAtt']?.[1], where).toBe('Arn');
          const key = resources[keyRef!['Fn::GetAtt'][0]]!;
          expect(key.Type, where).toBe('AWS::KMS::Key');
          const statements = (key.Properties.KeyPolicy as { Statement: { Sid: string; Principal: unknown; Condition?: unknown }[] }).Statement;
          const logsUse = statements.filter((s) => JSON.stringify(s.Principal).includes('logs.'));
          expect(logsUse.map((s) => s.Sid), where).toEqual(['CloudWatchLogsForThisStacksLogGroups']);
          expect(JSON.stringify(logsUse[0]!.Condition), where).toContain(`:log-group:${stack.stackName}-*`);
        }
      }
      // 2 (provisioner) + 3 (collect) + 8 (API: 7 functions, access log) + 2 (rights: functions, state machine)
      expect(groups).toBe(15);
    }
  });
});

describe('source maps (config sourceMaps)', () => {
  it('off by default; when on, every adwarden function of every stack runs with --enable-source-maps', () => {
    for (const sourceMaps of [false, true]) {
      const { built } = templates(defaultConfig({ sourceMaps }));
      const fns = built.app.node
        .findAll()
        .filter((c): c is Stack => Stack.isStack(c))
        .flatMap((st) => Object.entries((Template.fromStack(st).toJSON() as TemplateJson).Resources).map(([id, r]) => [`${st.stackName}/${id}`, r] as const))
        // Ours are NodejsFunction bundles (CDK's own custom-resource framework function is not).
        .filter(([, r]) => r.Type === 'AWS::Lambda::Function' && r.Properties.Handler === 'index.handler');
      expect(fns.length).toBeGreaterThan(20);
      for (const [where, r] of fns) {
        const options = (r.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables?.NODE_OPTIONS;
        expect(options, `${where} sourceMaps ${sourceMaps}`).toBe(sourceMaps ? '--enable-source-maps' : undefined);
      }
    }
  });
});

describe('dead-letter queues', () => {
  it('are one per kind of failure: listing jobs, ad jobs, scheduler target, async invocations; none shared', () => {
    const { collect } = templates(twoTenants);
    const queueId = (name: string) => Object.entries(collect.Resources).find(([, r]) => r.Type === 'AWS::SQS::Queue' && r.Properties.QueueName === name)![0];
    const listingDlq = queueId(queueName('dev', 'listingJobs', true));
    const adDlq = queueId(queueName('dev', 'adJobs', true));
    const schedulerDlq = queueId(failureQueueName('dev', 'schedulerTarget'));
    const asyncDlq = queueId(failureQueueName('dev', 'asyncInvoke'));
    expect(new Set([listingDlq, adDlq, schedulerDlq, asyncDlq]).size).toBe(4);

    const redrive = (q: string) => (collect.Resources[queueId(q)]!.Properties.RedrivePolicy as { deadLetterTargetArn: unknown }).deadLetterTargetArn;
    expect(redrive(queueName('dev', 'listingJobs'))).toEqual({ 'Fn::GetAtt': [listingDlq, 'Arn'] });
    expect(redrive(queueName('dev', 'adJobs'))).toEqual({ 'Fn::GetAtt': [adDlq, 'Arn'] });
    const schedules = Object.values(collect.Resources).filter((r) => r.Type === 'AWS::Scheduler::Schedule');
    expect(schedules.length).toBeGreaterThan(0);
    for (const s of schedules) {
      expect((s.Properties.Target as { DeadLetterConfig: unknown }).DeadLetterConfig).toEqual({ Arn: { 'Fn::GetAtt': [schedulerDlq, 'Arn'] } });
    }
    for (const f of Object.values(collect.Resources).filter((r) => r.Type === 'AWS::Lambda::Function')) {
      expect(f.Properties.DeadLetterConfig).toEqual({ TargetArn: { 'Fn::GetAtt': [asyncDlq, 'Arn'] } });
    }
    // The DLQs themselves have no DLQ, are encrypted, and keep messages 14 days.
    for (const id of [listingDlq, adDlq, schedulerDlq, asyncDlq]) {
      const q = collect.Resources[id]!.Properties;
      expect(q.RedrivePolicy).toBeUndefined();
      expect(q.SqsManagedSseEnabled).toBe(true);
      expect(q.MessageRetentionPeriod).toBe(14 * 86_400);
    }
  });
});

describe('prod stacks', () => {
  it('every stack of the prod app has termination protection; dev stacks do not', () => {
    for (const [stage, expected] of [['prod', true], ['dev', false]] as const) {
      const { built } = templates(defaultConfig({ stage }));
      const stacks = built.app.node.findAll().filter((c): c is Stack => Stack.isStack(c));
      expect(stacks.length).toBeGreaterThanOrEqual(2);
      for (const s of stacks) expect(s.terminationProtection, `${stage} ${s.stackName}`).toBe(expected);
      for (const artifact of built.app.synth().stacks) expect(artifact.terminationProtection, artifact.stackName).toBe(expected);
    }
  });

  it('keep every KMS key and table when a prod stack is deleted; dev deletes them', () => {
    for (const [stage, policy] of [['prod', 'Retain'], ['dev', 'Delete']] as const) {
      const t = templates(defaultConfig({ stage }));
      const kept = [...Object.values(t.data.Resources), ...Object.values(t.collect.Resources)].filter((r) =>
        ['AWS::KMS::Key', 'AWS::DynamoDB::GlobalTable', 'AWS::Backup::BackupVault'].includes(r.Type),
      );
      expect(kept.length).toBeGreaterThan(4);
      for (const r of kept) expect(r.DeletionPolicy, `${stage} ${r.Type}`).toBe(policy);
    }
  });
});

describe('identities the services assume', () => {
  it('AWS Backup may assume its role only for this account (aws:SourceAccount)', () => {
    const { data } = templates(twoTenants);
    const role = Object.values(data.Resources).find(
      (r) => r.Type === 'AWS::IAM::Role' && JSON.stringify(r.Properties.AssumeRolePolicyDocument).includes('backup.amazonaws.com'),
    )!;
    expect((role.Properties.AssumeRolePolicyDocument as { Statement: unknown[] }).Statement).toEqual([
      {
        Action: 'sts:AssumeRole',
        Effect: 'Allow',
        Principal: { Service: 'backup.amazonaws.com' },
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      },
    ]);
  });
});

describe('cdk-nag acknowledgements', () => {
  it('the event-source-mapping finding is acknowledged on the two SQS mappings only, not on a stack', () => {
    const { built } = templates(twoTenants);
    const holders = built.app.node
      .findAll()
      .filter((c) =>
        c.node.metadata.some((m) => /acknowledg/i.test(m.type) && JSON.stringify(m.data).includes('Serverless-LambdaEventSourceMappingDestination')),
      );
    expect(holders.length).toBe(2);
    for (const h of holders) expect(h).toBeInstanceOf(lambda.EventSourceMapping);
  });

  it('no stack carries a stack-wide acknowledgement (each is on the constructs it is about)', () => {
    const { built } = templates(twoTenants);
    for (const s of [built.data, built.collect, built.api, built.rights]) {
      expect(s.node.metadata.filter((m) => /acknowledg/i.test(m.type)), s.stackName).toEqual([]);
    }
  });
});
