/**
 * The rights stack as synthesized: the state machine (its states, retries and named failure
 * states), which roles may touch tenant data (only ProcessTenant, only through each tenant's
 * read role), and cdk-nag.
 */
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../lib/app.js';
import { DUE_INDEX, RIGHTS_METRICS } from '../../lib/topology.js';
import { create as createWatcher, rightsMetrics } from '../../lambdas/handlers/rights/watch-deadlines.js';
import type { DueEntry } from '../../lambdas/rights/deadline-watch.js';
import { defaultConfig, NO_BUNDLING } from './helpers.js';

type Statement = { Action: string | string[]; Resource?: unknown; NotResource?: unknown; Effect: string };
let rights: Template;
let data: Template;
let app: ReturnType<typeof buildApp>;

beforeAll(() => {
  app = buildApp(defaultConfig(), { nag: false, appProps: NO_BUNDLING });
  rights = Template.fromStack(app.rights);
  data = Template.fromStack(app.data);
});

const actions = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

function definition(): { States: Record<string, Record<string, unknown>> } {
  const sm = Object.values(rights.findResources('AWS::StepFunctions::StateMachine'))[0] as { Properties: { DefinitionString: unknown } };
  // Function ARNs are Fn::GetAtt tokens; replace them by the logical id to read the JSON.
  const parts = (sm.Properties.DefinitionString as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
  const json = parts.map((p) => (typeof p === 'string' ? p : `"${JSON.stringify(p).replace(/"/g, "'")}"`)).join('').replace(/""/g, '"');
  return JSON.parse(json) as { States: Record<string, Record<string, unknown>> };
}

describe('the rights state machine', () => {
  it('is a logged, traced STANDARD state machine with the declared steps in order', () => {
    rights.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineName: 'adwarden-dev-rights',
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false },
    });
    const d = definition();
    const next = (s: string) => d.States[s]!.Next as string;
    expect([next('Validate'), next('Suppress'), next('ForEachTenant'), next('Aggregate'), next('NotifyTenants'), next('Deliver'), next('Close')]).toEqual([
      'Suppress',
      'ForEachTenant',
      'Aggregate',
      'NotifyTenants',
      'Deliver',
      'Close',
      'Done',
    ]);
    expect(d.States.ForEachTenant).toMatchObject({ Type: 'Map', ItemsPath: '$.tenants', ResultPath: '$.results' });
  });

  it('every task retries with exponential backoff (not on permanent errors) and is caught into a named, recorded failure state', () => {
    const d = definition();
    for (const step of ['Validate', 'Suppress', 'Aggregate', 'NotifyTenants', 'Deliver', 'Close']) {
      const s = d.States[step]!;
      const retry = s.Retry as { ErrorEquals: string[]; MaxAttempts: number; BackoffRate?: number }[];
      expect(retry[0]).toMatchObject({ ErrorEquals: expect.arrayContaining(['InvalidWorkflowInputError', 'RequestNotFoundError']), MaxAttempts: 0 });
      expect(retry[1]).toMatchObject({ ErrorEquals: ['States.ALL'], BackoffRate: 2 });
      expect(retry[1]!.MaxAttempts).toBeGreaterThanOrEqual(3);
      expect(s.Catch).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: `${step}Failed` }]);
      expect(d.States[`${step}Failed`]).toMatchObject({ Type: 'Pass', Result: step, ResultPath: '$.failedStep', Next: 'RecordFailure' });
    }
    expect(d.States.ForEachTenant!.Catch).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'ForEachTenantFailed' }]);
    expect(d.States.RecordFailure!.Next).toBe('RequestFailed');
    expect(d.States.RequestFailed!.Type).toBe('Fail');
  });

  it('alarms when a request fails', () => {
    rights.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: 'adwarden-dev-rights-failed', MetricName: 'ExecutionsFailed', Threshold: 1 });
  });
});

