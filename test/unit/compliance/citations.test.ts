import { describe, expect, it } from 'vitest';
import { UncitedStatementError } from '../../../lib/compliance/errors.js';
import { type Citation, parseCitations, renderCitation, renderStatement, statement, valueAt } from '../../../lib/compliance/citations.js';

describe('citations of the compliance documents', () => {
  const cites: Citation[] = [
    { kind: 'config', path: 'tenants[1].retentionDays' },
    { kind: 'template', stack: 'adwarden-dev-data', logicalId: 'KeyA1B2', property: 'EnableKeyRotation' },
    { kind: 'template', stack: 'adwarden-dev-api', logicalId: 'WebAcl' },
    { kind: 'stack', stack: 'adwarden-dev-rights' },
  ];

  it('reads back exactly the citations a statement was rendered with, in order', () => {
    const line = renderStatement(statement('A claim.', ...cites));
    expect(line.startsWith('- A claim. [config `tenants[1].retentionDays`]')).toBe(true);
    expect(parseCitations(line)).toEqual(cites);
  });

  it('refuses to render a statement without a citation', () => {
    expect(() => renderStatement(statement('An unsupported claim.'))).toThrow(UncitedStatementError);
  });

  it('keeps a statement on one line whatever the operator typed, and cites each source once', () => {
    const line = renderStatement(statement('first line\n# not a heading\n> not a note', cites[0]!, cites[0]!));
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe(`- first line # not a heading > not a note ${renderCitation(cites[0]!)}`);
  });

  it('resolves config and template paths, and nothing that is not there', () => {
    const root = { tenants: [{ id: 'a', kinds: ['phone'] }], Replicas: [{ SSESpecification: { KMSMasterKeyId: 'k' } }], flag: false };
    expect(valueAt(root, 'tenants[0].kinds[0]')).toBe('phone');
    expect(valueAt(root, 'Replicas[0].SSESpecification.KMSMasterKeyId')).toBe('k');
    expect(valueAt(root, 'flag')).toBe(false);
    expect(valueAt(root, 'tenants[1].id')).toBeUndefined();
    expect(valueAt(root, 'tenants.length')).toBeUndefined();
    expect(valueAt(root, 'constructor')).toBeUndefined();
    expect(valueAt(root, 'tenants[0]].id')).toBeUndefined();
  });
});
