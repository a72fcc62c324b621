/**
 * The measures the synthesized templates show, each as a statement citing the resource (and
 * property) it is read from. A function returns nothing for a measure the template does not
 * show: the documents claim only what is there (remove key rotation from a template and the
 * rotation statement is gone; test/unit/compliance/generator.test.ts).
 */
import type { Config, Tenant } from '../config.js';
import { ENV, platformTableName, type PlatformTableName, provisionRoleName, tenantKeyAlias, tenantRoleName, tenantTableName } from '../topology.js';
import { type Citation, configCite, type Statement, statement, valueAt } from './citations.js';
import { asList, cite, policyStatements, type Resource, type TemplateSet } from './templates.js';

const TABLE = 'AWS::DynamoDB::GlobalTable';
const KEY = 'AWS::KMS::Key';

// ---------------------------------------------------------------------------------------
// Keys

/** The alias of a key (AWS::KMS::Alias targeting it), or its logical id. */
export function keyLabel(ts: TemplateSet, key: Resource): string {
  const alias = ts.ofType('AWS::KMS::Alias').find((a) => a.stack === key.stack && ts.target(a, a.props.TargetKeyId) === key);
  const name = alias?.props.AliasName;
  return typeof name === 'string' ? `\`${name}\`` : `\`${key.logicalId}\``;
}

/** Customer-managed, rotation, single-Region: what the key's resource shows. */
export function keyMeasures(ts: TemplateSet, key: Resource): Statement[] {
  const out: Statement[] = [];
  const label = keyLabel(ts, key);
  if (key.props.EnableKeyRotation === true) out.push(statement(`KMS key ${label}: customer-managed, automatic yearly rotation on.`, cite(key, 'EnableKeyRotation')));
  else out.push(statement(`KMS key ${label}: customer-managed; the template does not turn rotation on, so rotation is not claimed.`, cite(key)));
  if (key.props.MultiRegion === true) out.push(statement(`KMS key ${label} is a multi-Region key.`, cite(key, 'MultiRegion')));
  const pending = key.props.PendingWindowInDays;
  if (typeof pending === 'number') out.push(statement(`KMS key ${label}: deletion only after a ${pending}-day waiting period.`, cite(key, 'PendingWindowInDays')));
  return out;
}

/** Who the key policy lets decrypt (kms:Decrypt allowed), by role name where the principal is a role of the templates. */
export function decryptors(ts: TemplateSet, key: Resource): Statement | undefined {
  const stmts = policyStatements(key.props.KeyPolicy);
  const who: string[] = [];
  stmts.forEach((s) => {
    if (s.Effect !== 'Allow' || !asList(s.Action).some((a) => a === 'kms:Decrypt' || a === 'kms:*')) return;
    const sid = typeof s.Sid === 'string' ? s.Sid : '(no Sid)';
    const principals = asList((s.Principal as { AWS?: unknown; Service?: unknown } | undefined)?.AWS).map((p) => principalLabel(ts, key, p, s.Condition));
    const services = asList((s.Principal as { Service?: unknown } | undefined)?.Service).map(String);
    const conditioned = s.Condition ? ' (with conditions)' : '';
    who.push(`${[...principals, ...services].join(', ') || 'no named principal'} — statement \`${sid}\`${conditioned}`);
  });
  if (who.length === 0) return undefined;
  return statement(`KMS key ${keyLabel(ts, key)}: the key policy allows kms:Decrypt only to ${who.join('; ')}.`, cite(key, 'KeyPolicy'));
}

function principalLabel(ts: TemplateSet, from: Resource, p: unknown, condition: unknown): string {
  const target = ts.target(from, p);
  if (target?.type === 'AWS::IAM::Role') return `role \`${String(target.props.RoleName ?? target.logicalId)}\``;
  const joined = joinText(p);
  const role = /:role\/([\w+=,.@/-]+)$/.exec(joined);
  if (role) return `role \`${role[1]}\``;
  if (/:root$/.test(joined)) {
    // The account as principal, narrowed to named roles by aws:PrincipalArn: those roles.
    const arns = asList(valueAt(condition, 'ArnEquals') ? (valueAt(condition, 'ArnEquals') as Record<string, unknown>)['aws:PrincipalArn'] : undefined);
    const names = arns.map((a) => /:role\/([\w+=,.@/-]+)$/.exec(joinText(a))?.[1]).filter((n): n is string => n !== undefined);
    return names.length ? names.map((n) => `role \`${n}\``).join(', ') : 'any principal of the account that an IAM policy allows';
  }
  return `\`${joined}\``;
}

