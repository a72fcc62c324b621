/**
 * DynamoDB adapters of the rights domain: the request store (platform table `dsar-requests`),
 * the erasure journal (platform table `erasure-journal`, outside the backed-up tenant tables)
 * and the locate/read/erase side of one tenant's table.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandOutput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { DUE_INDEX } from '../../../lib/topology.js';
import { dueEntryOf, type DueEntry, type OpenState } from '../../rights/deadline-watch.js';
import type { DueIndex, ErasureJournal, JournalEntry, LocatedAd, RequestStore, StoredAdView, TenantRightsStore } from '../../rights/ports.js';
import type { RequestRecord } from '../../rights/request.js';
import type { TokenPurpose } from '../../rights/tokens.js';
import type { IdentifierKind } from '../../shared/identifiers.js';

function conditionFailed(e: unknown): boolean {
  return e instanceof ConditionalCheckFailedException || (e as { name?: string } | null)?.name === 'ConditionalCheckFailedException';
}

/**
 * The item of a request: the record, plus the keys of the sparse `byDue` index while it is open
 * (state, deadline in force, time received; see DUE_INDEX). A closed or expired request has none,
 * so it leaves the index.
 */
function requestItem(r: RequestRecord): Record<string, unknown> {
  const due = dueEntryOf(r);
  return {
    pk: `REQ#${r.id}`,
    ...r,
    ...(due ? { [DUE_INDEX.state]: due.state, [DUE_INDEX.dueAt]: due.dueAt, [DUE_INDEX.receivedAt]: due.receivedAt } : {}),
  };
}

export class DynamoDbRequestStore implements RequestStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(r: RequestRecord): Promise<void> {
    await this.doc.send(
      new PutCommand({ TableName: this.tableName, Item: requestItem(r), ConditionExpression: 'attribute_not_exists(pk)' }),
    );
  }

  async get(id: string): Promise<RequestRecord | undefined> {
    const r = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: { pk: `REQ#${id}` }, ConsistentRead: true }));
    if (!r.Item) return undefined;
    const { pk: _pk, [DUE_INDEX.state]: _s, [DUE_INDEX.dueAt]: _d, [DUE_INDEX.receivedAt]: _r, ...rest } = r.Item;
    return rest as RequestRecord;
  }

  async replace(r: RequestRecord, expectedState: RequestRecord['state']): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: requestItem(r),
        ConditionExpression: '#s = :s',
        ExpressionAttributeNames: { '#s': 'state' },
        ExpressionAttributeValues: { ':s': expectedState },
      }),
    );
  }

  async putToken(t: { hash: string; purpose: TokenPurpose; requestId: string; expiresAt: number }): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: `TOK#${t.hash}`, purpose: t.purpose, requestId: t.requestId, validUntil: t.expiresAt, expiresAt: Math.ceil(t.expiresAt / 1000) + 86_400 },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async consumeToken(hash: string, purpose: TokenPurpose, nowMs: number): Promise<string | undefined> {
    try {
      const r = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: `TOK#${hash}` },
          UpdateExpression: 'SET usedAt = :now',
          ConditionExpression: 'attribute_exists(pk) AND purpose = :p AND validUntil > :now AND attribute_not_exists(usedAt)',
          ExpressionAttributeValues: { ':p': purpose, ':now': nowMs },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return r.Attributes?.requestId as string | undefined;
    } catch (e) {
      if (conditionFailed(e)) return undefined;
      throw e;
    }
  }

  async peekToken(hash: string, purpose: TokenPurpose, nowMs: number): Promise<string | undefined> {
    const r = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: { pk: `TOK#${hash}` }, ConsistentRead: true }));
    const t = r.Item;
    if (!t || t.purpose !== purpose || typeof t.validUntil !== 'number' || t.validUntil <= nowMs || t.usedAt !== undefined) return undefined;
    return t.requestId as string;
  }

  async putBlob(requestId: string, name: string, envelope: string, expiresAt: number): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.tableName, Item: { pk: `BLOB#${requestId}#${name}`, envelope, expiresAt } }));
  }

  async getBlob(requestId: string, name: string): Promise<string | undefined> {
    const r = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: { pk: `BLOB#${requestId}#${name}` }, ConsistentRead: true }));
    const item = r.Item;
    if (!item || (typeof item.expiresAt === 'number' && item.expiresAt * 1000 < Date.now())) return undefined;
    return item.envelope as string;
  }

  async deleteBlob(requestId: string, name: string): Promise<void> {
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: `BLOB#${requestId}#${name}` } }));
  }

  async hit(key: string, limit: number, windowSeconds: number, nowMs: number): Promise<boolean> {
    const window = Math.floor(nowMs / 1000 / windowSeconds);
    const r = await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: `${key}#${window}` },
        UpdateExpression: 'ADD n :one SET expiresAt = if_not_exists(expiresAt, :exp)',
        ExpressionAttributeValues: { ':one': 1, ':exp': (window + 2) * windowSeconds },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return (r.Attributes?.n as number) <= limit;
  }
}

