import { Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import type { Config } from '../config.js';
import { KEY_ADMIN_ACTIONS, KEY_USE_ACTIONS } from '../constructs/key-actions.js';
import { tableProps } from '../constructs/table-defaults.js';
import { TenantData } from '../constructs/tenant-data.js';
import { PLATFORM_TABLES, type PlatformTableName, platformTableName } from '../topology.js';

export interface DataStackProps extends StackProps {
  readonly config: Config;
}

/** Backups are kept at most one week: the seeds promise it, the tests hold it. */
export const BACKUP_RETENTION_DAYS = 7;

/**
 * Keys, tables and backups: one silo per tenant plus the platform tables (suppression list,
 * DSAR requests, audit log, crawl state, idempotency) under a platform key.
 */
export class DataStack extends Stack {
  public readonly tenants: ReadonlyMap<string, TenantData>;
  public readonly platformKey: kms.Key;
  public readonly platformTables: Readonly<Record<PlatformTableName, dynamodb.TableV2>>;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { config } = props;
    const prod = config.stage === 'prod';

    const backupRole = new iam.Role(this, 'BackupRole', {
      assumedBy: new iam.ServicePrincipal('backup.amazonaws.com'),
      description: 'AWS Backup service role for adwarden tables',
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSBackupServiceRolePolicyForBackup')],
    });
    Validations.of(backupRole).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason:
        'AWSBackupServiceRolePolicyForBackup is the AWS-maintained least-privilege policy for the Backup service; the tenant keys only admit this role via DynamoDB and Backup (kms:ViaService).',
    });

    this.platformKey = new kms.Key(this, 'PlatformKey', {
      alias: `alias/adwarden-${config.stage}-platform`,
      description: `adwarden ${config.stage} platform tables and backup vault`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      policy: new iam.PolicyDocument({
        statements: [
          new iam.PolicyStatement({
            sid: 'KeyAdministration',
            principals: [new iam.AccountRootPrincipal()],
            actions: [...KEY_ADMIN_ACTIONS],
            resources: ['*'],
          }),
          // Platform code is granted use through IAM policies naming this key's ARN, which the
          // stacks that define that code add; the key policy delegates only to the account.
          new iam.PolicyStatement({
            sid: 'AccountUseThroughIam',
            principals: [new iam.AccountRootPrincipal()],
            actions: [...KEY_USE_ACTIONS],
            resources: ['*'],
          }),
        ],
      }),
    });

    const platformTables = {} as Record<PlatformTableName, dynamodb.TableV2>;
    for (const name of Object.keys(PLATFORM_TABLES) as PlatformTableName[]) {
      platformTables[name] = new dynamodb.TableV2(
        this,
        `Platform-${PLATFORM_TABLES[name].id}`,
        tableProps(PLATFORM_TABLES[name], { tableName: platformTableName(config.stage, name), key: this.platformKey, prod }),
      );
    }
    this.platformTables = platformTables;

    const tenants = new Map<string, TenantData>();
    for (const tenant of config.tenants) {
      tenants.set(tenant.id, new TenantData(this, `Tenant-${tenant.id}`, { tenant, stage: config.stage, backupRole }));
    }
    this.tenants = tenants;

    const vault = new backup.BackupVault(this, 'Vault', {
      backupVaultName: `adwarden-${config.stage}`,
      encryptionKey: this.platformKey,
      removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const plan = new backup.BackupPlan(this, 'Plan', {
      backupPlanName: `adwarden-${config.stage}-daily-7d`,
      backupVault: vault,
      backupPlanRules: [
        new backup.BackupPlanRule({
          ruleName: 'daily-kept-7-days',
          scheduleExpression: events.Schedule.cron({ minute: '0', hour: '3' }),
          deleteAfter: Duration.days(BACKUP_RETENTION_DAYS),
        }),
      ],
    });
    plan.addSelection('Tables', {
      role: backupRole,
      resources: [
        ...[...tenants.values()].map((t) => backup.BackupResource.fromDynamoDbTable(t.table)),
        ...Object.values(platformTables).map((t) => backup.BackupResource.fromDynamoDbTable(t)),
      ],
    });
  }
}