/** A string or Fn::Join of strings and references, with references as `<LogicalId>`. */
function joinText(v: unknown): string {
  if (typeof v === 'string') return v;
  const join = (v as { 'Fn::Join'?: [string, unknown[]] } | null)?.['Fn::Join'];
  if (Array.isArray(join)) return join[1].map((p) => (typeof p === 'string' ? p : `<${Object.values(p as object)[0]}>`)).join(join[0]);
  return JSON.stringify(v);
}

// ---------------------------------------------------------------------------------------
// Tables: encryption, point-in-time recovery, expiry, backups

export interface TableFacts {
  readonly table: Resource;
  readonly key?: Resource;
  readonly encryption?: Statement;
  readonly pitr?: Statement;
  readonly ttl?: Statement;
  readonly backups: Statement[];
}

export function tableFacts(ts: TemplateSet, tableName: string): TableFacts | undefined {
  const table = ts.named(TABLE, 'TableName', tableName);
  if (!table) return undefined;
  const replicas = asList(table.props.Replicas);
  const i = replicas.findIndex((r) => valueAt(r, 'Region') !== undefined);
  const at = i >= 0 ? i : 0;
  const keyRef = valueAt(table.props, `Replicas[${at}].SSESpecification.KMSMasterKeyId`);
  const key = keyRef !== undefined ? ts.target(table, keyRef) : undefined;
  const sse = table.props.SSESpecification as { SSEEnabled?: unknown; SSEType?: unknown } | undefined;
  const name = `\`${tableName}\``;
  const encryption =
    sse?.SSEEnabled === true && sse.SSEType === 'KMS' && key?.type === KEY
      ? statement(`Table ${name} is encrypted at rest with the customer-managed KMS key ${keyLabel(ts, key)}.`, cite(table, 'SSESpecification'), cite(table, `Replicas[${at}].SSESpecification.KMSMasterKeyId`), cite(key))
      : undefined;
  const pitrEnabled = valueAt(table.props, `Replicas[${at}].PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled`) === true;
  const days = valueAt(table.props, `Replicas[${at}].PointInTimeRecoverySpecification.RecoveryPeriodInDays`);
  const pitr = pitrEnabled
    ? typeof days === 'number'
      ? statement(`Table ${name}: point-in-time recovery on, restorable to any second of the last ${days} days (older states are gone).`, cite(table, `Replicas[${at}].PointInTimeRecoverySpecification`))
      : statement(`Table ${name}: point-in-time recovery on; the template sets no recovery window, so DynamoDB's default applies.`, cite(table, `Replicas[${at}].PointInTimeRecoverySpecification`))
    : undefined;
  const ttlAttr = valueAt(table.props, 'TimeToLiveSpecification.AttributeName');
  const ttl =
    valueAt(table.props, 'TimeToLiveSpecification.Enabled') === true && typeof ttlAttr === 'string'
      ? statement(`Table ${name}: DynamoDB deletes each item after the time in its \`${ttlAttr}\` attribute (TTL on).`, cite(table, 'TimeToLiveSpecification'))
      : undefined;
  return { table, ...(key ? { key } : {}), ...(encryption ? { encryption } : {}), ...(pitr ? { pitr } : {}), ...(ttl ? { ttl } : {}), backups: backupsOf(ts, table) };
}

