/**
 * Crawl-run counters in the platform `crawl-runs` table (docs/data-model.md):
 *   counters:   pk `RUN#<sourceId>#<runId>`, sk `COUNTS`
 *   markers:    pk `RUN#<sourceId>#<runId>`, sk `AD#<urlKey>` / `PAGE#<urlKey>` (an outcome recorded once)
 *   last run:   pk `SOURCE#<sourceId>`, sk `LASTRUN` -> runId, startedAt
 *
 * Collection writes with UpdateItem only (its IAM allows nothing else): counters move with ADD,
 * which DynamoDB applies atomically, so concurrent workers never lose a count; a marker is an
 * UpdateItem conditioned on the item not existing, so of two deliveries of one ad exactly one
 * moves the counters. The API reads with GetItem only.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AdRunOutcome, CrawlRunCounters, CrawlRunReader, CrawlRunRecorder, RunRef } from '../../collect/crawl-runs.js';

const DAY = 86_400;
/** Runs are kept 90 days; the markers only as long as a message can be redelivered (SQS keeps it at most 14 days). */
const RUN_TTL_S = 90 * DAY;
const MARKER_TTL_S = 14 * DAY;

const COUNTERS = ['listingPages', 'listingPagesFailed', 'adsFound', 'adsQueued', 'adsProcessed', 'stored', 'noIdentifiers', 'suppressed', 'noSubscriber', 'blocked', 'failed'] as const;
type Counter = (typeof COUNTERS)[number];
const STORED_FOR = 'storedFor:';

const OUTCOME_COUNTER: Record<AdRunOutcome, Counter> = {
  stored: 'stored',
  'no-identifiers': 'noIdentifiers',
  suppressed: 'suppressed',
  'no-subscriber': 'noSubscriber',
  blocked: 'blocked',
  failed: 'failed',
};

const runPk = (run: RunRef) => `RUN#${run.sourceId}#${run.runId}`;
const COUNTS_SK = 'COUNTS';
const sourcePk = (sourceId: string) => `SOURCE#${sourceId}`;
const LASTRUN_SK = 'LASTRUN';

const iso = (ms: number) => new Date(ms).toISOString();

export class DynamoDbCrawlRuns implements CrawlRunRecorder, CrawlRunReader {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Moves the run's counters (ADD) and its times; creates the counters item if needed. */
  private async bump(run: RunRef, at: number, add: Readonly<Record<string, number>>): Promise<void> {
    const names: Record<string, string> = { '#at': 'lastActivityAt' };
    const values: Record<string, unknown> = { ':at': iso(at), ':src': run.sourceId, ':run': run.runId, ':exp': Math.floor(at / 1000) + RUN_TTL_S };
    const adds: string[] = [];
    Object.entries(add).forEach(([attr, n], i) => {
      names[`#c${i}`] = attr;
      values[`:c${i}`] = n;
      adds.push(`#c${i} :c${i}`);
    });
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: runPk(run), sk: COUNTS_SK },
        UpdateExpression:
          'SET startedAt = if_not_exists(startedAt, :at), #at = :at, sourceId = :src, runId = :run, expiresAt = :exp' + (adds.length ? ` ADD ${adds.join(', ')}` : ''),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }

  /** Writes a marker only if absent; false if it existed (the thing was already counted). */
  private async markOnce(run: RunRef, sk: string, outcome: string, at: number): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: runPk(run), sk },
          UpdateExpression: 'SET outcome = :o, #at = :at, expiresAt = :exp',
          ConditionExpression: 'attribute_not_exists(pk)',
          ExpressionAttributeNames: { '#at': 'at' },
          ExpressionAttributeValues: { ':o': outcome, ':at': iso(at), ':exp': Math.floor(at / 1000) + MARKER_TTL_S },
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return false;
      throw e;
    }
  }

  async runStarted(run: RunRef, at: number): Promise<void> {
    await this.bump(run, at, {});
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: sourcePk(run.sourceId), sk: LASTRUN_SK },
          UpdateExpression: 'SET runId = :run, startedAt = :at',
          // A late retry of an older run's schedule never moves the pointer back.
          ConditionExpression: 'attribute_not_exists(startedAt) OR startedAt <= :at OR runId = :run',
          ExpressionAttributeValues: { ':run': run.runId, ':at': iso(at) },
        }),
      );
    } catch (e) {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
    }
  }

  async listingCrawled(run: RunRef, pageKey: string, adsFound: number, at: number): Promise<boolean> {
    if (!(await this.markOnce(run, `PAGE#${pageKey}`, 'crawled', at))) return false;
    await this.bump(run, at, { listingPages: 1, adsFound });
    return true;
  }

  async listingFailed(run: RunRef, pageKey: string, at: number): Promise<boolean> {
    if (!(await this.markOnce(run, `PAGE#${pageKey}`, 'failed', at))) return false;
    await this.bump(run, at, { listingPagesFailed: 1 });
    return true;
  }

  async adsQueued(run: RunRef, n: number, at: number): Promise<void> {
    if (n > 0) await this.bump(run, at, { adsQueued: n });
  }

  async adOutcome(run: RunRef, adKey: string, outcome: AdRunOutcome, storedFor: readonly string[], at: number): Promise<boolean> {
    if (!(await this.markOnce(run, `AD#${adKey}`, outcome, at))) return false;
    const add: Record<string, number> = { adsProcessed: 1, [OUTCOME_COUNTER[outcome]]: 1 };
    if (outcome === 'stored') for (const t of new Set(storedFor)) add[`${STORED_FOR}${t}`] = 1;
    await this.bump(run, at, add);
    return true;
  }

  async lastRun(sourceId: string): Promise<CrawlRunCounters | undefined> {
    const pointer = (await this.doc.send(new GetCommand({ TableName: this.tableName, Key: { pk: sourcePk(sourceId), sk: LASTRUN_SK } }))).Item;
    if (!pointer || typeof pointer.runId !== 'string') return undefined;
    const item = (await this.doc.send(new GetCommand({ TableName: this.tableName, Key: { pk: runPk({ sourceId, runId: pointer.runId }), sk: COUNTS_SK } }))).Item;
    if (!item) return undefined;
    const num = (k: string): number => (typeof item[k] === 'number' ? (item[k] as number) : 0);
    const storedFor: Record<string, number> = {};
    for (const k of Object.keys(item)) if (k.startsWith(STORED_FOR)) storedFor[k.slice(STORED_FOR.length)] = num(k);
    const counts = Object.fromEntries(COUNTERS.map((c) => [c, num(c)])) as Record<Counter, number>;
    return {
      sourceId,
      runId: pointer.runId,
      startedAt: String(item.startedAt),
      lastActivityAt: String(item.lastActivityAt),
      ...counts,
      storedFor,
    };
  }
}
