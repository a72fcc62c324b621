import { Template, Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/app.js';
import { tenantTableName } from '../../lib/topology.js';
import { defaultConfig, NO_BUNDLING } from './helpers.js';

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

describe('data stack (default config)', () => {
  const config = defaultConfig();
  let template: Template;
  let resources: Resources;
  let built: ReturnType<typeof buildApp>;

  beforeAll(() => {
    built = buildApp(config, { nag: false, appProps: NO_BUNDLING });
    template = Template.fromStack(built.data);
    resources = template.toJSON().Resources as Resources;
  });

  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const tenantTables = () =>
    ofType('AWS::DynamoDB::GlobalTable').filter(([, r]) => String(r.Properties.TableName).includes('-tenant-'));

  it('is pinned to the configured EU region', () => {
    expect(built.data.region).toBe('eu-north-1');
    const replicas = ofType('AWS::DynamoDB::GlobalTable').flatMap(([, r]) => r.Properties.Replicas as { Region: string }[]);
    expect(new Set(replicas.map((r) => r.Region))).toEqual(new Set(['eu-north-1']));
  });

  it('gives every tenant its own table, encrypted with its own key, no key shared', () => {
    expect(tenantTables().map(([, r]) => r.Properties.TableName).sort()).toEqual(
      config.tenants.map((t) => tenantTableName(config.stage, t)).sort(),
    );
    const keyRefs = tenantTables().map(([, r]) => {
      const sse = r.Properties.SSESpecification as { SSEEnabled: boolean; SSEType: string };
      expect(sse).toEqual({ SSEEnabled: true, SSEType: 'KMS' });
      const replica = (r.Properties.Replicas as { SSESpecification: { KMSMasterKeyId: unknown } }[])[0]!;
      return JSON.stringify(replica.SSESpecification.KMSMasterKeyId);
    });
    expect(keyRefs.every((k) => k.includes('Fn::GetAtt'))).toBe(true);
    expect(new Set(keyRefs).size).toBe(config.tenants.length);
    // The key each tenant table uses is that tenant's key (by construct path).
    for (const tenant of config.tenants) {
      const td = built.data.tenants.get(tenant.id)!;
      const keyId = built.data.getLogicalId(td.key.node.defaultChild as never);
      const tableId = built.data.getLogicalId(td.table.node.defaultChild as never);
      expect(JSON.stringify(resources[tableId]!.Properties.Replicas)).toContain(keyId);
    }
  });

  it('turns key rotation on for every key and makes none multi-Region', () => {
    const keys = ofType('AWS::KMS::Key');
    expect(keys.length).toBe(config.tenants.length + 3); // + the platform key, the provisioning logs key and the operators' topic key
    for (const [, k] of keys) {
      expect(k.Properties.EnableKeyRotation).toBe(true);
      expect(k.Properties.MultiRegion).not.toBe(true);
    }
  });

  it('turns point-in-time recovery on for every table, kept at most 7 days', () => {
    for (const [, t] of ofType('AWS::DynamoDB::GlobalTable')) {
      for (const replica of t.Properties.Replicas as { PointInTimeRecoverySpecification: Record<string, unknown> }[]) {
        expect(replica.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 7 });
      }
    }
  });

  it('expires tenant items by TTL', () => {
    for (const [, t] of tenantTables()) {
      expect(t.Properties.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
    }
  });

  it('keeps backups at most 7 days, in a vault encrypted with a customer-managed key, covering every tenant table', () => {
    template.hasResourceProperties('AWS::Backup::BackupVault', { EncryptionKeyArn: Match.objectLike({ 'Fn::GetAtt': Match.anyValue() }) });
    const plans = ofType('AWS::Backup::BackupPlan');
    expect(plans.length).toBe(1);
    const rules = (plans[0]![1].Properties.BackupPlan as { BackupPlanRule: { Lifecycle?: { DeleteAfterDays?: number } }[] }).BackupPlanRule;
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.Lifecycle?.DeleteAfterDays).toBeDefined();
      expect(rule.Lifecycle!.DeleteAfterDays!).toBeLessThanOrEqual(7);
    }
    const selection = JSON.stringify(ofType('AWS::Backup::BackupSelection')[0]![1].Properties);
    for (const [id] of tenantTables()) expect(selection).toContain(id);
  });

  it('uses no "*" resource in any IAM policy that touches tenant tables or keys', () => {
    const tenantIds = new Set([
      ...tenantTables().map(([id]) => id),
      ...[...built.data.tenants.values()].map((t) => built.data.getLogicalId(t.key.node.defaultChild as never)),
    ]);
    const policies = ofType('AWS::IAM::Policy');
    const touching = policies.filter(([, p]) => [...tenantIds].some((id) => JSON.stringify(p.Properties).includes(id)));
    expect(touching.length).toBe(3 * config.tenants.length); // a write, a read and a provisioning role per tenant
    for (const [, p] of touching) {
      for (const st of (p.Properties.PolicyDocument as { Statement: { Resource: unknown }[] }).Statement) {
        const res = Array.isArray(st.Resource) ? st.Resource : [st.Resource];
        expect(res).not.toContain('*');
        expect(JSON.stringify(res)).not.toMatch(/\/\*"|:\*"/);
      }
    }
  });

  // Key policies and tenant roles, statement by statement: test/infra/tenant-access.test.ts.

  it('protects tables from deletion on prod only', () => {
    for (const [, t] of tenantTables()) expect(t.Properties.DeletionProtectionEnabled ?? false).toBe(false);
    const prod = buildApp(defaultConfig({ stage: 'prod' }), { nag: false, appProps: NO_BUNDLING });
    const prodTables = Object.values(Template.fromStack(prod.data).toJSON().Resources as Resources).filter((r) => r.Type === 'AWS::DynamoDB::GlobalTable');
    expect(prodTables.length).toBeGreaterThan(0);
    for (const t of prodTables) {
      for (const replica of t.Properties.Replicas as { DeletionProtectionEnabled?: boolean }[]) expect(replica.DeletionProtectionEnabled).toBe(true);
    }
  });

});