/** The backup plans whose selections name this table, with their schedule, vault, vault key and retention. */
export function backupsOf(ts: TemplateSet, table: Resource): Statement[] {
  const out: Statement[] = [];
  for (const sel of ts.ofType('AWS::Backup::BackupSelection').filter((s) => s.stack === table.stack)) {
    const resources = asList(valueAt(sel.props, 'BackupSelection.Resources'));
    const idx = resources.findIndex((r) => ts.target(sel, r) === table);
    if (idx < 0) continue;
    const plan = ts.target(sel, sel.props.BackupPlanId);
    if (!plan) continue;
    asList(valueAt(plan.props, 'BackupPlan.BackupPlanRule')).forEach((_rule, r) => {
      const rule = `BackupPlan.BackupPlanRule[${r}]`;
      const schedule = valueAt(plan.props, `${rule}.ScheduleExpression`);
      const deleteAfter = valueAt(plan.props, `${rule}.Lifecycle.DeleteAfterDays`);
      const vault = ts.target(plan, valueAt(plan.props, `${rule}.TargetBackupVault`));
      const vaultKey = vault ? ts.target(vault, vault.props.EncryptionKeyArn) : undefined;
      const cites: Citation[] = [cite(sel, `BackupSelection.Resources[${idx}]`), cite(plan, rule)];
      let text = `Table \`${String(table.props.TableName)}\` is backed up by AWS Backup`;
      if (typeof schedule === 'string') text += ` on \`${schedule}\``;
      if (vault) {
        text += ` into vault \`${String(vault.props.BackupVaultName ?? vault.logicalId)}\``;
        if (vaultKey?.type === KEY) {
          text += `, encrypted with the customer-managed KMS key ${keyLabel(ts, vaultKey)}`;
          cites.push(cite(vault, 'EncryptionKeyArn'));
        }
      }
      if (typeof deleteAfter === 'number') {
        text += `; each backup is deleted after ${deleteAfter} days.`;
        cites.push(cite(plan, `${rule}.Lifecycle.DeleteAfterDays`));
      } else text += '; the template sets no deletion of backups, so no backup retention limit is claimed.';
      out.push(statement(text, ...cites));
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Tenants: silo and least privilege

export interface TenantFacts {
  readonly tenant: Tenant;
  readonly index: number;
  readonly table?: TableFacts;
  readonly keyMeasures: Statement[];
  readonly decryptors?: Statement;
  readonly roles: Statement[];
  /** Policies outside the tenant's own roles that name its table or key (should be none). */
  readonly isolation?: Statement;
}

export function tenantFacts(ts: TemplateSet, config: Config, index: number): TenantFacts {
  const tenant = config.tenants[index]!;
  const table = tableFacts(ts, tenantTableName(config.stage, tenant));
  const key = table?.key ?? ts.ofType('AWS::KMS::Alias').map((a) => (a.props.AliasName === tenantKeyAlias(config.stage, tenant) ? ts.target(a, a.props.TargetKeyId) : undefined)).find(Boolean);
  const roles: Statement[] = [];
  const ownRoles: Resource[] = [];
  for (const kind of ['write', 'read'] as const) {
    const role = ts.named('AWS::IAM::Role', 'RoleName', tenantRoleName(config.stage, tenant, kind));
    if (!role) continue;
    ownRoles.push(role);
    const s = roleScope(ts, role, [table?.table, key].filter((r): r is Resource => r !== undefined), kind);
    if (s) roles.push(s);
  }
  const provision = ts.named('AWS::IAM::Role', 'RoleName', provisionRoleName(config.stage, tenant));
  if (provision) ownRoles.push(provision);
  let isolation: Statement | undefined;
  if (table && key) {
    const others = policiesNaming(ts, [table.table, key], tenantTableName(config.stage, tenant), tenantKeyAlias(config.stage, tenant)).filter(
      (p) => !ts.policyRoles(p).some((r) => ownRoles.includes(r)),
    );
    isolation =
      others.length === 0
        ? statement(
            `Tenant \`${tenant.id}\`: no IAM policy in the templates other than its own roles' names its table or key, so no function, role or other tenant reaches them directly.`,
            cite(table.table),
            cite(key),
            ...ownRoles.map((r) => cite(r, 'RoleName')),
          )
        : statement(
            `Tenant \`${tenant.id}\`: policies outside its own roles name its table or key (${others.map((o) => `\`${o.logicalId}\``).join(', ')}); isolation by role is not claimed.`,
            ...others.map((o) => cite(o, 'PolicyDocument')),
          );
  }
  return {
    tenant,
    index,
    ...(table ? { table } : {}),
    keyMeasures: key ? keyMeasures(ts, key) : [],
    ...(key && decryptors(ts, key) ? { decryptors: decryptors(ts, key)! } : {}),
    roles,
    ...(isolation ? { isolation } : {}),
  };
}

/** The Allow statements of a role's policies, claimed as "only on X" when every resource is one of `own`. */
function roleScope(ts: TemplateSet, role: Resource, own: readonly Resource[], kind: 'read' | 'write'): Statement | undefined {
  const policies = ts.ofType('AWS::IAM::Policy').filter((p) => ts.policyRoles(p).includes(role));
  const actions = new Set<string>();
  let foreign = false;
  const cites: Citation[] = [cite(role, 'RoleName')];
  for (const p of policies) {
    cites.push(cite(p, 'PolicyDocument'));
    for (const s of policyStatements(p.props.PolicyDocument)) {
      if (s.Effect !== 'Allow') continue;
      asList(s.Action).forEach((a) => actions.add(String(a)));
      for (const r of asList(s.Resource)) {
        const refs = ts.referenced(p, r);
        if (refs.length === 0 || refs.some((x) => !own.includes(x))) foreign = true;
      }
    }
  }
  if (actions.size === 0) return undefined;
  const name = `\`${String(role.props.RoleName)}\``;
  const what = kind === 'write' ? 'collection (write)' : 'API and rights workflow (read, erase)';
  const list = [...actions].sort().join(', ');
  return foreign
    ? statement(`Role ${name} (${what}) is allowed ${list}, on resources beyond this tenant's table and key; least privilege is not claimed for it.`, ...cites)
    : statement(`Role ${name} (${what}) is allowed only ${list}, and only on this tenant's table and key.`, ...cites);
}

/** IAM policies (inline and managed) that reference any of `targets`, or name the table or key alias in a string. */
function policiesNaming(ts: TemplateSet, targets: readonly Resource[], tableName: string, alias: string): Resource[] {
  return [...ts.ofType('AWS::IAM::Policy'), ...ts.ofType('AWS::IAM::ManagedPolicy')].filter((p) => {
    const doc = p.props.PolicyDocument;
    if (ts.referenced(p, doc).some((r) => targets.includes(r))) return true;
    const text = JSON.stringify(doc);
    return text.includes(`table/${tableName}"`) || text.includes(`table/${tableName}/`) || text.includes(`${alias}"`);
  });
}

// ---------------------------------------------------------------------------------------
// Platform tables (suppression list, requests, audit log, …)

export function platformTable(ts: TemplateSet, config: Config, name: PlatformTableName): TableFacts | undefined {
  return tableFacts(ts, platformTableName(config.stage, name));
}

/** Statements about which roles may do what on a platform table (from their IAM policies). */
export function tableAccess(ts: TemplateSet, config: Config, name: PlatformTableName, actionsOfInterest: readonly string[]): Statement[] {
  const physical = platformTableName(config.stage, name);
  const out: Statement[] = [];
  for (const p of ts.ofType('AWS::IAM::Policy')) {
    for (const [i, s] of policyStatements(p.props.PolicyDocument).entries()) {
      if (s.Effect !== 'Allow') continue;
      const names = asList(s.Resource).some((r) => JSON.stringify(r).includes(`table/${physical}"`) || ts.referenced(p, r).some((x) => x.props.TableName === physical));
      const actions = asList(s.Action).map(String).filter((a) => actionsOfInterest.includes(a));
      if (!names || actions.length === 0) continue;
      const roles = ts.policyRoles(p);
      const roleNames = roles.map((r) => `\`${String(r.props.RoleName ?? r.logicalId)}\``).join(', ');
      out.push(statement(`${roleNames} may ${actions.join(', ')} on \`${physical}\`.`, cite(p, `PolicyDocument.Statement[${i}]`), ...roles.map((r) => cite(r))));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Customer accounts (Cognito)

export interface UserPoolFacts {
  readonly pool: Resource;
  readonly measures: Statement[];
  readonly personalData: Statement[];
  readonly inactive?: Statement;
}

export function userPoolFacts(ts: TemplateSet, config: Config): UserPoolFacts | undefined {
  const pool = ts.ofType('AWS::Cognito::UserPool')[0];
  if (!pool) return undefined;
  const p = pool.props;
  const measures: Statement[] = [];
  const mfas = asList(p.EnabledMfas).map(String);
  if (p.MfaConfiguration === 'ON') {
    measures.push(statement(`Customer sign-in requires multi-factor authentication; second factors allowed: ${mfas.join(', ') || 'none listed'}.`, cite(pool, 'MfaConfiguration'), cite(pool, 'EnabledMfas')));
  } else if (p.MfaConfiguration === 'OPTIONAL') {
    measures.push(statement('Multi-factor authentication is optional for customer sign-in (not required).', cite(pool, 'MfaConfiguration')));
  }
  const pw = valueAt(p, 'Policies.PasswordPolicy') as Record<string, unknown> | undefined;
  if (pw) {
    const parts: string[] = [];
    if (typeof pw.MinimumLength === 'number') parts.push(`at least ${pw.MinimumLength} characters`);
    const classes = (['RequireUppercase', 'RequireLowercase', 'RequireNumbers', 'RequireSymbols'] as const).filter((k) => pw[k] === true).map((k) => k.replace('Require', '').toLowerCase());
    if (classes.length) parts.push(`with ${classes.join(', ')}`);
    if (typeof pw.PasswordHistorySize === 'number') parts.push(`none of the last ${pw.PasswordHistorySize} passwords reused`);
    if (typeof pw.TemporaryPasswordValidityDays === 'number') parts.push(`temporary passwords valid ${pw.TemporaryPasswordValidityDays} day(s)`);
    if (parts.length) measures.push(statement(`Password policy: ${parts.join('; ')}.`, cite(pool, 'Policies.PasswordPolicy')));
  }
  if (valueAt(p, 'AdminCreateUserConfig.AllowAdminCreateUserOnly') === true) {
    measures.push(statement('Accounts are created by administrators only: no self sign-up.', cite(pool, 'AdminCreateUserConfig.AllowAdminCreateUserOnly')));
  }
  const threat = valueAt(p, 'UserPoolAddOns.AdvancedSecurityMode');
  if (threat === 'ENFORCED') {
    measures.push(statement('Cognito threat protection runs in enforced mode (`ENFORCED`), not in audit-only mode.', cite(pool, 'UserPoolAddOns.AdvancedSecurityMode')));
  } else if (threat === 'AUDIT') {
    measures.push(statement('Cognito threat protection runs in audit mode only (reported, not blocked).', cite(pool, 'UserPoolAddOns.AdvancedSecurityMode')));
  }
  const tenantAttr = asList(p.Schema).findIndex((a) => valueAt(a, 'Name') === 'tenantId');
  if (tenantAttr >= 0 && valueAt(p, `Schema[${tenantAttr}].Mutable`) === false) {
    measures.push(statement('The tenant of an account is an immutable attribute: set at creation, never changed by the user or an app client.', cite(pool, `Schema[${tenantAttr}].Mutable`)));
  }
  for (const client of ts.ofType('AWS::Cognito::UserPoolClient').filter((c) => ts.target(c, c.props.UserPoolId) === pool)) {
    const access = client.props.AccessTokenValidity;
    const unit = valueAt(client.props, 'TokenValidityUnits.AccessToken');
    if (typeof access === 'number') {
      measures.push(statement(`App client \`${String(client.props.ClientName ?? client.logicalId)}\`: access tokens valid ${access} ${typeof unit === 'string' ? unit : 'hours'}.`, cite(client, 'AccessTokenValidity')));
    }
  }

  const personalData: Statement[] = [];
  if (asList(p.UsernameAttributes).includes('email')) personalData.push(statement('e-mail address (the sign-in name).', cite(pool, 'UsernameAttributes')));
  if (tenantAttr >= 0) personalData.push(statement('the tenant the user belongs to (`custom:tenantId`).', cite(pool, `Schema[${tenantAttr}]`)));
  if (mfas.includes('SOFTWARE_TOKEN_MFA')) personalData.push(statement('a TOTP authenticator secret (held by Cognito).', cite(pool, 'EnabledMfas')));
  for (const client of ts.ofType('AWS::Cognito::UserPoolClient').filter((c) => ts.target(c, c.props.UserPoolId) === pool)) {
    if (asList(client.props.WriteAttributes).includes('name')) personalData.push(statement('name, if the user enters one.', cite(client, 'WriteAttributes')));
  }
  if (p.UserPoolAddOns !== undefined) personalData.push(statement('sign-in events (time, device and network signals) that threat protection evaluates.', cite(pool, 'UserPoolAddOns')));

  // Inactive accounts: a scheduled function given the inactivity limit and allowed to disable users of this pool.
  let inactive: Statement | undefined;
  for (const fn of ts.ofType('AWS::Lambda::Function')) {
    const days = valueAt(fn.props, `Environment.Variables.${ENV.inactiveDays}`);
    if (days === undefined) continue;
    const schedule = ts.ofType('AWS::Scheduler::Schedule').find((s) => s.stack === fn.stack && ts.referenced(s, valueAt(s.props, 'Target.Arn')).includes(fn));
    const role = ts.target(fn, fn.props.Role);
    const disables = ts
      .ofType('AWS::IAM::Policy')
      .find((pol) => role !== undefined && ts.policyRoles(pol).includes(role) && policyStatements(pol.props.PolicyDocument).some((s) => asList(s.Action).includes('cognito-idp:AdminDisableUser')));
    if (!schedule || !disables) continue;
    inactive = statement(
      `Accounts without a sign-in for ${String(days)} days are disabled by \`${String(fn.props.FunctionName ?? fn.logicalId)}\`, run on \`${String(schedule.props.ScheduleExpression)}\`.`,
      configCite('api.inactiveDays'),
      cite(fn, `Environment.Variables.${ENV.inactiveDays}`),
      cite(schedule, 'ScheduleExpression'),
      cite(disables, 'PolicyDocument'),
    );
  }
  void config;
  return { pool, measures, personalData, ...(inactive ? { inactive } : {}) };
}

// ---------------------------------------------------------------------------------------
// The API: endpoint, TLS, authorizer, WAF, throttling, access logs

export interface ApiMethod {
  readonly method: Resource;
  readonly verb: string;
  readonly path: string;
  readonly auth: string;
}

export function apiMethods(ts: TemplateSet): ApiMethod[] {
  return ts
    .ofType('AWS::ApiGateway::Method')
    .filter((m) => m.props.HttpMethod !== 'OPTIONS')
    .map((m) => ({ method: m, verb: String(m.props.HttpMethod), path: resourcePath(ts, m, m.props.ResourceId), auth: String(m.props.AuthorizationType ?? 'NONE') }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.verb.localeCompare(b.verb));
}

function resourcePath(ts: TemplateSet, from: Resource, ref: unknown): string {
  const parts: string[] = [];
  let cur = ts.target(from, ref);
  for (let depth = 0; cur?.type === 'AWS::ApiGateway::Resource' && depth < 20; depth++) {
    parts.unshift(String(cur.props.PathPart));
    cur = ts.target(cur, cur.props.ParentId);
  }
  return `/${parts.join('/')}`;
}

export function apiMeasures(ts: TemplateSet): Statement[] {
  const out: Statement[] = [];
  for (const api of ts.ofType('AWS::ApiGateway::RestApi')) {
    const types = asList(valueAt(api.props, 'EndpointConfiguration.Types')).map(String);
    if (types.length) out.push(statement(`REST API \`${String(api.props.Name)}\`: ${types.join(', ')} endpoint, served in the deployment's region only.`, cite(api, 'EndpointConfiguration.Types')));
    const policy = api.props.SecurityPolicy;
    const domains = ts.ofType('AWS::ApiGateway::DomainName').filter((d) => typeof d.props.SecurityPolicy === 'string');
    if (typeof policy === 'string') out.push(statement(`REST API \`${String(api.props.Name)}\`: TLS security policy \`${policy}\`.`, cite(api, 'SecurityPolicy')));
    for (const d of domains) out.push(statement(`Custom domain \`${String(d.props.DomainName)}\`: TLS security policy \`${String(d.props.SecurityPolicy)}\`.`, cite(d, 'SecurityPolicy')));
    if (typeof policy !== 'string' && domains.length === 0) {
      out.push(statement(`REST API \`${String(api.props.Name)}\`: the template sets no TLS security policy (no \`SecurityPolicy\`, no custom domain), so no minimum TLS version is claimed.`, cite(api)));
    }
  }
  const methods = apiMethods(ts);
  const authorizers = ts.ofType('AWS::ApiGateway::Authorizer').filter((a) => a.props.Type === 'COGNITO_USER_POOLS');
  for (const a of authorizers) {
    const protectedMethods = methods.filter((m) => m.auth === 'COGNITO_USER_POOLS' && ts.target(m.method, m.method.props.AuthorizerId) === a);
    if (protectedMethods.length === 0) continue;
    out.push(
      statement(
        `Customer routes ${protectedMethods.map((m) => `\`${m.verb} ${m.path}\``).join(', ')} require a token of the customers' user pool (Cognito authorizer \`${a.logicalId}\`).`,
        cite(a, 'ProviderARNs'),
        ...protectedMethods.map((m) => cite(m.method, 'AuthorizationType')),
      ),
    );
  }
  const open = methods.filter((m) => m.auth === 'NONE');
  if (open.length) out.push(statement(`Public routes (no sign-in): ${open.map((m) => `\`${m.verb} ${m.path}\``).join(', ')}.`, ...open.map((m) => cite(m.method, 'AuthorizationType'))));

  for (const assoc of ts.ofType('AWS::WAFv2::WebACLAssociation')) {
    const acl = ts.target(assoc, assoc.props.WebACLArn);
    const stage = ts.referenced(assoc, assoc.props.ResourceArn).find((r) => r.type === 'AWS::ApiGateway::Stage');
    if (!acl || !stage) continue;
    const rules = asList(acl.props.Rules).map((r, i) => {
      const name = String(valueAt(r, 'Name'));
      const limit = valueAt(r, 'Statement.RateBasedStatement.Limit');
      const win = valueAt(r, 'Statement.RateBasedStatement.EvaluationWindowSec');
      const group = valueAt(r, 'Statement.ManagedRuleGroupStatement.Name');
      if (typeof limit === 'number') return { text: `\`${name}\` blocks an IP address after ${limit} requests in ${typeof win === 'number' ? win : 300} s`, at: `Rules[${i}].Statement.RateBasedStatement` };
      if (typeof group === 'string') return { text: `AWS managed rule group \`${group}\``, at: `Rules[${i}].Statement.ManagedRuleGroupStatement` };
      return { text: `\`${name}\``, at: `Rules[${i}]` };
    });
    out.push(
      statement(
        `Web application firewall \`${String(acl.props.Name ?? acl.logicalId)}\` on API stage \`${String(stage.props.StageName)}\`: ${rules.map((r) => r.text).join('; ')}.`,
        cite(assoc, 'WebACLArn'),
        cite(assoc, 'ResourceArn'),
        ...rules.map((r) => cite(acl, r.at)),
      ),
    );
  }
  for (const stage of ts.ofType('AWS::ApiGateway::Stage')) {
    const settings = asList(stage.props.MethodSettings);
    const all = settings.findIndex((s) => valueAt(s, 'ResourcePath') === '/*' && valueAt(s, 'HttpMethod') === '*');
    const rate = valueAt(stage.props, `MethodSettings[${all}].ThrottlingRateLimit`);
    const burst = valueAt(stage.props, `MethodSettings[${all}].ThrottlingBurstLimit`);
    if (all >= 0 && typeof rate === 'number') {
      out.push(statement(`API stage \`${String(stage.props.StageName)}\` is throttled to ${rate} requests/s (burst ${String(burst)}), lower per route where set.`, cite(stage, `MethodSettings[${all}]`)));
    }
    const format = valueAt(stage.props, 'AccessLogSetting.Format');
    const dest = ts.target(stage, valueAt(stage.props, 'AccessLogSetting.DestinationArn'));
    if (typeof format === 'string' && dest) {
      const fields = accessLogFields(format);
      const retention = dest.props.RetentionInDays;
      out.push(
        statement(
          `Every API request is logged to \`${String(dest.props.LogGroupName ?? dest.logicalId)}\`${typeof retention === 'number' ? ` (kept ${retention} days)` : ''}` +
            (fields.length ? ` with the fields ${fields.map((f) => `\`${f}\``).join(', ')} only (no IP address, no query string, no token).` : '.'),
          cite(stage, 'AccessLogSetting'),
          ...(typeof retention === 'number' ? [cite(dest, 'RetentionInDays')] : []),
        ),
      );
    }
  }
  return out;
}

/** The field names of a JSON access-log format, or none when it is not JSON. */
function accessLogFields(format: string): string[] {
  try {
    return Object.keys(JSON.parse(format) as Record<string, unknown>);
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------
// Logs, queues

export function logMeasures(ts: TemplateSet): Statement[] {
  return ts
    .ofType('AWS::Logs::LogGroup')
    .map((g) => {
      const name = `\`${String(g.props.LogGroupName ?? `${g.stack}/${g.logicalId}`)}\``;
      const days = g.props.RetentionInDays;
      const key = ts.target(g, g.props.KmsKeyId);
      const enc = key?.type === KEY ? `, encrypted with the customer-managed KMS key ${keyLabel(ts, key)}` : '';
      const cites = [...(typeof days === 'number' ? [cite(g, 'RetentionInDays')] : [cite(g)]), ...(enc ? [cite(g, 'KmsKeyId')] : [])];
      return typeof days === 'number'
        ? statement(`Log group ${name}: kept ${days} days${enc}.`, ...cites)
        : statement(`Log group ${name}: the template sets no retention, so log entries are kept indefinitely${enc}.`, ...cites);
    })
    .sort((a, b) => a.text.localeCompare(b.text));
}

export function queueMeasures(ts: TemplateSet): Statement[] {
  const out: Statement[] = [];
  for (const q of ts.ofType('AWS::SQS::Queue')) {
    const name = `\`${String(q.props.QueueName ?? `${q.stack}/${q.logicalId}`)}\``;
    const cites: Citation[] = [];
    const parts: string[] = [];
    if (q.props.SqsManagedSseEnabled === true) {
      parts.push('encrypted at rest (SQS-managed keys)');
      cites.push(cite(q, 'SqsManagedSseEnabled'));
    } else if (q.props.KmsMasterKeyId !== undefined) {
      parts.push('encrypted at rest with a KMS key');
      cites.push(cite(q, 'KmsMasterKeyId'));
    }
    const policy = ts
      .ofType('AWS::SQS::QueuePolicy')
      .find((p) => p.stack === q.stack && asList(p.props.Queues).some((r) => ts.target(p, r) === q) && policyStatements(p.props.PolicyDocument).some(deniesInsecureTransport));
    if (policy) {
      parts.push('reachable over TLS only (the queue policy denies requests without aws:SecureTransport)');
      cites.push(cite(policy, 'PolicyDocument'));
    }
    const retention = q.props.MessageRetentionPeriod;
    if (typeof retention === 'number') {
      parts.push(`messages kept at most ${Math.round(retention / 86_400)} days`);
      cites.push(cite(q, 'MessageRetentionPeriod'));
    }
    if (parts.length) out.push(statement(`Queue ${name}: ${parts.join('; ')}.`, ...cites));
  }
  return out.sort((a, b) => a.text.localeCompare(b.text));
}

function deniesInsecureTransport(s: Record<string, unknown>): boolean {
  return s.Effect === 'Deny' && String(valueAt(s, 'Condition.Bool') ? JSON.stringify(valueAt(s, 'Condition.Bool')) : '').includes('"aws:SecureTransport":"false"');
}
