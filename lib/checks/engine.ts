/**
 * Runs the residency rules over template units: each unit, each resource, and each string of
 * each template section, evaluated (see evaluate.ts). Returns findings that name the stack,
 * the logical id and the location, ready for a validation report.
 */
import { evaluator, intrinsicOf, type ImportResolver } from './evaluate.js';
import type { ResidencyRule, RuleContext, RuleProblem, TemplateText } from './rule.js';
import type { TemplateUnit } from './template.js';

export interface Finding {
  readonly ruleId: string;
  readonly unit: TemplateUnit;
  /** The resource (or parameter, mapping, output, condition); undefined for the stack itself. */
  readonly logicalId?: string;
  /** `Properties/Environment/Variables/DEST`, `Outputs/X/Value`, … */
  readonly location: string;
  readonly message: string;
}

const SECTIONS = ['Parameters', 'Mappings', 'Conditions', 'Outputs'] as const;
const MAX_JSON_DEPTH = 4;

export function runRules(units: readonly TemplateUnit[], rules: readonly ResidencyRule[], ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const resolveImport = importResolver(units);

  for (const unit of units) {
    const ev = evaluator(unit, resolveImport);
    const push = (ruleId: string, logicalId: string | undefined, fallback: string, problems: RuleProblem[]) => {
      for (const p of problems) findings.push({ ruleId, unit, logicalId, location: p.location ?? fallback, message: p.message });
    };

    for (const rule of rules) if (rule.unit) push(rule.id, undefined, '', rule.unit(unit, ctx));

    const onText = (t: TemplateText) => {
      const where = [...(t.section === 'Resources' ? [] : [t.section, t.logicalId]), ...t.path].join('/');
      for (const rule of rules) if (rule.text) push(rule.id, t.logicalId, where, rule.text(t, ctx));
    };

    for (const [logicalId, raw] of Object.entries(unit.template.Resources ?? {})) {
      const view = { unit, logicalId, type: raw.Type ?? '', properties: raw.Properties ?? {}, raw, evaluate: ev };
      for (const rule of rules) if (rule.resource) push(rule.id, logicalId, '', rule.resource(view, ctx));
      walk(raw.Properties ?? {}, ['Properties'], (path, text) => onText({ unit, section: 'Resources', logicalId, path, text }), ev.text);
      // Metadata can configure what runs (AWS::CloudFormation::Init); CDK's own entries
      // (construct paths, asset paths) are bookkeeping and are skipped.
      const metadata = Object.fromEntries(Object.entries(raw.Metadata ?? {}).filter(([k]) => !/^aws:(cdk|asset):/.test(k)));
      walk(metadata, ['Metadata'], (path, text) => onText({ unit, section: 'Resources', logicalId, path, text }), ev.text);
    }
    for (const section of SECTIONS) {
      for (const [logicalId, value] of Object.entries(unit.template[section] ?? {})) {
        walk(value, [], (path, text) => onText({ unit, section, logicalId, path, text }), ev.text);
      }
    }
  }
  return findings;
}

type Emit = (path: readonly (string | number)[], text: string) => void;

/** Calls `emit` for every string of a value, intrinsics evaluated, JSON inside strings opened. */
function walk(value: unknown, path: (string | number)[], emit: Emit, text: (v: unknown) => string): void {
  const fn = intrinsicOf(value);
  if (fn?.[0] === 'Fn::If' && Array.isArray(fn[1])) {
    // Either branch may be deployed: both are checked, with their structure (keys) kept.
    walk(fn[1][1], [...path, 'Fn::If'], emit, text);
    walk(fn[1][2], [...path, 'Fn::If'], emit, text);
    return;
  }
  if (fn || typeof value === 'string') return emitText(path, text(value), emit, 0);
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i], emit, text));
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], emit, text);
}

function emitText(path: readonly (string | number)[], s: string, emit: Emit, depth: number): void {
  emit(path, s);
  const t = s.trim();
  if (depth >= MAX_JSON_DEPTH || !(t.startsWith('{') || t.startsWith('['))) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(t);
  } catch {
    return;
  }
  const inner = (v: unknown, p: (string | number)[]): void => {
    if (typeof v === 'string') emitText(p, v, emit, depth + 1);
    else if (Array.isArray(v)) v.forEach((x, i) => inner(x, [...p, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) inner(x, [...p, k]);
  };
  inner(parsed, [...path, '(json)']);
}

/**
 * Fn::ImportValue reads an export of another stack in the same account and region. When that
 * stack is in the assembly, its output's value is evaluated in its own template; otherwise
 * the import resolves to nothing and the evaluator marks it as unknowable.
 */
function importResolver(units: readonly TemplateUnit[]): ImportResolver {
  const exportsByName = new Map<string, { unit: TemplateUnit; value: unknown }>();
  const none: ImportResolver = () => undefined;
  for (const unit of units) {
    const ev = evaluator(unit, none);
    for (const out of Object.values(unit.template.Outputs ?? {}) as { Value?: unknown; Export?: { Name?: unknown } }[]) {
      if (out.Export?.Name !== undefined) exportsByName.set(ev.text(out.Export.Name), { unit, value: out.Value });
    }
  }
  const resolve: ImportResolver = (name, depth) => {
    const found = exportsByName.get(name);
    if (!found || depth > 5) return undefined;
    return evaluator(found.unit, resolve, depth).text(found.value);
  };
  return resolve;
}
