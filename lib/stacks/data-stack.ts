import { Duration, Lazy, RemovalPolicy, Stack, type StackProps, Token, Validations } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import type { Config } from '../config.js';
import { KEY_ADMIN_ACTIONS, KEY_AUDIT_ACTIONS, KEY_BACKUP_ACTIONS, KEY_SERVICE_GRANT_ACTIONS } from '../constructs/key-actions.js';
import { keyAdminRoleArn } from '../constructs/key-admin.js';
import { roleInDataStack } from '../constructs/function-role.js';
import { IndexKeyProvisioning, type IndexKeyTarget } from '../constructs/index-key-provisioning.js';
import { OperatorTopic } from '../constructs/operator-alerts.js';
import { tableProps } from '../constructs/table-defaults.js';
import { TenantData } from '../constructs/tenant-data.js';
import {
  FUNCTIONS,
  type FunctionDecl,
  functionRoleName,
  functionsWhere,
  INDEX_KEY_PURPOSE,
  PLATFORM_INDEX_KEY_TENANT,
  platformKeyAlias,
  PLATFORM_TABLES,
  type PlatformTableName,
  platformTableName,
  provisionRoleName,
  tenantTableName,
} from '../topology.js';

/** Partition key of the platform's index-key item in the suppression table (PLATFORM_INDEX_KEY_ITEM of the adapter). */
const PLATFORM_INDEX_KEY_ITEM_PK = 'META#INDEX_KEY';

export interface DataStackProps extends StackProps {
  readonly config: Config;
  /** The functions whose roles the tenant roles trust. @default FUNCTIONS of lib/topology.ts */
  readonly functions?: Readonly<Record<string, FunctionDecl>>;
}

/** One use of the platform key: an action, bound to an encryption context. */
export interface PlatformKeyUse {
  readonly actions: readonly ('kms:Decrypt' | 'kms:GenerateDataKey')[];
  /** Every key-value pair must be in the request's encryption context (`kms:EncryptionContext:<k>`). */
  readonly context: Readonly<Record<string, string>>;
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
  /**
   * Execution roles (by function id) of the functions that assume tenant roles, defined here so
   * the tenant roles can trust them as principals; their statements are added by the function stacks.
   */
  public readonly functionRoles: ReadonlyMap<string, iam.Role>;
  /** Creates every missing index key during `cdk deploy` (custom resources). */
  public readonly indexKeys: IndexKeyProvisioning;
  /** Assumed by the provisioner only: creates the platform's index key in the suppression table. */
  public readonly platformProvisionRole: iam.Role;
  /** Where every breach-response alarm of the deployment goes (docs/operations/breach.md). */
  public readonly operators: OperatorTopic;
  /** The one principal that administers every key of this deployment. */
  public readonly keyAdminRoleArn: string;
  private readonly stage: Config['stage'];

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { config } = props;
    const prod = config.stage === 'prod';
    this.stage = config.stage;
    this.keyAdminRoleArn = keyAdminRoleArn(this, config);
    const viaServices = [`dynamodb.${this.region}.amazonaws.com`, `backup.${this.region}.amazonaws.com`];

