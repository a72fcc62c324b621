/** Errors of the collection domain outside fetching (those are in fetch/errors.ts). */
export class UnknownSourceError extends Error {
  override readonly name = 'UnknownSourceError';
}

/**
 * A listing job stopped before the invocation's time ran out (what was done is kept and
 * queued). Transient: the redelivery carries on from there.
 */
export class ListingDeadlineError extends Error {
  override readonly name = 'ListingDeadlineError';
  readonly retryable = true;
}

/** A job ran into its invocation's deadline and was cut. Transient: the redelivery retries it. */
export class JobDeadlineError extends Error {
  override readonly name = 'JobDeadlineError';
  readonly retryable = true;
}
