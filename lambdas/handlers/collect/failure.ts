import type { Logger } from '@aws-lambda-powertools/logger';
import type { SQSRecord } from 'aws-lambda';
import { CrawlError } from '../../collect/fetch/errors.js';
import type { CollectObserver } from '../../collect/observer.js';
import { IndexKeyError } from '../../shared/crypto/errors.js';

/**
 * What a log line may say about a failure: the error's name and message. Our errors are
 * written to carry no personal values; anything else is reduced to its name, since a
 * third-party message could quote page content.
 */
export function failureFields(e: unknown): { errorName: string; error: string; retryable: boolean } {
  if (e instanceof CrawlError) return { errorName: e.name, error: e.message, retryable: e.retryable };
  // Missing or mismatched index keys: our message (tenant and table names only); never retried into success.
  if (e instanceof IndexKeyError) return { errorName: e.name, error: e.message, retryable: e.classification === 'transient' };
  if (e instanceof Error) {
    const ours = /^(InvalidJobError|UnknownSourceError|QueueSendError|RateLimiterContentionError|DecryptionError)$/.test(e.name);
    return { errorName: e.name, error: ours ? e.message : e.name, retryable: !ours };
  }
  return { errorName: 'UnknownError', error: 'UnknownError', retryable: true };
}

/**
 * Wraps a record handler so a failure is counted and logged (name and message only) and then
 * rethrown, for the batch processor to report it as a batch item failure.
 */
export function reportingFailures<R>(
  stage: 'listing' | 'ad',
  deps: { readonly observer: CollectObserver; readonly logger: Logger },
  handle: (record: SQSRecord) => Promise<R>,
): (record: SQSRecord) => Promise<R> {
  return async (r) => {
    try {
      return await handle(r);
    } catch (e) {
      const f = failureFields(e);
      deps.observer.jobFailed({ stage, errorName: f.errorName, retryable: f.retryable });
      deps.logger.warn(`${stage} job failed`, { messageId: r.messageId, receiveCount: r.attributes.ApproximateReceiveCount, ...f });
      throw e;
    }
  };
}
