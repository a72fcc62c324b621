import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { RequestThrottledError } from '../../collect/fetch/errors.js';
import type { DomainRateLimiter } from '../../collect/fetch/rate-limiter.js';

export class RateLimiterContentionError extends Error {
  override readonly name = 'RateLimiterContentionError';
}

/**
 * The per-domain rate shared by every worker: one item per domain holding `nextAt` (epoch
 * ms). A worker reserves the slot max(now, nextAt) by a conditional write on the value it
 * read, then sleeps until its slot. See the port's contract in rate-limiter.ts.
 */
export class DynamoDbRateLimiter implements DomainRateLimiter {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly opts: {
      now?: () => number;
      sleep?: (ms: number) => Promise<void>;
      maxAttempts?: number;
      /**
       * Longest a caller waits for its slot. A longer wait (a long Crawl-delay, a site's
       * Retry-After) is not reserved: the job fails as throttled and its message returns to the
       * queue, instead of a Lambda sleeping into its timeout. @default 30 000
       */
      maxWaitMs?: number;
    } = {},
  ) {}

  async acquire(domain: string, minIntervalMs: number): Promise<void> {
    const now = this.opts.now ?? Date.now;
    const sleep = this.opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const key = { pk: `RATE#${domain}` };
    for (let attempt = 0; attempt < (this.opts.maxAttempts ?? 20); attempt++) {
      const current = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
      const prev = current.Item?.nextAt as number | undefined;
      const t = now();
      const slot = Math.max(t, prev ?? 0);
      if (slot - t > (this.opts.maxWaitMs ?? 30_000)) {
        throw new RequestThrottledError(`next request slot for ${domain} is ${Math.ceil((slot - t) / 1000)} s away`, slot - t);
      }
      try {
        await this.doc.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...key, nextAt: slot + minIntervalMs, expiresAt: Math.floor((slot + minIntervalMs) / 1000) + 86_400 },
            ConditionExpression: prev === undefined ? 'attribute_not_exists(pk)' : 'nextAt = :prev',
            ...(prev === undefined ? {} : { ExpressionAttributeValues: { ':prev': prev } }),
          }),
        );
        if (slot > t) await sleep(slot - t);
        return;
      } catch (e) {
        if (!(e instanceof ConditionalCheckFailedException)) throw e;
        // Another worker took the slot first: read again and queue behind it.
      }
    }
    throw new RateLimiterContentionError(`could not reserve a request slot for ${domain}`);
  }

  async backOff(domain: string, untilMs: number): Promise<void> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: `RATE#${domain}` },
          UpdateExpression: 'SET nextAt = :until, expiresAt = :exp',
          ConditionExpression: 'attribute_not_exists(nextAt) OR nextAt < :until',
          ExpressionAttributeValues: { ':until': untilMs, ':exp': Math.floor(untilMs / 1000) + 86_400 },
        }),
      );
    } catch (e) {
      // A later slot is already reserved: it holds the domain back at least as long.
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
    }
  }
}
