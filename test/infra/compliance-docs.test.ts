/**
 * The compliance documents (lib/compliance, `adwarden docs`) are generated from the config and
 * the synthesized templates, so they cannot drift: the checked-in copies equal what the
 * generator writes; every statement cites a config path or template resource that exists; a
 * measure taken out of a template is no longer claimed; and a config change shows up.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAssembly, stacksOf, synthesizeAssembly } from '../../bin/cli-docs.js';
import { type Config, parseConfig } from '../../lib/config.js';
import { DOCUMENT_FILES, type DocumentFile, generateComplianceDocs, NOTES, parseCitations, type StackTemplate, valueAt } from '../../lib/compliance/index.js';
import { TEST_LEGITIMATE_INTEREST } from '../fixtures/legitimate-interest.js';
import { defaultConfig } from './helpers.js';

// bin/cli.js is the tsx launcher; the program is bin/cli.ts (as in the other CLI tests).
const { runCli } = (await import(new URL('../../bin/cli.ts', import.meta.url).href)) as typeof import('../../bin/cli.js');

const SYNTH_TIMEOUT = 300_000;
type Docs = Record<DocumentFile, string>;

const config = defaultConfig();
/** The default config plus a second source, a new tenant on it, and a shorter retention for customs-brand. */
const variant: Config = parseConfig({
  ...JSON.parse(readFileSync('adwarden.config.json', 'utf8')),
  tenants: [
    ...config.tenants.map((t) => (t.id === 'customs-brand' ? { ...t, retentionDays: 14 } : t)),
    { id: 'police-unit', displayName: 'Police Unit (test)', retentionDays: 30, sources: ['second-market'], identifierKinds: ['vin', 'plate'], contact: 'dpo@police.example' },
  ],
  sources: [
    ...config.sources,
    { id: 'second-market', country: 'SE', startUrls: ['https://second-market.example/list'], schedule: 'rate(6 hours)', purpose: 'Stolen vehicle recovery for the test police unit', legitimateInterest: TEST_LEGITIMATE_INTEREST },
  ],
});

const dirs: string[] = [];
const tmp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
let assemblyDir: string;
let stacks: StackTemplate[];
let docs: Docs;
let variantDocs: Docs;
let variantStacks: StackTemplate[];

beforeAll(() => {
  assemblyDir = tmp('adw-docs-default-');
  stacks = stacksOf(synthesizeAssembly(config, assemblyDir));
  docs = generateComplianceDocs({ config, stacks });
  variantStacks = stacksOf(synthesizeAssembly(variant, tmp('adw-docs-variant-')));
  variantDocs = generateComplianceDocs({ config: variant, stacks: variantStacks });
}, SYNTH_TIMEOUT);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A deep copy of the default stacks with one template changed. */
function altered(stack: string, change: (resources: Record<string, { Type?: string; Properties?: Record<string, unknown> }>) => void): StackTemplate[] {
  const copy = JSON.parse(JSON.stringify(stacks)) as StackTemplate[];
  const s = copy.find((x) => x.stackName === stack)!;
  change(s.template.Resources as Record<string, { Type?: string; Properties?: Record<string, unknown> }>);
  return copy;
}
const logicalId = (stack: string, type: string, pred: (p: Record<string, unknown>) => boolean = () => true) =>
  Object.entries(stacks.find((s) => s.stackName === stack)!.template.Resources ?? {}).find(([, r]) => r.Type === type && pred(r.Properties ?? {}))![0];
const all = (d: Docs) => DOCUMENT_FILES.map((f) => d[f]).join('\n');

