/**
 * schedule λ — EventBridge Scheduler invokes it once per source with `{ "sourceId": ... }`;
 * it queues the source's listing pages.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import type { Source } from '../../../lib/config.js';
import { UnknownSourceError } from '../../collect/errors.js';
import type { CrawlRunRecorder } from '../../collect/crawl-runs.js';
import type { Clock, JobQueue } from '../../collect/ports.js';
import { scheduleSource } from '../../collect/use-cases/schedule-source.js';
import { lazy } from './lambda-context.js';

export const scheduleEventSchema = z.object({ sourceId: z.string().min(1) }).strict();

export interface ScheduleHandlerDeps {
  readonly sources: ReadonlyMap<string, Source>;
  readonly queue: JobQueue;
  /** The crawl-run counters (the run's start and the source's last-run pointer). */
  readonly runs: CrawlRunRecorder;
  readonly clock: Clock;
  readonly logger: Logger;
}

export function create(deps: ScheduleHandlerDeps) {
  return async (event: unknown, context: Pick<Context, 'awsRequestId'>): Promise<{ sourceId: string; runId: string; jobs: number }> => {
    const parsed = scheduleEventSchema.safeParse(event);
    if (!parsed.success) throw new UnknownSourceError(`invalid schedule event: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const source = deps.sources.get(parsed.data.sourceId);
    if (!source) throw new UnknownSourceError(`no source "${parsed.data.sourceId}" in the config`);
    const runId = context.awsRequestId;
    const jobs = await scheduleSource(source, runId, deps);
    deps.logger.info('source scheduled', { sourceId: source.id, runId, listingJobs: jobs.length });
    return { sourceId: source.id, runId, jobs: jobs.length };
  };
}

// Its own composition root: the crawl path (browser, DynamoDB) is not in this bundle.
export const handler = lazy(async () => {
  const { awsScheduleDeps } = await import('../../composition/aws-schedule.js');
  return create(awsScheduleDeps());
});
