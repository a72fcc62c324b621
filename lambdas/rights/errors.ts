/**
 * Errors of the data-subject rights domain. Step Functions Retry/Catch match on `name`
 * (ARCHITECTURE.md decision 11), so every class sets it explicitly; `kind` says what happens next.
 */
export type ErrorKind = 'transient' | 'permanent' | 'poison';

export abstract class RightsError extends Error {
  abstract readonly kind: ErrorKind;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A store or service did not answer in time or throttled: retry with backoff. */
export class RightsTransientError extends RightsError {
  override readonly name = 'RightsTransientError';
  readonly kind = 'transient';
}

/** The request cannot move on as asked (e.g. a second extension, a step out of order). Never retried. */
export class IllegalTransitionError extends RightsError {
  override readonly name = 'IllegalTransitionError';
  readonly kind = 'permanent';
}

/** No such request (or it was minimised). Never retried. */
export class RequestNotFoundError extends RightsError {
  override readonly name = 'RequestNotFoundError';
  readonly kind = 'permanent';
}

/**
 * A token that is malformed, unknown, used, expired, or for another request or purpose. One
 * class and one message for all of them, so an answer never tells which it was.
 */
export class InvalidTokenError extends RightsError {
  override readonly name = 'InvalidTokenError';
  readonly kind = 'permanent';
  constructor(options?: { cause?: unknown }) {
    super('the link is not valid (it may have been used or have expired)', options);
  }
}

/** Too many requests from one address or for one identifier. */
export class RateLimitedError extends RightsError {
  override readonly name = 'RateLimitedError';
  readonly kind = 'permanent';
}

/** A deadline extension that the law does not allow (a second one, or more than two months). */
export class ExtensionRefusedError extends RightsError {
  override readonly name = 'ExtensionRefusedError';
  readonly kind = 'permanent';
}

/** The workflow's input does not describe a request we can run: dead-letter for a human. */
export class InvalidWorkflowInputError extends RightsError {
  override readonly name = 'InvalidWorkflowInputError';
  readonly kind = 'poison';
}
