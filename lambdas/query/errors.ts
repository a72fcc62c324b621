/** Errors of the query domain (customer API). Each maps to HTTP in lambdas/shared/http/problem.ts only. */
import { DomainError, type ErrorClassification } from '../shared/errors.js';

/** A query parameter is missing, malformed, or not a valid identifier of its kind. The message says why (never echoing the value). */
export class InvalidQueryError extends DomainError {
  override readonly name = 'InvalidQueryError';
  readonly reason = 'invalid' as const;
}

/** A cursor that was not issued to this tenant for this query, or was altered. Says nothing more. */
export class InvalidCursorError extends DomainError {
  override readonly name = 'InvalidCursorError';
  readonly reason = 'invalid' as const;
  constructor(options?: { cause?: unknown }) {
    super('the cursor is not valid for this query', options);
  }
}

/** No such ad in the caller's tenant. The same answer whether it exists elsewhere or nowhere. */
export class AdNotFoundError extends DomainError {
  override readonly name = 'AdNotFoundError';
  readonly reason = 'not-found' as const;
  constructor() {
    super('no ad with this id');
  }
}

/** No verified identity, or a token without the tenant claim. */
export class UnauthenticatedError extends DomainError {
  override readonly name = 'UnauthenticatedError';
  readonly reason = 'unauthenticated' as const;
}

/** The caller is not in a group the route requires. */
export class ForbiddenError extends DomainError {
  override readonly name = 'ForbiddenError';
  readonly reason = 'forbidden' as const;
}

/** Concurrent appends kept winning the race for the chain head; the caller may retry. */
export class AuditContentionError extends DomainError {
  override readonly name = 'AuditContentionError';
  readonly reason = 'unavailable' as const;
  override readonly classification: ErrorClassification = 'transient';
  constructor(options?: { cause?: unknown }) {
    super('the audit trail is busy; try again', options);
  }
}