/** The open requests by deadline, read from the `byDue` index only (never the requests themselves). */
export class DynamoDbDueIndex implements DueIndex {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async openRequests(state: OpenState): Promise<DueEntry[]> {
    const out: DueEntry[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r: QueryCommandOutput = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: DUE_INDEX.name,
          KeyConditionExpression: '#s = :s',
          // Exactly these attributes: the watcher's role may ask for nothing else (rights-stack.ts).
          Select: 'SPECIFIC_ATTRIBUTES',
          ProjectionExpression: '#s, #d, #r',
          ExpressionAttributeNames: { '#s': DUE_INDEX.state, '#d': DUE_INDEX.dueAt, '#r': DUE_INDEX.receivedAt },
          ExpressionAttributeValues: { ':s': state },
          ExclusiveStartKey: start,
        }),
      );
      for (const i of r.Items ?? []) {
        out.push({ state, dueAt: String(i[DUE_INDEX.dueAt]), receivedAt: String(i[DUE_INDEX.receivedAt]) });
      }
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }
}

/** Journal entries outlive every backup (7 days) and point-in-time window (7 days) with a margin. */
export const JOURNAL_RETENTION_DAYS = 35;

export class DynamoDbErasureJournal implements ErasureJournal {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(e: JournalEntry): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: `T#${e.tenantId}`,
          sk: `${e.at}#${e.requestId}`,
          requestId: e.requestId,
          at: e.at,
          refs: [...e.refs],
          adIds: [...e.adIds],
          expiresAt: Math.ceil(Date.parse(e.at) / 1000) + JOURNAL_RETENTION_DAYS * 86_400,
        },
      }),
    );
  }

  async since(tenantId: string, sinceIso: string): Promise<JournalEntry[]> {
    const out: JournalEntry[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r: QueryCommandOutput = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk >= :since',
          ExpressionAttributeValues: { ':pk': `T#${tenantId}`, ':since': sinceIso },
          ExclusiveStartKey: start,
          ConsistentRead: true,
        }),
      );
      for (const i of r.Items ?? []) {
        out.push({ tenantId, requestId: i.requestId as string, at: i.at as string, refs: i.refs as string[], adIds: i.adIds as string[] });
      }
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }
}

