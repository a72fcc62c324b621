import { BatchGetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SuppressionList } from '../../collect/ports.js';
import type { IndexVersion } from '../../shared/crypto/index-key.js';

/**
 * The platform suppression list: blind-index hashes only, never the identifiers. Each entry
 * records the key and normaliser versions its hash was made with, so a rotation or a
 * normaliser change can find the entries to carry over (docs/operations/key-rotation.md).
 */
export class DynamoDbSuppressionList implements SuppressionList {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => number = Date.now,
  ) {}

  async suppressed(hashes: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    const unique = [...new Set(hashes)];
    for (let i = 0; i < unique.length; i += 100) {
      let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((pk) => ({ pk }));
      for (let round = 0; keys && keys.length > 0 && round < 10; round++) {
        const r: BatchGetCommandOutput = await this.doc.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keys, ProjectionExpression: 'pk' } } }));
        for (const item of r.Responses?.[this.tableName] ?? []) found.add(item.pk as string);
        keys = r.UnprocessedKeys?.[this.tableName]?.Keys;
      }
      if (keys && keys.length > 0) throw new Error('suppression list look-up left keys unprocessed');
    }
    return found;
  }

  async add(hash: string, reason: 'erasure' | 'objection', version: IndexVersion): Promise<void> {
    if (hash.startsWith('META')) throw new TypeError('DynamoDbSuppressionList.add: not a blind-index hash');
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: hash, reason, keyVersion: version.keyVersion, normaliserVersion: version.normaliserVersion, createdAt: new Date(this.now()).toISOString() },
      }),
    );
  }
}
