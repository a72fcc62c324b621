/**
 * The customer API (issue 6): the user pool, API Gateway REST (regional, Cognito authorizer on
 * every `cognito` route, request validation, per-method throttling, access logs without personal
 * values, problem+json gateway responses), a WAF web ACL, the API functions of lib/topology.ts
 * (each reading a tenant only through that tenant's READ role) and the hourly account-hygiene job.
 */
import { ArnFormat, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { AUDIT_CHAIN_BROKEN_FIELD } from '../../lambdas/query/audit-verify.js';
import { deadLetterAlarm, accessDeniedAlarm, metricNamespace, notifyOperators, operatorTopic } from '../constructs/operator-alerts.js';
import { CustomerUserPool } from '../constructs/user-pool.js';
import { keyAdminRoleArn } from '../constructs/key-admin.js';
import { logsKey } from '../constructs/logs-key.js';
import { functionRole } from '../constructs/function-role.js';
import {
  ENV,
  FUNCTIONS,
  type FunctionDecl,
  type FunctionName,
  functionName,
  platformTableName,
  ROUTES,
  type RouteDecl,
  tenantKeyAlias,
  tenantRoleName,
  tenantTableName,
} from '../topology.js';

export interface ApiStackProps extends StackProps {
  readonly config: Config;
}

const ROOT = resolve(import.meta.dirname, '../..');

/** What the API functions do to the audit-log table (the adapter's calls), nothing more. */
const AUDIT_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'];
/** The audit-chain verifier only reads the chain (head and records). */
const AUDIT_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query'];

/** Access-log fields: no IP, no query string, no path values beyond the route, no claim but none. */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  time: '$context.requestTime',
  method: '$context.httpMethod',
  route: '$context.resourcePath',
  status: '$context.status',
  responseLength: '$context.responseLength',
  latencyMs: '$context.responseLatency',
  integrationLatencyMs: '$context.integrationLatency',
  wafStatus: '$context.waf.status',
  error: '$context.error.responseType',
} as const;

/** Blocked requests in 5 minutes that count as a spike (the rate rule alone blocks an IP above 600 per 5 minutes). */
export const WAF_BLOCKED_SPIKE = 100;

