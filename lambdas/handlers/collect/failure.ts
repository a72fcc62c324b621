import type { Logger } from '@aws-lambda-powertools/logger';
import type { SQSRecord } from 'aws-lambda';
import { QUEUES } from '../../../lib/topology.js';
import { CrawlError } from '../../collect/fetch/errors.js';
import type { CollectObserver } from '../../collect/observer.js';
import { IndexKeyError } from '../../shared/crypto/errors.js';

/**
 * What happens next (ARCHITECTURE decision 11):
 * - transient: rethrown, reported as a batch item failure, SQS redelivers it later;
 * - permanent: the answer will not change (SSRF refusal, too large, too many redirects,
 *   robots.txt, 4xx): recorded once as skipped and the message is deleted, never retried;
 * - poison: the message itself is broken (bad JSON, unknown source): rethrown, so SQS moves
 *   it to the dead-letter queue after maxReceiveCount.
 */
export type FailureClass = 'transient' | 'permanent' | 'poison';

/** Our own errors whose message is written to carry no page content or personal value. */
const OWN_POISON: ReadonlySet<string> = new Set(['InvalidJobError', 'UnknownSourceError', 'DecryptionError']);
const OWN_TRANSIENT: ReadonlySet<string> = new Set(['QueueSendError', 'RateLimiterContentionError', 'ListingDeadlineError', 'JobDeadlineError']);
/**
 * Another worker holds the job (Powertools idempotency). Its record expires with that
 * worker's Lambda time, so a later delivery goes through: transient, never poison.
 */
const IN_PROGRESS = 'IdempotencyAlreadyInProgressError';

export function classifyFailure(e: unknown): FailureClass {
  if (e instanceof CrawlError) return e.retryable ? 'transient' : 'permanent';
  // A missing or mismatched index key never heals by retrying, and must not be skipped
  // silently either: the job goes to the dead-letter queue where an operator sees it.
  if (e instanceof IndexKeyError) return e.classification === 'transient' ? 'transient' : 'poison';
  if (e instanceof Error && OWN_POISON.has(e.name)) return 'poison';
  return 'transient';
}

/**
 * What a log line may say about a failure: the error's name and, for our own errors, their
 * message. A third-party message (Puppeteer's "Increase the 'protocolTimeout'...", an SDK
 * error quoting a value) is never logged as ours: only its name is kept. A CrawlError's cause
 * (the third-party error) is not logged either.
 */
export function failureFields(e: unknown): { errorName: string; error: string; retryable: boolean; failure: FailureClass } {
  const failure = classifyFailure(e);
  const retryable = failure !== 'permanent';
  if (e instanceof CrawlError) return { errorName: e.name, error: e.message, retryable, failure };
  // Index-key errors carry our message only (tenant and table names, no values).
  if (e instanceof IndexKeyError) return { errorName: e.name, error: e.message, retryable, failure };
  if (e instanceof Error) {
    const ours = OWN_POISON.has(e.name) || OWN_TRANSIENT.has(e.name) || e.name === IN_PROGRESS;
    return { errorName: e.name, error: ours ? e.message : e.name, retryable, failure };
  }
  return { errorName: 'UnknownError', error: 'UnknownError', retryable, failure };
}

/** Records a permanent refusal as skipped (observer, one log line) and returns the outcome. */
export function recordSkipped(
  stage: 'listing' | 'ad',
  deps: { readonly observer: CollectObserver; readonly logger: Logger },
  e: unknown,
  where: Record<string, unknown> = {},
): { outcome: 'skipped'; errorName: string } {
  const f = failureFields(e);
  deps.observer.jobSkipped?.({ stage, errorName: f.errorName });
  deps.logger.info(`${stage} job skipped`, { ...where, ...f });
  return { outcome: 'skipped', errorName: f.errorName };
}

/**
 * Wraps a record handler. A permanent failure is recorded once as skipped (observer, one log
 * line) and the record succeeds, so SQS deletes it. Transient and poison failures are counted,
 * logged (name and our message only) and rethrown, for the batch processor to report them.
 */
export function reportingFailures<R>(
  stage: 'listing' | 'ad',
  deps: { readonly observer: CollectObserver; readonly logger: Logger },
  handle: (record: SQSRecord) => Promise<R>,
  givenUp?: (record: SQSRecord, e: unknown) => Promise<void>,
): (record: SQSRecord) => Promise<R | { outcome: 'skipped'; errorName: string }> {
  const maxReceiveCount = QUEUES[stage === 'ad' ? 'adJobs' : 'listingJobs'].maxReceiveCount;
  // Told that the message is given up (counted as failed in its run); a failure to tell it is
  // logged and never replaces the job's own error.
  const tell = async (r: SQSRecord, e: unknown): Promise<void> => {
    try {
      await givenUp?.(r, e);
    } catch (err) {
      deps.logger.warn(`${stage} job: could not count the failure in its run`, { messageId: r.messageId, errorName: failureFields(err).errorName });
    }
  };
  return async (r) => {
    try {
      return await handle(r);
    } catch (e) {
      const f = failureFields(e);
      const where = { messageId: r.messageId, receiveCount: r.attributes.ApproximateReceiveCount, ...f };
      if (f.failure === 'permanent') {
        await tell(r, e);
        return recordSkipped(stage, deps, e, { messageId: r.messageId, receiveCount: r.attributes.ApproximateReceiveCount });
      }
      deps.observer.jobFailed({ stage, errorName: f.errorName, retryable: f.retryable });
      deps.logger.warn(`${stage} job failed`, where);
      // This was the last delivery SQS allows: the message goes to the dead-letter queue now.
      if (isLastDelivery(r, maxReceiveCount)) await tell(r, e);
      throw e;
    }
  };
}

/** True when SQS will move the message to the dead-letter queue if this delivery fails. */
export function isLastDelivery(r: SQSRecord, maxReceiveCount: number): boolean {
  const n = Number(r.attributes.ApproximateReceiveCount);
  return Number.isFinite(n) && n >= maxReceiveCount;
}
