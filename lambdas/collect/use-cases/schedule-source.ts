import type { Source } from '../../../lib/config.js';
import type { CrawlRunRecorder } from '../crawl-runs.js';
import type { ListingJob } from '../jobs.js';
import type { Clock, JobQueue } from '../ports.js';

export interface ScheduleSourceDeps {
  readonly queue: JobQueue;
  /** Where the run's start is recorded (and the source's last-run pointer moved) before any job is queued. */
  readonly runs: CrawlRunRecorder;
  readonly clock: Clock;
}

/** A scheduled run of one source: record the run's start -> one listing job per start URL. */
export async function scheduleSource(source: Source, runId: string, deps: ScheduleSourceDeps): Promise<ListingJob[]> {
  await deps.runs.runStarted({ sourceId: source.id, runId }, deps.clock.now());
  const jobs = source.startUrls.map((url): ListingJob => ({ type: 'listing', sourceId: source.id, url, page: 1, runId }));
  await deps.queue.sendListingJobs(jobs);
  return jobs;
}
