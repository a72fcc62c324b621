/**
 * Where the data is: the regions the stacks are deployed to and every region code written in
 * the templates, and the residency rules (lib/checks) run on the very templates the documents
 * describe. "No transfer outside the market" is claimed only when both hold.
 */
import type { Config } from '../config.js';
import { MARKET_REGIONS } from '../markets.js';
import { runRules } from '../checks/engine.js';
import { RESIDENCY_RULES, ruleContext } from '../checks/rules.js';
import type { ResidencyRule } from '../checks/rule.js';
import type { TemplateUnit } from '../checks/template.js';
import { configCite, type Statement, statement } from './citations.js';
import type { TemplateSet } from './templates.js';

export interface Residency {
  /** Every region found, with the stacks it appears in. */
  readonly regions: { region: string; stacks: string[] }[];
  readonly outside: string[];
  readonly findings: { ruleId: string; stack: string; logicalId?: string; message: string }[];
  readonly statements: Statement[];
  /** True when the templates show no region outside the market and the rules find nothing. */
  readonly inMarket: boolean;
}

export function residency(ts: TemplateSet, config: Config, rules: readonly ResidencyRule[] = RESIDENCY_RULES): Residency {
  const allowed: readonly string[] = MARKET_REGIONS[config.market];
  const regions = ts.regions();
  const outside = regions.map((r) => r.region).filter((r) => !allowed.includes(r));
  const units: TemplateUnit[] = ts.stacks.map((s) => ({ stackPath: s.stackName, region: s.region, templatePath: `${s.stackName}.template.json`, template: s.template, nested: new Map() }));
  const findings = runRules(units, rules, ruleContext(config.market)).map((f) => ({
    ruleId: f.ruleId,
    stack: f.unit.stackPath,
    ...(f.logicalId ? { logicalId: f.logicalId } : {}),
    message: f.message,
  }));
  const stackCites = ts.stacks.map((s) => ({ kind: 'stack', stack: s.stackName }) as const);
  const statements: Statement[] = [];
  const list = regions.map((r) => `\`${r.region}\``).join(', ') || 'none';
  statements.push(
    statement(
      `Regions in the synthesized templates (deployment regions and every region code written in them): ${list}; the market \`${config.market}\` allows ${allowed.map((r) => `\`${r}\``).join(', ')}.`,
      configCite('market'),
      configCite('region'),
      ...stackCites,
    ),
  );
  if (outside.length === 0 && findings.length === 0) {
    statements.push(
      statement(
        `The ${rules.length} residency rules of \`lib/checks\`, run by the generator on these templates, find nothing: no region, regional endpoint or ARN outside the market, no cross-region resource type.`,
        ...stackCites,
      ),
    );
  } else {
    for (const f of findings) {
      statements.push(
        statement(
          `Residency finding \`${f.ruleId}\`${f.logicalId ? ` on \`${f.logicalId}\`` : ''}: ${f.message}. No "no transfer" claim is made.`,
          f.logicalId ? { kind: 'template', stack: f.stack, logicalId: f.logicalId } : { kind: 'stack', stack: f.stack },
        ),
      );
    }
    if (outside.length > 0) statements.push(statement(`Regions outside the market appear in the templates: ${outside.map((r) => `\`${r}\``).join(', ')}.`, ...stackCites));
  }
  return { regions, outside, findings, statements, inMarket: outside.length === 0 && findings.length === 0 };
}
