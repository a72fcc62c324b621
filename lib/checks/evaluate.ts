/**
 * Turns a template value into the text CloudFormation would produce, as far as synthesis can
 * know it: Fn::Join, Fn::Sub, Fn::Select, Fn::FindInMap, Fn::Base64, Fn::ImportValue (of an
 * export in the same assembly) are worked out, so a region split over pieces ('us-' + 'east-1')
 * is seen whole. What synthesis cannot know becomes a marker in the text, in Unicode
 * private-use characters (valid inside JSON strings, never in real values):
 *
 * - R: the stack's own region (`AWS::Region`): in the market by the stack rule;
 * - I: a value from this template (a resource's Ref or attribute, the account id): in-region;
 * - X: a value given at deploy time from outside the assembly (a CfnParameter, an import of
 *   an export not in the assembly, an SSM dynamic reference, a macro): unknowable at synthesis;
 * - Y: a value a custom resource or secret returns: anything, known only at deploy time.
 *
 * Hand-written because no library evaluates CloudFormation intrinsics offline with
 * placeholders for the unknowable parts (cfn-lint is Python and checks, it does not evaluate).
 */
import type { CfnTemplate, TemplateUnit } from './template.js';

export type MarkerKind = 'R' | 'I' | 'X' | 'Y';

const OPEN = '\uE000';
const CLOSE = '\uE001';
/** Matches one marker: kind in group 1, description in group 2. */
export const MARKER = /\uE000([RIXY])([^\uE000\uE001]*)\uE001/g;

export function marker(kind: MarkerKind, description = ''): string {
  // Descriptions never hold the marker characters, ':' (ARN fields) or quotes (JSON text).
  return `${OPEN}${kind}${description.replace(/[\uE000\uE001:"\\\s]/g, '.')}${CLOSE}`;
}

/** The markers of a text. */
export function markersIn(text: string): { kind: MarkerKind; description: string }[] {
  return [...text.matchAll(MARKER)].map((m) => ({ kind: m[1] as MarkerKind, description: m[2] ?? '' }));
}

/** The text with every marker replaced (by a space unless told), for pattern scans. */
export function withoutMarkers(text: string, by = ' '): string {
  return text.replace(MARKER, by);
}

const CUSTOM = /^(Custom::|AWS::CloudFormation::CustomResource$)/;

export interface Evaluator {
  /** A value as text (a list is joined with ","). */
  text(value: unknown): string;
  /** A value that CloudFormation treats as a list. */
  list(value: unknown): string[];
}

/** Resolves Fn::ImportValue names against the exports of the assembly. */
export type ImportResolver = (exportName: string, depth: number) => string | undefined;

