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
import { MARKET_REGIONS, type Market } from '../markets.js';
import { apiRegionalEndpoint } from './api-regional-endpoint.js';
import { arnsInMarket } from './arns-in-market.js';
import { crossRegionResourceTypes } from './cross-region-resource-types.js';
import { endpointsInMarket } from './endpoints-in-market.js';
import { type Finding, runRules } from './engine.js';
import { firehoseDestinationsInTemplate } from './firehose-destinations-in-template.js';
import { kmsSingleRegion } from './kms-single-region.js';
import { nestedStacksInAssembly } from './nested-stacks-in-assembly.js';
import { noOffAwsDestinations } from './no-off-aws-destinations.js';
import { noTemplateTransforms } from './no-template-transforms.js';
import { regionCodesInMarket } from './region-codes-in-market.js';
import { regionPropertiesInMarket } from './region-properties-in-market.js';
import type { ResidencyRule, RuleContext } from './rule.js';
import { s3NoReplication } from './s3-no-replication.js';
import { s3NoTransferAcceleration } from './s3-no-transfer-acceleration.js';
import { stackEnvExplicit } from './stack-env-explicit.js';
import { stackRegionAllowed } from './stack-region-allowed.js';
import { loadUnits, type StackTemplateRef } from './template.js';
import { valuesKnownAtSynthesis } from './values-known-at-synthesis.js';

export type { Finding } from './engine.js';

export const RESIDENCY_RULES: readonly ResidencyRule[] = [
  stackEnvExplicit,
  stackRegionAllowed,
  noTemplateTransforms,
  nestedStacksInAssembly,
  crossRegionResourceTypes,
  kmsSingleRegion,
  s3NoReplication,
  s3NoTransferAcceleration,
  apiRegionalEndpoint,
  firehoseDestinationsInTemplate,
  noOffAwsDestinations,
  regionCodesInMarket,
  arnsInMarket,
  endpointsInMarket,
  regionPropertiesInMarket,
  valuesKnownAtSynthesis,
];

export function ruleContext(market: Market): RuleContext {
  return { market, allowedRegions: MARKET_REGIONS[market] };
}

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
