import { Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import {
  ENV,
  FAILURE_QUEUES,
  type FailureQueueName,
  failureQueueName,
  FUNCTIONS,
  type FunctionDecl,
  type FunctionName,
  functionName,
  QUEUES,
  type QueueName,
  INDEX_KEY_PURPOSE,
  PLATFORM_INDEX_KEY_TENANT,
  type PlatformTableName,
  platformKeyAlias,
  platformTableName,
  queueName,
  tenantKeyAlias,
  tenantRoleName,
  tenantTableName,
  visibilityTimeoutSeconds,
} from '../topology.js';
import type { DataStack } from './data-stack.js';
import { logsKey } from '../constructs/logs-key.js';
import { deadLetterAlarm, accessDeniedAlarm, operatorTopic } from '../constructs/operator-alerts.js';
import { functionRole } from '../constructs/function-role.js';
import { ChromiumLayer } from '../constructs/chromium-layer.js';
import { keyAdminRoleArn } from '../constructs/key-admin.js';
import { CHROMIUM_PACKAGE } from '../../layers/chromium/bundle.js';

export interface CollectStackProps extends StackProps {
  readonly config: Config;
  readonly data: DataStack;
}

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * What collection does to each platform table (the adapters' calls), nothing more. The
 * suppression list is only read: collection can neither add to it nor delete from it, and
 * its index-key item is created at provisioning, not by collection.
 */
const PLATFORM_TABLE_ACTIONS: Readonly<Record<PlatformTableName, readonly string[]>> = {
  crawlState: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
  suppression: ['dynamodb:GetItem', 'dynamodb:BatchGetItem'],
  idempotency: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
  // Counters, markers and the last-run pointer are all written with UpdateItem (ADD / SET, conditional); never read, never deleted.
  crawlRuns: ['dynamodb:UpdateItem'],
  dsarRequests: [],
  auditLog: [],
  erasureJournal: [],
};

/** The collection pipeline: schedules, queues (each with a DLQ) and the three functions. */
export class CollectStack extends Stack {
  public readonly queues: Readonly<Record<QueueName, { queue: sqs.Queue; dlq: sqs.Queue }>>;
  public readonly functions: Readonly<Partial<Record<FunctionName, nodejs.NodejsFunction>>> & { readonly schedule: nodejs.NodejsFunction };
  public readonly chromium: ChromiumLayer;
  /** Dead-letter queues of the scheduler target and of async invocations (not job queues). */
  public readonly failureQueues: Readonly<Record<FailureQueueName, sqs.Queue>>;
  public readonly logsKey: kms.Key;

  constructor(scope: Construct, id: string, props: CollectStackProps) {
    super(scope, id, props);
    const { config, data } = props;
    const prod = config.stage === 'prod';

    const queues = {} as Record<QueueName, { queue: sqs.Queue; dlq: sqs.Queue }>;
    const deadLetters = new Construct(this, 'DeadLetters');
    Validations.of(deadLetters).acknowledge({
      id: 'Serverless-SQSRedrivePolicy',
      reason: 'These are the dead-letter queues themselves: the end of the line, inspected and redriven by operators.',
    });
    const deadLetterQueue = (id: string, name: string) =>
      new sqs.Queue(deadLetters, id, {
        queueName: name,
        encryption: sqs.QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
    for (const q of Object.keys(QUEUES) as QueueName[]) {
      const dlq = deadLetterQueue(`${QUEUES[q].id}-dlq`, queueName(config.stage, q, true));
      const queue = new sqs.Queue(this, QUEUES[q].id, {
        queueName: queueName(config.stage, q),
        encryption: sqs.QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        visibilityTimeout: Duration.seconds(visibilityTimeoutSeconds(q)),
        deadLetterQueue: { queue: dlq, maxReceiveCount: QUEUES[q].maxReceiveCount },
      });
      queues[q] = { queue, dlq };
    }
    this.queues = queues;
    // One per kind of failure, never shared with a job queue's DLQ (redrive goes back to the source).
    this.failureQueues = {
      schedulerTarget: deadLetterQueue(FAILURE_QUEUES.schedulerTarget.id, failureQueueName(config.stage, 'schedulerTarget')),
      asyncInvoke: deadLetterQueue(FAILURE_QUEUES.asyncInvoke.id, failureQueueName(config.stage, 'asyncInvoke')),
    };
    Validations.of(this.failureQueues.schedulerTarget).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: "It is a dead-letter queue: EventBridge Scheduler's DeadLetterConfig targets it, which cdk-nag does not recognise as a DLQ use.",
    });

    // Function logs, encrypted with a key of their own that only CloudWatch Logs may use, and
    // only for this stack's log groups (generated names start with the stack name).
    this.logsKey = logsKey(this, 'LogsKey', {
      alias: `alias/adwarden-${config.stage}-collect-logs`,
      description: `adwarden ${config.stage} collection function logs`,
      keyAdminRoleArn: keyAdminRoleArn(this, config),
      prod,
    });

    this.chromium = new ChromiumLayer(this, 'Chromium');

    // Shared by every function, so X-Ray's resource-less actions are acknowledged once.
    const tracing = new iam.ManagedPolicy(this, 'TracingPolicy', {
      description: 'X-Ray trace segments from adwarden functions',
      statements: [new iam.PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] })],
    });
    Validations.of(tracing).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray PutTraceSegments and PutTelemetryRecords do not support resource-level permissions; "*" is the only valid resource.',
    });

    // Tenant names and ARNs are computed from the topology, not imported from the data stack:
    // removing a tenant from the config then removes it here too, with no export left behind.
    const tenantRoles = Object.fromEntries(
      config.tenants.map((t) => [
        t.id,
        {
          roleArn: this.formatArn({ service: 'iam', region: '', resource: 'role', resourceName: tenantRoleName(config.stage, t, 'write') }),
          // The alias ARN: KMS accepts it as KeyId for GenerateDataKey and Decrypt.
          keyId: this.formatArn({ service: 'kms', resource: tenantKeyAlias(config.stage, t) }),
          table: tenantTableName(config.stage, t),
        },
      ]),
    );

    const functions = {} as Partial<Record<FunctionName, nodejs.NodejsFunction>> & { schedule: nodejs.NodejsFunction };
    const functionLogs: logs.LogGroup[] = [];
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const decl: FunctionDecl = FUNCTIONS[name];
      if (decl.area !== 'collect') continue;
      const fnName = functionName(config.stage, name);
      // No fixed name: a deploy after `cdk destroy` (or beside a retained group) never collides.
      const logGroup = new logs.LogGroup(this, `${decl.id}-logs`, {
        retention: logs.RetentionDays.ONE_MONTH,
        encryptionKey: this.logsKey,
        removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      });
      functionLogs.push(logGroup);
      // Every right of this role is written below, by name; CDK's own grants (X-Ray '*',
      // queue consumption) are refused (`fixed`) so nothing wider slips in.
      const { role, fixed: fixedRole } = functionRole(this, config.stage, decl, tracing);
      role.addToPrincipalPolicy(
        new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }),
      );
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(logGroup.node.defaultChild as logs.CfnLogGroup)}.Arn>]`,
        reason: "A log group's ARN ends in ':*', which covers only that group's log streams; Lambda creates a stream per instance.",
      });

      const environment: Record<string, string> = {
        [ENV.stage]: config.stage,
        ...(config.sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
      };
      for (const q of decl.sendsTo) {
        environment[ENV.queueUrl(q)] = queues[q].queue.queueUrl;
        role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queues[q].queue.queueArn] }));
      }
      for (const t of decl.platformTables) {
        const tableName = platformTableName(config.stage, t);
        environment[ENV.table(t)] = tableName;
        role.addToPrincipalPolicy(
          new iam.PolicyStatement({
            actions: [...PLATFORM_TABLE_ACTIONS[t]],
            resources: [this.formatArn({ service: 'dynamodb', resource: 'table', resourceName: tableName })],
          }),
        );
      }
      if ((decl.platformTables as readonly PlatformTableName[]).includes('suppression')) {
        // The suppression list is hashed under the platform index key: unwrap that key, nothing else.
        environment[ENV.platformKeyId] = this.formatArn({ service: 'kms', resource: platformKeyAlias(config.stage) });
        data.grantPlatformKeyUse(role, [
          { actions: ['kms:Decrypt'], context: { purpose: INDEX_KEY_PURPOSE, tenant: PLATFORM_INDEX_KEY_TENANT } },
        ]);
      }
      if (decl.writesTenantData) {
        environment[ENV.tenants] = this.toJsonString(tenantRoles);
        // Only through each tenant's own role: this function holds no tenant data rights itself.
        role.addToPrincipalPolicy(
          new iam.PolicyStatement({ actions: ['sts:AssumeRole'], resources: Object.values(tenantRoles).map((t) => t.roleArn) }),
        );
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
        // Async invocations (the schedule) that fail after Lambda's retries land here.
        deadLetterQueue: this.failureQueues.asyncInvoke,
        layers: decl.browser ? [this.chromium.layer] : [],
        depsLockFilePath: resolve(ROOT, 'package-lock.json'),
        projectRoot: ROOT,
        bundling: {
          format: nodejs.OutputFormat.ESM,
          target: 'node24',
          mainFields: ['module', 'main'],
          // ESM bundles of CommonJS dependencies need `require`.
          banner: "import { createRequire as __adwCreateRequire } from 'node:module'; const require = __adwCreateRequire(import.meta.url);",
          // The AWS SDK is bundled at the version we test against (the runtime's own copy is
          // whatever nodejs24.x ships that month); only the Chromium layer stays external. A
          // function without the layer lists it (and puppeteer-core) as external too, so a
          // composition that reaches the browser fails to load in test/integration/bundles.test.ts
          // instead of silently bundling Chromium.
          externalModules: decl.browser ? [CHROMIUM_PACKAGE] : [CHROMIUM_PACKAGE, 'puppeteer-core'],
          define: { __ADWARDEN_CONFIG__: JSON.stringify(JSON.stringify(config)) },
          sourceMap: config.sourceMaps,
          minify: true,
        },
      });
      // The role's policies (an imported role's included) exist before the function runs.
      fn.node.addDependency(role, tracing);
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.failureQueues.asyncInvoke.queueArn] }));
      if (decl.trigger.kind === 'queue') {
        role.addToPrincipalPolicy(
          new iam.PolicyStatement({
            actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
            resources: [queues[decl.trigger.queue].queue.queueArn],
          }),
        );
        fn.addEventSource(
          new SqsEventSource(queues[decl.trigger.queue].queue, {
            batchSize: decl.trigger.batchSize,
            maxConcurrency: Math.max(2, decl.trigger.maxConcurrency),
            reportBatchItemFailures: true,
          }),
        );
        const mapping = fn.node.children.find((c): c is lambda.EventSourceMapping => c instanceof lambda.EventSourceMapping)!;
        Validations.of(mapping).acknowledge({
          id: 'Serverless-LambdaEventSourceMappingDestination',
          reason: "This mapping reads SQS, which does not support on-failure destinations; failed messages go to the queue's own dead-letter queue through its redrive policy.",
        });
      }
      functions[name] = fn;
    }
    this.functions = functions;

    // Breach-response alarms (docs/operations/breach.md): every dead-letter queue, refused KMS calls.
    const operators = operatorTopic(this, config.stage);
    for (const q of Object.keys(QUEUES) as QueueName[]) deadLetterAlarm(this, `${QUEUES[q].id}-dlq-alarm`, queues[q].dlq, operators);
    for (const f of Object.keys(FAILURE_QUEUES) as FailureQueueName[]) {
      deadLetterAlarm(this, `${FAILURE_QUEUES[f].id}-alarm`, this.failureQueues[f], operators);
    }
    accessDeniedAlarm(this, { stage: config.stage, logGroups: functionLogs, topic: operators });

    // One schedule per source, each invoking the schedule function with its source id.
    const schedulerDlq = this.failureQueues.schedulerTarget;
    const schedulerRole = new iam.Role(this, 'SchedulerRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      description: 'EventBridge Scheduler invoking the adwarden schedule function',
    });
    schedulerRole.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [functions.schedule.functionArn] }));
    schedulerRole.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [schedulerDlq.queueArn] }));
    for (const source of config.sources) {
      new scheduler.Schedule(this, `schedule-${source.id}`, {
        scheduleName: `adwarden-${config.stage}-${source.id}`,
        description: `Crawl ${source.id}`,
        schedule: scheduler.ScheduleExpression.expression(source.schedule),
        target: new targets.LambdaInvoke(functions.schedule, {
          input: scheduler.ScheduleTargetInput.fromObject({ sourceId: source.id }),
          deadLetterQueue: schedulerDlq,
          role: schedulerRole.withoutPolicyUpdates(),
          maxEventAge: Duration.hours(1),
          retryAttempts: 2,
        }),
      });
    }
  }
}
