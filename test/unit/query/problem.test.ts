import { describe, expect, it } from 'vitest';
import { AdNotFoundError, AuditContentionError, ForbiddenError, InvalidCursorError, InvalidQueryError, UnauthenticatedError } from '../../../lambdas/query/errors.js';
import { PROBLEM_CONTENT_TYPE, problemResult, toProblem } from '../../../lambdas/shared/http/problem.js';

describe('problem+json mapping (the one place)', () => {
  it.each([
    [new InvalidQueryError('q is not a valid phone number'), 400],
    [new InvalidCursorError(), 400],
    [new UnauthenticatedError('no token'), 401],
    [new ForbiddenError('admins only'), 403],
    [new AdNotFoundError(), 404],
    [new AuditContentionError(), 503],
  ])('%s -> %i with its public detail', (e, status) => {
    const p = toProblem(e, 'req-1');
    expect(p).toEqual({ type: 'about:blank', title: expect.any(String), status, detail: e.message, instance: 'req-1' });
  });

  it('an unknown error is a 500 that leaks no message, name or stack', () => {
    const e = new TypeError('secret table adwarden-dev-tenant-x at /var/task/index.js:1');
    const r = problemResult(toProblem(e, 'req-2'));
    expect(r.statusCode).toBe(500);
    expect(r.headers['content-type']).toBe(PROBLEM_CONTENT_TYPE);
    for (const leak of ['secret', 'TypeError', 'adwarden-dev', '/var/task', 'stack']) expect(r.body).not.toContain(leak);
    expect(JSON.parse(r.body)).toMatchObject({ status: 500, instance: 'req-2' });
  });
});
