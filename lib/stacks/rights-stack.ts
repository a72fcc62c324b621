/**
 * The data-subject rights workflow (issue 10): a Step Functions state machine whose Task states
 * are bound, by name, to the functions declared in lib/topology.ts (STATE_MACHINES), and the
 * functions behind the portal's public routes.
 *
 *   Validate -> Suppress -> ForEachTenant (Map: ProcessTenant) -> Aggregate -> NotifyTenants
 *   -> Deliver -> Close -> Done
 *
 * Every task retries with exponential backoff and jitter (except on errors that are permanent
 * by class), and every task has a Catch into a named state `<Step>Failed`, which records the
 * step in the request (RecordFailure) and ends in `RequestFailed`; an operator redrives by
 * starting the workflow again for the request (each step is idempotent; see workflow.ts).
 *
 * The functions hold no tenant-data rights themselves: ProcessTenant assumes each tenant's READ
 * role (lib/constructs/tenant-data.ts) for that tenant only.
 */
import { Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import {
  DUE_INDEX,
  ENV,
  FUNCTIONS,
  type FunctionDecl,
  type FunctionName,
  functionName,
  INDEX_KEY_PURPOSE,
  PLATFORM_INDEX_KEY_TENANT,
  platformKeyAlias,
  RIGHTS_METRICS,
  rightsMetricsService,
  type PlatformTableName,
  platformTableName,
  STATE_MACHINES,
  stateMachineName,
  tenantKeyAlias,
  tenantRoleName,
  tenantTableName,
} from '../topology.js';
import type { DataStack } from './data-stack.js';
import { accessDeniedAlarm, notifyOperators, operatorTopic } from '../constructs/operator-alerts.js';
import { keyAdminRoleArn } from '../constructs/key-admin.js';
import { logsKey } from '../constructs/logs-key.js';
import { functionRole } from '../constructs/function-role.js';

export interface RightsStackProps extends StackProps {
  readonly config: Config;
  readonly data: DataStack;
}

const ROOT = resolve(import.meta.dirname, '../..');

/** What the rights functions do to each platform table (the adapters' calls), nothing more. */
const PLATFORM_TABLE_ACTIONS: Readonly<Record<PlatformTableName, readonly string[]>> = {
  dsarRequests: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
  // Adds hashes; reads the platform index key item. Never deletes: a suppression is for good.
  suppression: ['dynamodb:GetItem', 'dynamodb:PutItem'],
  // Append-only from the workflow; `restore replay-erasures` (an operator) queries it.
  erasureJournal: ['dynamodb:PutItem'],
  auditLog: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  crawlState: [],
  crawlRuns: [],
  idempotency: [],
};

/** Errors that no retry can mend (by class name): caught at once. */
const PERMANENT_ERRORS = ['InvalidWorkflowInputError', 'RequestNotFoundError', 'IllegalTransitionError', 'DecryptionError'];

/** Field envelopes of the platform (request identities, exports) are bound to this context. */
const PLATFORM_FIELD_CONTEXT = { tenant: 'platform', purpose: 'field' } as const;

export class RightsStack extends Stack {
  public readonly functions: Readonly<Partial<Record<FunctionName, nodejs.NodejsFunction>>>;
  public readonly stateMachine: sfn.StateMachine;
  /** The Task states' names, each bound to one function (lib/topology.ts STATE_MACHINES). */
  public readonly taskStates: Readonly<Record<string, FunctionName>>;

  constructor(scope: Construct, id: string, props: RightsStackProps) {
    super(scope, id, props);
    const { config, data } = props;
    const stage = config.stage;
    const smName = stateMachineName(stage, 'rights');
    const smArn = this.formatArn({ service: 'states', resource: 'stateMachine', resourceName: smName, arnFormat: undefined });

    // One log group for every rights function, and one managed policy for what all of them
    // need (their logs, X-Ray), so the two wildcard findings are acknowledged once, not per role.
    // No fixed names (a deploy after `cdk destroy`, or beside a retained group, never collides),
    // deleted with a dev stack and kept on prod, encrypted with a key only CloudWatch Logs may
    // use, and only for this stack's log groups (as in the collect stack).
    const prod = stage === 'prod';
    const logsEncryption = logsKey(this, 'LogsKey', {
      alias: `alias/adwarden-${stage}-rights-logs`,
      description: `adwarden ${stage} rights logs`,
      keyAdminRoleArn: keyAdminRoleArn(this, config),
      prod,
    });
    const logGroupProps: logs.LogGroupProps = {
      retention: logs.RetentionDays.ONE_MONTH,
      encryptionKey: logsEncryption,
      removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    };
    const logGroup = new logs.LogGroup(this, 'FunctionLogs', logGroupProps);
    const common = new iam.ManagedPolicy(this, 'FunctionsPolicy', {
      description: 'Logs and X-Ray trace segments of the adwarden rights functions',
      statements: [
        new iam.PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] }),
        new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }),
      ],
    });
    Validations.of(common).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray PutTraceSegments/PutTelemetryRecords have no resource-level permissions ("*"); a log group ARN ends in ":*", covering only its own streams.',
    });

    // Each tenant through its READ role only (decision 1); names computed, not imported.
    const readRoles = Object.fromEntries(
      config.tenants.map((t) => [
        t.id,
        {
          roleArn: this.formatArn({ service: 'iam', region: '', resource: 'role', resourceName: tenantRoleName(stage, t, 'read') }),
          keyId: this.formatArn({ service: 'kms', resource: tenantKeyAlias(stage, t) }),
          table: tenantTableName(stage, t),
        },
      ]),
    );
    const sesIdentity = this.formatArn({ service: 'ses', resource: 'identity', resourceName: config.rights.mailFrom.split('@')[1] ?? '*' });

    const functions: Partial<Record<FunctionName, nodejs.NodejsFunction>> = {};
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const decl: FunctionDecl = FUNCTIONS[name];
      if (decl.area !== 'rights') continue;
      const fnName = functionName(stage, name);
      const { role, fixed: fixedRole } = functionRole(this, stage, decl, common);

      const environment: Record<string, string> = {
        [ENV.stage]: stage,
        ...(config.sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
        [ENV.platformKeyId]: this.formatArn({ service: 'kms', resource: platformKeyAlias(stage) }),
        [ENV.mailFrom]: config.rights.mailFrom,
        [ENV.publicBaseUrl]: config.rights.publicBaseUrl ?? '',
      };
      // The deadline watcher reads the requests' due index and nothing else (no request, no key).
      const dueIndexOnly = name === 'rightsDeadlines';
      for (const t of decl.platformTables) {
        const tableName = platformTableName(stage, t);
        environment[ENV.table(t)] = tableName;
        const tableArn = this.formatArn({ service: 'dynamodb', resource: 'table', resourceName: tableName });
        if (dueIndexOnly) {
          if (t !== 'dsarRequests') throw new Error(`${decl.id} reads the due index of dsar-requests only`);
          role.addToPrincipalPolicy(
            new iam.PolicyStatement({
              actions: ['dynamodb:Query'],
              resources: [`${tableArn}/index/${DUE_INDEX.name}`],
              conditions: {
                'ForAllValues:StringEquals': { 'dynamodb:Attributes': [DUE_INDEX.state, DUE_INDEX.dueAt, DUE_INDEX.receivedAt] },
                StringEquals: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' },
              },
            }),
          );
          continue;
        }
        const actions = PLATFORM_TABLE_ACTIONS[t];
        if (actions.length > 0) role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: [...actions], resources: [tableArn] }));
      }
      const uses: { actions: ('kms:Decrypt' | 'kms:GenerateDataKey')[]; context: Record<string, string> }[] = [];
      if ((decl.platformTables as readonly PlatformTableName[]).includes('dsarRequests') && !dueIndexOnly) {
        uses.push({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], context: PLATFORM_FIELD_CONTEXT });
      }
      if ((decl.platformTables as readonly PlatformTableName[]).includes('suppression') || decl.trigger.kind === 'api') {
        uses.push({ actions: ['kms:Decrypt'], context: { purpose: INDEX_KEY_PURPOSE, tenant: PLATFORM_INDEX_KEY_TENANT } });
      }
      if (uses.length > 0) data.grantPlatformKeyUse(role, uses);
      if (decl.readsTenantData) {
        environment[ENV.tenants] = this.toJsonString(readRoles);
        role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sts:AssumeRole'], resources: Object.values(readRoles).map((r) => r.roleArn) }));
      }
      // Who sends mail: the portal's submit (confirmation link, SMS code) and the workflow's notices and receipts.
      if (['rightsSubmit', 'rightsNotifyTenants', 'rightsDeliver'].includes(name)) {
        role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['ses:SendEmail'], resources: [sesIdentity] }));
      }
      if (name === 'rightsSubmit') {
        // SMS has no resource ARN to name: Publish to a phone number is scoped by the denial of topics.
        role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], notResources: [this.formatArn({ service: 'sns', resource: '*' })] }));
      }
      if (name === 'rightsConfirm') {
        environment[ENV.stateMachineArn] = smArn;
        role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['states:StartExecution'], resources: [smArn] }));
      }

      const fn = new nodejs.NodejsFunction(this, decl.id, {
        functionName: fnName,
        entry: resolve(ROOT, decl.entry),
        handler: 'handler',
        runtime: lambda.Runtime.NODEJS_24_X,
        architecture: lambda.Architecture.X86_64,
        memorySize: decl.memoryMb,
        timeout: Duration.seconds(decl.timeoutSeconds),
        role: fixedRole,
        logGroup,
        tracing: lambda.Tracing.ACTIVE,
        environment,
        depsLockFilePath: resolve(ROOT, 'package-lock.json'),
        projectRoot: ROOT,
        bundling: {
          format: nodejs.OutputFormat.ESM,
          target: 'node24',
          mainFields: ['module', 'main'],
          banner: "import { createRequire as __adwCreateRequire } from 'node:module'; const require = __adwCreateRequire(import.meta.url);",
          // The AWS SDK is bundled at the version we test, as in every other stack (bundles.test.ts).
          externalModules: [],
          define: { __ADWARDEN_CONFIG__: JSON.stringify(JSON.stringify(config)) },
          sourceMap: config.sourceMaps,
          minify: true,
        },
      });
      // The role's policies (an imported role's included) exist before the function runs.
      fn.node.addDependency(role, common);
      if (decl.trigger.kind === 'cron') this.schedule(decl, fn, fnName);
      // On each function, with the reason that holds for it (not stack-wide: a function added
      // later gets its own finding).
      Validations.of(fn).acknowledge({
        id: 'Serverless-LambdaDLQ',
        reason:
          decl.trigger.kind === 'cron'
            ? 'The hourly deadline watcher carries nothing to keep: a lost run is replaced by the next, and three silent hours raise the watch-silent alarm.'
            : 'Invoked synchronously (a Step Functions task or API Gateway): a failure returns to the caller, which retries, catches and records it.',
      });
      functions[name] = fn;
    }
    this.functions = functions;

    // --- the state machine -------------------------------------------------------------
    const bound = STATE_MACHINES.rights.tasks as Readonly<Record<string, FunctionName>>;
    this.taskStates = bound;
    const failed = new sfn.Fail(this, 'RequestFailed', { error: 'RequestFailed', cause: 'a step failed; the request is in state "failed" and can be redriven' });
    const recordFailure = this.task('RecordFailure', bound, functions, { catchTo: undefined });
    recordFailure.next(failed);
    const onFailure = (step: string) =>
      new sfn.Pass(this, `${step}Failed`, { result: sfn.Result.fromString(step), resultPath: '$.failedStep' }).next(recordFailure);

    const step = (name: string, resultPath?: string) => {
      const t = this.task(name, bound, functions, { catchTo: onFailure(name), ...(resultPath !== undefined ? { resultPath } : {}) });
      return t;
    };
    const processTenant = this.task('ProcessTenant', bound, functions, { catchTo: undefined });
    const forEachTenant = new sfn.Map(this, 'ForEachTenant', { itemsPath: '$.tenants', resultPath: '$.results', maxConcurrency: 10 });
    forEachTenant.itemProcessor(processTenant);
    forEachTenant.addCatch(onFailure('ForEachTenant'), { resultPath: '$.error' });

    const definition = step('Validate')
      .next(step('Suppress', sfn.JsonPath.DISCARD))
      .next(forEachTenant)
      .next(step('Aggregate'))
      .next(step('NotifyTenants', sfn.JsonPath.DISCARD))
      .next(step('Deliver', sfn.JsonPath.DISCARD))
      .next(step('Close'))
      .next(new sfn.Succeed(this, 'Done'));

    const smLogs = new logs.LogGroup(this, 'StateMachineLogs', logGroupProps);
    this.stateMachine = new sfn.StateMachine(this, 'RightsStateMachine', {
      stateMachineName: smName,
      definitionBody: sfn.DefinitionBody.fromChainable(definition),
      stateMachineType: sfn.StateMachineType.STANDARD,
      timeout: Duration.days(1),
      tracingEnabled: true,
      // Every event, without execution data: state inputs name requests, never persons, and logs need not carry them.
      logs: { destination: smLogs, level: sfn.LogLevel.ALL, includeExecutionData: false },
    });
    const smRole = this.stateMachine.role;
    Validations.of(smRole).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: "CDK's policy for Step Functions logging (logs:*LogDelivery*, Describe*): these APIs have no resource-level permissions, and X-Ray's neither.",
    });
    for (const fnName of Object.values(bound)) {
      const fn = functions[fnName]!;
      Validations.of(smRole).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(fn.node.defaultChild as lambda.CfnFunction)}.Arn>:*]`,
        reason: 'CDK grants lambda:InvokeFunction on each task function and its versions and aliases (ARN:*), nothing else.',
      });
    }

    // --- alarms to the operators ----------------------------------------------------------
    // One topic for every operator alarm of the deployment (lib/constructs/operator-alerts.ts).
    const operators = operatorTopic(this, stage);
    accessDeniedAlarm(this, { stage, logGroups: [logGroup], topic: operators });
    const alarms: cloudwatch.Alarm[] = [];
    // Failed requests wait for a human: alarm on any failed execution.
    alarms.push(
      new cloudwatch.Alarm(this, 'RequestsFailed', {
        alarmName: `${smName}-failed`,
        alarmDescription: 'A data-subject request failed and waits in state "failed"; find it and redrive.',
        metric: this.stateMachine.metricFailed({ period: Duration.minutes(5), statistic: 'Sum' }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );
    // The deadline watcher's counts (lambdas/handlers/rights/watch-deadlines.ts), published hourly.
    const watched = (metricName: string, statistic: 'Maximum' | 'Sum') =>
      new cloudwatch.Metric({
        namespace: RIGHTS_METRICS.namespace,
        metricName,
        dimensionsMap: { service: rightsMetricsService(stage) },
        period: Duration.hours(1),
        statistic,
      });
    const atLeastOne = (id: string, suffix: string, metricName: string, description: string) =>
      new cloudwatch.Alarm(this, id, {
        alarmName: `${smName}-${suffix}`,
        alarmDescription: description,
        metric: watched(metricName, 'Maximum'),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        // Silence is the watch-silent alarm's business, not "no request near due".
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    alarms.push(
      atLeastOne('RequestsNearDue', 'near-due', RIGHTS_METRICS.nearDue, 'An open data-subject request is within five days of its legal deadline (GDPR Art. 12(3)); answer it, or extend it with a reason.'),
      atLeastOne('RequestsOverdue', 'overdue', RIGHTS_METRICS.overdue, 'An open data-subject request is past its legal deadline (GDPR Art. 12(3)).'),
      atLeastOne('RequestsPastTarget', 'past-target', RIGHTS_METRICS.pastTarget, 'An open data-subject request is older than our one-week target.'),
      new cloudwatch.Alarm(this, 'DeadlineWatchSilent', {
        alarmName: `${smName}-deadline-watch-silent`,
        alarmDescription: 'The hourly deadline watcher has not reported for three hours: deadlines are not being watched.',
        metric: watched(RIGHTS_METRICS.watchRuns, 'Sum'),
        threshold: 1,
        evaluationPeriods: 3,
        datapointsToAlarm: 3,
        comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.BREACHING,
      }),
    );
    for (const a of alarms) notifyOperators(a, operators);
  }


  /** A function on a fixed schedule (trigger `cron` in lib/topology.ts), invoked by EventBridge Scheduler through a role that may invoke it only. */
  private schedule(decl: FunctionDecl, fn: nodejs.NodejsFunction, name: string): void {
    if (decl.trigger.kind !== 'cron') return;
    const role = new iam.Role(this, `${decl.id}-scheduler-role`, {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': this.account } } }),
      description: `EventBridge Scheduler invokes ${decl.id}`,
    });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] }));
    new scheduler.Schedule(this, `${decl.id}-schedule`, {
      scheduleName: name,
      schedule: scheduler.ScheduleExpression.expression(decl.trigger.expression),
      target: new schedulerTargets.LambdaInvoke(fn, { role: role.withoutPolicyUpdates(), retryAttempts: 2, maxEventAge: Duration.hours(1) }),
    });
  }

  private task(
    stateName: string,
    bound: Readonly<Record<string, FunctionName>>,
    functions: Partial<Record<FunctionName, nodejs.NodejsFunction>>,
    opts: { catchTo: sfn.IChainable | undefined; resultPath?: string },
  ): tasks.LambdaInvoke {
    const fnName = bound[stateName];
    const fn = fnName ? functions[fnName] : undefined;
    if (!fn) throw new Error(`state ${stateName} is bound to no rights function in lib/topology.ts`);
    const t = new tasks.LambdaInvoke(this, stateName, {
      lambdaFunction: fn,
      // The function's answer is the state's result: no Lambda envelope, the same shape locally.
      payloadResponseOnly: true,
      retryOnServiceExceptions: false,
      ...(opts.resultPath !== undefined ? { resultPath: opts.resultPath } : {}),
      taskTimeout: sfn.Timeout.duration(Duration.seconds(FUNCTIONS[fnName!].timeoutSeconds + 10)),
    });
    t.addRetry({ errors: PERMANENT_ERRORS, maxAttempts: 0 });
    t.addRetry({ errors: [sfn.Errors.ALL], interval: Duration.seconds(2), backoffRate: 2, maxAttempts: 4, jitterStrategy: sfn.JitterType.FULL });
    if (opts.catchTo) t.addCatch(opts.catchTo, { resultPath: '$.error' });
    return t;
  }
}
