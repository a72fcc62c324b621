/**
 * The shape of a residency rule (cdk-nag's: one rule per file, named for what it checks, each
 * tested with a compliant and a non-compliant template). A rule looks at one of three things
 * the engine hands it, all read from the synthesized templates:
 *
 * - a template unit (a stack's template, or a nested stack's inside it);
 * - a resource (its type and properties exactly as synthesized, overrides included);
 * - a text: every string anywhere in Resources (properties, and metadata other than CDK's own),
 *   Parameters, Mappings, Conditions and Outputs,
 *   after intrinsics are worked out (see evaluate.ts), and every string of JSON held inside a
 *   string (Step Functions definitions, custom-resource SDK calls).
 */
import type { Evaluator } from './evaluate.js';
import type { CfnResourceJson, TemplateUnit } from './template.js';

export interface RuleContext {
  readonly market: string;
  readonly allowedRegions: readonly string[];
}

/** A string in a template, evaluated, with where it sits. */
export interface TemplateText {
  readonly unit: TemplateUnit;
  readonly section: 'Resources' | 'Parameters' | 'Mappings' | 'Conditions' | 'Outputs';
  /** The resource, parameter, mapping, condition or output holding it. */
  readonly logicalId: string;
  /** Keys from the logical id down (`Properties`, `Environment`, …; array indexes as numbers; `(json)` where JSON text was parsed). */
  readonly path: readonly (string | number)[];
  readonly text: string;
}

export interface ResourceView {
  readonly unit: TemplateUnit;
  readonly logicalId: string;
  readonly type: string;
  readonly properties: Record<string, unknown>;
  readonly raw: CfnResourceJson;
  readonly evaluate: Evaluator;
}

/** A problem a rule found, in a sentence that does not repeat where (the engine adds it). */
export interface RuleProblem {
  readonly message: string;
  /** Where in the resource, as `Properties/…`; defaults to the text's path or the resource. */
  readonly location?: string;
}

export interface ResidencyRule {
  readonly id: string;
  /** One line: what the rule refuses. */
  readonly summary: string;
  unit?(unit: TemplateUnit, ctx: RuleContext): RuleProblem[];
  resource?(res: ResourceView, ctx: RuleContext): RuleProblem[];
  text?(t: TemplateText, ctx: RuleContext): RuleProblem[];
}

/** The last named key of a path (array indexes skipped): `Replicas/0/Region` → `Region`. */
export function keyOf(path: readonly (string | number)[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const k = path[i];
    if (typeof k === 'string' && k !== '(json)') return k;
  }
  return '';
}

/**
 * Every AWS region code, present and to come: a two-letter area (or `eusc` for the European
 * Sovereign Cloud), an optional partition or country part (`gov`, `iso`, `isob`, `isoe`,
 * `isof`, `de`), a direction and a number. Case-insensitive, so `US-EAST-1` counts.
 */
export const REGION_CODE = /\b(?:[a-z]{2}|eusc)(?:-(?:gov|iso[a-z]?|de))?-(?:(?:north|south)(?:east|west)?|east|west|central)-\d{1,2}\b/gi;

export function isAllowedRegion(region: string, ctx: RuleContext): boolean {
  return ctx.allowedRegions.includes(region.toLowerCase());
}
