import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { StoredAd, TenantAdStore } from '../../collect/ports.js';
import type { WrappedIndexKeyStore } from '../../shared/crypto/blind-index.js';

const AD_SK = 'AD';

/** One tenant's table (docs/data-model.md), through a client holding that tenant's credentials. */
export class DynamoDbTenantStore implements TenantAdStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  /**
   * Ad and index entries in one transaction, so a reader never sees an index entry without
   * its ad. Entries the previous version of the ad had and this one lacks are deleted.
   */
  async putAd(ad: StoredAd): Promise<void> {
    const pk = `AD#${ad.adId}`;
    const prev = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk, sk: AD_SK }, ProjectionExpression: 'indexRefs, firstSeenAt, collectedAt', ConsistentRead: true }),
    );
    const keep = new Set(ad.index.map((i) => `IX#${i.kind}#${i.hash}`));
    const stale = ((prev.Item?.indexRefs as string[] | undefined) ?? []).filter((ref) => !keep.has(ref));
    await this.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: {
                pk,
                sk: AD_SK,
                sourceId: ad.sourceId,
                collectedAt: ad.collectedAt,
                // Kept across re-collection, so the API can say when an ad was first seen.
                firstSeenAt: (prev.Item?.firstSeenAt as string | undefined) ?? (prev.Item?.collectedAt as string | undefined) ?? ad.collectedAt,
                expiresAt: ad.expiresAt,
                kinds: [...ad.kinds],
                fields: ad.fields,
                indexRefs: [...keep],
                gsi1pk: `SRC#${ad.sourceId}`,
                gsi1sk: `${ad.collectedAt}#${ad.adId}`,
              },
            },
          },
          ...[...keep].map((ref) => ({ Put: { TableName: this.tableName, Item: { pk: ref, sk: pk, sourceId: ad.sourceId, expiresAt: ad.expiresAt } } })),
          ...stale.map((ref) => ({ Delete: { TableName: this.tableName, Key: { pk: ref, sk: pk } } })),
        ],
      }),
    );
  }
}

/**
 * A wrapped blind-index key, one item: the tenant's in its own table (the default key), the
 * platform's (for the suppression list) in the suppression table.
 */
export class DynamoDbIndexKeyStore implements WrappedIndexKeyStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly key: Record<string, string> = { pk: 'META', sk: 'INDEX_KEY' },
  ) {}

  async get(): Promise<Uint8Array | undefined> {
    const r = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: this.key, ConsistentRead: true }));
    const w = r.Item?.wrapped as Uint8Array | undefined;
    return w ? new Uint8Array(w) : undefined;
  }

  async putIfAbsent(wrapped: Uint8Array): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...this.key, wrapped },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return false;
      throw e;
    }
  }
}