export function evaluator(unit: TemplateUnit, resolveImport: ImportResolver, depth = 0): Evaluator {
  const template: CfnTemplate = unit.template;
  const resources = template.Resources ?? {};
  const parameters = template.Parameters ?? {};

  const ref = (name: string): string => {
    switch (name) {
      case 'AWS::Region':
        return marker('R');
      case 'AWS::Partition':
        return 'aws';
      case 'AWS::URLSuffix':
        return 'amazonaws.com';
      case 'AWS::AccountId':
      case 'AWS::StackName':
      case 'AWS::StackId':
      case 'AWS::NotificationARNs':
      case 'AWS::NoValue':
        return marker('I', name);
    }
    if (name in parameters) {
      // A nested template's parameters are set by its parent's AWS::CloudFormation::Stack
      // resource, whose Parameters property is checked in the parent's template.
      return unit.parent ? marker('I', `parameter ${name}`) : marker('X', `parameter ${name}`);
    }
    const res = resources[name];
    if (res) return CUSTOM.test(res.Type ?? '') ? marker('Y', `custom resource ${name}`) : marker('I', name);
    return marker('X', `unknown reference ${name}`);
  };

  const getAtt = (name: string, attribute: string): string => {
    const res = resources[name];
    if (!res) return marker('X', `attribute of unknown ${name}`);
    return CUSTOM.test(res.Type ?? '') ? marker('Y', `attribute ${attribute} of custom resource ${name}`) : marker('I', `${name}.${attribute}`);
  };

  const dynamicReferences = (s: string): string =>
    s.replace(/\{\{resolve:([a-z-]+):([^}]*)\}\}/g, (_m, service: string, rest: string) =>
      service === 'ssm' ? marker('X', `SSM parameter ${rest}`) : marker('Y', `${service} ${rest}`),
    );

  const sub = (arg: unknown): string => {
    const [body, vars] = Array.isArray(arg) ? [arg[0], (arg[1] ?? {}) as Record<string, unknown>] : [arg, {} as Record<string, unknown>];
    if (typeof body !== 'string') return text(body);
    return dynamicReferences(body).replace(/\$\{([^}]*)\}/g, (_m, inner: string) => {
      if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
      const name = inner.trim();
      if (name in vars) return text(vars[name]);
      const dot = name.indexOf('.');
      return dot > 0 && !name.startsWith('AWS::') ? getAtt(name.slice(0, dot), name.slice(dot + 1)) : ref(name);
    });
  };

  const findInMap = (arg: unknown): string => {
    const [map, k1, k2] = Array.isArray(arg) ? arg : [];
    const mapping = (template.Mappings ?? {})[text(map)] as Record<string, Record<string, unknown>> | undefined;
    const v = mapping?.[text(k1)]?.[text(k2)];
    if (v !== undefined) return text(v);
    // Keys known only at deploy time: any value of the mapping may come out. The Mappings
    // section is scanned on its own, so the values are checked; here they read as one text.
    return mapping ? Object.values(mapping).flatMap((row) => Object.values(row ?? {}).map((x) => text(x))).join(' ') : marker('X', 'missing mapping');
  };

  const intrinsic = (fn: string, arg: unknown): string => {
    switch (fn) {
      case 'Ref':
        return ref(String(arg));
      case 'Fn::GetAtt': {
        const [name, attribute] = Array.isArray(arg) ? [String(arg[0]), text(arg[1])] : String(arg).split(/\.(.*)/s);
        return getAtt(name ?? '', attribute ?? '');
      }
      case 'Fn::Join': {
        const [sep, items] = Array.isArray(arg) ? arg : ['', arg];
        return list(items).join(text(sep));
      }
      case 'Fn::Sub':
        return sub(arg);
      case 'Fn::Select': {
        const [index, items] = Array.isArray(arg) ? arg : [0, arg];
        const all = list(items);
        const i = Number(text(index));
        return Number.isInteger(i) && all[i] !== undefined ? all[i] : all.join(' ');
      }
      case 'Fn::Split':
        return text(Array.isArray(arg) ? arg[1] : arg);
      case 'Fn::FindInMap':
        return findInMap(arg);
      case 'Fn::ImportValue': {
        const name = text(arg);
        return resolveImport(name, depth + 1) ?? marker('X', `import ${name}`);
      }
      case 'Fn::If': {
        const [, a, b] = Array.isArray(arg) ? arg : [];
        return `${text(a)} ${text(b)}`;
      }
      case 'Fn::Base64':
        return text(arg);
      case 'Fn::GetAZs':
        return `${marker('I', 'AZs')} ${text(arg)}`;
      case 'Fn::Cidr':
      case 'Fn::Length':
      case 'Condition':
        return marker('I', fn);
      case 'Fn::ToJsonString':
        return JSON.stringify(structure(arg));
      case 'Fn::Equals':
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not':
        return list(arg).join(' ');
      default:
        // Fn::Transform and anything new: the value is made at deploy time.
        return `${marker('X', fn)} ${text(arg)}`;
    }
  };

  /** A JSON value with every string and intrinsic evaluated (for Fn::ToJsonString). */
  const structure = (value: unknown): unknown => {
    const fn = intrinsicOf(value);
    if (fn) return intrinsic(fn[0], fn[1]);
    if (typeof value === 'string') return dynamicReferences(value);
    if (Array.isArray(value)) return value.map(structure);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structure(v)]));
    return value;
  };

  function text(value: unknown): string {
    if (typeof value === 'string') return dynamicReferences(value);
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) return value.map((v) => text(v)).join(',');
    const fn = intrinsicOf(value);
    return fn ? intrinsic(fn[0], fn[1]) : JSON.stringify(structure(value));
  }

  function list(value: unknown): string[] {
    if (Array.isArray(value)) return value.map((v) => text(v));
    const fn = intrinsicOf(value);
    if (fn?.[0] === 'Fn::Split' && Array.isArray(fn[1])) return text(fn[1][1]).split(text(fn[1][0]));
    if (fn?.[0] === 'Fn::If' && Array.isArray(fn[1])) return [...list(fn[1][1]), ...list(fn[1][2])];
    return [text(value)];
  }

  return { text, list };
}

/** `[name, argument]` when the value is an intrinsic function call (one key: Ref, Fn::*, or Condition naming a condition). */
export function intrinsicOf(value: unknown): [string, unknown] | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  const arg = (value as Record<string, unknown>)[key];
  // `Condition` is an intrinsic only as a condition name inside Fn::And/Or/Not (a string);
  // an IAM statement's Condition block is an object.
  return key === 'Ref' || key.startsWith('Fn::') || (key === 'Condition' && typeof arg === 'string') ? [key, arg] : undefined;
}
