import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { AdJob, ListingJob } from '../../collect/jobs.js';
import type { JobQueue } from '../../collect/ports.js';

export class QueueSendError extends Error {
  override readonly name = 'QueueSendError';
}

/** Sends jobs in batches of 10 (the SQS limit); a partial failure is retried, then thrown. */
export class SqsJobQueue implements JobQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly urls: { readonly listingJobs: string; readonly adJobs: string },
  ) {}

  sendListingJobs(jobs: readonly ListingJob[]): Promise<void> {
    return this.send(this.urls.listingJobs, jobs);
  }

  sendAdJobs(jobs: readonly AdJob[]): Promise<void> {
    return this.send(this.urls.adJobs, jobs);
  }

  private async send(queueUrl: string, jobs: readonly object[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += 10) {
      let entries = jobs.slice(i, i + 10).map((job, j) => ({ Id: String(j), MessageBody: JSON.stringify(job) }));
      for (let attempt = 0; entries.length > 0; attempt++) {
        const r = await this.sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }));
        const failed = new Set((r.Failed ?? []).map((f) => f.Id));
        entries = entries.filter((e) => failed.has(e.Id));
        if (entries.length > 0 && attempt >= 2) throw new QueueSendError(`${entries.length} message(s) could not be queued`);
      }
    }
  }
}
