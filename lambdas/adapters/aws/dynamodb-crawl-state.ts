import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { CrawlStateStore } from '../../collect/ports.js';

/** Seen ad URLs, keyed by a hash of the URL (the table holds no URLs). */
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

  async forget(sourceId: string, url: string): Promise<void> {
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: this.key(sourceId, url) }));
  }
}
