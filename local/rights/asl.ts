/**
 * The rights state machine as CDK synthesizes it (ARCHITECTURE.md decision 5: "the state
 * machine that runs locally is the Amazon States Language that CDK synthesizes, not a copy").
 *
 * The app is built in process with `buildApp` (bundling skipped: the local runtime needs the
 * template, not the Lambda bundles), synthesized, and the state machine's DefinitionString is
 * read from the rights stack's template. Its Fn::Join parts are resolved to local names: a
 * function's Fn::GetAtt Arn becomes `arn:aws:lambda:<region>:000000000000:function:<name>`,
 * pseudo parameters their local values. The Task states are then bound by NAME to handlers.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from '../../lib/app.js';
import type { Config } from '../../lib/config.js';
import { STATE_MACHINES } from '../../lib/topology.js';

export const LOCAL_ACCOUNT = '000000000000';

type Template = { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };

export class AslResolutionError extends Error {
  override readonly name = 'AslResolutionError';
}

/** Resolves the intrinsic functions CDK leaves in a DefinitionString. */
export function resolveDefinition(definitionString: unknown, template: Template, region: string): Record<string, unknown> {
  const resolveValue = (v: unknown): string => {
    if (typeof v === 'string') return v;
    const o = v as Record<string, unknown>;
    if ('Fn::Join' in o) {
      const [sep, parts] = o['Fn::Join'] as [string, unknown[]];
      return parts.map(resolveValue).join(sep);
    }
    if ('Ref' in o) {
      switch (o.Ref) {
        case 'AWS::Partition':
          return 'aws';
        case 'AWS::Region':
          return region;
        case 'AWS::AccountId':
          return LOCAL_ACCOUNT;
        case 'AWS::URLSuffix':
          return 'amazonaws.com';
      }
      throw new AslResolutionError(`cannot resolve Ref ${String(o.Ref)} in the state machine definition`);
    }
    if ('Fn::GetAtt' in o) {
      const [logicalId, attr] = o['Fn::GetAtt'] as [string, string];
      const res = template.Resources[logicalId];
      if (res?.Type === 'AWS::Lambda::Function' && attr === 'Arn') {
        return `arn:aws:lambda:${region}:${LOCAL_ACCOUNT}:function:${String(res.Properties?.FunctionName)}`;
      }
      throw new AslResolutionError(`cannot resolve Fn::GetAtt ${logicalId}.${attr} in the state machine definition`);
    }
    throw new AslResolutionError(`unexpected intrinsic ${Object.keys(o).join(',')} in the state machine definition`);
  };
  return JSON.parse(resolveValue(definitionString)) as Record<string, unknown>;
}

/** Synthesizes the app and returns the rights state machine's ASL, resolved for local use. */
export function synthesizeRightsAsl(config: Config): Record<string, unknown> {
  const outdir = mkdtempSync(join(tmpdir(), 'adw-synth-'));
  try {
    const { app, rights } = buildApp(config, { nag: false, appProps: { outdir, context: { 'aws:cdk:bundling-stacks': [] } } });
    const assembly = app.synth();
    const template = assembly.getStackArtifact(rights.artifactId).template as Template;
    const machines = Object.values(template.Resources).filter((r) => r.Type === 'AWS::StepFunctions::StateMachine');
    const sm = machines.find((r) => r.Properties?.StateMachineName === `adwarden-${config.stage}-${STATE_MACHINES.rights.id}`);
    if (!sm) throw new AslResolutionError('the rights stack has no rights state machine');
    return resolveDefinition(sm.Properties?.DefinitionString, template, config.region);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Every file under lib/ (the stacks, constructs and topology the ASL is made from), sorted. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
    .sort();
}

/**
 * The synthesized ASL, cached in `dataDir` under a hash of everything it is made from (the
 * sources under lib/, the config and the aws-cdk-lib version), so `npm start` synthesizes only
 * after one of them changed. A cache hit is byte-for-byte what synthesis returned for the same input.
 */
export function cachedRightsAsl(config: Config, dataDir: string): Record<string, unknown> {
  const root = resolve(import.meta.dirname, '../..');
  const h = createHash('sha256');
  for (const f of sourceFiles(join(root, 'lib'))) h.update(f.slice(root.length)).update('\0').update(readFileSync(f)).update('\0');
  h.update(JSON.stringify(config)).update('\0').update(readFileSync(join(root, 'node_modules/aws-cdk-lib/package.json')));
  const file = join(dataDir, `rights-asl-${h.digest('hex').slice(0, 16)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const asl = synthesizeRightsAsl(config);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(file, JSON.stringify(asl));
  return asl;
}
