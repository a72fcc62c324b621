/**
 * Issue 9 point 7, end to end with the local key service: if the platform's index-key item is
 * lost, collection fails closed instead of silently making a new key (which would no longer
 * match the suppression list, so an erased person would be collected again).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbSuppressionList } from '../../lambdas/adapters/aws/dynamodb-suppression.js';
import { DynamoDbIndexKeyStore, PLATFORM_INDEX_KEY_ITEM } from '../../lambdas/adapters/aws/dynamodb-tenant-store.js';
import { loadBlindIndex } from '../../lambdas/shared/crypto/blind-index.js';
import { IndexKeyProvisioningError } from '../../lambdas/shared/crypto/errors.js';
import { lambdaContext } from '../../local/lambda/context.js';
import { PLATFORM_KEY_ALIAS, startLocalRuntime, type LocalRuntime } from '../../local/runtime.js';
import { adItems, startHarness, type Harness } from '../integration/collect/harness.js';

function sqsEvent(bodies: string[], idPrefix: string): SQSEvent {
  return {
    Records: bodies.map((body, i) => ({
      messageId: `${idPrefix}-${i}`,
      receiptHandle: `rh-${idPrefix}-${i}`,
      body,
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 'local', ApproximateFirstReceiveTimestamp: '0' },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-north-1:000000000000:adwarden-dev-ad-jobs',
      awsRegion: 'eu-north-1',
    })),
  };
}
const ctx = (): Context => lambdaContext('adwarden-dev-extract-ad', 60);

describe('a lost platform index key fails closed (local key service, DynamoDB Local)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'adw-failclosed-'));
  let h: Harness;
  let restarted: LocalRuntime | undefined;
  const lines: string[] = [];
  const warnings: string[] = [];
  let firstStopped = false;

  beforeAll(async () => {
    h = await startHarness({ dataDir, persist: true, report: (l) => lines.push(l) });
  });
  afterAll(async () => {
    await restarted?.stop();
    if (!firstStopped) await h?.rt.stop();
    await h?.demo.close();
  });

  it('after the key item is deleted: no new key, the suppressed person is not stored, the error is clear', async () => {
    expect(lines).toContain('created index key for the platform (suppression list)');
    const ads = h.site.ads.filter((a) => !a.disallowed && !a.jsRendered && a.expected.phones.length > 0);
    const [stored, suppressed] = [ads[0]!, ads[1]!];
    const job = (path: string, runId: string) => JSON.stringify({ type: 'ad', sourceId: 'demo-classifieds', url: `${h.demo.url}${path}`, runId });

    // 1. An ad is stored; 2. a phone is put on the suppression list (as an erasure would).
    const first = await h.rt.handlers.extractAd(sqsEvent([job(stored.path, 'r1')], 'a'), ctx());
    expect(first && first.batchItemFailures).toEqual([]);
    const suppressionTable = h.rt.platformTable('suppression');
    const platform = await loadBlindIndex(new DynamoDbIndexKeyStore(h.rt.doc, suppressionTable, PLATFORM_INDEX_KEY_ITEM), h.rt.keys, PLATFORM_KEY_ALIAS('dev'), 'platform');
    await new DynamoDbSuppressionList(h.rt.doc, suppressionTable).add(platform.hash('phone', suppressed.expected.phones[0]!), 'erasure', platform.version);
    const before = await adItems(h.rt, 'nordic-insurance');
    expect(before).toHaveLength(1);
    const beforeOther = await adItems(h.rt, 'customs-brand');

    // 3. The key item is lost (deleted by mistake, a restore that skipped it...).
    await h.rt.doc.send(new DeleteCommand({ TableName: suppressionTable, Key: PLATFORM_INDEX_KEY_ITEM }));
    await h.rt.stop();
    firstStopped = true;

    // 4a. `npm start` (provisioning on) refuses to start rather than create a new key.
    await expect(startLocalRuntime({ config: h.config, dataDir, persist: true, logLevel: 'SILENT' })).rejects.toBeInstanceOf(IndexKeyProvisioningError);

    // 4b. A cold function (no provisioning, as in Lambda) fails the message closed.
    restarted = await startLocalRuntime({
      config: h.config,
      dataDir,
      persist: true,
      provision: false,
      logLevel: 'WARN',
    });
    type Warn = typeof restarted.collect.extractAd.logger.warn;
    restarted.collect.extractAd.logger.warn = ((msg: string, extra: Record<string, unknown>) => {
      warnings.push(JSON.stringify({ msg, ...extra }));
    }) as Warn;
    restarted.keys.reset();
    // Every record fails, so the whole batch fails (Powertools FullBatchFailureError): SQS
    // redelivers, then dead-letters; a redrive after restoring the key item processes them.
    await expect(restarted.handlers.extractAd(sqsEvent([job(suppressed.path, 'r2'), job(h.site.ads[5]!.path, 'r2')], 'b'), ctx())).rejects.toThrow(
      /All records failed/,
    );
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).toMatch(/"errorName":"IndexKeyMissingError","error":"index key of the platform \(suppression list\) is missing from table adwarden-dev-suppression/);
    expect(warnings.join('\n')).toContain('"failure":"poison"');
    // No new key was created, nothing new was stored, no key-service call made a key.
    expect((await restarted.doc.send(new GetCommand({ TableName: suppressionTable, Key: PLATFORM_INDEX_KEY_ITEM }))).Item).toBeUndefined();
    expect(restarted.keys.generateDataKeyCalls).toBe(0);
    expect(await adItems(restarted, 'nordic-insurance')).toEqual(before);
    expect(await adItems(restarted, 'customs-brand')).toEqual(beforeOther);
  });
});
