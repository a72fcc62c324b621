/**
 * Read-only look-ups over the synthesized templates of a deployment: resources by type or by a
 * property, the logical id a `Ref`/`Fn::GetAtt` points to, and a citation for each. Only JSON
 * in, so the generator runs on whatever template it is given (tests hand it altered copies).
 */
import { REGION_CODE } from '../checks/rule.js';
import type { CfnTemplate } from '../checks/template.js';
import type { Citation } from './citations.js';
import { valueAt } from './citations.js';

/** One stack of the cloud assembly: its name, its deployment region and its template. */
export interface StackTemplate {
  readonly stackName: string;
  readonly region: string | undefined;
  readonly template: CfnTemplate;
}

export interface Resource {
  readonly stack: string;
  readonly logicalId: string;
  readonly type: string;
  readonly props: Readonly<Record<string, unknown>>;
}

export class TemplateSet {
  readonly resources: readonly Resource[];

  constructor(readonly stacks: readonly StackTemplate[]) {
    this.resources = stacks.flatMap((s) =>
      Object.entries(s.template.Resources ?? {}).map(([logicalId, r]) => ({
        stack: s.stackName,
        logicalId,
        type: r.Type ?? '',
        props: r.Properties ?? {},
      })),
    );
  }

  ofType(type: string): Resource[] {
    return this.resources.filter((r) => r.type === type);
  }

  get(stack: string, logicalId: string): Resource | undefined {
    return this.resources.find((r) => r.stack === stack && r.logicalId === logicalId);
  }

  /** The resource of `type` whose property at `path` is exactly `value` (a physical name). */
  named(type: string, path: string, value: string): Resource | undefined {
    return this.ofType(type).find((r) => valueAt(r.props, path) === value);
  }

  /**
   * The roles an AWS::IAM::Policy is attached to: a `{Ref: id}` is a role of the policy's own
   * stack; a literal name is the role of that RoleName in any stack (a function stack attaches
   * statements by name to an execution role the data stack defines).
   */
  policyRoles(policy: Resource): Resource[] {
    const roles = Array.isArray(policy.props.Roles) ? (policy.props.Roles as unknown[]) : [];
    return roles
      .map((r) => (typeof r === 'string' ? this.named('AWS::IAM::Role', 'RoleName', r) : this.target(policy, r)))
      .filter((r): r is Resource => r !== undefined);
  }

  /** The resource a `{Ref: id}` or `{"Fn::GetAtt": [id, attr]}` in `from`'s stack points to. */
  target(from: Resource, value: unknown): Resource | undefined {
    const id = refId(value);
    return id === undefined ? undefined : this.get(from.stack, id);
  }

  /** Resources of `from`'s stack that a value refers to (Ref/GetAtt anywhere inside it). */
  referenced(from: Resource, value: unknown): Resource[] {
    const ids = new Set<string>();
    collectRefs(value, ids);
    return [...ids].map((id) => this.get(from.stack, id)).filter((r): r is Resource => r !== undefined);
  }

  /** Every region code the stacks are deployed to, and every one written anywhere in a template. */
  regions(): { region: string; stacks: string[] }[] {
    const by = new Map<string, Set<string>>();
    const add = (region: string, stack: string) => {
      const r = region.toLowerCase();
      if (!by.has(r)) by.set(r, new Set());
      by.get(r)!.add(stack);
    };
    for (const s of this.stacks) {
      if (s.region) add(s.region, s.stackName);
      walkStrings(s.template, (text) => {
        for (const m of text.matchAll(REGION_CODE)) add(m[0], s.stackName);
      });
    }
    return [...by.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([region, stacks]) => ({ region, stacks: [...stacks].sort() }));
  }
}

export function cite(r: Resource, property?: string): Citation {
  return { kind: 'template', stack: r.stack, logicalId: r.logicalId, ...(property ? { property } : {}) };
}

export function refId(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.Ref === 'string') return v.Ref;
  const att = v['Fn::GetAtt'];
  if (Array.isArray(att) && typeof att[0] === 'string') return att[0];
  return undefined;
}

function collectRefs(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) {
    value.forEach((v) => collectRefs(v, out));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const id = refId(value);
  if (id !== undefined && !id.startsWith('AWS::')) out.add(id);
  Object.values(value).forEach((v) => collectRefs(v, out));
}

function walkStrings(value: unknown, fn: (s: string) => void): void {
  if (typeof value === 'string') fn(value);
  else if (Array.isArray(value)) value.forEach((v) => walkStrings(v, fn));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => walkStrings(v, fn));
}

/** The statements of an IAM policy document as a list (a single statement may be an object). */
export function policyStatements(doc: unknown): Record<string, unknown>[] {
  const s = (doc as { Statement?: unknown } | undefined)?.Statement;
  if (Array.isArray(s)) return s.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object');
  return s !== null && typeof s === 'object' ? [s as Record<string, unknown>] : [];
}

export const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
