import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../../lib/topology.js';
import { openApiDocument } from '../../../lambdas/query/openapi.js';
import { adIdParam, auditQuery, searchQuery } from '../../../lambdas/query/schemas.js';

describe('route schemas', () => {
  it('search: kind from the closed list, q required and bounded, limit 1-100 (default 20), nothing else', () => {
    expect(searchQuery.parse({ kind: 'phone', q: '+47 912 34 567' })).toEqual({ kind: 'phone', q: '+47 912 34 567', limit: 20 });
    for (const bad of [{ kind: 'ssn', q: 'x' }, { kind: 'phone' }, { kind: 'phone', q: '' }, { kind: 'phone', q: 'x'.repeat(257) }, { kind: 'phone', q: 'x', limit: '0' }, { kind: 'phone', q: 'x', limit: '101' }, { kind: 'phone', q: 'x', tenant: 'b' }]) {
      expect(searchQuery.safeParse(bad).success, JSON.stringify(bad).slice(0, 60)).toBe(false);
    }
  });

  it('ad ids are 22 base64url characters; audit times are ISO 8601', () => {
    expect(adIdParam.safeParse({ adId: 'A'.repeat(22) }).success).toBe(true);
    for (const bad of ['A'.repeat(21), 'A'.repeat(23), '../../etc/passwd____..', `${'A'.repeat(21)}/`]) expect(adIdParam.safeParse({ adId: bad }).success).toBe(false);
    expect(auditQuery.safeParse({ from: '2026-11-01T00:00:00Z' }).success).toBe(true);
    expect(auditQuery.safeParse({ from: 'yesterday' }).success).toBe(false);
  });
});

describe('OpenAPI document', () => {
  it('is 3.1, documents every route of the topology with its security, and is the one checked into docs/', () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe('3.1.0');
    for (const r of ROUTES) {
      const op = (doc.paths as Record<string, Record<string, { security?: unknown[] }>>)[r.path]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${r.path}`).toBeDefined();
      expect(op!.security).toEqual(r.auth === 'cognito' ? [{ cognito: [] }] : []);
    }
    expect(JSON.parse(readFileSync('docs/openapi.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
