import { CustomResource, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { functionRoleName, INDEX_KEY_PROVISIONER } from '../topology.js';
import { CHROMIUM_PACKAGE } from '../../layers/chromium/bundle.js';
import { logsKey as makeLogsKey } from './logs-key.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** The CloudFormation type of the resources (one per index key). */
export const INDEX_KEY_RESOURCE_TYPE = 'Custom::AdwardenIndexKey';

/** One index key to create at deploy time: whose, in which table, wrapped by which key, by which role. */
export interface IndexKeyTarget {
  /** Tenant id, or `platform` for the suppression list's key. */
  readonly tenantId: string;
  readonly keyItem: 'tenant' | 'platform';
  readonly tableName: string;
  readonly keyArn: string;
  /** The provisioning role of this one key (its rights: create that key item, generate that data key). */
  readonly role: iam.Role;
}

export interface IndexKeyProvisioningProps {
  readonly stage: Config['stage'];
  readonly sourceMaps: boolean;
  readonly keyAdminRoleArn: string;
  readonly targets: readonly IndexKeyTarget[];
}

/**
 * Deploy-time creation of index keys (issue 9 point 7): a custom resource per index key (each
 * tenant's and the platform's), served by one custom-resource Provider whose onEvent function
 * (lambdas/handlers/provision/index-key.ts) runs the provisioning use case.
 *
 * - Create: creates the key item unless it exists (exactly once; DynamoDB attribute_not_exists).
 * - Update: the same, idempotent: an existing key is kept, never replaced.
 * - Delete: does nothing. Removing a tenant from the config, or deleting the stack, never
 *   deletes a key item (the table's own removal policy decides what happens to the table).
 *
 * The function's own role can only assume the targets' provisioning roles; each of those can
 * create one key item (PutItem/GetItem on the key item's partition, a key-only Scan to check the
 * table is empty) and generate one kind of data key (kms:GenerateDataKey with encryption context
 * purpose=index-key, tenant=<id>). None holds kms:Decrypt or reads an ad.
 */
export class IndexKeyProvisioning extends Construct {
  public readonly function: nodejs.NodejsFunction;
  public readonly functionRole: iam.Role;
  public readonly provider: cr.Provider;
  public readonly resources: ReadonlyMap<string, CustomResource>;

  constructor(scope: Construct, id: string, props: IndexKeyProvisioningProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const prod = props.stage === 'prod';

    // Logs encrypted with a key only CloudWatch Logs may use, for this stack's log groups only.
    const logsKey = makeLogsKey(this, 'LogsKey', {
      description: `adwarden ${props.stage} index-key provisioning logs`,
      keyAdminRoleArn: props.keyAdminRoleArn,
      prod,
    });
    const logGroup = (lid: string) =>
      new logs.LogGroup(this, lid, {
        retention: logs.RetentionDays.ONE_MONTH,
        encryptionKey: logsKey,
        removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      });
    const fnLogs = logGroup('FunctionLogs');

    this.functionRole = new iam.Role(this, 'FunctionRole', {
      // A literal name: each provisioning role trusts exactly this ARN.
      roleName: functionRoleName(props.stage, INDEX_KEY_PROVISIONER),
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'adwarden index-key provisioner: may only assume the provisioning roles',
    });
    this.functionRole.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [fnLogs.logGroupArn] }),
    );
    Validations.of(this.functionRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(fnLogs.node.defaultChild as logs.CfnLogGroup)}.Arn>]`,
      reason: "A log group's ARN ends in ':*', which covers only that group's log streams; Lambda creates a stream per instance.",
    });
    this.functionRole.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['sts:AssumeRole'], resources: props.targets.map((t) => t.role.roleArn) }),
    );

    this.function = new nodejs.NodejsFunction(this, 'Function', {
      description: 'Creates missing index keys during cdk deploy (never replaces or deletes one)',
      entry: resolve(ROOT, INDEX_KEY_PROVISIONER.entry),
      handler: 'handler',
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.X86_64,
      memorySize: INDEX_KEY_PROVISIONER.memoryMb,
      timeout: Duration.seconds(INDEX_KEY_PROVISIONER.timeoutSeconds),
      // Every right of the role is written above; CDK adds nothing.
      role: this.functionRole.withoutPolicyUpdates(),
      logGroup: fnLogs,
      environment: props.sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {},
      depsLockFilePath: resolve(ROOT, 'package-lock.json'),
      projectRoot: ROOT,
      bundling: {
        format: nodejs.OutputFormat.ESM,
        target: 'node24',
        mainFields: ['module', 'main'],
        banner: "import { createRequire as __adwCreateRequire } from 'node:module'; const require = __adwCreateRequire(import.meta.url);",
        // As the collect functions without the layer: reaching the browser fails the bundle test.
        externalModules: [CHROMIUM_PACKAGE, 'puppeteer-core'],
        sourceMap: props.sourceMaps,
        minify: true,
      },
    });
    Validations.of(this.function).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason: 'Invoked synchronously by the custom-resource framework only, during cdk deploy; a failure fails the deploy and is reported in its CloudFormation events.',
    });
    Validations.of(this.function).acknowledge({
      id: 'Serverless-LambdaTracing',
      reason: 'Runs once per index key during cdk deploy; its outcome is in the CloudFormation events and its encrypted log group. No X-Ray rights are given to it.',
    });

    this.provider = new cr.Provider(this, 'Provider', {
      onEventHandler: this.function,
      logGroup: logGroup('ProviderLogs'),
    });
    // The Provider framework's own function (aws-cdk-lib code that relays CloudFormation's
    // request to the function above and uploads its answer), on this construct only.
    const framework = this.provider;
    const ack = (id: string, reason: string) => Validations.of(framework).acknowledge({ id, reason });
    ack(
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      "The custom-resource framework's role as aws-cdk-lib creates it: AWSLambdaBasicExecutionRole only lets it write its own logs; it holds no data or key rights.",
    );
    ack(
      `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(this.function.node.defaultChild as lambda.CfnFunction)}.Arn>:*]`,
      'The framework may invoke the provisioner function and its versions (ARN:*), nothing else; granted by aws-cdk-lib.',
    );
    ack('Serverless-LambdaDefaultMemorySize', "The custom-resource framework's function as aws-cdk-lib defines it: a small relay run a few times per deploy.");
    ack('Serverless-LambdaDLQ', 'Invoked by CloudFormation during a deploy only; a failure fails the deploy and shows in its events, there is nothing to redrive.');
    ack('Serverless-LambdaTracing', "The custom-resource framework's function as aws-cdk-lib defines it; it relays one request per index key during a deploy.");

    const resources = new Map<string, CustomResource>();
    for (const t of props.targets) {
      const resource = new CustomResource(this, `IndexKey-${t.tenantId}`, {
        serviceToken: this.provider.serviceToken,
        resourceType: INDEX_KEY_RESOURCE_TYPE,
        properties: { TenantId: t.tenantId, TableName: t.tableName, KeyId: t.keyArn, RoleArn: t.role.roleArn, KeyItem: t.keyItem },
        // A Delete is a no-op in the handler; RETAIN says so to CloudFormation as well.
        removalPolicy: RemovalPolicy.RETAIN,
      });
      // The provisioning role's policies (and the key policies naming it) exist before it runs.
      resource.node.addDependency(t.role);
      resources.set(t.tenantId, resource);
    }
    this.resources = resources;
  }
}
