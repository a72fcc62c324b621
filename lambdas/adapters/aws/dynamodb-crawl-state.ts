import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CrawlStateStore } from '../../collect/ports.js';

/**
 * Seen ad URLs, keyed by a hash of the URL (the table holds no URLs). An ad URL's item has
 * `state`: 'queued' (with the `runId` that queued it) until extract-ad marks it 'done'. Items
 * written before states existed have none and count as done.
 */
export class DynamoDbCrawlState implements CrawlStateStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => number = Date.now,
  ) {}

  private key(sourceId: string, url: string): { pk: string } {
    return { pk: `SEEN#${sourceId}#${createHash('sha256').update(url).digest('base64url')}` };
  }

  async markSeen(sourceId: string, url: string, ttlSeconds: number): Promise<boolean> {
    const nowS = Math.floor(this.now() / 1000);
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...this.key(sourceId, url), expiresAt: nowS + ttlSeconds },
          // An expired item may linger until TTL deletes it: treat it as unseen.
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
          ExpressionAttributeValues: { ':now': nowS },
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return false;
      throw e;
    }
  }

  async claimAd(sourceId: string, url: string, runId: string, ttlSeconds: number): Promise<boolean> {
    const nowS = Math.floor(this.now() / 1000);
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: this.key(sourceId, url),
          UpdateExpression: 'SET #s = :queued, runId = :run, expiresAt = :exp',
          // Unseen, expired, or queued by another run that never finished it.
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now OR (#s = :queued AND runId <> :run)',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: { ':queued': 'queued', ':run': runId, ':exp': nowS + ttlSeconds, ':now': nowS },
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return false;
      throw e;
    }
  }

  async markDone(sourceId: string, url: string, ttlSeconds: number): Promise<void> {
    const nowS = Math.floor(this.now() / 1000);
    await this.doc.send(new PutCommand({ TableName: this.tableName, Item: { ...this.key(sourceId, url), state: 'done', expiresAt: nowS + ttlSeconds } }));
  }

  async forget(sourceId: string, url: string): Promise<void> {
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: this.key(sourceId, url) }));
  }
}
