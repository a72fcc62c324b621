/**
 * Who can use a tenant's data (issue 9 points 3 and 4): the key policy of every tenant key,
 * statement by statement, and the exact rights of the two tenant roles. The README's "Data and
 * isolation" section is written from these assertions.
 */
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/app.js';
import { KEY_ADMIN_ACTIONS, KEY_AUDIT_ACTIONS, KEY_BACKUP_ACTIONS } from '../../lib/constructs/key-actions.js';
import { FUNCTIONS, type FunctionDecl } from '../../lib/topology.js';
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
type Resource = { Type: string; Properties: Json };

const actions = (s: Statement) => [s.Action].flat().sort();
const ROOT = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] };
const EXEC_ROLE = { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-hnb659fds-cfn-exec-role-${AWS::AccountId}-eu-north-1' };
const VIA = { 'kms:ViaService': ['dynamodb.eu-north-1.amazonaws.com', 'backup.eu-north-1.amazonaws.com'] };

function build(functions?: Readonly<Record<string, FunctionDecl>>, keyAdminRoleArn?: string) {
  const config = defaultConfig(keyAdminRoleArn ? { keyAdminRoleArn } : {});
  const built = buildApp(config, { nag: false, appProps: NO_BUNDLING, ...(functions ? { functions } : {}) });
  const resources = Template.fromStack(built.data).toJSON().Resources as Record<string, Resource>;
  const id = (c: { node: { defaultChild?: unknown } }) => built.data.getLogicalId(c.node.defaultChild as never);
  return { config, built, resources, id };
}

describe('tenant keys and roles (default config)', () => {
  let b: ReturnType<typeof build>;
  beforeAll(() => {
    b = build();
  });

  const keyPolicy = (tenantId: string) => {
    const td = b.built.data.tenants.get(tenantId)!;
    return (b.resources[b.id(td.key)]!.Properties.KeyPolicy as { Statement: Statement[] }).Statement;
  };
  const rolePolicy = (roleLogicalId: string) =>
    Object.values(b.resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: roleLogicalId }]))
      .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);

  it('key policy: exactly these nine statements, each with its principal, actions and conditions', () => {
    for (const tenant of b.config.tenants) {
      const td = b.built.data.tenants.get(tenant.id)!;
      const write = { 'Fn::GetAtt': [b.id(td.writeRole), 'Arn'] };
      const read = { 'Fn::GetAtt': [b.id(td.readRole), 'Arn'] };
      const backupRole = Object.keys(b.resources).find((k) => k.startsWith('BackupRole') && b.resources[k]!.Type === 'AWS::IAM::Role')!;
      const backup = { 'Fn::GetAtt': [backupRole, 'Arn'] };
      const statements = keyPolicy(tenant.id);
      expect(statements.map((s) => s.Sid)).toEqual([
        'AdministrationByDeploymentRole',
        'GrantsForDynamoDbAndBackupOnly',
        'AccountMayReadKeyMetadataOnly',
        'WriteRoleGeneratesDataKeys',
        'WriteRoleDecryptsOnlyTheIndexKey',
        'ProvisionRoleCreatesOnlyTheIndexKey',
        'ReadRoleDecrypts',
        'BackupThroughServicesOnly',
        'BackupGrantsForAwsResourcesOnly',
      ]);
      const [admin, grants, audit, writeGen, writeDec, provisionGen, readDec, backupUse, backupGrants] = statements as [Statement, ...Statement[]] as Statement[];
      // Asserted in full in provisioning.test.ts; here: it generates, with the index-key context only.
      expect(provisionGen!.Principal).toEqual({ AWS: { 'Fn::GetAtt': [b.id(td.provisionRole), 'Arn'] } });
      expect(actions(provisionGen!)).toEqual(['kms:GenerateDataKey']);
      expect(provisionGen!.Condition).toEqual({
        StringEquals: { 'kms:EncryptionContext:purpose': 'index-key', 'kms:EncryptionContext:tenant': tenant.id },
      });
      for (const s of statements) {
        expect(s.Effect).toBe('Allow');
        expect(s.Resource).toBe('*');
      }
      expect(admin!.Principal).toEqual({ AWS: EXEC_ROLE });
      expect(actions(admin!)).toEqual([...KEY_ADMIN_ACTIONS].sort());
      expect(admin!.Condition).toBeUndefined();
      expect(grants!.Principal).toEqual({ AWS: EXEC_ROLE });
      expect(actions(grants!)).toEqual(['kms:CreateGrant', 'kms:DescribeKey']);
      expect(grants!.Condition).toEqual({ StringEquals: VIA, Bool: { 'kms:GrantIsForAWSResource': 'true' } });
      expect(audit!.Principal).toEqual({ AWS: ROOT });
      expect(actions(audit!)).toEqual([...KEY_AUDIT_ACTIONS].sort());
      expect(audit!.Condition).toBeUndefined();
      expect(writeGen!.Principal).toEqual({ AWS: write });
      expect(actions(writeGen!)).toEqual(['kms:GenerateDataKey']);
      expect(writeGen!.Condition).toBeUndefined();
      expect(writeDec!.Principal).toEqual({ AWS: write });
      expect(actions(writeDec!)).toEqual(['kms:Decrypt']);
      expect(writeDec!.Condition).toEqual({
        StringEquals: { 'kms:EncryptionContext:purpose': 'index-key', 'kms:EncryptionContext:tenant': tenant.id },
      });
      expect(readDec!.Principal).toEqual({ AWS: read });
      expect(actions(readDec!)).toEqual(['kms:Decrypt']);
      expect(readDec!.Condition).toBeUndefined();
      expect(backupUse!.Principal).toEqual({ AWS: backup });
      expect(actions(backupUse!)).toEqual([...KEY_BACKUP_ACTIONS].sort());
      expect(backupUse!.Condition).toEqual({ StringEquals: VIA });
      expect(backupGrants!.Principal).toEqual({ AWS: backup });
      expect(actions(backupGrants!)).toEqual(['kms:CreateGrant']);
      expect(backupGrants!.Condition).toEqual({ StringEquals: VIA, Bool: { 'kms:GrantIsForAWSResource': 'true' } });
    }
  });

  it('key policy: nobody gets a wildcard action, the account cannot write the policy or grant, and only the roles above can decrypt', () => {
    for (const tenant of b.config.tenants) {
      const statements = keyPolicy(tenant.id);
      const all = statements.flatMap(actions);
      expect(all.filter((a) => a.includes('*'))).toEqual([]);
      const rootStatements = statements.filter((s) => JSON.stringify(s.Principal) === JSON.stringify({ AWS: ROOT }));
      const rootActions = rootStatements.flatMap(actions);
      for (const forbidden of ['kms:PutKeyPolicy', 'kms:CreateGrant', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:Encrypt', 'kms:GenerateDataKey']) {
        expect(rootActions).not.toContain(forbidden);
      }
      // Administration is not use: the deployment role can neither encrypt, decrypt, generate data keys nor grant.
      const admin = statements.find((s) => s.Sid === 'AdministrationByDeploymentRole')!;
      for (const use of ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:CreateGrant']) {
        expect(actions(admin)).not.toContain(use);
      }
      // kms:CreateGrant only with ViaService DynamoDB/Backup and for an AWS resource.
      for (const s of statements.filter((st) => actions(st).includes('kms:CreateGrant'))) {
        expect(s.Condition).toMatchObject({ StringEquals: VIA, Bool: { 'kms:GrantIsForAWSResource': 'true' } });
      }
      // Decrypt: the read role, the write role (index key only) and Backup (through services only).
      const decryptors = statements.filter((s) => actions(s).includes('kms:Decrypt')).map((s) => s.Sid);
      expect(decryptors).toEqual(['WriteRoleDecryptsOnlyTheIndexKey', 'ReadRoleDecrypts', 'BackupThroughServicesOnly']);
      // No other tenant's role is named in this key's policy.
      for (const other of b.config.tenants.filter((t) => t.id !== tenant.id)) {
        const o = b.built.data.tenants.get(other.id)!;
        expect(JSON.stringify(statements)).not.toContain(b.id(o.writeRole));
        expect(JSON.stringify(statements)).not.toContain(b.id(o.readRole));
        expect(JSON.stringify(statements)).not.toContain(b.id(o.provisionRole));
      }
    }
  });

  it('key admin is the configured deployment role when one is set', () => {
    const custom = 'arn:aws:iam::123456789012:role/deployer';
    const c = build(undefined, custom);
    const td = c.built.data.tenants.get(c.config.tenants[0]!.id)!;
    const statements = (c.resources[c.id(td.key)]!.Properties.KeyPolicy as { Statement: Statement[] }).Statement;
    expect(statements[0]!.Principal).toEqual({ AWS: custom });
    expect(statements[1]!.Principal).toEqual({ AWS: custom });
    expect(JSON.stringify(statements)).not.toContain('cfn-exec-role');
    // Only a role ARN is accepted (a user, the root or a wildcard would widen administration).
    for (const bad of ['arn:aws:iam::123456789012:user/admin', 'arn:aws:iam::123456789012:root', '*', 'arn:aws:iam::*:role/x']) {
      expect(() => defaultConfig({ keyAdminRoleArn: bad }), bad).toThrow(/keyAdminRoleArn/);
    }
  });

  it('write role: puts and deletes ads and index entries, reads only index refs and the key item, no Query/Scan/BatchGet, Decrypt only for the index key', () => {
    for (const tenant of b.config.tenants) {
      const td = b.built.data.tenants.get(tenant.id)!;
      const table = { 'Fn::GetAtt': [b.id(td.table), 'Arn'] };
      const key = { 'Fn::GetAtt': [b.id(td.key), 'Arn'] };
      const statements = rolePolicy(b.id(td.writeRole));
      expect(statements.map((s) => [s.Sid, s.Effect, actions(s), s.Resource, s.Condition])).toEqual([
        [
          'WriteAdsAndIndexEntriesOnly',
          'Allow',
          ['dynamodb:DeleteItem', 'dynamodb:PutItem'],
          table,
          { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['AD#*', 'IX#*'] }, StringEqualsIfExists: { 'dynamodb:ReturnValues': 'NONE' } },
        ],
        [
          'ReadOnlyIndexRefsOfAnAd',
          'Allow',
          ['dynamodb:GetItem'],
          table,
          {
            'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['AD#*'] },
            'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['pk', 'sk', 'indexRefs'] },
            StringEqualsIfExists: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' },
          },
        ],
        ['ReadTheWrappedIndexKey', 'Allow', ['dynamodb:GetItem'], table, { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['META'] } }],
        ['EncryptFields', 'Allow', ['kms:GenerateDataKey'], key, undefined],
        [
          'UnwrapTheIndexKeyOnly',
          'Allow',
          ['kms:Decrypt'],
          key,
          { StringEquals: { 'kms:EncryptionContext:purpose': 'index-key', 'kms:EncryptionContext:tenant': tenant.id } },
        ],
      ]);
      const all = statements.flatMap(actions);
      for (const read of ['dynamodb:Query', 'dynamodb:Scan', 'dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:UpdateItem']) {
        expect(all).not.toContain(read);
      }
      // Every GetItem is bound to the key item or to the index refs; every Decrypt to the index-key context.
      for (const s of statements.filter((st) => actions(st).some((a) => a === 'dynamodb:GetItem' || a === 'kms:Decrypt'))) {
        expect(s.Condition).toBeDefined();
      }
      // The key items (partition META) can be read but never written or deleted.
      const writers = statements.filter((s) => actions(s).includes('dynamodb:PutItem') || actions(s).includes('dynamodb:DeleteItem'));
      expect(JSON.stringify(writers)).not.toContain('META');
    }
  });

  it('read role: get, query, batch-get, erase and decrypt on its own table and key, never delete the key items', () => {
    for (const tenant of b.config.tenants) {
      const td = b.built.data.tenants.get(tenant.id)!;
      const table = { 'Fn::GetAtt': [b.id(td.table), 'Arn'] };
      const key = { 'Fn::GetAtt': [b.id(td.key), 'Arn'] };
      const statements = rolePolicy(b.id(td.readRole));
      expect(statements.map((s) => [s.Sid, s.Effect, actions(s), s.Resource, s.Condition])).toEqual([
        [
          'ReadAndErase',
          'Allow',
          ['dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:Query'],
          [table, { 'Fn::Join': ['', [table, '/index/bySource']] }],
          undefined,
        ],
        [
          'NeverTheKeyItems',
          'Deny',
          ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem'],
          table,
          { 'ForAnyValue:StringEquals': { 'dynamodb:LeadingKeys': ['META'] } },
        ],
        ['DecryptFieldsAndIndexKey', 'Allow', ['kms:Decrypt'], key, undefined],
      ]);
    }
  });

  /** A trust statement naming one role of this (data) stack as principal, by its Fn::GetAtt Arn: IAM pins it to the role's unique id. */
  const trusts = (c: ReturnType<typeof build>, functionIds: readonly string[]) =>
    functionIds.map((fid) => {
      const role = c.built.data.functionRoles.get(fid);
      expect(role, fid).toBeDefined();
      return { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: { 'Fn::GetAtt': [c.id(role!), 'Arn'] } } };
    });

  it('trust: the write role trusts exactly the execution roles of functions that write tenant data (each role itself, defined in this stack); the read role exactly the functions that read (the API and the rights workflow\'s per-tenant task)', () => {
    const writers = Object.values(FUNCTIONS as Record<string, FunctionDecl>).filter((f) => f.writesTenantData);
    expect(writers.map((f) => f.id)).toEqual(['extract-ad']);
    const readers = Object.values(FUNCTIONS as Record<string, FunctionDecl>).filter((f) => f.readsTenantData);
    expect(readers.map((f) => f.id)).toEqual(['search-ads', 'get-ad', 'list-sources', 'list-audit', 'rights-process-tenant']);
    for (const tenant of b.config.tenants) {
      const td = b.built.data.tenants.get(tenant.id)!;
      const writeTrust = (b.resources[b.id(td.writeRole)]!.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement;
      expect(writeTrust).toEqual(trusts(b, ['extract-ad']));
      const readTrust = (b.resources[b.id(td.readRole)]!.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement;
      expect(readTrust).toEqual(trusts(b, readers.map((f) => f.id)));
    }
    // The trusted roles are the functions' execution roles, by their literal names: Lambda may assume them, nothing else.
    for (const f of [...writers, ...readers]) {
      const role = b.resources[b.id(b.built.data.functionRoles.get(f.id)!)]!;
      expect(role.Properties.RoleName).toBe(`adwarden-dev-${f.id}`);
      expect((role.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement).toEqual([
        { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } },
      ]);
    }
  });

  it('trust (adversary): no tenant or provisioning role trusts the account, "*", a name-based aws:PrincipalArn condition or any principal not defined in this stack; a role recreated under a function\'s name is not trusted', () => {
    const roleIds = new Set(Object.entries(b.resources).filter(([, r]) => r.Type === 'AWS::IAM::Role').map(([k]) => k));
    const functionRoleIds = new Set([...b.built.data.functionRoles.values(), b.built.data.indexKeys.functionRole].map((r) => b.id(r)));
    const guarded = [...b.built.data.tenants.values()].flatMap((td) => [td.writeRole, td.readRole, td.provisionRole]).concat(b.built.data.platformProvisionRole);
    expect(guarded.length).toBe(3 * b.config.tenants.length + 1);
    for (const r of guarded) {
      const statements = (b.resources[b.id(r)]!.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement;
      expect(statements.length).toBeGreaterThan(0);
      for (const s of statements) {
        expect(s.Condition, r.node.path).toBeUndefined();
        expect(JSON.stringify(s)).not.toContain('PrincipalArn');
        expect(JSON.stringify(s)).not.toContain(':root');
        expect(s.Principal).not.toEqual({ AWS: '*' });
        const ref = (s.Principal as { AWS?: { 'Fn::GetAtt'?: [string, string] } }).AWS?.['Fn::GetAtt'];
        expect(ref, r.node.path).toBeDefined();
        expect(ref![1]).toBe('Arn');
        expect(roleIds.has(ref![0]), r.node.path).toBe(true);
        expect(functionRoleIds.has(ref![0]), r.node.path).toBe(true);
      }
    }
    // Each provisioning role (tenant and platform) trusts the provisioner's own role, nothing else.
    const provisioner = { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: { 'Fn::GetAtt': [b.id(b.built.data.indexKeys.functionRole), 'Arn'] } } };
    for (const r of [...b.built.data.tenants.values()].map((td) => td.provisionRole).concat(b.built.data.platformProvisionRole)) {
      expect((b.resources[b.id(r)]!.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement).toEqual([provisioner]);
    }
  });

  it('function stacks attach statements by name only to roles the data stack defines, and deploy after it; the functions run with those roles', () => {
    const dataRoleNames = new Set([...b.built.data.functionRoles.values()].map((r) => b.resources[b.id(r)]!.Properties.RoleName));
    expect([...dataRoleNames].sort()).toEqual(
      ['extract-ad', 'search-ads', 'get-ad', 'list-sources', 'list-audit', 'rights-process-tenant'].map((id) => `adwarden-dev-${id}`).sort(),
    );
    const attachedByName = new Set<unknown>();
    for (const stack of [b.built.collect, b.built.api, b.built.rights]) {
      expect(stack.dependencies, stack.stackName).toContain(b.built.data);
      const res = Object.values(Template.fromStack(stack).toJSON().Resources as Record<string, Resource>);
      for (const r of res.filter((x) => x.Type === 'AWS::IAM::Policy' || x.Type === 'AWS::IAM::ManagedPolicy')) {
        for (const role of (r.Properties.Roles as unknown[] | undefined) ?? []) {
          if (typeof role !== 'string') continue;
          expect(dataRoleNames.has(role), role).toBe(true);
          attachedByName.add(role);
        }
      }
      // No stack but the data stack defines a role of those names.
      for (const r of res.filter((x) => x.Type === 'AWS::IAM::Role')) expect(dataRoleNames.has(r.Properties.RoleName), String(r.Properties.RoleName)).toBe(false);
      // Each function of those names runs with that role.
      for (const fn of res.filter((x) => x.Type === 'AWS::Lambda::Function' && dataRoleNames.has(x.Properties.FunctionName))) {
        expect(JSON.stringify(fn.Properties.Role)).toContain(`:role/${String(fn.Properties.FunctionName)}"`);
      }
    }
    expect([...attachedByName].sort()).toEqual([...dataRoleNames].sort());
  });

  it('trust: functions declared readsTenantData are the read role\'s only trusted principals, and never the write role\'s; with no writer declared, nobody may assume the write role', () => {
    const api: FunctionDecl = { ...FUNCTIONS.schedule, id: 'api', writesTenantData: false, readsTenantData: true, browser: false };
    const rights: FunctionDecl = { ...api, id: 'rights-erase' };
    const c = build({ ...FUNCTIONS, api, rights });
    for (const tenant of c.config.tenants) {
      const td = c.built.data.tenants.get(tenant.id)!;
      const readTrust = (c.resources[c.id(td.readRole)]!.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement;
      expect(readTrust).toEqual(trusts(c, ['search-ads', 'get-ad', 'list-sources', 'list-audit', 'rights-process-tenant', 'api', 'rights-erase']));
      const writeTrust = c.resources[c.id(td.writeRole)]!.Properties.AssumeRolePolicyDocument;
      expect(writeTrust).toEqual({ Version: '2012-10-17', Statement: trusts(c, ['extract-ad']) });
    }
    const noWriter = build({ ...FUNCTIONS, extractAd: { ...FUNCTIONS.extractAd, writesTenantData: false } });
    expect(noWriter.built.data.functionRoles.has('extract-ad')).toBe(false);
    for (const tenant of noWriter.config.tenants) {
      const td = noWriter.built.data.tenants.get(tenant.id)!;
      expect((noWriter.resources[noWriter.id(td.writeRole)]!.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement).toEqual([
        { Sid: 'NoFunctionNeedsThisRoleYet', Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' },
      ]);
    }
  });
});