describe('who may touch tenant data', () => {
  const policiesOf = (roleName: string): Statement[] => {
    const roles = rights.findResources('AWS::IAM::Role', { Properties: { RoleName: roleName } });
    const logicalId = Object.keys(roles)[0];
    // A function that assumes tenant roles runs with a role of the data stack (the tenant roles
    // trust that role itself), imported here by name; its statements are attached by name.
    if (logicalId === undefined) expect(Object.keys(data.findResources('AWS::IAM::Role', { Properties: { RoleName: roleName } })), roleName).toHaveLength(1);
    const attachedTo = JSON.stringify(logicalId === undefined ? [roleName] : [{ Ref: logicalId }]);
    return Object.values(rights.findResources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify((p as { Properties: { Roles: unknown } }).Properties.Roles) === attachedTo)
      .flatMap((p) => (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement);
  };

  it('only ProcessTenant may assume tenant roles, and only the read roles', () => {
    const assume = policiesOf('adwarden-dev-rights-process-tenant').filter((s) => actions(s).includes('sts:AssumeRole'));
    expect(assume).toHaveLength(1);
    const targets = JSON.stringify(assume[0]!.Resource);
    expect(targets).toContain('role/adwarden-dev-tenant-nordic-insurance-read');
    expect(targets).toContain('role/adwarden-dev-tenant-customs-brand-read');
    expect(targets).not.toContain('-write');
    for (const fn of ['validate', 'suppress', 'aggregate', 'notify-tenants', 'deliver', 'close', 'record-failure', 'submit', 'confirm', 'status', 'prove-phone', 'export', 'portal']) {
      expect(policiesOf(`adwarden-dev-rights-${fn}`).filter((s) => actions(s).includes('sts:AssumeRole')), fn).toEqual([]);
    }
  });

  it('no rights role holds rights on a tenant table or key itself', () => {
    const all = Object.values(rights.findResources('AWS::IAM::Policy')).flatMap(
      (p) => (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement,
    );
    for (const s of all) {
      const res = JSON.stringify(s.Resource ?? '');
      expect(res.includes('table/adwarden-dev-tenant-'), JSON.stringify(s)).toBe(false);
      expect(res.includes('alias/adwarden-dev-tenant-') && !actions(s).includes('sts:AssumeRole'), JSON.stringify(s)).toBe(false);
    }
  });

  it("each tenant's read role trusts the ProcessTenant function's role (and it may erase)", () => {
    const readRoles = data.findResources('AWS::IAM::Role', { Properties: { RoleName: 'adwarden-dev-tenant-nordic-insurance-read' } });
    const trust = JSON.stringify(Object.values(readRoles)[0]);
    const processTenant = Object.keys(data.findResources('AWS::IAM::Role', { Properties: { RoleName: 'adwarden-dev-rights-process-tenant' } }));
    expect(processTenant).toHaveLength(1);
    // The role itself (Fn::GetAtt), not a name a recreated role would match.
    expect(trust).toContain(JSON.stringify({ 'Fn::GetAtt': [processTenant[0], 'Arn'] }));
    expect(trust).not.toContain('PrincipalArn');
    expect(trust).not.toContain('rights-submit');
  });

  it('the state machine may invoke the rights task functions only', () => {
    const smRole = Object.entries(rights.findResources('AWS::IAM::Role')).find(([, r]) =>
      JSON.stringify(r).includes('states.amazonaws.com'),
    )![0];
    const invoke = Object.values(rights.findResources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify((p as { Properties: { Roles: unknown } }).Properties.Roles).includes(smRole))
      .flatMap((p) => (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement)
      .filter((s) => actions(s).includes('lambda:InvokeFunction'));
    const targets = JSON.stringify(invoke.map((s) => s.Resource));
    for (const t of ['validate', 'suppress', 'processtenant', 'aggregate', 'notifytenants', 'deliver', 'close', 'recordfailure']) {
      expect(targets.toLowerCase().replace(/[^a-z]/g, ''), t).toContain(`rights${t.replace(/-/g, '')}`);
    }
    expect(targets.toLowerCase()).not.toContain('rightssubmit');
  });
});

describe('deadline alarms (issue 10 point 5)', () => {
  type Resource = { Properties: Record<string, unknown> };
  const alarm = (name: string) => {
    const found = Object.values(rights.findResources('AWS::CloudWatch::Alarm', { Properties: { AlarmName: name } })) as Resource[];
    expect(found, name).toHaveLength(1);
    return found[0]!.Properties;
  };
  /** The alarm's actions: the operators' one topic (in the data stack, ARN computed by name), nothing else. */
  const toOperatorsOnly = (actions: unknown) => {
    expect(actions).toHaveLength(1);
    expect(JSON.stringify(actions)).toMatch(/:adwarden-dev-operators"\]\]\}\]$/);
    // No topic of its own in the rights stack: one place for operators to subscribe.
    expect(Object.keys(rights.findResources('AWS::SNS::Topic'))).toEqual([]);
  };
  const watcherRoleId = () => Object.keys(rights.findResources('AWS::IAM::Role', { Properties: { RoleName: 'adwarden-dev-rights-deadlines' } }))[0]!;

  it('the watcher runs hourly, invoked by EventBridge Scheduler through a role that may invoke it only', () => {
    const fnId = Object.keys(rights.findResources('AWS::Lambda::Function', { Properties: { FunctionName: 'adwarden-dev-rights-deadlines' } }))[0]!;
    expect(fnId).toBeDefined();
    const schedules = Object.values(rights.findResources('AWS::Scheduler::Schedule')) as Resource[];
    expect(schedules).toHaveLength(1);
    const sch = schedules[0]!.Properties as { ScheduleExpression: string; State?: string; Target: { Arn: unknown; RoleArn: { 'Fn::GetAtt': [string, string] } } };
    expect(sch.ScheduleExpression).toBe('rate(1 hour)');
    expect(sch.State ?? 'ENABLED').toBe('ENABLED');
    expect(JSON.stringify(sch.Target.Arn)).toContain(fnId);
    const schedulerRole = sch.Target.RoleArn['Fn::GetAtt'][0];
    const statements = Object.values(rights.findResources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify((p as Resource).Properties.Roles).includes(schedulerRole))
      .flatMap((p) => ((p as Resource).Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    expect(statements.flatMap(actions)).toEqual(['lambda:InvokeFunction']);
    expect(JSON.stringify(statements[0]!.Resource)).toContain(fnId);
  });

  it.each([
    ['adwarden-dev-rights-near-due', RIGHTS_METRICS.nearDue],
    ['adwarden-dev-rights-overdue', RIGHTS_METRICS.overdue],
    ['adwarden-dev-rights-past-target', RIGHTS_METRICS.pastTarget],
  ])('%s: at least one request, in any hour, alarms to the operators', (name, metric) => {
    const a = alarm(name);
    expect(a).toMatchObject({
      Namespace: RIGHTS_METRICS.namespace,
      MetricName: metric,
      Dimensions: [{ Name: 'service', Value: 'adwarden-dev-rights' }],
      Statistic: 'Maximum',
      Period: 3600,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    toOperatorsOnly(a.AlarmActions);
  });

  it('a silent watcher alarms too (three hours without a run)', () => {
    expect(alarm('adwarden-dev-rights-deadline-watch-silent')).toMatchObject({
      MetricName: RIGHTS_METRICS.watchRuns,
      Dimensions: [{ Name: 'service', Value: 'adwarden-dev-rights' }],
      Period: 3600,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 3,
      Threshold: 1,
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
    });
    toOperatorsOnly(alarm('adwarden-dev-rights-deadline-watch-silent').AlarmActions);
    toOperatorsOnly(alarm('adwarden-dev-rights-failed').AlarmActions);
  });

  it("the watcher's role can query the requests' due index for a state and dates, and nothing else", () => {
    const role = watcherRoleId();
    const statements = Object.values(rights.findResources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify((p as Resource).Properties.Roles).includes(role))
      .flatMap((p) => ((p as Resource).Properties.PolicyDocument as { Statement: (Statement & { Condition?: unknown })[] }).Statement);
    expect(statements.flatMap(actions)).toEqual(['dynamodb:Query']);
    const resource = JSON.stringify(statements[0]!.Resource);
    expect(resource).toContain(`table/adwarden-dev-dsar-requests/index/${DUE_INDEX.name}`);
    expect(statements[0]!.Condition).toEqual({
      'ForAllValues:StringEquals': { 'dynamodb:Attributes': [DUE_INDEX.state, DUE_INDEX.dueAt, DUE_INDEX.receivedAt] },
      StringEquals: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' },
    });
    // Besides, only the shared logs/X-Ray policy of every rights function.
    const managed = (Object.values(rights.findResources('AWS::IAM::Role', { Properties: { RoleName: 'adwarden-dev-rights-deadlines' } }))[0] as Resource).Properties.ManagedPolicyArns;
    expect(managed).toHaveLength(1);
    // And the platform key's policy names every rights role that may use it, but not the watcher.
    expect(JSON.stringify(data.findResources('AWS::KMS::Key'))).not.toContain('adwarden-dev-rights-deadlines');
  });

  it('the due index is sparse and projects the state and dates only', () => {
    const tables = Object.values(data.findResources('AWS::DynamoDB::GlobalTable', { Properties: { TableName: 'adwarden-dev-dsar-requests' } })) as Resource[];
    expect(tables).toHaveLength(1);
    expect(tables[0]!.Properties.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: DUE_INDEX.name,
        KeySchema: [
          { AttributeName: DUE_INDEX.state, KeyType: 'HASH' },
          { AttributeName: DUE_INDEX.dueAt, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [DUE_INDEX.receivedAt] },
      },
    ]);
  });

  it('the alarms watch exactly what the watcher publishes (names, namespace, dimension)', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    try {
      const near: DueEntry = { state: 'running', receivedAt: '2027-01-31T10:00:00.000Z', dueAt: '2027-02-28T10:00:00.000Z' };
      const watcher = createWatcher({ due: { openRequests: async (s) => (s === 'running' ? [near] : []) }, clock: { now: () => Date.parse('2027-02-25T00:00:00Z') }, metrics: rightsMetrics('dev') });
      await watcher({});
    } finally {
      spy.mockRestore();
    }
    const emf = lines.flatMap((l) => l.split('\n')).filter((l) => l.includes('"_aws"')).map((l) => JSON.parse(l) as Record<string, unknown> & { _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] } });
    for (const name of ['adwarden-dev-rights-near-due', 'adwarden-dev-rights-overdue', 'adwarden-dev-rights-past-target', 'adwarden-dev-rights-deadline-watch-silent']) {
      const a = alarm(name) as { MetricName: string; Namespace: string; Dimensions: { Name: string; Value: string }[] };
      const published = emf.filter((e) => e._aws.CloudWatchMetrics.some((m) => m.Namespace === a.Namespace && m.Metrics.some((x) => x.Name === a.MetricName)));
      expect(published, name).toHaveLength(1);
      const doc = published[0]!;
      const dims = doc._aws.CloudWatchMetrics[0]!.Dimensions;
      expect(dims, name).toEqual([a.Dimensions.map((d) => d.Name)]);
      for (const d of a.Dimensions) expect(doc[d.Name], name).toBe(d.Value);
    }
    const first = emf.find((e) => e[RIGHTS_METRICS.nearDue] !== undefined)!;
    expect(first[RIGHTS_METRICS.nearDue]).toBe(1);
    expect(first[RIGHTS_METRICS.overdue]).toBe(0);
  });
});

describe('cdk-nag', () => {
  it('finds nothing unacknowledged in the rights stack', () => {
    for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
      const report = pack.validateScope(app.rights);
      expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath ?? r.resourceLogicalId).join(',')}`)).toEqual([]);
    }
  });
});
