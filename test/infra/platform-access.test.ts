/**
 * The platform key and what collection may do to the platform tables (issue 9 point 7, CDK
 * side): the key is used only by named roles, each bound to an encryption context; collection
 * reads the suppression list and cannot change it.
 */
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/app.js';
import { KEY_ADMIN_ACTIONS, KEY_AUDIT_ACTIONS, KEY_BACKUP_ACTIONS } from '../../lib/constructs/key-actions.js';
import { defaultConfig, NO_BUNDLING } from './helpers.js';

interface Statement {
  Sid?: string;
  Effect: string;
  Principal?: unknown;
  Action: string | string[];
  Resource?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}
type Resource = { Type: string; Properties: Record<string, unknown> };
const actions = (s: Statement) => [s.Action].flat().sort();
const ROOT = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] };
const roleArn = (name: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, `:role/${name}`]] });
const VIA = { 'kms:ViaService': ['dynamodb.eu-north-1.amazonaws.com', 'backup.eu-north-1.amazonaws.com'] };
const USE = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:CreateGrant'];

describe('platform key and platform tables', () => {
  let built: ReturnType<typeof buildApp>;
  let data: Record<string, Resource>;
  let collect: Record<string, Resource>;
  beforeAll(() => {
    built = buildApp(defaultConfig(), { nag: false, appProps: NO_BUNDLING });
    data = Template.fromStack(built.data).toJSON().Resources as Record<string, Resource>;
    collect = Template.fromStack(built.collect).toJSON().Resources as Record<string, Resource>;
  });
  const platformKeyPolicy = () =>
    (data[built.data.getLogicalId(built.data.platformKey.node.defaultChild as never)]!.Properties.KeyPolicy as { Statement: Statement[] }).Statement;
  const rolePolicy = (fnId: string) =>
    Object.entries(collect)
      .filter(([id, r]) => r.Type === 'AWS::IAM::Policy' && id.startsWith(fnId.replace(/-/g, '')))
      .flatMap(([, r]) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);

  it('key policy: administration, audit, Backup through services, one context-bound use by extract-ad and one by the index-key provisioning role; nothing else', () => {
    const all = platformKeyPolicy();
    // The rights workflow's functions: each its own statement, naming its role, bound to a context.
    const rights = all.filter((s) => /^Use\d+Byadwardendevrights/.test(s.Sid ?? ''));
    expect(rights.length).toBeGreaterThan(0);
    for (const s of rights) {
      expect(s.Principal, s.Sid).toEqual({ AWS: ROOT });
      expect(String(JSON.stringify(s.Condition!.ArnEquals!['aws:PrincipalArn'])), s.Sid).toContain('adwarden-dev-rights-');
      expect(Object.keys(s.Condition!.StringEquals ?? {}), s.Sid).toContain('kms:EncryptionContext:purpose');
      expect(actions(s).every((a) => a === 'kms:Decrypt' || a === 'kms:GenerateDataKey'), s.Sid).toBe(true);
    }
    const statements = all.filter((s) => !rights.includes(s));
    expect(statements.map((s) => s.Sid)).toEqual([
      'AdministrationByDeploymentRole',
      'GrantsForDynamoDbAndBackupOnly',
      'AccountMayReadKeyMetadataOnly',
      'BackupThroughServicesOnly',
      'BackupGrantsForAwsResourcesOnly',
      'Use0Byadwardendevplatformprovision',
      'Use0Byadwardendevextractad',
    ]);
    const [admin, grants, audit, backupUse, backupGrants, provision, use] = statements as Statement[];
    // Generate only, never Decrypt, and only with the platform's index-key context (provisioning.test.ts).
    expect(provision).toEqual({
      Sid: 'Use0Byadwardendevplatformprovision',
      Effect: 'Allow',
      Principal: { AWS: ROOT },
      Action: 'kms:GenerateDataKey',
      Resource: '*',
      Condition: {
        ArnEquals: { 'aws:PrincipalArn': roleArn('adwarden-dev-platform-provision') },
        StringEquals: { 'kms:EncryptionContext:purpose': 'index-key', 'kms:EncryptionContext:tenant': 'platform' },
      },
    });
    expect(actions(admin!)).toEqual([...KEY_ADMIN_ACTIONS].sort());
    expect(actions(grants!)).toEqual(['kms:CreateGrant', 'kms:DescribeKey']);
    expect(grants!.Condition).toEqual({ StringEquals: VIA, Bool: { 'kms:GrantIsForAWSResource': 'true' } });
    expect(audit!.Principal).toEqual({ AWS: ROOT });
    expect(actions(audit!)).toEqual([...KEY_AUDIT_ACTIONS].sort());
    expect(actions(backupUse!)).toEqual([...KEY_BACKUP_ACTIONS].sort());
    expect(backupUse!.Condition).toEqual({ StringEquals: VIA });
    expect(backupGrants!.Condition).toEqual({ StringEquals: VIA, Bool: { 'kms:GrantIsForAWSResource': 'true' } });
    expect(use).toEqual({
      Sid: 'Use0Byadwardendevextractad',
      Effect: 'Allow',
      Principal: { AWS: ROOT },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: {
        ArnEquals: { 'aws:PrincipalArn': roleArn('adwarden-dev-extract-ad') },
        StringEquals: { 'kms:EncryptionContext:purpose': 'index-key', 'kms:EncryptionContext:tenant': 'platform' },
      },
    });
    // The account (any IAM policy) cannot use the key: every use statement names a role or a service path.
    for (const s of all.filter((st) => actions(st).some((a) => USE.includes(a)))) {
      expect(s.Condition, s.Sid).toBeDefined();
      if (JSON.stringify(s.Principal) === JSON.stringify({ AWS: ROOT })) expect(s.Condition!.ArnEquals!['aws:PrincipalArn']).toBeDefined();
    }
  });

  it('extract-ad\'s own policy: Decrypt of the platform key by alias, with the same context; no other function may use it', () => {
    const kms = rolePolicy('extract-ad').filter((s) => actions(s).some((a) => a.startsWith('kms:')));
    expect(kms).toEqual([
      {
        Effect: 'Allow',
        Action: 'kms:Decrypt',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':kms:eu-north-1:', { Ref: 'AWS::AccountId' }, ':key/*']] },
        Condition: {
          'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/adwarden-dev-platform' },
          StringEquals: { 'kms:EncryptionContext:purpose': 'index-key', 'kms:EncryptionContext:tenant': 'platform' },
        },
      },
    ]);
    for (const fn of ['schedule', 'crawl-listing']) {
      expect(rolePolicy(fn).length, fn).toBeGreaterThan(0);
      expect(rolePolicy(fn).flatMap(actions).filter((a) => a.startsWith('kms:')), fn).toEqual([]);
    }
  });

  it('collection reads the suppression list (Get/BatchGet) and can neither add to it nor delete from it', () => {
    const suppression = rolePolicy('extract-ad').filter((s) => JSON.stringify(s.Resource).includes('table/adwarden-dev-suppression'));
    expect(suppression.flatMap(actions)).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem']);
    for (const fn of ['schedule', 'crawl-listing', 'extract-ad']) {
      for (const s of rolePolicy(fn)) {
        if (!JSON.stringify(s.Resource).includes('suppression')) continue;
        expect(actions(s).filter((a) => /Put|Update|Delete|Write/.test(a)), fn).toEqual([]);
      }
    }
    // No function touches the DSAR requests or the audit log.
    expect(JSON.stringify(Object.values(collect).filter((r) => r.Type === 'AWS::IAM::Policy'))).not.toMatch(/dsar-requests|audit-log/);
  });

  it('crawl runs: collection may only UpdateItem them; list-sources may only GetItem them; no other function touches them', () => {
    const templates = { collect, api: Template.fromStack(built.api).toJSON().Resources as Record<string, Resource>, rights: Template.fromStack(built.rights).toJSON().Resources as Record<string, Resource> };
    // Every IAM statement, of every stack, that names the crawl-runs table: by role policy.
    const grants: Record<string, string[]> = {};
    for (const resources of Object.values(templates)) {
      for (const [id, r] of Object.entries(resources)) {
        if (r.Type !== 'AWS::IAM::Policy') continue;
        for (const st of (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement) {
          if (!JSON.stringify(st.Resource ?? '').includes('adwarden-dev-crawl-runs')) continue;
          expect(st.Effect).toBe('Allow');
          // Exactly the table: no index, no wildcard.
          expect(JSON.stringify(st.Resource)).toMatch(/table\/adwarden-dev-crawl-runs"\]\]\}$/);
          (grants[id.replace(/role(Default)?Policy.*$/i, '')] ??= []).push(...actions(st));
        }
      }
    }
    expect(grants).toEqual({
      schedule: ['dynamodb:UpdateItem'],
      crawllisting: ['dynamodb:UpdateItem'],
      extractad: ['dynamodb:UpdateItem'],
      listsources: ['dynamodb:GetItem'],
    });
  });

  it('grantPlatformKeyUse refuses a role without a literal name and a use without an encryption context', () => {
    const b = buildApp(defaultConfig(), { nag: false, appProps: NO_BUNDLING });
    const unnamed = new iam.Role(b.collect, 'Unnamed', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    expect(() => b.data.grantPlatformKeyUse(unnamed, [{ actions: ['kms:Decrypt'], context: { purpose: 'x' } }])).toThrow(/literal roleName/);
    const named = new iam.Role(b.collect, 'Named', { roleName: 'adwarden-dev-test', assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    expect(() => b.data.grantPlatformKeyUse(named, [{ actions: ['kms:Decrypt'], context: {} }])).toThrow(/encryption context/);
  });
});
