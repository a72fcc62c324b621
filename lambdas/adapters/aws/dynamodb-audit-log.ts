/**
 * The audit trail in the platform `audit-log` table (docs/data-model.md):
 *   record: pk `T#<tenantId>`, sk `R#<at>#<seq, 12 digits>`  (time order = chain order)
 *   head:   pk `T#<tenantId>`, sk `HEAD`, attributes seq, hash, at
 * An append is one transaction: put the record (must not exist) + update the head (must still
 * be at the seq the appender read), so two appends can never both extend the same head.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditHead, AuditLog, AuditPage, AuditRecord } from '../../query/audit.js';

const HEAD_SK = 'HEAD';
const pk = (tenantId: string) => `T#${tenantId}`;
const sk = (r: Pick<AuditRecord, 'at' | 'seq'>) => `R#${r.at}#${String(r.seq).padStart(12, '0')}`;

const FIELDS = ['tenantId', 'seq', 'at', 'id', 'actor', 'action', 'queryKind', 'queryHmac', 'adId', 'results', 'requestId', 'prevHash', 'hash'] as const;

function toRecord(item: Record<string, unknown>): AuditRecord {
  const r: Record<string, unknown> = {};
  for (const f of FIELDS) if (item[f] !== undefined) r[f] = item[f];
  return r as unknown as AuditRecord;
}

export class DynamoDbAuditLog implements AuditLog {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async head(tenantId: string): Promise<AuditHead | undefined> {
    const r = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: { pk: pk(tenantId), sk: HEAD_SK }, ConsistentRead: true }));
    if (!r.Item) return undefined;
    return { seq: r.Item.seq as number, hash: r.Item.hash as string, at: r.Item.at as string };
  }

  async append(record: AuditRecord, expected: AuditHead | undefined): Promise<boolean> {
    const item: Record<string, unknown> = { pk: pk(record.tenantId), sk: sk(record) };
    for (const f of FIELDS) if (record[f] !== undefined) item[f] = record[f];
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
            {
              Update: {
                TableName: this.tableName,
                Key: { pk: pk(record.tenantId), sk: HEAD_SK },
                UpdateExpression: 'SET seq = :seq, #hash = :hash, #at = :at',
                ConditionExpression: expected ? 'seq = :expected' : 'attribute_not_exists(pk)',
                ExpressionAttributeNames: { '#hash': 'hash', '#at': 'at' },
                ExpressionAttributeValues: {
                  ':seq': record.seq,
                  ':hash': record.hash,
                  ':at': record.at,
                  ...(expected ? { ':expected': expected.seq } : {}),
                },
              },
            },
          ],
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof TransactionCanceledException && e.CancellationReasons?.some((c) => c.Code === 'ConditionalCheckFailed')) return false;
      // DynamoDB (and DynamoDB Local) cancel a transaction racing another on the same item.
      if (e instanceof TransactionCanceledException && e.CancellationReasons?.some((c) => c.Code === 'TransactionConflict')) return false;
      throw e;
    }
  }

  async list(tenantId: string, range: { from?: string; to?: string; limit: number; after?: string }): Promise<AuditPage> {
    const lower = range.after ?? (range.from ? `R#${range.from}` : 'R#');
    const upper = range.to ? `R#${range.to}` : 'R#\uffff';
    const r = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :lo AND :hi',
        ExpressionAttributeValues: { ':pk': pk(tenantId), ':lo': lower, ':hi': upper },
        Limit: range.limit + 1,
        ConsistentRead: true,
      }),
    );
    // BETWEEN is inclusive: drop the `after` item itself and anything at exactly `to`.
    const items = (r.Items ?? []).filter((i) => i.sk !== range.after && (!range.to || (i.sk as string) < upper));
    const page = items.slice(0, range.limit);
    const more = items.length > range.limit;
    return { records: page.map(toRecord), ...(more ? { next: page.at(-1)!.sk as string } : {}) };
  }

  async *all(tenantId: string): AsyncIterable<AuditRecord> {
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :r)',
          ExpressionAttributeValues: { ':pk': pk(tenantId), ':r': 'R#' },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const i of r.Items ?? []) yield toRecord(i);
      start = r.LastEvaluatedKey;
    } while (start);
  }
}
