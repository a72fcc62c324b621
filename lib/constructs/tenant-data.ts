import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { Config, Tenant } from '../config.js';
import { FUNCTIONS, type FunctionDecl, type FunctionName, functionName, TENANT_TABLE, tenantKeyAlias, tenantTableName } from '../topology.js';
import { KEY_ADMIN_ACTIONS, KEY_USE_ACTIONS } from './key-actions.js';
import { tableProps } from './table-defaults.js';

export interface TenantDataProps {
  readonly tenant: Tenant;
  /** @default 'dev' */
  readonly stage: Config['stage'];
  /** The role AWS Backup uses; it may use the key only through DynamoDB and Backup. */
  readonly backupRole: iam.IRole;
}

/**
 * One tenant's silo (decision 1): its own customer-managed key, its own table encrypted with
 * it, and the one role that may use both. The key policy names that role, not the account,
 * so an IAM policy elsewhere in the account cannot grant use of this tenant's key.
 */
export class TenantData extends Construct {
  public readonly key: kms.Key;
  public readonly table: dynamodb.TableV2;
  /** Assumed by code serving this tenant, so a bug cannot cross tenants. */
  public readonly accessRole: iam.Role;

  constructor(scope: Construct, id: string, props: TenantDataProps) {
    super(scope, id);
    const { tenant, stage } = props;
    const prod = stage === 'prod';

    this.accessRole = new iam.Role(this, 'AccessRole', {
      roleName: `adwarden-${stage}-tenant-${tenant.id}`,
      description: `Data access for tenant ${tenant.id} only`,
      // Only the functions that serve tenants may assume it, named by role ARN (built from the
      // topology, not referenced, so the data stack does not depend on the function stacks).
      assumedBy: new iam.AccountRootPrincipal().withConditions({
        StringEquals: {
          'aws:PrincipalArn': (Object.keys(FUNCTIONS) as FunctionName[])
            .filter((f) => (FUNCTIONS[f] as FunctionDecl).writesTenantData)
            .map((f) => Stack.of(this).formatArn({ service: 'iam', region: '', resource: 'role', resourceName: functionName(stage, f) })),
        },
      }),
      maxSessionDuration: Duration.hours(1),
    });

    this.key = new kms.Key(this, 'Key', {
      alias: tenantKeyAlias(stage, tenant),
      description: `adwarden ${stage} data key of tenant ${tenant.id}`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      policy: new iam.PolicyDocument({
        statements: [
          // In a key policy "*" as resource means this key. The account may administer the
          // key (so it can never become unmanageable) but not use it to encrypt or decrypt.
          new iam.PolicyStatement({
            sid: 'KeyAdministration',
            principals: [new iam.AccountRootPrincipal()],
            actions: [...KEY_ADMIN_ACTIONS],
            resources: ['*'],
          }),
          new iam.PolicyStatement({
            sid: 'TenantAccessRoleUse',
            principals: [new iam.ArnPrincipal(this.accessRole.roleArn)],
            actions: [...KEY_USE_ACTIONS],
            resources: ['*'],
          }),
          new iam.PolicyStatement({
            sid: 'BackupThroughServicesOnly',
            principals: [new iam.ArnPrincipal(props.backupRole.roleArn)],
            actions: [...KEY_USE_ACTIONS, 'kms:CreateGrant'],
            resources: ['*'],
            conditions: {
              StringEquals: {
                'kms:ViaService': [`dynamodb.${Stack.of(this).region}.amazonaws.com`, `backup.${Stack.of(this).region}.amazonaws.com`],
              },
            },
          }),
        ],
      }),
    });

    this.table = new dynamodb.TableV2(
      this,
      'Table',
      tableProps(TENANT_TABLE, { tableName: tenantTableName(stage, tenant), key: this.key, prod }),
    );

    // Scoped grants: exactly this table, its one index, and this key. No wildcards.
    this.accessRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'TenantTable',
        actions: [
          'dynamodb:GetItem',
          'dynamodb:BatchGetItem',
          'dynamodb:Query',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
          'dynamodb:DeleteItem',
          'dynamodb:BatchWriteItem',
          'dynamodb:ConditionCheckItem',
          'dynamodb:DescribeTable',
        ],
        resources: [
          this.table.tableArn,
          ...(TENANT_TABLE.globalIndexes ?? []).map((g) => `${this.table.tableArn}/index/${g.name}`),
        ],
      }),
    );
    this.accessRole.addToPrincipalPolicy(
      new iam.PolicyStatement({ sid: 'TenantKey', actions: [...KEY_USE_ACTIONS], resources: [this.key.keyArn] }),
    );
  }
}
