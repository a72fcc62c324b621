/**
 * The messages between the collection functions. They carry source ids and page URLs only:
 * never a personal value (decision 2), which is why an ad job has no findings in it.
 */
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/ });

export const listingJobSchema = z
  .object({
    type: z.literal('listing'),
    sourceId: z.string().min(1),
    url: httpUrl,
    /** 1-based position in the pagination chain, to stop at maxListingPages. */
    page: z.number().int().min(1),
    /** The run this job belongs to (the schedule's invocation), for progress and logs. */
    runId: z.string().min(1),
  })
  .strict();

export const adJobSchema = z
  .object({
    type: z.literal('ad'),
    sourceId: z.string().min(1),
    url: httpUrl,
    runId: z.string().min(1),
  })
  .strict();

export type ListingJob = z.infer<typeof listingJobSchema>;
export type AdJob = z.infer<typeof adJobSchema>;

export class InvalidJobError extends Error {
  override readonly name = 'InvalidJobError';
}

/** Parses a queue message body; a poison message fails with a clear, value-free message. */
export function parseJob<T>(schema: z.ZodType<T>, body: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    throw new InvalidJobError('message body is not JSON');
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new InvalidJobError(`invalid job: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
  }
  return r.data;
}
