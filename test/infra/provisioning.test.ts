/**
 * Deploy-time index-key provisioning (issue 9 point 7): one custom resource per tenant and one
 * for the platform, served by one Provider, whose function can only assume a provisioning role
 * per index key; each such role can create that key item and generate that data key, never
 * decrypt and never read an ad. The handler's Create/Update/Delete behaviour is tested on the
 * synthesized bundle in test/integration/bundles.test.ts.
 */
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_INDEX_KEY_ITEM, TENANT_INDEX_KEY_ITEM } from '../../lambdas/adapters/aws/dynamodb-tenant-store.js';
import { buildApp } from '../../lib/app.js';
import { INDEX_KEY_RESOURCE_TYPE } from '../../lib/constructs/index-key-provisioning.js';
import { defaultConfig, NO_BUNDLING } from './helpers.js';

type Json = Record<string, unknown>;
interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: unknown;
  Action: string | string[];
  Resource?: unknown;
  Condition?: Json;
}
type Resource = { Type: string; Properties: Json; DeletionPolicy?: string; UpdateReplacePolicy?: string; DependsOn?: string[] };

const actions = (s: Statement) => [s.Action].flat().sort();
const context = (tenant: string) => ({ 'kms:EncryptionContext:purpose': 'index-key', 'kms:EncryptionContext:tenant': tenant });

