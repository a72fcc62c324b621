/**
 * The rights stack as synthesized: the state machine (its states, retries and named failure
 * states), which roles may touch tenant data (only ProcessTenant, only through each tenant's
 * read role), and cdk-nag.
 */
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/app.js';
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
    const logicalId = Object.keys(roles)[0]!;
    expect(logicalId, roleName).toBeDefined();
    return Object.values(rights.findResources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify((p as { Properties: { Roles: unknown } }).Properties.Roles).includes(logicalId))
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
    expect(trust).toContain('role/adwarden-dev-rights-process-tenant');
    expect(trust).not.toContain('role/adwarden-dev-rights-submit');
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

describe('cdk-nag', () => {
  it('finds nothing unacknowledged in the rights stack', () => {
    for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
      const report = pack.validateScope(app.rights);
      expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath ?? r.resourceLogicalId).join(',')}`)).toEqual([]);
    }
  });
});
