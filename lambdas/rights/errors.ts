/**
 * Errors of the data-subject rights domain. Step Functions Retry/Catch match on `name`
 * (ARCHITECTURE.md decision 11), so every class sets it explicitly; `classification` says what
 * happens next and `reason` is the one thing lambdas/shared/http/problem.ts maps to HTTP.
 */
import { DomainError, type ErrorClassification, type ErrorReason } from '../shared/errors.js';

/** A store or service did not answer in time or throttled: retry with backoff. */
export class RightsTransientError extends DomainError {
  override readonly name = 'RightsTransientError';
  readonly reason: ErrorReason = 'unavailable';
  override readonly classification: ErrorClassification = 'transient';
}

/** The request cannot move on as asked (a step out of order, a closed request). Never retried. */
export class IllegalTransitionError extends DomainError {
  override readonly name = 'IllegalTransitionError';
  readonly reason: ErrorReason = 'conflict';
}

/** No such request (or it was minimised). Never retried. */
export class RequestNotFoundError extends DomainError {
  override readonly name = 'RequestNotFoundError';
  readonly reason: ErrorReason = 'not-found';
  override get publicDetail(): string {
    return 'no such request';
  }
}

/**
 * A token that is malformed, unknown, used, expired, or for another request or purpose. One
 * class, one status and one message for all of them, so an answer never tells which it was.
 */
export class InvalidTokenError extends DomainError {
  override readonly name = 'InvalidTokenError';
  readonly reason: ErrorReason = 'gone';
  constructor(options?: { cause?: unknown }) {
    super('the link is not valid (it may have been used or have expired)', options);
  }
}

/** Too many requests from one address. */
export class RateLimitedError extends DomainError {
  override readonly name = 'RateLimitedError';
  readonly reason: ErrorReason = 'too-many';
}

/** A deadline extension that the law does not allow (a second one, or more than two months). */
export class ExtensionRefusedError extends DomainError {
  override readonly name = 'ExtensionRefusedError';
  readonly reason: ErrorReason = 'conflict';
}

/** An e-mail address or phone number that is not valid for its kind. */
export class InvalidIdentifierError extends DomainError {
  override readonly name = 'InvalidIdentifierError';
  readonly reason: ErrorReason = 'invalid';
  constructor(
    readonly field: 'email' | 'phone',
    options?: { cause?: unknown },
  ) {
    super(`${field} is not a valid ${field === 'email' ? 'e-mail address' : 'phone number'}`, options);
  }
}

/** The workflow's input does not describe a request we can run: poison, for a human. */
export class InvalidWorkflowInputError extends DomainError {
  override readonly name = 'InvalidWorkflowInputError';
  readonly reason: ErrorReason = 'invalid';
  override readonly classification: ErrorClassification = 'poison';
}