/** Every line: a heading, a blank, one of the fixed notes, or a statement with citations that all resolve. */
function checkCitations(d: Docs, cfg: Config, st: readonly StackTemplate[]): void {
  for (const file of DOCUMENT_FILES) {
    for (const line of d[file].split('\n')) {
      if (line === '' || /^#{1,3} \S/.test(line)) continue;
      if (line.startsWith('>')) {
        expect(Object.values(NOTES), `${file}: a note that is not one of the fixed notes: ${line}`).toContain(line);
        continue;
      }
      expect(line, `${file}: neither heading, note nor statement`).toMatch(/^- \S/);
      const cites = parseCitations(line);
      expect(cites.length, `${file}: a statement without a citation: ${line}`).toBeGreaterThan(0);
      for (const c of cites) {
        if (c.kind === 'config') {
          expect(valueAt(cfg, c.path), `${file}: config path ${c.path} does not exist`).toBeDefined();
        } else {
          const s = st.find((x) => x.stackName === c.stack);
          expect(s, `${file}: no stack ${c.stack}`).toBeDefined();
          if (c.kind === 'stack') {
            expect(s!.region).toBe(cfg.region);
            continue;
          }
          const res = s!.template.Resources?.[c.logicalId];
          expect(res, `${file}: no resource ${c.stack}/${c.logicalId}`).toBeDefined();
          if (c.property) expect(valueAt(res!.Properties, c.property), `${file}: ${c.stack}/${c.logicalId} has no ${c.property}`).toBeDefined();
        }
      }
    }
  }
}

describe('compliance documents', () => {
  it(
    'the checked-in documents in docs/compliance are exactly what `adwarden docs` writes for the default config',
    async () => {
      // The command's own default path: synthesizes in process, compares, writes nothing.
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(['docs', '--check', '--out', 'docs/compliance'], { out: (t) => out.push(t), err: (t) => err.push(t) }, { config: () => config });
      expect(err.join(''), 'run `npx adwarden docs` and commit docs/compliance').toBe('');
      expect(code).toBe(0);
      for (const f of DOCUMENT_FILES) expect(readFileSync(join('docs/compliance', f), 'utf8')).toBe(docs[f]);
    },
    SYNTH_TIMEOUT,
  );

  it('writes the three documents, and --check fails naming a file that was edited by hand', async () => {
    const out = tmp('adw-docs-out-');
    const io = { out: () => undefined, err: (t: string) => errors.push(t) };
    const errors: string[] = [];
    expect(await runCli(['docs', '--assembly', assemblyDir, '--out', out], io, { config: () => config })).toBe(0);
    for (const f of DOCUMENT_FILES) expect(readFileSync(join(out, f), 'utf8')).toBe(docs[f]);
    writeFileSync(join(out, 'technical-and-organisational-measures.md'), docs['technical-and-organisational-measures.md'].replace('rotation on', 'rotation on daily'));
    expect(await runCli(['docs', '--check', '--assembly', assemblyDir, '--out', out], io, { config: () => config })).toBe(1);
    expect(errors.join('')).toContain('technical-and-organisational-measures.md');
    expect(errors.join('')).not.toContain('records-of-processing.md');
  });

  it('`npm run synth` writes them from the assembly `cdk synth` just wrote', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.synth).toMatch(/^cdk synth --quiet && tsx bin\/cli\.ts docs --assembly cdk\.out$/);
    expect((JSON.parse(readFileSync('cdk.json', 'utf8')) as { output?: string }).output ?? 'cdk.out').toBe('cdk.out');
  });

  it('refuses an assembly of another stage instead of describing the wrong deployment', () => {
    expect(() => readAssembly(assemblyDir, { ...config, stage: 'prod' })).toThrow(/does not hold the stacks of stage "prod"/);
  });

  it('every statement cites config paths and template resources that exist (default and changed config)', () => {
    checkCitations(docs, config, stacks);
    checkCitations(variantDocs, variant, variantStacks);
  });

  it('states the retention, backups and PITR exactly as synthesized, and the regions found', () => {
    const rop = docs['records-of-processing.md'];
    expect(rop).toMatch(/Tenant `customs-brand`: an ad is kept 90 days after it is collected, then deleted\. \[config `tenants\[1\]\.retentionDays`\]/);
    expect(rop).toContain('Table `adwarden-dev-tenant-customs-brand`: point-in-time recovery on, restorable to any second of the last 7 days');
    expect(rop).toContain('Table `adwarden-dev-tenant-customs-brand` is backed up by AWS Backup on `cron(0 3 * * ? *)`');
    expect(rop).toContain('each backup is deleted after 7 days');
    expect(rop).toContain('Transfers to third countries: none. Every resource is in `eu-north-1`, inside the market `eu`.');
    expect(rop).toContain('Categories of personal data: `email`, `phone`, `nickname`; no other kind is stored for this tenant. [config `tenants[1].identifierKinds`]');
    const lia = docs['legitimate-interest-assessments.md'];
    expect(lia).toContain(`${config.sources[0]!.legitimateInterest.balancing} [config \`sources[0].legitimateInterest.balancing\`]`);
    expect(lia).toContain('Minimisation: tenant `customs-brand` stores only `email`, `phone`, `nickname`.');
  });

  describe('a measure the template does not show is not claimed', () => {
    const tenantKey = () => logicalId('adwarden-dev-data', 'AWS::KMS::Key', (p) => String(p.Description).includes('nordic-insurance'));
    const tenantTable = () => logicalId('adwarden-dev-data', 'AWS::DynamoDB::GlobalTable', (p) => p.TableName === 'adwarden-dev-tenant-nordic-insurance');

    it('key rotation', () => {
      const claim = 'KMS key `alias/adwarden-dev-tenant-nordic-insurance`: customer-managed, automatic yearly rotation on.';
      expect(docs['technical-and-organisational-measures.md']).toContain(claim);
      const d = generateComplianceDocs({ config, stacks: altered('adwarden-dev-data', (r) => delete r[tenantKey()]!.Properties!.EnableKeyRotation) });
      expect(all(d)).not.toContain(claim);
      expect(d['technical-and-organisational-measures.md']).toContain('KMS key `alias/adwarden-dev-tenant-nordic-insurance`: customer-managed; the template does not turn rotation on, so rotation is not claimed.');
      // The other tenant's key still rotates.
      expect(d['technical-and-organisational-measures.md']).toContain('KMS key `alias/adwarden-dev-tenant-customs-brand`: customer-managed, automatic yearly rotation on.');
    });

    it('MFA', () => {
      const pool = logicalId('adwarden-dev-api', 'AWS::Cognito::UserPool');
      expect(all(docs)).toContain('requires multi-factor authentication');
      const d = generateComplianceDocs({ config, stacks: altered('adwarden-dev-api', (r) => (r[pool]!.Properties!.MfaConfiguration = 'OFF')) });
      expect(all(d)).not.toMatch(/multi-factor/);
    });

    it('backup retention, PITR and TTL of a table', () => {
      const plan = logicalId('adwarden-dev-data', 'AWS::Backup::BackupPlan');
      const d = generateComplianceDocs({
        config,
        stacks: altered('adwarden-dev-data', (r) => {
          delete (valueAt(r[plan]!.Properties, 'BackupPlan.BackupPlanRule[0]') as Record<string, unknown>).Lifecycle;
          const replica = valueAt(r[tenantTable()]!.Properties, 'Replicas[0]') as Record<string, unknown>;
          replica.PointInTimeRecoverySpecification = { PointInTimeRecoveryEnabled: false };
          delete r[tenantTable()]!.Properties!.TimeToLiveSpecification;
        }),
      });
      expect(all(d)).not.toContain('each backup is deleted after');
      expect(all(d)).toContain('the template sets no deletion of backups, so no backup retention limit is claimed');
      expect(all(d)).not.toContain('Table `adwarden-dev-tenant-nordic-insurance`: point-in-time recovery on');
      expect(all(d)).toContain('Table `adwarden-dev-tenant-customs-brand`: point-in-time recovery on');
      expect(all(d)).not.toContain('Table `adwarden-dev-tenant-nordic-insurance`: DynamoDB deletes each item');
      // The config's retention is still stated, but no longer as enforced by the table's TTL.
      expect(d['records-of-processing.md']).toContain('Tenant `nordic-insurance`: an ad is kept 365 days after it is collected, then deleted. [config `tenants[0].retentionDays`]\n');
    });

    it('the WAF, and a TLS policy only once the template sets one', () => {
      const assoc = logicalId('adwarden-dev-api', 'AWS::WAFv2::WebACLAssociation');
      expect(all(docs)).toContain('Web application firewall');
      expect(all(docs)).not.toMatch(/TLS security policy `/);
      const api = logicalId('adwarden-dev-api', 'AWS::ApiGateway::RestApi');
      const d = generateComplianceDocs({
        config,
        stacks: altered('adwarden-dev-api', (r) => {
          delete r[assoc];
          r[api]!.Properties!.SecurityPolicy = 'TLS_1_2';
        }),
      });
      expect(all(d)).not.toContain('Web application firewall');
      expect(d['technical-and-organisational-measures.md']).toContain('REST API `adwarden-dev-api`: TLS security policy `TLS_1_2`.');
    });

    it('"no transfer" when a template names a region outside the market', () => {
      const fn = logicalId('adwarden-dev-api', 'AWS::Lambda::Function');
      const d = generateComplianceDocs({
        config,
        stacks: altered('adwarden-dev-api', (r) => ((r[fn]!.Properties!.Environment as { Variables: Record<string, string> }).Variables.EXPORT_TO = 'arn:aws:s3:us-east-1:123456789012:bucket/x')),
      });
      expect(all(d)).not.toContain('Transfers to third countries: none');
      expect(all(d)).toContain('Regions outside the market appear in the templates: `us-east-1`');
      expect(d['technical-and-organisational-measures.md']).toMatch(/Residency finding `Residency-/);
    });

    it("tenant isolation, when another policy names a tenant's table", () => {
      expect(all(docs)).toContain("Tenant `nordic-insurance`: no IAM policy in the templates other than its own roles' names its table or key");
      const d = generateComplianceDocs({
        config,
        stacks: altered('adwarden-dev-data', (r) => {
          r.Snoop = { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'snoop', Roles: [], PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'dynamodb:Scan', Resource: { 'Fn::GetAtt': [tenantTable(), 'Arn'] } }] } } };
        }),
      });
      expect(all(d)).not.toContain("Tenant `nordic-insurance`: no IAM policy in the templates other than its own roles' names its table or key");
      expect(all(d)).toContain('Tenant `nordic-insurance`: policies outside its own roles name its table or key (`Snoop`)');
      expect(all(d)).toContain("Tenant `customs-brand`: no IAM policy in the templates other than its own roles' names its table or key");
    });
  });

  describe('who may decrypt, and who may start the rights workflow, as the policies say', () => {
    it('an account-wide kms:Decrypt in a key policy is stated as such, not as a list of roles', () => {
      const key = logicalId('adwarden-dev-data', 'AWS::KMS::Key', (p) => String(p.Description).includes('customs-brand'));
      const narrow = /KMS key `alias\/adwarden-dev-tenant-customs-brand`: the key policy allows kms:Decrypt only to role `adwarden-dev-tenant-customs-brand-write`[^\n]*/;
      expect(docs['technical-and-organisational-measures.md']).toMatch(narrow);
      expect(docs['technical-and-organisational-measures.md'].match(narrow)![0]).not.toContain('any principal');
      const d = generateComplianceDocs({
        config,
        stacks: altered('adwarden-dev-data', (r) => {
          const policy = r[key]!.Properties!.KeyPolicy as { Statement: unknown[] };
          policy.Statement.push({ Sid: 'Everyone', Effect: 'Allow', Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] } }, Action: 'kms:*', Resource: '*' });
        }),
      });
      expect(d['technical-and-organisational-measures.md']).toMatch(/alias\/adwarden-dev-tenant-customs-brand`: the key policy allows kms:Decrypt only to [^\n]*any principal of the account that an IAM policy allows — statement `Everyone`/);
    });

    it('"only" the confirm function starts the workflow, until another policy may too', () => {
      const only = 'only the function behind `GET /v1/requests/confirm` may start the workflow';
      expect(all(docs)).toContain(only);
      const d = generateComplianceDocs({
        config,
        stacks: altered('adwarden-dev-rights', (r) => {
          r.Extra = { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'extra', Roles: [], PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'states:StartExecution', Resource: '*' }] } } };
        }),
      });
      expect(all(d)).not.toContain(only);
      expect(all(d)).toContain('the function behind `GET /v1/requests/confirm` may start the workflow');
    });
  });

  describe('a config change changes the documents', () => {
    it('a new tenant appears with its kinds, retention, table and key', () => {
      const rop = variantDocs['records-of-processing.md'];
      expect(docs['records-of-processing.md']).not.toContain('police-unit');
      expect(rop).toContain('## Serving tenant `police-unit` (adwarden as processor for Police Unit (test))');
      expect(rop).toContain('Categories of personal data: `vin`, `plate`; no other kind is stored for this tenant. [config `tenants[2].identifierKinds`]');
      expect(rop).toContain('Tenant `police-unit`: an ad is kept 30 days after it is collected, then deleted.');
      expect(variantDocs['technical-and-organisational-measures.md']).toContain('KMS key `alias/adwarden-dev-tenant-police-unit`: customer-managed, automatic yearly rotation on.');
      expect(variantDocs['technical-and-organisational-measures.md']).toContain('Table `adwarden-dev-tenant-police-unit` is encrypted at rest with the customer-managed KMS key `alias/adwarden-dev-tenant-police-unit`.');
    });

    it('a shorter retention replaces the old one', () => {
      expect(variantDocs['records-of-processing.md']).toContain('Tenant `customs-brand`: an ad is kept 14 days after it is collected, then deleted.');
      expect(all(variantDocs)).not.toContain('Tenant `customs-brand`: an ad is kept 90 days');
      expect(variantDocs['technical-and-organisational-measures.md']).toContain('Tenant `customs-brand`: ads kept 14 days.');
    });

    it('a source appears with its purpose, recipients and assessment, and is gone once removed', () => {
      const heading = '## Collection from source `second-market` (adwarden as controller)';
      expect(variantDocs['records-of-processing.md']).toContain(heading);
      expect(variantDocs['records-of-processing.md']).toContain('Purpose: Stolen vehicle recovery for the test police unit [config `sources[1].purpose`]');
      expect(variantDocs['records-of-processing.md']).toContain('Recipients: the subscribed tenants `police-unit` (Police Unit (test)), each in its own table.');
      expect(variantDocs['legitimate-interest-assessments.md']).toContain('## Source `second-market`');
      expect(variantDocs['legitimate-interest-assessments.md']).toContain(`${TEST_LEGITIMATE_INTEREST.necessity} [config \`sources[1].legitimateInterest.necessity\`]`);
      // The default config is the variant with that source (and its tenant) removed.
      expect(all(docs)).not.toContain('second-market');
    });
  });
});
