/**
 * The residency check reads what CloudFormation will deploy: the synthesized templates of
 * every stack in the cloud assembly (nested stages included, as CDK lists them) and the
 * templates of the nested stacks they contain, found through the assembly's asset manifests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A CloudFormation template as JSON. */
export interface CfnTemplate {
  readonly Transform?: unknown;
  readonly Parameters?: Record<string, unknown>;
  readonly Mappings?: Record<string, unknown>;
  readonly Conditions?: Record<string, unknown>;
  readonly Resources?: Record<string, CfnResourceJson>;
  readonly Outputs?: Record<string, unknown>;
  readonly [section: string]: unknown;
}

export interface CfnResourceJson {
  readonly Type?: string;
  readonly Properties?: Record<string, unknown>;
  readonly Metadata?: Record<string, unknown>;
  readonly [attribute: string]: unknown;
}

/** One template to check: a stack's, or a nested stack's inside it. */
export interface TemplateUnit {
  /** The stack's construct path (`Stage/Stack`); for a nested template, the parent's path then ` > ` and the logical id. */
  readonly stackPath: string;
  /** The deployment region; undefined for an environment-agnostic stack. Nested templates inherit it. */
  readonly region: string | undefined;
  readonly templatePath: string;
  readonly template: CfnTemplate;
  /** Set for a nested stack's template: the unit and logical id of its AWS::CloudFormation::Stack. */
  readonly parent?: { readonly unit: TemplateUnit; readonly logicalId: string };
  /** Templates of this unit's AWS::CloudFormation::Stack resources; undefined when not in the assembly. */
  readonly nested: Map<string, TemplateUnit | undefined>;
}

/** A stack as CDK hands it to a validation plugin. */
export interface StackTemplateRef {
  readonly stackConstructPath: string;
  readonly templatePath: string;
  readonly region: string | undefined;
}

const NESTED_STACK = 'AWS::CloudFormation::Stack';

/** Reads every stack template and, recursively, the nested-stack templates they reference. */
export function loadUnits(stacks: readonly StackTemplateRef[]): TemplateUnit[] {
  const units: TemplateUnit[] = [];
  const assetsByDir = new Map<string, Map<string, string>>();
  const add = (unit: TemplateUnit, depth: number) => {
    units.push(unit);
    for (const [logicalId, res] of Object.entries(unit.template.Resources ?? {})) {
      if (res.Type !== NESTED_STACK) continue;
      const file = depth < 20 ? nestedTemplateFile(unit.templatePath, res, assetsByDir) : undefined;
      if (!file) {
        unit.nested.set(logicalId, undefined);
        continue;
      }
      const child: TemplateUnit = {
        stackPath: `${unit.stackPath} > ${logicalId}`,
        region: unit.region,
        templatePath: file,
        template: readTemplate(file),
        parent: { unit, logicalId },
        nested: new Map(),
      };
      unit.nested.set(logicalId, child);
      add(child, depth + 1);
    }
  };
  for (const s of stacks) {
    add({ stackPath: s.stackConstructPath, region: s.region, templatePath: s.templatePath, template: readTemplate(s.templatePath), nested: new Map() }, 0);
  }
  return units;
}

function readTemplate(path: string): CfnTemplate {
  return JSON.parse(readFileSync(path, 'utf8')) as CfnTemplate;
}

/**
 * The nested template's file in the assembly. CDK publishes it as a file asset whose hash is
 * part of TemplateURL; the asset manifests beside the parent template map that hash to the file.
 * A TemplateURL that names no asset of this assembly (a template hosted elsewhere) yields
 * undefined: the check cannot read it, so the nested-stack rule refuses it.
 */
function nestedTemplateFile(parentTemplate: string, res: CfnResourceJson, cache: Map<string, Map<string, string>>): string | undefined {
  const dir = dirname(parentTemplate);
  let assets = cache.get(dir);
  if (!assets) {
    assets = new Map();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.assets.json'))) {
      const manifest = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { files?: Record<string, { source?: { path?: string } }> };
      for (const [hash, a] of Object.entries(manifest.files ?? {})) if (a.source?.path) assets.set(hash, a.source.path);
    }
    cache.set(dir, assets);
  }
  const url = JSON.stringify(res.Properties?.TemplateURL ?? '');
  for (const hash of url.match(/[0-9a-f]{64}/g) ?? []) {
    const source = assets.get(hash);
    if (source && source.endsWith('.json') && existsSync(join(dir, source))) return join(dir, source);
  }
  return undefined;
}
