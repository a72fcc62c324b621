/**
 * The audit trail in the platform `audit-log` table (docs/data-model.md):
 *   record: pk `T#<tenantId>`, sk `R#<at>#<seq, 12 digits>`  (time order = chain order)
 *   head:   pk `T#<tenantId>`, sk `HEAD`, attributes seq, hash, at
 * An append is one transaction: put the record (must not exist) + update the head (must still
 * be at the seq the appender read), so two appends can never both extend the same head.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { AppendRunResult, AuditHead, AuditLog, AuditPage, AuditRecord } from '../../query/audit.js';

const HEAD_SK = 'HEAD';
const pk = (tenantId: string) => `T#${tenantId}`;
const sk = (r: Pick<AuditRecord, 'at' | 'seq'>) => `R#${r.at}#${String(r.seq).padStart(12, '0')}`;

const FIELDS = ['tenantId', 'seq', 'at', 'id', 'actor', 'action', 'queryKind', 'queryHmac', 'adId', 'results', 'requestId', 'prevHash', 'hash'] as const;

function toRecord(item: Record<string, unknown>): AuditRecord {
  const r: Record<string, unknown> = {};
  for (const f of FIELDS) if (item[f] !== undefined) r[f] = item[f];
  return r as unknown as AuditRecord;
}

/** The head from a cancellation reason's item (raw attribute values: errors are not unmarshalled); undefined if none was returned. */
function headOf(item: Record<string, AttributeValue> | undefined): AuditHead | undefined {
  if (!item?.seq?.N || !item.hash?.S || !item.at?.S) return undefined;
  return { seq: Number(item.seq.N), hash: item.hash.S, at: item.at.S };
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
    return (await this.appendRun([record], expected)).ok;
  }

  /**
   * One transaction: put every record (each must not exist) + move the head from `expected` to
   * the last record. On a lost race DynamoDB returns the head it found (ReturnValuesOnConditionCheckFailure),
   * so the appender can try again without reading it.
   */
  async appendRun(records: readonly AuditRecord[], expected: AuditHead | undefined): Promise<AppendRunResult> {
    const last = records.at(-1);
    if (!last) return { ok: true };
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            ...records.map((record) => {
              const item: Record<string, unknown> = { pk: pk(record.tenantId), sk: sk(record) };
              for (const f of FIELDS) if (record[f] !== undefined) item[f] = record[f];
              return { Put: { TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } };
            }),
            {
              Update: {
                TableName: this.tableName,
                Key: { pk: pk(last.tenantId), sk: HEAD_SK },
                UpdateExpression: 'SET seq = :seq, #hash = :hash, #at = :at',
                ConditionExpression: expected ? 'seq = :expected' : 'attribute_not_exists(pk)',
                ExpressionAttributeNames: { '#hash': 'hash', '#at': 'at' },
                ExpressionAttributeValues: {
                  ':seq': last.seq,
                  ':hash': last.hash,
                  ':at': last.at,
                  ...(expected ? { ':expected': expected.seq } : {}),
                },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
          ],
        }),
      );
      return { ok: true };
    } catch (e) {
      if (!(e instanceof TransactionCanceledException)) throw e;
      const reasons = e.CancellationReasons ?? [];
      const headReason = reasons[records.length];
      // The head that won, if the store returned it (else the appender reads it again).
      const current = headReason?.Code === 'ConditionalCheckFailed' ? headOf(headReason.Item) : undefined;
      if (current) return { ok: false, current: { head: current } };
      // A record that exists already, or (DynamoDB and DynamoDB Local) a transaction racing another on the same item.
      if (reasons.some((c) => c.Code === 'ConditionalCheckFailed' || c.Code === 'TransactionConflict')) return { ok: false };
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
