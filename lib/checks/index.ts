/**
 * Decision 9: residency is checked, not hoped. The check reads the synthesized CloudFormation
 * templates of every stack in the cloud assembly — stacks in nested Stages included, since CDK
 * hands an App's validation plugins every stack of every nested assembly — and the templates
 * of their nested stacks, and refuses by allow-list (see each rule's file). It runs as a CDK
 * policy-validation plugin registered on the App, so every `app.synth()` (`cdk synth`, tests)
 * fails on a violation, naming the stack, the logical id, the construct path and the rule.
 */
import { type App, CfnElement, type IPolicyValidationContext, type IPolicyValidationPlugin, type PolicyValidationPluginReport, type PolicyViolation, Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { basename } from 'node:path';
import type { Market } from '../markets.js';
import { type Finding, runRules } from './engine.js';
import type { ResidencyRule } from './rule.js';
import { RESIDENCY_RULES, ruleContext } from './rules.js';
import { loadUnits, type StackTemplateRef } from './template.js';

export type { Finding } from './engine.js';
export { RESIDENCY_RULES, ruleContext } from './rules.js';

/** Checks the given stack templates (and their nested stacks' templates). */
export function checkTemplates(stacks: readonly StackTemplateRef[], market: Market, rules: readonly ResidencyRule[] = RESIDENCY_RULES): Finding[] {
  return runRules(loadUnits(stacks), rules, ruleContext(market));
}

/** One line naming where: stack (and nested stack), logical id, construct path, location. */
export function describeFinding(f: Finding, constructPath?: string): string {
  const where = [f.unit.stackPath, f.logicalId, constructPath ? `(${constructPath})` : undefined, f.location ? `at ${f.location}` : undefined].filter(Boolean).join(' ');
  return `[${f.ruleId}] ${where}: ${f.message}`;
}

export const RESIDENCY_PLUGIN_NAME = 'adwarden residency';

/** The residency check as a CDK policy-validation plugin. */
export class ResidencyValidation implements IPolicyValidationPlugin {
  readonly name = RESIDENCY_PLUGIN_NAME;
  readonly version = '2.0.0';
  readonly ruleIds: string[];

  constructor(
    private readonly market: Market,
    private readonly rules: readonly ResidencyRule[] = RESIDENCY_RULES,
  ) {
    this.ruleIds = rules.map((r) => r.id);
  }

  validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const stacks = context.stackTemplates.map((s) => ({ stackConstructPath: s.stackConstructPath, templatePath: s.templatePath, region: s.region }));
    const findings = checkTemplates(stacks, this.market, this.rules);
    const paths = constructPathsByLogicalId(context.appConstruct);
    const violations: PolicyViolation[] = findings.map((f) => {
      const meta = f.logicalId ? f.unit.template.Resources?.[f.logicalId]?.Metadata?.['aws:cdk:path'] : undefined;
      const constructPath = typeof meta === 'string' ? meta : f.logicalId ? paths.get(`${basename(f.unit.templatePath)}|${f.logicalId}`) : f.unit.parent ? undefined : f.unit.stackPath;
      return {
        ruleName: f.ruleId,
        description: describeFinding(f, constructPath),
        // Fatal: a residency violation cannot be acknowledged away with Validations.acknowledge.
        severity: 'fatal',
        violatingResources: [{ resourceLogicalId: f.logicalId, constructPath, templatePath: f.unit.templatePath, locations: [f.location || 'Resources'] }],
      };
    });
    return { success: violations.length === 0, violations };
  }
}

/** Template file name + logical id → construct path, for every CloudFormation element of the app (all Stages). */
function constructPathsByLogicalId(root: IConstruct): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of root.node.findAll()) {
    if (!CfnElement.isCfnElement(c)) continue;
    const stack = Stack.of(c);
    out.set(`${stack.templateFile}|${String(stack.resolve(c.logicalId))}`, c.node.path);
  }
  return out;
}

/**
 * Registers the residency check on an app: every synthesis of it fails on a violation, in any
 * of its Stages. Also pins the context key that would let an app skip failing on validation
 * errors, so a cdk.json or `-c` flag cannot turn the check into a warning.
 */
export function registerResidencyCheck(app: App, market: Market): void {
  app.node.setContext('@aws-cdk/core:failSynthOnValidationErrors', true);
  Validations.of(app).addPlugins(new ResidencyValidation(market));
}
