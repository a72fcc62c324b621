/**
 * Errors of the compliance generator. Both are permanent: the same input fails the same way,
 * so `adwarden docs` reports them and exits (a retry cannot help).
 */

/** A statement was about to be written without the source it comes from: a bug in the generator. */
export class UncitedStatementError extends Error {
  override readonly name = 'UncitedStatementError';
}