    const backupRole = new iam.Role(this, 'BackupRole', {
      // Only AWS Backup acting for this account (confused-deputy protection).
      assumedBy: new iam.ServicePrincipal('backup.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      description: 'AWS Backup service role for adwarden tables',
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSBackupServiceRolePolicyForBackup')],
    });
    Validations.of(backupRole).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason:
        'AWSBackupServiceRolePolicyForBackup is the AWS-maintained least-privilege policy for the Backup service; the tenant keys only admit this role via DynamoDB and Backup (kms:ViaService).',
    });

    this.platformKey = new kms.Key(this, 'PlatformKey', {
      alias: platformKeyAlias(config.stage),
      description: `adwarden ${config.stage} platform tables and backup vault`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      // Code gets use of this key only through grantPlatformKeyUse (named role, bound context).
      policy: new iam.PolicyDocument({
        statements: [
          new iam.PolicyStatement({
            sid: 'AdministrationByDeploymentRole',
            principals: [new iam.ArnPrincipal(this.keyAdminRoleArn)],
            actions: [...KEY_ADMIN_ACTIONS],
            resources: ['*'],
          }),
          new iam.PolicyStatement({
            sid: 'GrantsForDynamoDbAndBackupOnly',
            principals: [new iam.ArnPrincipal(this.keyAdminRoleArn)],
            actions: [...KEY_SERVICE_GRANT_ACTIONS],
            resources: ['*'],
            conditions: { StringEquals: { 'kms:ViaService': viaServices }, Bool: { 'kms:GrantIsForAWSResource': 'true' } },
          }),
          new iam.PolicyStatement({
            sid: 'AccountMayReadKeyMetadataOnly',
            principals: [new iam.AccountRootPrincipal()],
            actions: [...KEY_AUDIT_ACTIONS],
            resources: ['*'],
          }),
          new iam.PolicyStatement({
            sid: 'BackupThroughServicesOnly',
            principals: [new iam.ArnPrincipal(backupRole.roleArn)],
            actions: [...KEY_BACKUP_ACTIONS],
            resources: ['*'],
            conditions: { StringEquals: { 'kms:ViaService': viaServices } },
          }),
          new iam.PolicyStatement({
            sid: 'BackupGrantsForAwsResourcesOnly',
            principals: [new iam.ArnPrincipal(backupRole.roleArn)],
            actions: ['kms:CreateGrant'],
            resources: ['*'],
            conditions: { StringEquals: { 'kms:ViaService': viaServices }, Bool: { 'kms:GrantIsForAWSResource': 'true' } },
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

    const functions = props.functions ?? FUNCTIONS;
    // The execution roles of the functions that assume tenant roles live HERE, not in the
    // function stacks: the tenant roles then trust each of them as a principal (its Fn::GetAtt
    // Arn, which IAM pins to the role's unique id), not a name anyone could recreate. The
    // function stacks deploy after this one and attach each role's statements to it by name.
    const functionRoles = new Map<string, iam.Role>();
    for (const d of functionsWhere(roleInDataStack, functions)) {
      functionRoles.set(
        d.id,
        new iam.Role(this, `FunctionRole-${d.id}`, {
          roleName: functionRoleName(config.stage, d),
          assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
          description: `adwarden ${d.id} function`,
        }),
      );
    }
    this.functionRoles = functionRoles;
    const rolesOf = (pred: (d: FunctionDecl) => boolean) => functionsWhere(pred, functions).map((d) => functionRoles.get(d.id)!);
    const writerRoles = rolesOf((d) => d.writesTenantData);
    const readerRoles = rolesOf((d) => d.readsTenantData);
    // The provisioner's role is created by IndexKeyProvisioning below, after the roles it
    // assumes (its policy names them); resolved lazily, it is still its own Fn::GetAtt Arn.
    const provisionerRoleArn = Lazy.string({
      produce: () => {
        if (!this.indexKeys) throw new Error('DataStack: the index-key provisioner role is not built');
        return this.indexKeys.functionRole.roleArn;
      },
    });
    const tenants = new Map<string, TenantData>();
    for (const tenant of config.tenants) {
      tenants.set(
        tenant.id,
        new TenantData(this, `Tenant-${tenant.id}`, {
          tenant,
          stage: config.stage,
          backupRole,
          keyAdminRoleArn: this.keyAdminRoleArn,
          writerRoles,
          readerRoles,
          provisionerRoleArn,
        }),
      );
    }
    this.tenants = tenants;

    // The platform's index key (suppression list), created at deploy like the tenants' keys.
    const suppression = platformTables.suppression;
    this.platformProvisionRole = new iam.Role(this, 'PlatformProvisionRole', {
      roleName: provisionRoleName(config.stage),
      description: 'Creates the platform index key (suppression list) during cdk deploy: no decrypt, no reads of entries',
      assumedBy: new iam.ArnPrincipal(provisionerRoleArn),
      maxSessionDuration: Duration.hours(1),
    });
    this.platformProvisionRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'CreateAndReadOnlyTheKeyItem',
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem'],
        resources: [suppression.tableArn],
        conditions: {
          'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [PLATFORM_INDEX_KEY_ITEM_PK] },
          StringEqualsIfExists: { 'dynamodb:ReturnValues': 'NONE' },
        },
      }),
    );
    this.platformProvisionRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ScanPartitionKeysOnly',
        actions: ['dynamodb:Scan'],
        resources: [suppression.tableArn],
        conditions: {
          'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['pk'] },
          StringEquals: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' },
        },
      }),
    );
    this.grantPlatformKeyUse(this.platformProvisionRole, [
      { actions: ['kms:GenerateDataKey'], context: { purpose: INDEX_KEY_PURPOSE, tenant: PLATFORM_INDEX_KEY_TENANT } },
    ]);
    const targets: IndexKeyTarget[] = [
      {
        tenantId: PLATFORM_INDEX_KEY_TENANT,
        keyItem: 'platform',
        tableName: platformTableName(config.stage, 'suppression'),
        keyArn: this.platformKey.keyArn,
        role: this.platformProvisionRole,
      },
      ...[...tenants.values()].map(
        (t, i): IndexKeyTarget => ({
          tenantId: config.tenants[i]!.id,
          keyItem: 'tenant',
          tableName: tenantTableName(config.stage, config.tenants[i]!),
          keyArn: t.key.keyArn,
          role: t.provisionRole,
        }),
      ),
    ];
    this.indexKeys = new IndexKeyProvisioning(this, 'IndexKeys', {
      stage: config.stage,
      sourceMaps: config.sourceMaps,
      keyAdminRoleArn: this.keyAdminRoleArn,
      targets,
    });

    this.operators = new OperatorTopic(this, 'Operators', { stage: config.stage, keyAdminRoleArn: this.keyAdminRoleArn, prod, ...(config.operatorEmail ? { email: config.operatorEmail } : {}) });

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

  /**
   * Lets one named role use the platform key, only with the given encryption context: a key
   * policy statement here (account principal, `aws:PrincipalArn` = that role's ARN, built from
   * its literal name so this stack imports nothing from the role's stack) and an IAM statement
   * on the role (the key found by its alias, so the role's stack imports nothing from this
   * one). Both must allow, so neither an IAM policy elsewhere nor the role alone suffices.
   */
  public grantPlatformKeyUse(role: iam.IRole, uses: readonly PlatformKeyUse[]): void {
    // A role defined here or in a function stack (CfnRole), or one of this stack's roles imported there by name.
    const cfn = role.node.defaultChild;
    const name = cfn instanceof iam.CfnRole ? cfn.roleName : role.roleName;
    if (name === undefined || Token.isUnresolved(name)) throw new Error('grantPlatformKeyUse: the role needs a literal roleName (its ARN is named in the key policy)');
    const roleStack = Stack.of(role);
    uses.forEach((use, i) => {
      const context = Object.fromEntries(Object.entries(use.context).map(([k, v]) => [`kms:EncryptionContext:${k}`, v]));
      if (Object.keys(context).length === 0) throw new Error('grantPlatformKeyUse: a use must be bound to an encryption context');
      this.platformKey.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: `Use${i}By${name.replace(/[^A-Za-z0-9]/g, '')}`,
          principals: [new iam.AccountRootPrincipal()],
          actions: [...use.actions],
          resources: ['*'],
          conditions: { ArnEquals: { 'aws:PrincipalArn': this.roleArn(name) }, StringEquals: context },
        }),
      );
      const anyKey = roleStack.formatArn({ service: 'kms', resource: 'key', resourceName: '*' });
      role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: [...use.actions],
          resources: [anyKey],
          conditions: {
            'ForAnyValue:StringEquals': { 'kms:ResourceAliases': platformKeyAlias(this.stage) },
            StringEquals: context,
          },
        }),
      );
      // cdk-nag names the finding by the resource with unresolved parts as <AWS::...>.
      const part = (v: string, name: string) => (Token.isUnresolved(v) ? `<AWS::${name}>` : v);
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:${part(roleStack.partition, 'Partition')}:kms:${roleStack.region}:${part(roleStack.account, 'AccountId')}:key/*]`,
        reason:
          'The platform key is found by its alias (kms:ResourceAliases) so that the function stack imports nothing from the data stack; the key policy names this role and the encryption context.',
      });
    });
  }

  private roleArn(name: string): string {
    return this.formatArn({ service: 'iam', region: '', resource: 'role', resourceName: name });
  }
}