describe('index keys are created by cdk deploy (custom resources in the data stack)', () => {
  const config = defaultConfig();
  let built: ReturnType<typeof buildApp>;
  let resources: Record<string, Resource>;
  let collect: Record<string, Resource>;
  const id = (c: { node: { defaultChild?: unknown } }) => built.data.getLogicalId(c.node.defaultChild as never);
  const policyOf = (roleLogicalId: string) =>
    Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: roleLogicalId }]))
      .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  const trustOf = (roleLogicalId: string) => (resources[roleLogicalId]!.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement;

  beforeAll(() => {
    built = buildApp(config, { nag: false, appProps: NO_BUNDLING });
    resources = Template.fromStack(built.data).toJSON().Resources as Record<string, Resource>;
    collect = Template.fromStack(built.collect).toJSON().Resources as Record<string, Resource>;
  });

  it('one resource per tenant and one for the platform, all served by the one provider, kept on delete', () => {
    const crs = Object.entries(resources).filter(([, r]) => r.Type === INDEX_KEY_RESOURCE_TYPE);
    expect(crs.map(([, r]) => r.Properties.TenantId).sort()).toEqual(['platform', ...config.tenants.map((t) => t.id)].sort());
    const token = { 'Fn::GetAtt': [id(built.data.indexKeys.provider.node.findChild('framework-onEvent') as never), 'Arn'] };
    for (const [logicalId, r] of crs) {
      expect(r.Properties.ServiceToken, logicalId).toEqual(token);
      expect(r.DeletionPolicy).toBe('Retain');
      expect(r.UpdateReplacePolicy).toBe('Retain');
    }
    const platform = crs.find(([, r]) => r.Properties.TenantId === 'platform')![1];
    expect(platform.Properties).toEqual({
      ServiceToken: token,
      TenantId: 'platform',
      TableName: 'adwarden-dev-suppression',
      KeyId: { 'Fn::GetAtt': [id(built.data.platformKey), 'Arn'] },
      RoleArn: { 'Fn::GetAtt': [id(built.data.platformProvisionRole), 'Arn'] },
      KeyItem: 'platform',
    });
    for (const tenant of config.tenants) {
      const td = built.data.tenants.get(tenant.id)!;
      const [, r] = crs.find(([, x]) => x.Properties.TenantId === tenant.id)!;
      expect(r.Properties).toEqual({
        ServiceToken: token,
        TenantId: tenant.id,
        TableName: `adwarden-dev-tenant-${tenant.id}`,
        KeyId: { 'Fn::GetAtt': [id(td.key), 'Arn'] },
        RoleArn: { 'Fn::GetAtt': [id(td.provisionRole), 'Arn'] },
        KeyItem: 'tenant',
      });
      // Runs after the role's policy exists (and, by KeyId, after the key and its policy).
      const policies = Object.keys(resources).filter((k) => k.startsWith(id(td.provisionRole).replace(/[A-F0-9]{8}$/, '')) && resources[k]!.Type === 'AWS::IAM::Policy');
      expect(policies).toHaveLength(1);
      expect(r.DependsOn).toEqual(expect.arrayContaining([id(td.provisionRole), policies[0]]));
    }
  });

  it("each tenant key's policy lets that tenant's provisioning role generate (not decrypt) the index key only", () => {
    for (const tenant of config.tenants) {
      const td = built.data.tenants.get(tenant.id)!;
      const statements = (resources[id(td.key)]!.Properties.KeyPolicy as { Statement: Statement[] }).Statement;
      const mine = statements.filter((s) => JSON.stringify(s).includes(id(td.provisionRole)));
      expect(mine).toEqual([
        {
          Sid: 'ProvisionRoleCreatesOnlyTheIndexKey',
          Effect: 'Allow',
          Principal: { AWS: { 'Fn::GetAtt': [id(td.provisionRole), 'Arn'] } },
          Action: 'kms:GenerateDataKey',
          Resource: '*',
          Condition: { StringEquals: context(tenant.id) },
        },
      ]);
      // No other tenant's provisioning role is named in this key's policy.
      for (const other of config.tenants.filter((t) => t.id !== tenant.id)) {
        expect(JSON.stringify(statements)).not.toContain(id(built.data.tenants.get(other.id)!.provisionRole));
      }
      expect(JSON.stringify(statements)).not.toContain(id(built.data.platformProvisionRole));
      expect(JSON.stringify(statements)).not.toContain(id(built.data.indexKeys.functionRole));
    }
  });

  it("a tenant's provisioning role: exactly the key item, a key-only scan and the context-bound GenerateDataKey of its own key", () => {
    for (const tenant of config.tenants) {
      const td = built.data.tenants.get(tenant.id)!;
      const table = { 'Fn::GetAtt': [id(td.table), 'Arn'] };
      expect(policyOf(id(td.provisionRole))).toEqual([
        {
          Sid: 'CreateAndReadOnlyTheKeyItem',
          Effect: 'Allow',
          Action: ['dynamodb:GetItem', 'dynamodb:PutItem'],
          Resource: table,
          Condition: {
            'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [TENANT_INDEX_KEY_ITEM.pk] },
            StringEqualsIfExists: { 'dynamodb:ReturnValues': 'NONE' },
          },
        },
        {
          Sid: 'ScanPartitionKeysOnly',
          Effect: 'Allow',
          Action: 'dynamodb:Scan',
          Resource: table,
          Condition: { 'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['pk'] }, StringEquals: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' } },
        },
        {
          Sid: 'GenerateTheIndexKeyOnly',
          Effect: 'Allow',
          Action: 'kms:GenerateDataKey',
          Resource: { 'Fn::GetAtt': [id(td.key), 'Arn'] },
          Condition: { StringEquals: context(tenant.id) },
        },
      ]);
      expect(resources[id(td.provisionRole)]!.Properties.ManagedPolicyArns).toBeUndefined();
      // Trusted by the provisioner function's role only: that role itself (same stack), not its name.
      expect(trustOf(id(td.provisionRole))).toEqual([
        { Effect: 'Allow', Principal: { AWS: { 'Fn::GetAtt': [id(built.data.indexKeys.functionRole), 'Arn'] } }, Action: 'sts:AssumeRole' },
      ]);
    }
  });

  it("the platform's provisioning role: the suppression table's key item, a key-only scan, GenerateDataKey by alias with tenant=platform", () => {
    const role = id(built.data.platformProvisionRole);
    const table = { 'Fn::GetAtt': [id(built.data.platformTables.suppression), 'Arn'] };
    expect(policyOf(role)).toEqual([
      {
        Sid: 'CreateAndReadOnlyTheKeyItem',
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem'],
        Resource: table,
        Condition: {
          'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [PLATFORM_INDEX_KEY_ITEM.pk] },
          StringEqualsIfExists: { 'dynamodb:ReturnValues': 'NONE' },
        },
      },
      {
        Sid: 'ScanPartitionKeysOnly',
        Effect: 'Allow',
        Action: 'dynamodb:Scan',
        Resource: table,
        Condition: { 'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['pk'] }, StringEquals: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' } },
      },
      {
        Effect: 'Allow',
        Action: 'kms:GenerateDataKey',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':kms:eu-north-1:', { Ref: 'AWS::AccountId' }, ':key/*']] },
        Condition: { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/adwarden-dev-platform' }, StringEquals: context('platform') },
      },
    ]);
    expect(trustOf(role)).toEqual([
      { Effect: 'Allow', Principal: { AWS: { 'Fn::GetAtt': [id(built.data.indexKeys.functionRole), 'Arn'] } }, Action: 'sts:AssumeRole' },
    ]);
  });

  it('no provisioning role, nor the function, holds kms:Decrypt, a read of ads, or anything with a wildcard action', () => {
    const roles = [
      ...config.tenants.map((t) => id(built.data.tenants.get(t.id)!.provisionRole)),
      id(built.data.platformProvisionRole),
      id(built.data.indexKeys.functionRole),
    ];
    for (const role of roles) {
      const all = policyOf(role);
      expect(all.length, role).toBeGreaterThan(0);
      const acts = all.flatMap(actions);
      expect(acts.filter((a) => a.includes('*')), role).toEqual([]);
      for (const forbidden of ['kms:Decrypt', 'kms:ReEncryptFrom', 'kms:CreateGrant', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem']) {
        expect(acts, `${role} ${forbidden}`).not.toContain(forbidden);
      }
      // Every DynamoDB read is bound: GetItem/PutItem to the key partition, Scan to the partition key attribute.
      for (const s of all.filter((st) => actions(st).some((a) => a.startsWith('dynamodb:')))) {
        expect(s.Condition, `${role} ${s.Sid}`).toBeDefined();
      }
      // Every KMS use is bound to the index-key context.
      for (const s of all.filter((st) => actions(st).some((a) => a.startsWith('kms:')))) {
        expect((s.Condition as { StringEquals: Json }).StringEquals['kms:EncryptionContext:purpose'], `${role}`).toBe('index-key');
      }
    }
    // No key policy in the app lets a provisioning role decrypt.
    for (const [k, r] of Object.entries({ ...resources, ...collect }).filter(([, x]) => x.Type === 'AWS::KMS::Key')) {
      const statements = (r.Properties.KeyPolicy as { Statement: Statement[] }).Statement;
      for (const s of statements.filter((st) => actions(st).includes('kms:Decrypt'))) {
        expect(JSON.stringify(s), k).not.toMatch(/provision/i);
      }
    }
  });

  it("the provisioner function's own role may only write its logs and assume the provisioning roles", () => {
    const fnRole = id(built.data.indexKeys.functionRole);
    const statements = policyOf(fnRole);
    expect(statements.flatMap(actions).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents', 'sts:AssumeRole']);
    const assume = statements.find((s) => actions(s).includes('sts:AssumeRole'))!;
    expect(assume.Resource).toEqual([
      { 'Fn::GetAtt': [id(built.data.platformProvisionRole), 'Arn'] },
      ...config.tenants.map((t) => ({ 'Fn::GetAtt': [id(built.data.tenants.get(t.id)!.provisionRole), 'Arn'] })),
    ]);
    expect(resources[fnRole]!.Properties.ManagedPolicyArns).toBeUndefined();
    expect(resources[fnRole]!.Properties.RoleName).toBe('adwarden-dev-index-key-provisioner');
    // The function runs with that role, on nodejs24.x; nothing in the collect stack can assume the provisioning roles.
    const fn = resources[id(built.data.indexKeys.function)]!;
    expect(fn.Properties.Role).toEqual({ 'Fn::GetAtt': [fnRole, 'Arn'] });
    expect(fn.Properties.Runtime).toBe('nodejs24.x');
    expect(JSON.stringify(collect)).not.toMatch(/-provision\b/);
  });
});
