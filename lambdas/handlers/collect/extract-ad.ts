/**
 * extract-ad λ — SQS batch of ad jobs. Each record is idempotent (Powertools, keyed by the
 * whole message), so a redelivered message never stores anything twice.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Source } from '../../../lib/config.js';
import { type AdJob, adJobSchema, parseJob } from '../../collect/jobs.js';
import { extractAd, type ExtractAdDeps } from '../../collect/use-cases/extract-ad.js';
import { reportingFailures } from './failure.js';
import { lazy } from './lambda-context.js';
import { UnknownSourceError } from '../../collect/errors.js';

export interface ExtractAdHandlerDeps extends ExtractAdDeps {
  readonly sources: ReadonlyMap<string, Source>;
  readonly logger: Logger;
  readonly idempotency: BasePersistenceLayer;
}

export function create(deps: ExtractAdHandlerDeps) {
  const processor = new BatchProcessor(EventType.SQS);
  const idempotencyConfig = new IdempotencyConfig({ expiresAfterSeconds: 24 * 3600 });
  const processJob = makeIdempotent(
    async (job: AdJob) => {
      const source = deps.sources.get(job.sourceId);
      if (!source) throw new UnknownSourceError(`no source "${job.sourceId}" in the config`);
      const r = await extractAd(job, source, deps);
      // Only the outcome is kept in the idempotency record: no identifiers.
      return { outcome: r.outcome };
    },
    { persistenceStore: deps.idempotency, config: idempotencyConfig },
  );
  const record = reportingFailures('ad', deps, (r: SQSRecord) => processJob(parseJob(adJobSchema, r.body)));
  return (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    idempotencyConfig.registerLambdaContext(context);
    return processPartialResponse(event, record, processor, { context });
  };
}

export const handler = lazy(async () => {
  const { awsCollectDeps } = await import('../../composition/aws.js');
  return create(await awsCollectDeps('extractAd'));
});
