import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { Config, Tenant } from '../config.js';
import { INDEX_KEY_PURPOSE, KEY_ITEM_PARTITION, provisionRoleName, TENANT_TABLE, tenantKeyAlias, tenantRoleName, tenantTableName } from '../topology.js';
import { KEY_ADMIN_ACTIONS, KEY_AUDIT_ACTIONS, KEY_BACKUP_ACTIONS, KEY_SERVICE_GRANT_ACTIONS } from './key-actions.js';
import { tableProps } from './table-defaults.js';

export interface TenantDataProps {
  readonly tenant: Tenant;
  readonly stage: Config['stage'];
  /** The role AWS Backup uses; it may use the key only through DynamoDB and Backup. */
  readonly backupRole: iam.IRole;
  /** The only principal that administers the key (the CDK CloudFormation execution role by default). */
  readonly keyAdminRoleArn: string;
  /** Execution roles of the functions that write this tenant's data (collection), defined in this stack. */
  readonly writerRoles: readonly iam.IRole[];
  /** Execution roles of the functions that read and erase it (the API and the rights workflow), defined in this stack. */
  readonly readerRoles: readonly iam.IRole[];
  /**
   * `Fn::GetAtt Arn` of the deploy-time index-key provisioner's execution role (same stack;
   * lazy, as that role is created after this construct), the only one trusted by `provisionRole`.
   */
  readonly provisionerRoleArn: string;
}

/**
 * One tenant's silo (decision 1): its own customer-managed key, its own table encrypted with
 * it, and two roles, each the only way to that table and key:
 *
 * - `writeRole` (collection, which renders untrusted pages): writes ads and index entries,
 *   reads nothing of an ad but its index references, and decrypts only this tenant's wrapped
 *   index key (encryption context `purpose=index-key`, `tenant=<id>`);
 * - `readRole` (API, rights workflow): reads, queries, erases and decrypts.
 *
 * The key policy names these roles (and the deployment role and AWS Backup through their
 * services), never the account for use, so no IAM policy elsewhere can grant use of the key.
 */
export class TenantData extends Construct {
  public readonly key: kms.Key;
  public readonly table: dynamodb.TableV2;
  /** Assumed by collection (functions with `writesTenantData`) to store this tenant's ads. */
  public readonly writeRole: iam.Role;
  /** Assumed by the API and rights workflow (functions with `readsTenantData`). */
  public readonly readRole: iam.Role;
  /**
   * Assumed by the deploy-time index-key provisioner only: creates this tenant's index-key item
   * (GenerateDataKey with the index-key context, PutItem/GetItem on the key partition, a
   * key-only Scan to check the table holds no data). No kms:Decrypt, no read of an ad.
   */
  public readonly provisionRole: iam.Role;