async function inParallel<T>(items: readonly T[], limit: number, fn: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Locate, read and erase in one tenant's table (docs/data-model.md), with that tenant's credentials. */
export class DynamoDbTenantRights implements TenantRightsStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    readonly tableName: string,
    private readonly concurrency = 8,
  ) {}

  async locate(refs: readonly string[]): Promise<string[]> {
    return (await this.locateAds(refs)).map((a) => a.adId);
  }

  async locateAds(refs: readonly string[]): Promise<LocatedAd[]> {
    const found = new Map<string, { refs?: Set<string>; kinds?: IdentifierKind[] }>();
    await Promise.all(
      [...new Set(refs)].map(async (ref) => {
        let start: Record<string, unknown> | undefined;
        do {
          const r: QueryCommandOutput = await this.doc.send(
            new QueryCommand({
              TableName: this.tableName,
              KeyConditionExpression: 'pk = :pk',
              ExpressionAttributeValues: { ':pk': ref },
              ProjectionExpression: 'sk, adRefs, kinds',
              ExclusiveStartKey: start,
              ConsistentRead: true,
            }),
          );
          for (const i of r.Items ?? []) {
            if (typeof i.sk !== 'string' || !i.sk.startsWith('AD#')) continue;
            const adId = i.sk.slice(3);
            const ad = found.get(adId) ?? {};
            found.set(adId, ad);
            // Entries written before index entries carried the ad's refs have none: that ad is read at erasure.
            if (Array.isArray(i.adRefs) && Array.isArray(i.kinds)) {
              ad.refs = new Set([...(ad.refs ?? []), ...(i.adRefs as string[]), ref]);
              ad.kinds ??= i.kinds as IdentifierKind[];
            }
          }
          start = r.LastEvaluatedKey;
        } while (start);
      }),
    );
    return [...found].map(([adId, a]) => (a.refs && a.kinds ? { adId, refs: [...a.refs], kinds: a.kinds } : { adId }));
  }

  private async getAds(adIds: readonly string[], attributes: readonly string[]): Promise<Record<string, unknown>[]> {
    // Every attribute through a name placeholder: some (e.g. `fields`) are reserved words.
    const names = Object.fromEntries(attributes.map((a, i) => [`#a${i}`, a]));
    const projection = Object.keys(names).join(', ');
    const found: Record<string, unknown>[] = [];
    await inParallel(chunks([...new Set(adIds)], 100), this.concurrency, async (chunk) => {
      let keys: Record<string, unknown>[] | undefined = chunk.map((id) => ({ pk: `AD#${id}`, sk: 'AD' }));
      for (let round = 0; keys && keys.length > 0; round++) {
        if (round >= 10) throw new Error('BatchGetItem left keys unprocessed after 10 rounds');
        const r: BatchGetCommandOutput = await this.doc.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: keys, ProjectionExpression: projection, ExpressionAttributeNames: names, ConsistentRead: true } },
          }),
        );
        found.push(...(r.Responses?.[this.tableName] ?? []));
        keys = r.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    });
    return found;
  }

  async read(adIds: readonly string[]): Promise<StoredAdView[]> {
    const items = await this.getAds(adIds, ['pk', 'sourceId', 'collectedAt', 'kinds', 'fields']);
    return items
      .map((i) => ({
        adId: (i.pk as string).slice(3),
        sourceId: i.sourceId as string,
        collectedAt: i.collectedAt as string,
        kinds: (i.kinds as IdentifierKind[] | undefined) ?? [],
        fields: i.fields as string,
      }))
      .sort((a, b) => b.collectedAt.localeCompare(a.collectedAt));
  }

  async erase(ads: readonly (string | LocatedAd)[]): Promise<{ adId: string; kinds: readonly IdentifierKind[] }[]> {
    const keys: { pk: string; sk: string }[] = [];
    const erased: { adId: string; kinds: readonly IdentifierKind[] }[] = [];
    const add = (adId: string, refs: readonly string[], kinds: readonly IdentifierKind[]) => {
      const pk = `AD#${adId}`;
      keys.push({ pk, sk: 'AD' }, ...refs.map((ref) => ({ pk: ref, sk: pk })));
      erased.push({ adId, kinds });
    };
    const toRead: string[] = [];
    const seen = new Set<string>();
    for (const a of ads) {
      const adId = typeof a === 'string' ? a : a.adId;
      if (seen.has(adId)) continue;
      seen.add(adId);
      // Located with its refs (the index entry and the ad are written in one transaction): no read needed.
      if (typeof a !== 'string' && a.refs && a.kinds) add(adId, a.refs, a.kinds);
      else toRead.push(adId);
    }
    if (toRead.length > 0) {
      for (const ad of await this.getAds(toRead, ['pk', 'kinds', 'indexRefs'])) {
        add((ad.pk as string).slice(3), (ad.indexRefs as string[] | undefined) ?? [], (ad.kinds as IdentifierKind[] | undefined) ?? []);
      }
    }
    await batchDelete(this.doc, this.tableName, keys, this.concurrency);
    return erased;
  }
}

/** Deletes keys with BatchWriteItem, 25 at a time, `concurrency` batches in flight, retrying unprocessed ones. */
export async function batchDelete(doc: DynamoDBDocumentClient, tableName: string, keys: readonly Record<string, unknown>[], concurrency = 8): Promise<void> {
  await inParallel(chunks(keys, 25), concurrency, async (chunk) => {
    let requests: NonNullable<BatchWriteCommandOutput['UnprocessedItems']>[string] | undefined = chunk.map((Key) => ({ DeleteRequest: { Key } }));
    for (let round = 0; requests && requests.length > 0; round++) {
      if (round >= 10) throw new Error('BatchWriteItem left deletes unprocessed after 10 rounds');
      if (round > 0) await new Promise((r) => setTimeout(r, 20 * 2 ** round));
      const r: BatchWriteCommandOutput = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = r.UnprocessedItems?.[tableName];
    }
  });
}
