import { Template, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/app.js';
import { ROUTES, tenantRoleName } from '../../lib/topology.js';
import type { ApiStack } from '../../lib/stacks/api-stack.js';
import { defaultConfig, NO_BUNDLING } from './helpers.js';

let stack: ApiStack;
let t: Template;

beforeAll(() => {
  stack = buildApp(defaultConfig(), { nag: false, appProps: NO_BUNDLING }).api;
  t = Template.fromStack(stack);
}, 120_000);

describe('user pool', () => {
  it('requires MFA with TOTP only, admin-created users, a 12-char password with every class, threat protection enforced', () => {
    t.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true }) },
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
  });

  it('has an immutable custom:tenantId that no app client can write, and both groups', () => {
    t.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([Match.objectLike({ Name: 'tenantId', Mutable: false, AttributeDataType: 'String' })]),
    });
    const clients = Object.values(t.findResources('AWS::Cognito::UserPoolClient'));
    expect(clients.length).toBeGreaterThan(0);
    for (const c of clients) {
      const write = (c.Properties as { WriteAttributes?: string[] }).WriteAttributes;
      expect(write, 'an explicit write list (default: all writable)').toBeDefined();
      expect(write).not.toContain('custom:tenantId');
    }
    const groups = Object.values(t.findResources('AWS::Cognito::UserPoolGroup')).map((g) => (g.Properties as { GroupName: string }).GroupName);
    expect(groups.sort()).toEqual(['analyst', 'tenant-admin']);
  });

  it('issues short-lived tokens (access and ID ≤ 60 min, refresh ≤ 12 h)', () => {
    for (const c of Object.values(t.findResources('AWS::Cognito::UserPoolClient'))) {
      const p = c.Properties as { AccessTokenValidity: number; IdTokenValidity: number; RefreshTokenValidity: number; TokenValidityUnits: Record<string, string> };
      expect(p.TokenValidityUnits).toEqual({ AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' });
      expect(p.AccessTokenValidity).toBeLessThanOrEqual(60);
      expect(p.IdTokenValidity).toBeLessThanOrEqual(60);
      expect(p.RefreshTokenValidity).toBeLessThanOrEqual(12 * 60);
    }
  });
});

describe('API', () => {
  it('is regional, in the configured region', () => {
    t.hasResourceProperties('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: ['REGIONAL'] } });
    expect(stack.region).toBe(defaultConfig().region);
  });

  it('puts the Cognito authorizer on every cognito route, and only public routes have none', () => {
    const methods = Object.values(t.findResources('AWS::ApiGateway::Method')).map((m) => m.Properties as Record<string, unknown>);
    const routed = methods.filter((m) => m.HttpMethod !== 'OPTIONS');
    expect(routed).toHaveLength(ROUTES.length);
    const cognito = routed.filter((m) => m.AuthorizationType === 'COGNITO_USER_POOLS');
    expect(cognito).toHaveLength(ROUTES.filter((r) => r.auth === 'cognito').length);
    for (const m of cognito) expect(m.AuthorizerId).toBeDefined();
    for (const m of routed) expect(m.RequestValidatorId, 'request validation on every method').toBeDefined();
    t.hasResourceProperties('AWS::ApiGateway::Authorizer', { Type: 'COGNITO_USER_POOLS', IdentitySource: 'method.request.header.Authorization' });
    t.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'GET',
      RequestParameters: Match.objectLike({ 'method.request.querystring.kind': true, 'method.request.querystring.q': true }),
    });
  });

  it('throttles every method, logs access without IPs or query values, answers gateway errors as problem+json', () => {
    const stageProps = Object.values(t.findResources('AWS::ApiGateway::Stage'))[0]!.Properties as {
      MethodSettings: { ResourcePath: string; ThrottlingRateLimit?: number; DataTraceEnabled?: boolean }[];
      AccessLogSetting: { Format: string; DestinationArn: unknown };
    };
    for (const r of ROUTES) {
      const s = stageProps.MethodSettings.find((m) => m.ResourcePath === `/~1${r.path.slice(1).replace(/\//g, '~1')}` || m.ResourcePath.replace(/~1/g, '/') === r.path);
      expect(s?.ThrottlingRateLimit, r.path).toBe(r.throttle.rateLimit);
    }
    expect(stageProps.AccessLogSetting.DestinationArn).toBeDefined();
    const fmt = stageProps.AccessLogSetting.Format;
    expect(fmt).toContain('$context.requestId');
    for (const personal of ['sourceIp', '$context.path', 'querystring', 'claims', 'userAgent']) expect(fmt).not.toContain(personal);
    expect(stageProps.MethodSettings.every((m) => m.DataTraceEnabled !== true)).toBe(true);
    t.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
      ResponseType: 'UNAUTHORIZED',
      StatusCode: '401',
      ResponseParameters: { 'gatewayresponse.header.Content-Type': "'application/problem+json'" },
    });
  });

  it('is behind a regional WAF web ACL with a rate rule and the AWS common and known-bad-inputs groups', () => {
    t.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      Rules: Match.arrayWith([
        Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ AggregateKeyType: 'IP' }) }, Action: { Block: {} } }),
        Match.objectLike({ Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } } }),
        Match.objectLike({ Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesKnownBadInputsRuleSet' } } }),
      ]),
    });
    t.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
  });
});

describe('API functions', () => {
  it('reach tenant data only by assuming tenant READ roles, never write roles, and hold no table or key rights of their own', () => {
    const cfg = defaultConfig();
    const policies = Object.values(t.findResources('AWS::IAM::Policy')).map((p) => JSON.stringify(p.Properties));
    const all = policies.join('\n');
    for (const tenant of cfg.tenants) {
      expect(all).toContain(tenantRoleName(cfg.stage, tenant, 'read'));
      expect(all).not.toContain(tenantRoleName(cfg.stage, tenant, 'write'));
      expect(all).not.toContain(`tenant-${tenant.id}"`);
    }
    expect(all).not.toMatch(/kms:Decrypt|kms:GenerateDataKey/);
    expect(all).not.toMatch(/"dynamodb:\*"|"Resource":"\*"[^]*dynamodb/);
  });
});

describe('cdk-nag', () => {
  it('finds nothing unacknowledged in the API stack (AwsSolutions, Serverless)', () => {
    for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
      const report = pack.validateScope(stack);
      expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath ?? r.resourceLogicalId).join(',')}`)).toEqual([]);
    }
  });
});
