/** Errors of the collection domain outside fetching (those are in fetch/errors.ts). */
export class UnknownSourceError extends Error {
  override readonly name = 'UnknownSourceError';
}
