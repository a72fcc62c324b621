/** crawl-listing λ — SQS batch of listing jobs; partial batch failures, poison to the DLQ. */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Source } from '../../../lib/config.js';
import { urlKey } from '../../collect/crawl-runs.js';
import { listingJobSchema, parseJob } from '../../collect/jobs.js';
import { crawlListing, type CrawlListingDeps } from '../../collect/use-cases/crawl-listing.js';
import { reportingFailures } from './failure.js';
import { lazy } from './lambda-context.js';
import { UnknownSourceError } from '../../collect/errors.js';

export interface CrawlListingHandlerDeps extends CrawlListingDeps {
  readonly sources: ReadonlyMap<string, Source>;
  readonly logger: Logger;
}

export function create(deps: CrawlListingHandlerDeps) {
  const processor = new BatchProcessor(EventType.SQS);
  return (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    // A listing job stops (and is retried from where it was) before the invocation ends.
    const remainingMs = (): number => context.getRemainingTimeInMillis();
    const record = reportingFailures('listing', deps, async (r: SQSRecord) => {
      const job = parseJob(listingJobSchema, r.body);
      const source = deps.sources.get(job.sourceId);
      if (!source) throw new UnknownSourceError(`no source "${job.sourceId}" in the config`);
      return crawlListing(job, source, deps, { remainingMs });
    }, async (r) => {
      // Given up (a permanent refusal, or the last delivery before the dead-letter queue): the
      // page's ads were never found. A message that is not a job belongs to no run.
      const job = listingJobSchema.safeParse(JSON.parse(r.body));
      if (job.success) await deps.runs.listingFailed(job.data, urlKey(job.data.url), deps.clock.now());
    });
    return processPartialResponse(event, record, processor, { context });
  };
}

export const handler = lazy(async () => {
  const { awsCollectDeps } = await import('../../composition/aws.js');
  return create(await awsCollectDeps('crawlListing'));
});
