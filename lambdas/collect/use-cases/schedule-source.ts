import type { Source } from '../../../lib/config.js';
import type { ListingJob } from '../jobs.js';
import type { JobQueue } from '../ports.js';

/** A scheduled run of one source: one listing job per start URL. */
export async function scheduleSource(source: Source, runId: string, queue: JobQueue): Promise<ListingJob[]> {
  const jobs = source.startUrls.map((url): ListingJob => ({ type: 'listing', sourceId: source.id, url, page: 1, runId }));
  await queue.sendListingJobs(jobs);
  return jobs;
}