export class ApiStack extends Stack {
  public readonly userPool: CustomerUserPool;
  public readonly api: apigw.RestApi;
  public readonly webAcl: wafv2.CfnWebACL;
  public readonly functions: Readonly<Partial<Record<FunctionName, nodejs.NodejsFunction>>>;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.userPool = new CustomerUserPool(this, 'Users', { stage: config.stage });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason: 'MFA is required (Mfa.REQUIRED, TOTP only); the rule does not recognise the TOTP-only setting.',
    });

    const tracing = new iam.ManagedPolicy(this, 'TracingPolicy', {
      description: 'X-Ray trace segments from adwarden API functions',
      statements: [new iam.PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] })],
    });
    Validations.of(tracing).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray PutTraceSegments and PutTelemetryRecords do not support resource-level permissions; "*" is the only valid resource.',
    });

    // Each tenant's READ role (lib/constructs/tenant-data.ts trusts exactly these function roles).
    const readRoles = Object.fromEntries(
      config.tenants.map((t) => [
        t.id,
        {
          roleArn: this.formatArn({ service: 'iam', region: '', resource: 'role', resourceName: tenantRoleName(config.stage, t, 'read') }),
          keyId: this.formatArn({ service: 'kms', resource: tenantKeyAlias(config.stage, t) }),
          table: tenantTableName(config.stage, t),
        },
      ]),
    );
    const auditTableArn = this.formatArn({ service: 'dynamodb', resource: 'table', resourceName: platformTableName(config.stage, 'auditLog') });
    const dlq = new sqs.Queue(this, 'AsyncFailures', { encryption: sqs.QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
    Validations.of(dlq).acknowledge({ id: 'AwsSolutions-SQS3', reason: 'This is the dead-letter queue of the scheduled account-hygiene job: the end of the line.' });
    Validations.of(dlq).acknowledge({ id: 'Serverless-SQSRedrivePolicy', reason: 'This is itself the dead-letter queue of the scheduled job; operators inspect and redrive it.' });

    // Function and access logs: no fixed names (a deploy after `cdk destroy`, or beside a retained
    // group, never collides), deleted with a dev stack and kept on prod, encrypted with a key only
    // CloudWatch Logs may use, and only for this stack's log groups (as in the collect stack).
    const prod = config.stage === 'prod';
    const logsEncryption = logsKey(this, 'LogsKey', {
      alias: `alias/adwarden-${config.stage}-api-logs`,
      description: `adwarden ${config.stage} API logs`,
      keyAdminRoleArn: keyAdminRoleArn(this, config),
      prod,
    });
    const logGroupProps = (retention: logs.RetentionDays): logs.LogGroupProps => ({
      retention,
      encryptionKey: logsEncryption,
      removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const functions: Partial<Record<FunctionName, nodejs.NodejsFunction>> = {};
    const functionLogs: Partial<Record<FunctionName, logs.LogGroup>> = {};
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const decl: FunctionDecl = FUNCTIONS[name];
      if (decl.area !== 'api') continue;
      const fnName = functionName(config.stage, name);
      const logGroup = new logs.LogGroup(this, `${decl.id}-logs`, logGroupProps(logs.RetentionDays.ONE_MONTH));
      functionLogs[name] = logGroup;
      const { role, fixed: fixedRole } = functionRole(this, config.stage, decl, tracing);
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }));
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(logGroup.node.defaultChild as logs.CfnLogGroup)}.Arn>]`,
        reason: "A log group's ARN ends in ':*', which covers only that group's log streams; Lambda creates a stream per instance.",
      });
      const environment: Record<string, string> = {
        [ENV.stage]: config.stage,
        ...(config.sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
      };
      if ((decl.platformTables as readonly string[]).includes('auditLog')) {
        environment[ENV.table('auditLog')] = platformTableName(config.stage, 'auditLog');
        role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: name === 'auditVerify' ? AUDIT_READ_ACTIONS : AUDIT_ACTIONS, resources: [auditTableArn] }));
      }
      if ((decl.platformTables as readonly string[]).includes('crawlRuns')) {
        // Each source's last crawl run (counts and times only): read, one item at a time, nothing else.
        const crawlRunsTable = platformTableName(config.stage, 'crawlRuns');
        environment[ENV.table('crawlRuns')] = crawlRunsTable;
        role.addToPrincipalPolicy(
          new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: [this.formatArn({ service: 'dynamodb', resource: 'table', resourceName: crawlRunsTable })] }),
        );
      }
      if (decl.readsTenantData) {
        environment[ENV.tenants] = this.toJsonString(readRoles);
        // Tenant data only through a tenant's read role, assumed for the tenant of the verified claim.
        role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sts:AssumeRole'], resources: Object.values(readRoles).map((r) => r.roleArn) }));
      }
      if (name === 'accountHygiene') {
        environment[ENV.userPoolId] = this.userPool.pool.userPoolId;
        environment[ENV.inactiveDays] = String(config.api.inactiveDays);
        role.addToPrincipalPolicy(
          new iam.PolicyStatement({
            actions: ['cognito-idp:ListUsers', 'cognito-idp:AdminListUserAuthEvents', 'cognito-idp:AdminDisableUser'],
            resources: [this.userPool.pool.userPoolArn],
          }),
        );
      }
      const fn = new nodejs.NodejsFunction(this, decl.id, {
        functionName: fnName,
        entry: resolve(ROOT, decl.entry),
        handler: 'handler',
        runtime: lambda.Runtime.NODEJS_24_X,
        architecture: lambda.Architecture.ARM_64,
        memorySize: decl.memoryMb,
        timeout: Duration.seconds(decl.timeoutSeconds),
        role: fixedRole,
        logGroup,
        tracing: lambda.Tracing.ACTIVE,
        environment,
        ...(decl.trigger.kind === 'cron' ? { deadLetterQueue: dlq } : {}),
        depsLockFilePath: resolve(ROOT, 'package-lock.json'),
        projectRoot: ROOT,
        bundling: {
          format: nodejs.OutputFormat.ESM,
          target: 'node24',
          mainFields: ['module', 'main'],
          banner: "import { createRequire as __adwCreateRequire } from 'node:module'; const require = __adwCreateRequire(import.meta.url);",
          externalModules: [],
          define: { __ADWARDEN_CONFIG__: JSON.stringify(JSON.stringify(config)) },
          sourceMap: config.sourceMaps,
          minify: true,
        },
      });
      // The role's policies (an imported role's included) exist before the function runs.
      fn.node.addDependency(role, tracing);
      if (decl.trigger.kind === 'cron') {
        role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [dlq.queueArn] }));
        const schedulerRole = new iam.Role(this, `${decl.id}-scheduler-role`, {
          assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': this.account } } }),
        });
        schedulerRole.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] }));
        schedulerRole.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [dlq.queueArn] }));
        new scheduler.Schedule(this, `${decl.id}-schedule`, {
          scheduleName: fnName,
          schedule: scheduler.ScheduleExpression.expression(decl.trigger.expression),
          target: new targets.LambdaInvoke(fn, { deadLetterQueue: dlq, role: schedulerRole.withoutPolicyUpdates(), retryAttempts: 2, maxEventAge: Duration.hours(1) }),
        });
      }
      // Only on the functions API Gateway invokes synchronously (the scheduled ones have a DLQ),
      // not stack-wide: a function added later gets its own finding.
      if (decl.trigger.kind !== 'cron') {
        Validations.of(fn).acknowledge({
          id: 'Serverless-LambdaDLQ',
          reason: 'Invoked synchronously by API Gateway: a DLQ applies to asynchronous invocations only; the caller sees the error.',
        });
      }
      functions[name] = fn;
    }
    this.functions = functions;

    // --- API Gateway -------------------------------------------------------------------
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', logGroupProps(logs.RetentionDays.THREE_MONTHS));
    const methodOptions: Record<string, apigw.MethodDeploymentOptions> = {};
    for (const r of ROUTES as readonly RouteDecl[]) {
      methodOptions[`${r.path}/${r.method}`] = { throttlingRateLimit: r.throttle.rateLimit, throttlingBurstLimit: r.throttle.burstLimit };
    }
    this.api = new apigw.RestApi(this, 'Api', {
      restApiName: `adwarden-${config.stage}-api`,
      description: 'adwarden customer API',
      endpointConfiguration: { types: [apigw.EndpointType.REGIONAL] },
      disableExecuteApiEndpoint: false,
      cloudWatchRole: true,
      deployOptions: {
        stageName: config.stage,
        accessLogDestination: new apigw.LogGroupLogDestination(accessLogs),
        accessLogFormat: apigw.AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
        loggingLevel: apigw.MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        metricsEnabled: true,
        tracingEnabled: true,
        throttlingRateLimit: 50,
        throttlingBurstLimit: 100,
        methodOptions,
      },
    });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      reason: "API Gateway's account-level CloudWatch role; AWS's managed policy is the documented way to let API Gateway write execution logs.",
    });
    for (const [type, status, detail] of [
      [apigw.ResponseType.UNAUTHORIZED, '401', 'the token is missing or not valid'],
      [apigw.ResponseType.ACCESS_DENIED, '403', 'not allowed'],
      [apigw.ResponseType.BAD_REQUEST_PARAMETERS, '400', 'a required parameter is missing'],
      [apigw.ResponseType.THROTTLED, '429', 'too many requests'],
      [apigw.ResponseType.WAF_FILTERED, '403', 'request blocked'],
      [apigw.ResponseType.DEFAULT_4XX, '400', 'request refused'],
      [apigw.ResponseType.DEFAULT_5XX, '500', 'internal error'],
    ] as const) {
      this.api.addGatewayResponse(`Problem${type.responseType}`, {
        type,
        statusCode: status,
        responseHeaders: { 'Content-Type': "'application/problem+json'" },
        templates: {
          'application/json': `{"type":"about:blank","title":"${detail}","status":${status},"detail":"${detail}","instance":"$context.requestId"}`,
        },
      });
    }

    const authorizer = new apigw.CognitoUserPoolsAuthorizer(this, 'Authorizer', {
      cognitoUserPools: [this.userPool.pool],
      identitySource: apigw.IdentitySource.header('Authorization'),
      resultsCacheTtl: Duration.minutes(5),
    });
    const validator = new apigw.RequestValidator(this, 'Validator', { restApi: this.api, validateRequestParameters: true, validateRequestBody: true });
    for (const r of ROUTES as readonly RouteDecl[]) {
      const resource = this.api.root.resourceForPath(r.path);
      // The rights routes' functions live in the rights stack: they are named from the topology
      // and imported by ARN (no export, and the invoke permission stays in this stack, so the
      // two stacks do not reference each other in a cycle; buildApp deploys rights first).
      const routeDecl: FunctionDecl | undefined = FUNCTIONS[r.function];
      const fn: lambda.IFunction | undefined =
        functions[r.function] ??
        (routeDecl?.area === 'rights'
          ? lambda.Function.fromFunctionAttributes(this, `Route-${routeDecl.id}`, {
              functionArn: this.formatArn({ service: 'lambda', resource: 'function', resourceName: functionName(config.stage, r.function), arnFormat: ArnFormat.COLON_RESOURCE_NAME }),
              sameEnvironment: true,
            })
          : undefined);
      if (!fn) throw new Error(`route ${r.method} ${r.path}: no API function ${r.function}`);
      const method = resource.addMethod(r.method, new apigw.LambdaIntegration(fn, { proxy: true }), {
        ...(r.auth === 'cognito' ? { authorizer, authorizationType: apigw.AuthorizationType.COGNITO } : { authorizationType: apigw.AuthorizationType.NONE }),
        requestValidator: validator,
        requestParameters: {
          ...Object.fromEntries(Object.entries(r.query ?? {}).map(([k, req]) => [`method.request.querystring.${k}`, req])),
          ...Object.fromEntries([...r.path.matchAll(/\{(\w+)\}/g)].map((m) => [`method.request.path.${m[1]}`, true])),
        },
      });
      if (r.auth === 'public') {
        Validations.of(method).acknowledge({ id: 'AwsSolutions-APIG4', reason: `${r.path} is public by design: it serves no personal data (e.g. the API description, the rights request form)` });
        Validations.of(method).acknowledge({ id: 'AwsSolutions-COG4', reason: `${r.path} is public by design: it serves no personal data (e.g. the API description, the rights request form)` });
      }
    }

    // --- WAF -----------------------------------------------------------------------------
    const managed = (name: string, priority: number): wafv2.CfnWebACL.RuleProperty => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: name, sampledRequestsEnabled: false },
    });
    // WAF publishes the ACL's metrics under this name (the WebACL dimension of AWS/WAFV2).
    const webAclMetricName = `adwarden-${config.stage}-api`;
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      name: `adwarden-${config.stage}-api`,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: webAclMetricName, sampledRequestsEnabled: false },
      rules: [
        {
          name: 'RatePerIp',
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { limit: 600, aggregateKeyType: 'IP', evaluationWindowSec: 300 } },
          visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'RatePerIp', sampledRequestsEnabled: false },
        },
        managed('AWSManagedRulesCommonRuleSet', 1),
        managed('AWSManagedRulesKnownBadInputsRuleSet', 2),
      ],
    });
    new wafv2.CfnWebACLAssociation(this, 'WebAclAssociation', { resourceArn: this.api.deploymentStage.stageArn, webAclArn: this.webAcl.attrArn });

    // --- breach-response alarms (docs/operations/breach.md) -------------------------------
    const operators = operatorTopic(this, config.stage);
    deadLetterAlarm(this, 'AsyncFailuresDlqAlarm', dlq, operators);
    accessDeniedAlarm(this, { stage: config.stage, logGroups: Object.values(functionLogs), topic: operators });
    // A chain that fails verification: the verifier logs `auditChainBroken: 1` per broken tenant.
    const verifier = functions.auditVerify;
    if (!verifier) throw new Error('the audit-chain verifier (auditVerify) is not an API function');
    const verifierLogs = functionLogs.auditVerify!;
    const brokenMetric = new logs.MetricFilter(this, 'AuditChainBrokenFilter', {
      logGroup: verifierLogs,
      filterPattern: logs.FilterPattern.numberValue(`$.${AUDIT_CHAIN_BROKEN_FIELD}`, '=', 1),
      metricNamespace: metricNamespace(config.stage),
      metricName: 'AuditChainBroken',
      metricValue: '1',
    }).metric({ period: Duration.hours(1), statistic: 'Sum' });
    notifyOperators(
      new cloudwatch.Alarm(this, 'AuditChainBrokenAlarm', {
        alarmName: `${this.stackName}-audit-chain-broken`,
        alarmDescription: "A tenant's audit hash chain failed verification (records deleted, altered or reordered). Runbook: docs/operations/breach.md#audit-chain-broken",
        metric: brokenMetric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      operators,
    );
    // "Could not verify" must not pass for "intact": the verifier failing is its own alarm.
    notifyOperators(
      new cloudwatch.Alarm(this, 'AuditVerifierFailedAlarm', {
        alarmName: `${this.stackName}-audit-verifier-failed`,
        alarmDescription: 'The daily audit-chain verifier failed to run to the end: the chains are unverified. Runbook: docs/operations/breach.md#audit-chain-broken',
        metric: verifier.metricErrors({ period: Duration.hours(1), statistic: 'Sum' }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      operators,
    );
    // A spike of requests the web ACL blocked (all rules): an attack in progress, or clients locked out.
    notifyOperators(
      new cloudwatch.Alarm(this, 'WafBlockedSpikeAlarm', {
        alarmName: `${this.stackName}-waf-blocked-spike`,
        alarmDescription: `The API's web ACL blocked at least ${WAF_BLOCKED_SPIKE} requests in 5 minutes. Runbook: docs/operations/breach.md#waf-blocked-spike`,
        metric: new cloudwatch.Metric({
          namespace: 'AWS/WAFV2',
          metricName: 'BlockedRequests',
          dimensionsMap: { WebACL: webAclMetricName, Rule: 'ALL', Region: this.region },
          period: Duration.minutes(5),
          statistic: 'Sum',
        }),
        threshold: WAF_BLOCKED_SPIKE,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      operators,
    );
  }
}
