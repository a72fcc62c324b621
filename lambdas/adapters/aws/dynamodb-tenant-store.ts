import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoredAd, TenantAdStore } from '../../collect/ports.js';
import type { AdFieldsStore } from '../../shared/crypto/migrate-aad.js';
import type { WrappedIndexKey, WrappedIndexKeyStore } from '../../shared/crypto/index-key.js';

const AD_SK = 'AD';

/** One tenant's table (docs/data-model.md), through a client holding that tenant's credentials. */
export class DynamoDbTenantStore implements TenantAdStore, AdFieldsStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  /**
   * Ad and index entries in one transaction, so a reader never sees an index entry without
   * its ad. Entries the previous version of the ad had and this one lacks are deleted. The
   * ad and each index entry record the key and normaliser versions their hashes were made with.
   */
  async putAd(ad: StoredAd): Promise<void> {
    const pk = `AD#${ad.adId}`;
    const prev = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk, sk: AD_SK }, ProjectionExpression: 'indexRefs, firstSeenAt, collectedAt', ConsistentRead: true }),
    );
    const keep = new Set(ad.index.map((i) => `IX#${i.kind}#${i.hash}`));
    const stale = ((prev.Item?.indexRefs as string[] | undefined) ?? []).filter((ref) => !keep.has(ref));
    const versions = { keyVersion: ad.indexVersion.keyVersion, normaliserVersion: ad.indexVersion.normaliserVersion };
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
                ...versions,
                gsi1pk: `SRC#${ad.sourceId}`,
                gsi1sk: `${ad.collectedAt}#${ad.adId}`,
              },
            },
          },
          // Each index entry also names all the ad's refs and kinds (HMACs and kind names, no values),
          // so an erasure found by one entry can delete the ad and its entries without reading the ad.
          ...[...keep].map((ref) => ({
            Put: { TableName: this.tableName, Item: { pk: ref, sk: pk, sourceId: ad.sourceId, expiresAt: ad.expiresAt, adRefs: [...keep], kinds: [...ad.kinds], ...versions } },
          })),
          ...stale.map((ref) => ({ Delete: { TableName: this.tableName, Key: { pk: ref, sk: pk } } })),
        ],
      }),
    );
  }

  /** Every ad item's id and envelope (for the AAD migration), one Scan page at a time. */
  async *adFields(): AsyncIterable<{ adId: string; fields: string }> {
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.doc.send(
        new ScanCommand({
          TableName: this.tableName,
          ProjectionExpression: 'pk, #f',
          FilterExpression: 'sk = :ad AND begins_with(pk, :p)',
          ExpressionAttributeNames: { '#f': 'fields' },
          ExpressionAttributeValues: { ':ad': AD_SK, ':p': 'AD#' },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of r.Items ?? []) {
        if (typeof item.fields === 'string') yield { adId: String(item.pk).slice(3), fields: item.fields };
      }
      start = r.LastEvaluatedKey;
    } while (start);
  }

  async replaceFields(adId: string, expected: string, next: string): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: `AD#${adId}`, sk: AD_SK },
          UpdateExpression: 'SET #f = :next',
          ConditionExpression: '#f = :expected',
          ExpressionAttributeNames: { '#f': 'fields' },
          ExpressionAttributeValues: { ':next': next, ':expected': expected },
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return false;
      throw e;
    }
  }
}

/** Key of the tenant's index-key item in its own table. */
export const TENANT_INDEX_KEY_ITEM = { pk: 'META', sk: 'INDEX_KEY' } as const;
/** Key of the platform's index-key item in the suppression table. */
export const PLATFORM_INDEX_KEY_ITEM = { pk: 'META#INDEX_KEY' } as const;

/**
 * A wrapped index key, one item: the tenant's in its own table (TENANT_INDEX_KEY_ITEM), the
 * platform's (for the suppression list) in the suppression table (PLATFORM_INDEX_KEY_ITEM).
 * Items are `{ ...key, wrapped, keyVersion, normaliserVersion, createdAt }`.
 */
export class DynamoDbIndexKeyStore implements WrappedIndexKeyStore {
  readonly where: string;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly key: Readonly<Record<string, string>> = TENANT_INDEX_KEY_ITEM,
  ) {
    this.where = `table ${tableName} (item ${Object.values(key).join('/')})`;
  }

  async get(): Promise<WrappedIndexKey | undefined> {
    const r = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: { ...this.key }, ConsistentRead: true }));
    const item = r.Item;
    if (!item) return undefined;
    const wrapped = item.wrapped as Uint8Array | undefined;
    if (!wrapped) return undefined;
    return {
      wrapped: new Uint8Array(wrapped),
      // An item written before versions were recorded reads as version 0: it fails the
      // normaliser-version check (closed) instead of being trusted.
      keyVersion: typeof item.keyVersion === 'number' ? item.keyVersion : 0,
      normaliserVersion: typeof item.normaliserVersion === 'number' ? item.normaliserVersion : 0,
      createdAt: typeof item.createdAt === 'string' ? item.createdAt : '',
    };
  }

  async putIfAbsent(k: WrappedIndexKey): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...this.key, wrapped: k.wrapped, keyVersion: k.keyVersion, normaliserVersion: k.normaliserVersion, createdAt: k.createdAt },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return false;
      throw e;
    }
  }

  /** Any item other than META items: ads, index entries, suppression entries. Stops at the first. */
  async hasIndexedData(): Promise<boolean> {
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.doc.send(
        new ScanCommand({
          TableName: this.tableName,
          Limit: 100,
          // Explicit: the provisioning roles may Scan only with Select SPECIFIC_ATTRIBUTES of `pk`.
          Select: 'SPECIFIC_ATTRIBUTES',
          ProjectionExpression: 'pk',
          FilterExpression: 'NOT begins_with(pk, :meta)',
          ExpressionAttributeValues: { ':meta': 'META' },
          ExclusiveStartKey: start,
        }),
      );
      if ((r.Items ?? []).length > 0) return true;
      start = r.LastEvaluatedKey;
    } while (start);
    return false;
  }
}
