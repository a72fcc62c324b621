/** Reads one tenant's table (docs/data-model.md) through a client holding that tenant's read credentials. */
import { BatchGetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { IdentifierKind } from '../../shared/identifiers.js';
import type { AdItem, IndexHit, TenantReader } from '../../query/ports.js';

const AD_SK = 'AD';
const AD_PROJECTION = 'pk, sourceId, collectedAt, firstSeenAt, kinds, #fields';

function toAd(item: Record<string, unknown>): AdItem {
  return {
    adId: (item.pk as string).slice(3),
    sourceId: item.sourceId as string,
    collectedAt: item.collectedAt as string,
    ...(item.firstSeenAt ? { firstSeenAt: item.firstSeenAt as string } : {}),
    kinds: (item.kinds as IdentifierKind[] | undefined) ?? [],
    fields: item.fields as string,
  };
}

export class DynamoDbTenantReader implements TenantReader {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  async indexHits(kind: IdentifierKind, hash: string): Promise<IndexHit[]> {
    const hits: IndexHit[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `IX#${kind}#${hash}` },
          ProjectionExpression: 'sk, expiresAt',
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const i of r.Items ?? []) hits.push({ adId: (i.sk as string).slice(3), expiresAt: Number(i.expiresAt ?? 0) });
      start = r.LastEvaluatedKey;
    } while (start);
    return hits;
  }

  async getAds(adIds: readonly string[]): Promise<AdItem[]> {
    const out: AdItem[] = [];
    for (let i = 0; i < adIds.length; i += 100) {
      let keys: Record<string, unknown>[] | undefined = adIds.slice(i, i + 100).map((id) => ({ pk: `AD#${id}`, sk: AD_SK }));
      for (let attempt = 0; keys && keys.length > 0; attempt++) {
        const r: BatchGetCommandOutput = await this.doc.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: keys, ProjectionExpression: AD_PROJECTION, ExpressionAttributeNames: { '#fields': 'fields' } } },
          }),
        );
        for (const item of r.Responses?.[this.tableName] ?? []) out.push(toAd(item));
        keys = r.UnprocessedKeys?.[this.tableName]?.Keys;
        if (keys?.length) await new Promise((res) => setTimeout(res, Math.min(1000, 20 * 2 ** attempt)));
      }
    }
    return out;
  }

  async getAd(adId: string): Promise<AdItem | undefined> {
    const r = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: `AD#${adId}`, sk: AD_SK },
        ProjectionExpression: AD_PROJECTION,
        ExpressionAttributeNames: { '#fields': 'fields' },
      }),
    );
    return r.Item ? toAd(r.Item) : undefined;
  }

  async newestFromSource(sourceId: string): Promise<{ collectedAt: string } | undefined> {
    const r = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'bySource',
        KeyConditionExpression: 'gsi1pk = :s',
        ExpressionAttributeValues: { ':s': `SRC#${sourceId}` },
        ScanIndexForward: false,
        Limit: 1,
        ProjectionExpression: 'collectedAt',
      }),
    );
    const item = r.Items?.[0];
    return item ? { collectedAt: item.collectedAt as string } : undefined;
  }
}
