import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { RequestThrottledError } from '../../collect/fetch/errors.js';
import type { DomainRateLimiter } from '../../collect/fetch/rate-limiter.js';

export class RateLimiterContentionError extends Error {
  override readonly name = 'RateLimiterContentionError';
}

/**
 * The per-domain rate shared by every worker: one item per domain holding `nextAt` (epoch
 * ms). A worker reserves the slot max(now, nextAt) with one atomic update, then sleeps
 * until its slot. See the port's contract in rate-limiter.ts.
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
    const maxWaitMs = this.opts.maxWaitMs ?? 30_000;
    const Key = { pk: `RATE#${domain}` };
    // Two atomic writes instead of read-then-compare-and-swap: under many racing workers a
    // compare-and-swap keeps losing (RateLimiterContentionError, and an SQS receive wasted per
    // loss, until the job is dead-lettered). Here a write fails only when the domain changes
    // between idle and busy at that very moment, and the loop takes the other branch.
    for (let attempt = 0; attempt < (this.opts.maxAttempts ?? 20); attempt++) {
      const t = now();
      const expiresAt = Math.floor((t + maxWaitMs + minIntervalMs) / 1000) + 86_400;
      // Idle domain: the slot is now.
      try {
        await this.doc.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key,
            UpdateExpression: 'SET nextAt = :next, expiresAt = :exp',
            ConditionExpression: 'attribute_not_exists(nextAt) OR nextAt <= :now',
            ExpressionAttributeValues: { ':now': t, ':next': t + minIntervalMs, ':exp': expiresAt },
          }),
        );
        return;
      } catch (e) {
        if (!(e instanceof ConditionalCheckFailedException)) throw e;
      }
      // Busy domain: queue behind the last reservation, if it is near enough to wait for.
      try {
        const r = await this.doc.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key,
            UpdateExpression: 'SET nextAt = nextAt + :interval, expiresAt = :exp',
            ConditionExpression: 'nextAt > :now AND nextAt <= :limit',
            ExpressionAttributeValues: { ':now': t, ':limit': t + maxWaitMs, ':interval': minIntervalMs, ':exp': expiresAt },
            ReturnValues: 'UPDATED_NEW',
          }),
        );
        const slot = Number(r.Attributes?.nextAt) - minIntervalMs;
        const wait = slot - now();
        if (wait > 0) await sleep(wait);
        return;
      } catch (e) {
        if (!(e instanceof ConditionalCheckFailedException)) throw e;
      }
      // Either the domain went idle meanwhile (try again) or its next slot is further away
      // than a caller may wait (a long Crawl-delay, a site's Retry-After): not reserved, the
      // job fails as throttled and its message returns to the queue.
      const current = await this.doc.send(new GetCommand({ TableName: this.tableName, Key, ConsistentRead: true }));
      const next = current.Item?.nextAt as number | undefined;
      const away = next === undefined ? 0 : next - now();
      if (away > maxWaitMs) throw new RequestThrottledError(`next request slot for ${domain} is ${Math.ceil(away / 1000)} s away`, away);
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
