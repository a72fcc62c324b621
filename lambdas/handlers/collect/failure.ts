import { CrawlError } from '../../collect/fetch/errors.js';

/**
 * What a log line may say about a failure: the error's name and message. Our errors are
 * written to carry no personal values; anything else is reduced to its name, since a
 * third-party message could quote page content.
 */
export function failureFields(e: unknown): { errorName: string; error: string; retryable: boolean } {
  if (e instanceof CrawlError) return { errorName: e.name, error: e.message, retryable: e.retryable };
  if (e instanceof Error) {
    const ours = /^(InvalidJobError|UnknownSourceError|QueueSendError|RateLimiterContentionError|DecryptionError)$/.test(e.name);
    return { errorName: e.name, error: ours ? e.message : e.name, retryable: !ours };
  }
  return { errorName: 'UnknownError', error: 'UnknownError', retryable: true };
}
