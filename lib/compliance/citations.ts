/**
 * Every statement of the compliance documents ends with the citations it comes from, in a form
 * a reader can follow and a test can check:
 *
 *   [config `tenants[0].retentionDays`]                       a path in the (parsed) config
 *   [template `adwarden-dev-data` `KeyA1B2` `EnableKeyRotation`]  a resource of a synthesized
 *                                                              template (and a property path
 *                                                              under its Properties)
 *   [stack `adwarden-dev-data` region]                        the region a stack is deployed to
 */

import { UncitedStatementError } from './errors.js';

export type Citation =
  | { readonly kind: 'config'; readonly path: string }
  | { readonly kind: 'template'; readonly stack: string; readonly logicalId: string; readonly property?: string }
  | { readonly kind: 'stack'; readonly stack: string };

export const configCite = (path: string): Citation => ({ kind: 'config', path });

export function renderCitation(c: Citation): string {
  switch (c.kind) {
    case 'config':
      return `[config \`${c.path}\`]`;
    case 'template':
      return `[template \`${c.stack}\` \`${c.logicalId}\`${c.property ? ` \`${c.property}\`` : ''}]`;
    case 'stack':
      return `[stack \`${c.stack}\` region]`;
  }
}

const CITATION = /\[config `([^`]+)`\]|\[template `([^`]+)` `([^`]+)`(?: `([^`]+)`)?\]|\[stack `([^`]+)` region\]/g;

/** The citations in a line of a generated document, in order. */
export function parseCitations(line: string): Citation[] {
  const out: Citation[] = [];
  for (const m of line.matchAll(CITATION)) {
    if (m[1] !== undefined) out.push({ kind: 'config', path: m[1] });
    else if (m[2] !== undefined && m[3] !== undefined) out.push({ kind: 'template', stack: m[2], logicalId: m[3], ...(m[4] !== undefined ? { property: m[4] } : {}) });
    else if (m[5] !== undefined) out.push({ kind: 'stack', stack: m[5] });
  }
  return out;
}

/** One statement: its text (one line, whitespace collapsed) and what it comes from. */
export interface Statement {
  readonly text: string;
  readonly cites: readonly Citation[];
}

export const statement = (text: string, ...cites: Citation[]): Statement => ({ text, cites });

/** `- text [cite] [cite]`, on one line (operator text may hold line breaks: they are collapsed). */
export function renderStatement(s: Statement, indent = 0): string {
  if (s.cites.length === 0) throw new UncitedStatementError(`a statement without a citation: ${s.text}`);
  const text = s.text.replace(/\s+/g, ' ').trim();
  return `${' '.repeat(indent)}- ${text} ${dedupe(s.cites).map(renderCitation).join(' ')}`;
}

function dedupe(cites: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return cites.filter((c) => {
    const k = renderCitation(c);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A value at a path such as `tenants[0].identifierKinds` or `Replicas[0].SSESpecification`,
 * or undefined. Keys are split on dots; a key holding a dot cannot be named (none of ours does).
 */
export function valueAt(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    if (m[1]) {
      // Arrays are indexed with [n] only: `tenants.length` names nothing in the config.
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, m[1])) return undefined;
      cur = (cur as Record<string, unknown>)[m[1]];
    }
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[Number(idx[1])];
    }
  }
  return cur;
}
