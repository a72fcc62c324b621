/**
 * The base of every domain error a caller can be told about. Domain code throws subclasses
 * (one errors.ts per area) and says only WHAT went wrong, as a `reason`; the one mapping to
 * HTTP lives in lambdas/shared/http/problem.ts. No AWS or HTTP imports here.
 *
 * `classification` says what a runtime should do next (ARCHITECTURE.md decision 11):
 * transient = retry, permanent = do not retry, poison = dead-letter.
 */
export type ErrorClassification = 'transient' | 'permanent' | 'poison';

/** What a failure means to the caller; problem.ts maps each to one HTTP status. */
export type ErrorReason =
  | 'invalid' // the request is malformed or a value is not valid for its kind (400)
  | 'unauthenticated' // no valid credentials (401)
  | 'forbidden' // authenticated, but not allowed (403)
  | 'not-found' // nothing there, or nothing the caller may see: never tells which (404)
  | 'conflict' // the state does not allow it (409)
  | 'gone' // it existed but is no longer usable, e.g. a used single-use link (410)
  | 'too-many' // rate limited (429)
  | 'unavailable'; // a dependency failed; try again later (503)

export abstract class DomainError extends Error {
  abstract readonly reason: ErrorReason;
  readonly classification: ErrorClassification = 'permanent';
  /**
   * Safe to show to the caller: never a personal value, an internal name, a key or a stack.
   * Defaults to the message, so write messages with that in mind.
   */
  get publicDetail(): string {
    return this.message;
  }
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