  constructor(scope: Construct, id: string, props: TenantDataProps) {
    super(scope, id);
    const { tenant, stage } = props;
    const prod = stage === 'prod';
    const region = Stack.of(this).region;

    this.writeRole = new iam.Role(this, 'WriteRole', {
      roleName: tenantRoleName(stage, tenant, 'write'),
      description: `Collection writes for tenant ${tenant.id} only: no reads of ads, no general decrypt`,
      assumedBy: trustedFunctions(props.writerRoles.map((r) => r.roleArn)),
      maxSessionDuration: Duration.hours(1),
    });
    this.readRole = new iam.Role(this, 'ReadRole', {
      roleName: tenantRoleName(stage, tenant, 'read'),
      description: `Reads and erasure for tenant ${tenant.id} only (API, rights workflow)`,
      assumedBy: trustedFunctions(props.readerRoles.map((r) => r.roleArn)),
      maxSessionDuration: Duration.hours(1),
    });
    this.provisionRole = new iam.Role(this, 'ProvisionRole', {
      roleName: provisionRoleName(stage, tenant),
      description: `Creates the index key of tenant ${tenant.id} during cdk deploy: no decrypt, no reads of ads`,
      assumedBy: trustedFunctions([props.provisionerRoleArn]),
      maxSessionDuration: Duration.hours(1),
    });
    if (props.readerRoles.length === 0) denyAllTrust(this.readRole);
    if (props.writerRoles.length === 0) denyAllTrust(this.writeRole);

    const viaServices = [`dynamodb.${region}.amazonaws.com`, `backup.${region}.amazonaws.com`];
    const indexKeyContext = {
      [`kms:EncryptionContext:purpose`]: INDEX_KEY_PURPOSE,
      [`kms:EncryptionContext:tenant`]: tenant.id,
    };

    this.key = new kms.Key(this, 'Key', {
      alias: tenantKeyAlias(stage, tenant),
      description: `adwarden ${stage} data key of tenant ${tenant.id}`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      // Each statement is asserted one by one in test/infra/key-policy.test.ts; the README's
      // "Data and isolation" lists who can decrypt from them.
      policy: new iam.PolicyDocument({
        statements: [
          // In a key policy "*" as resource means this key.
          new iam.PolicyStatement({
            sid: 'AdministrationByDeploymentRole',
            principals: [new iam.ArnPrincipal(props.keyAdminRoleArn)],
            actions: [...KEY_ADMIN_ACTIONS],
            resources: ['*'],
          }),
          new iam.PolicyStatement({
            sid: 'GrantsForDynamoDbAndBackupOnly',
            principals: [new iam.ArnPrincipal(props.keyAdminRoleArn)],
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
            sid: 'WriteRoleGeneratesDataKeys',
            principals: [new iam.ArnPrincipal(this.writeRole.roleArn)],
            actions: ['kms:GenerateDataKey'],
            resources: ['*'],
          }),
          new iam.PolicyStatement({
            sid: 'WriteRoleDecryptsOnlyTheIndexKey',
            principals: [new iam.ArnPrincipal(this.writeRole.roleArn)],
            actions: ['kms:Decrypt'],
            resources: ['*'],
            conditions: { StringEquals: indexKeyContext },
          }),
          new iam.PolicyStatement({
            sid: 'ProvisionRoleCreatesOnlyTheIndexKey',
            principals: [new iam.ArnPrincipal(this.provisionRole.roleArn)],
            actions: ['kms:GenerateDataKey'],
            resources: ['*'],
            conditions: { StringEquals: indexKeyContext },
          }),
          new iam.PolicyStatement({
            sid: 'ReadRoleDecrypts',
            principals: [new iam.ArnPrincipal(this.readRole.roleArn)],
            actions: ['kms:Decrypt'],
            resources: ['*'],
          }),
          new iam.PolicyStatement({
            sid: 'BackupThroughServicesOnly',
            principals: [new iam.ArnPrincipal(props.backupRole.roleArn)],
            actions: [...KEY_BACKUP_ACTIONS],
            resources: ['*'],
            conditions: { StringEquals: { 'kms:ViaService': viaServices } },
          }),
          new iam.PolicyStatement({
            sid: 'BackupGrantsForAwsResourcesOnly',
            principals: [new iam.ArnPrincipal(props.backupRole.roleArn)],
            actions: ['kms:CreateGrant'],
            resources: ['*'],
            conditions: { StringEquals: { 'kms:ViaService': viaServices }, Bool: { 'kms:GrantIsForAWSResource': 'true' } },
          }),
        ],
      }),
    });

    this.table = new dynamodb.TableV2(
      this,
      'Table',
      tableProps(TENANT_TABLE, { tableName: tenantTableName(stage, tenant), key: this.key, prod }),
    );
    const tableArn = this.table.tableArn;
    const indexArns = (TENANT_TABLE.globalIndexes ?? []).map((g) => `${tableArn}/index/${g.name}`);

    // Write role: exactly the calls of DynamoDbTenantStore.putAd (a GetItem of the previous
    // `indexRefs`, then one TransactWriteItems of Puts and Deletes) and of reading the
    // tenant's wrapped index key. Fine-grained conditions keep it from reading an ad's fields
    // or touching the key items (docs/data-model.md "Roles").
    this.writeRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'WriteAdsAndIndexEntriesOnly',
        actions: ['dynamodb:PutItem', 'dynamodb:DeleteItem'],
        resources: [tableArn],
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['AD#*', 'IX#*'] },
          // A write that returns the old item would be a read.
          StringEqualsIfExists: { 'dynamodb:ReturnValues': 'NONE' },
        },
      }),
    );
    this.writeRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ReadOnlyIndexRefsOfAnAd',
        actions: ['dynamodb:GetItem'],
        resources: [tableArn],
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['AD#*'] },
          'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['pk', 'sk', 'indexRefs'] },
          StringEqualsIfExists: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' },
        },
      }),
    );
    this.writeRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ReadTheWrappedIndexKey',
        actions: ['dynamodb:GetItem'],
        resources: [tableArn],
        conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [KEY_ITEM_PARTITION] } },
      }),
    );
    this.writeRole.addToPrincipalPolicy(
      new iam.PolicyStatement({ sid: 'EncryptFields', actions: ['kms:GenerateDataKey'], resources: [this.key.keyArn] }),
    );
    this.writeRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'UnwrapTheIndexKeyOnly',
        actions: ['kms:Decrypt'],
        resources: [this.key.keyArn],
        conditions: { StringEquals: indexKeyContext },
      }),
    );

    // Provision role: exactly what provisionIndexKey does with verifyExisting=false (GetItem of
    // the key item, a Scan for any non-META item, GenerateDataKey, PutItem with
    // attribute_not_exists). "Only if absent" cannot be said in IAM: the PutItem is limited to
    // the key partition, and the use case's condition expression keeps an existing key.
    this.provisionRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'CreateAndReadOnlyTheKeyItem',
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem'],
        resources: [tableArn],
        conditions: {
          'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [KEY_ITEM_PARTITION] },
          StringEqualsIfExists: { 'dynamodb:ReturnValues': 'NONE' },
        },
      }),
    );
    this.provisionRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ScanPartitionKeysOnly',
        actions: ['dynamodb:Scan'],
        resources: [tableArn],
        conditions: {
          'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['pk'] },
          StringEquals: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' },
        },
      }),
    );
    this.provisionRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'GenerateTheIndexKeyOnly',
        actions: ['kms:GenerateDataKey'],
        resources: [this.key.keyArn],
        conditions: { StringEquals: indexKeyContext },
      }),
    );

    // Read role: search (Query the index entries, BatchGet the ads), erasure (deletes), decrypt.
    this.readRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ReadAndErase',
        actions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
        resources: [tableArn, ...indexArns],
      }),
    );
    this.readRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'NeverTheKeyItems',
        effect: iam.Effect.DENY,
        actions: ['dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
        resources: [tableArn],
        conditions: { 'ForAnyValue:StringEquals': { 'dynamodb:LeadingKeys': [KEY_ITEM_PARTITION] } },
      }),
    );
    this.readRole.addToPrincipalPolicy(
      new iam.PolicyStatement({ sid: 'DecryptFieldsAndIndexKey', actions: ['kms:Decrypt'], resources: [this.key.keyArn] }),
    );
  }
}

