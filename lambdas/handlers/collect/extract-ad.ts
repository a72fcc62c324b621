/**
 * extract-ad λ — SQS batch of ad jobs. Each record is idempotent (Powertools, keyed by the
 * whole message), so a redelivered message never stores anything twice.
 *
 * A job may not outlive its invocation nor the queue's visibility timeout: it is cut at
 * whichever comes first (JobDeadlineError, transient), which also deletes its in-progress
 * idempotency record, and that record expires at the same deadline if the process dies. So a
 * redelivery never meets an orphaned "in progress" record and fails until dead-lettered.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Source } from '../../../lib/config.js';
import { urlKey } from '../../collect/crawl-runs.js';
import { type AdJob, adJobSchema, parseJob } from '../../collect/jobs.js';
import { extractAd, type ExtractAdDeps } from '../../collect/use-cases/extract-ad.js';
import { classifyFailure, recordSkipped, reportingFailures } from './failure.js';
import { lazy } from './lambda-context.js';
import { JobDeadlineError, UnknownSourceError } from '../../collect/errors.js';

export interface ExtractAdHandlerDeps extends ExtractAdDeps {
  readonly sources: ReadonlyMap<string, Source>;
  readonly logger: Logger;
  readonly idempotency: BasePersistenceLayer;
  /** The ad queue's visibility timeout; a job stops before it. @default no bound beyond the Lambda's */
  readonly visibilityTimeoutMs?: number;
  /** Time kept back at the end of the invocation for reporting. @default 2000 */
  readonly deadlineMarginMs?: number;
}

/** How often a redelivery checks on the attempt that holds its job. */
const IN_PROGRESS_POLL_MS = 250;

/** Rejects with JobDeadlineError at `deadline` (epoch ms) unless `work` settles first. */
function beforeDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const cut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new JobDeadlineError('job cut at the invocation deadline')), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, cut]).finally(() => clearTimeout(timer));
}

export function create(deps: ExtractAdHandlerDeps) {
  const processor = new BatchProcessor(EventType.SQS);
  const margin = deps.deadlineMarginMs ?? 2000;
  const processJob = (config: IdempotencyConfig, deadline: number) =>
    makeIdempotent(
      async (job: AdJob) => {
        const source = deps.sources.get(job.sourceId);
        if (!source) throw new UnknownSourceError(`no source "${job.sourceId}" in the config`);
        try {
          const r = await beforeDeadline(extractAd(job, source, deps), deadline);
          // Only the outcome is kept in the idempotency record: no identifiers.
          return { outcome: r.outcome };
        } catch (e) {
          // A permanent refusal is an outcome too: kept in the record, so a redelivery of the
          // same message neither fetches the page again nor records the skip twice.
          if (classifyFailure(e) === 'permanent') {
            await deps.runs.adOutcome(job, urlKey(job.url), 'failed', [], deps.clock.now());
            return recordSkipped('ad', deps, e);
          }
          throw e;
        }
      },
      { persistenceStore: deps.idempotency, config },
    );
  return (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    const started = Date.now();
    const deadline = Math.min(
      started + context.getRemainingTimeInMillis() - margin,
      deps.visibilityTimeoutMs === undefined ? Number.POSITIVE_INFINITY : started + deps.visibilityTimeoutMs - margin,
    );
    // One config per invocation (concurrent invocations must not share a registered context):
    // the in-progress record expires at the job's deadline.
    const config = new IdempotencyConfig({ expiresAfterSeconds: 24 * 3600 });
    config.registerLambdaContext({ ...context, getRemainingTimeInMillis: () => Math.max(1, deadline - Date.now()) });
    const run = processJob(config, deadline);
    const record = reportingFailures('ad', deps, async (r: SQSRecord) => {
      const job = parseJob(adJobSchema, r.body);
      // Another delivery of this message is being processed (SQS delivers at least once, and
      // a slow attempt can outlast the visibility timeout). Wait for it, polling the record:
      // its result is then returned, or, if it failed, the job runs here. Only when this
      // invocation's own deadline comes first does the error go back to SQS, as transient.
      for (;;) {
        try {
          return await run(job);
        } catch (e) {
          if (!(e instanceof Error && e.name === 'IdempotencyAlreadyInProgressError')) throw e;
          if (Date.now() + IN_PROGRESS_POLL_MS >= deadline) throw e;
          await new Promise((resolve) => setTimeout(resolve, IN_PROGRESS_POLL_MS));
        }
      }
    }, async (r) => {
      // Given up: the last delivery failed and the message goes to the dead-letter queue. The
      // ad counts as failed in its run (once: a later outcome of the same ad is not recorded).
      const job = adJobSchema.safeParse(JSON.parse(r.body));
      if (job.success) await deps.runs.adOutcome(job.data, urlKey(job.data.url), 'failed', [], deps.clock.now());
    });
    return processPartialResponse(event, record, processor, { context });
  };
}

export const handler = lazy(async () => {
  const { awsCollectDeps } = await import('../../composition/aws.js');
  return create(await awsCollectDeps('extractAd'));
});