/**
 * Trust of a tenant role: the execution roles of the functions declared to need it, each
 * named as the principal. Those roles are defined in the same (data) stack, so the trust
 * policy holds their `Fn::GetAtt Arn`; IAM stores a role principal as the role's unique id,
 * so a role deleted and recreated under the same name is NOT trusted (the trust would have
 * to be redeployed). No account principal, no `aws:PrincipalArn` condition. The role side
 * (sts:AssumeRole on exactly these tenant roles) is granted by the stack that defines the
 * function, which attaches its statements to the role by name.
 */
function trustedFunctions(roleArns: readonly string[]): iam.IPrincipal {
  // With no role the trust is replaced by deny-all (denyAllTrust); a placeholder keeps iam.Role happy.
  if (roleArns.length === 0) return new iam.ServicePrincipal('lambda.amazonaws.com');
  return new iam.CompositePrincipal(...roleArns.map((arn) => new iam.ArnPrincipal(arn)));
}

/** No function is declared to need this role (yet): nobody may assume it. */
function denyAllTrust(role: iam.Role): void {
  (role.node.defaultChild as iam.CfnRole).assumeRolePolicyDocument = {
    Version: '2012-10-17',
    Statement: [{ Sid: 'NoFunctionNeedsThisRoleYet', Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }],
  };
}
