import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbSuppressionList } from '../../../lambdas/adapters/aws/dynamodb-suppression.js';
import { DynamoDbIndexKeyStore } from '../../../lambdas/adapters/aws/dynamodb-tenant-store.js';
import { loadBlindIndex } from '../../../lambdas/shared/crypto/blind-index.js';
import { lambdaContext } from '../../../local/lambda/context.js';
import { PLATFORM_KEY_ALIAS } from '../../../local/runtime.js';
import { adItems, startHarness, type Harness } from './harness.js';

function sqsEvent(bodies: string[], receiveCount = '1'): SQSEvent {
  return {
    Records: bodies.map((body, i) => ({
      messageId: `m-${i}-${Math.random().toString(36).slice(2)}`,
      receiptHandle: `r-${i}`,
      body,
      attributes: { ApproximateReceiveCount: receiveCount, SentTimestamp: '0', SenderId: 'test', ApproximateFirstReceiveTimestamp: '0' },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-north-1:000000000000:ad-jobs',
      awsRegion: 'eu-north-1',
    })),
  };
}

describe('collection failures, redelivery and suppression (local runtime)', () => {
  let h: Harness;
  const adJob = (path: string, runId = 'run-1') => JSON.stringify({ type: 'ad', sourceId: 'demo-classifieds', url: `${h.demo.url}${path}`, runId });
  const ctx = () => lambdaContext('adwarden-dev-extract-ad', 90);

  beforeAll(async () => {
    h = await startHarness({ visibilityTimeoutSeconds: 1 });
  });
  afterAll(async () => h?.stop());

  it('fails only the poison records of a batch and stores the good one', async () => {
    const good = h.site.ads.find((a) => !a.disallowed && !a.jsRendered && a.expected.emails.length > 0)!;
    const res = await h.rt.handlers.extractAd(
      sqsEvent([adJob(good.path), '{not json', JSON.stringify({ type: 'ad', sourceId: 'nope', url: 'x' }), adJob('/status/500')]),
      ctx(),
    );
    expect(res && res.batchItemFailures.length).toBe(3);
    expect((await adItems(h.rt, 'nordic-insurance')).length).toBe(1);
  });

  it('stores nothing twice when a batch is delivered again', async () => {
    const ad = h.site.ads.find((a) => !a.disallowed && !a.jsRendered && a.expected.phones.length > 0 && !a.path.includes('private'))!;
    const writes: string[] = [];
    h.rt.doc.middlewareStack.add(
      (next) => async (args) => {
        if ((args.input as { TransactItems?: unknown }).TransactItems) writes.push('transact');
        return next(args);
      },
      { step: 'initialize', name: `countWrites-${Date.now()}` },
    );
    const body = adJob(ad.path, 'run-redelivery');
    const fetchesBefore = h.demo.stats().byPath[ad.path] ?? 0;
    const first = await h.rt.handlers.extractAd(sqsEvent([body]), ctx());
    const second = await h.rt.handlers.extractAd(sqsEvent([body], '2'), ctx());
    expect(first && first.batchItemFailures).toEqual([]);
    expect(second && second.batchItemFailures).toEqual([]);
    // One write per subscribed tenant that keeps any of the ad's kinds, and only once.
    expect(writes.length).toBe(2);
    expect((h.demo.stats().byPath[ad.path] ?? 0) - fetchesBefore).toBe(1);
  });

  it('never stores an ad whose identifier is on the suppression list', async () => {
    const ad = h.site.ads.find((a) => !a.disallowed && !a.jsRendered && a.expected.emails.length > 0 && a.expected.phones.length > 0 && a.path !== h.site.ads[0]!.path)!;
    const platformIndex = await loadBlindIndex(new DynamoDbIndexKeyStore(h.rt.doc, h.rt.platformTable('suppression'), { pk: 'META#INDEX_KEY' }), h.rt.keys, PLATFORM_KEY_ALIAS('dev'), 'platform');
    await new DynamoDbSuppressionList(h.rt.doc, h.rt.platformTable('suppression')).add(platformIndex.hash('email', ad.expected.emails[0]!), 'erasure', platformIndex.version);
    const before = (await adItems(h.rt, 'nordic-insurance')).length;
    const res = await h.rt.handlers.extractAd(sqsEvent([adJob(ad.path, 'run-suppressed')]), ctx());
    expect(res && res.batchItemFailures).toEqual([]);
    expect((await adItems(h.rt, 'nordic-insurance')).length).toBe(before);
    expect(h.summary.suppressed).toBe(1);
  });

  it('refuses a redirect to a private address (SSRF) and a disallowed path (robots.txt)', async () => {
    const failures: string[] = [];
    const observer = h.rt.collect.extractAd.observer;
    const jobFailed = observer.jobFailed.bind(observer);
    observer.jobFailed = (e) => (failures.push(e.errorName), jobFailed(e));
    const good = h.site.ads.filter((a) => !a.disallowed && !a.jsRendered)[7]!;
    const res = await h.rt.handlers.extractAd(
      sqsEvent([
        adJob('/redirect?to=' + encodeURIComponent('http://169.254.169.254/latest/meta-data/'), 'run-ssrf'),
        adJob('/redirect?to=' + encodeURIComponent('http://10.0.0.1/'), 'run-ssrf'),
        adJob(good.path, 'run-ssrf'),
      ]),
      ctx(),
    );
    observer.jobFailed = jobFailed;
    expect(res && res.batchItemFailures.length).toBe(2);
    expect(failures).toEqual(['SsrfBlockedError', 'SsrfBlockedError']);
    const before = h.demo.stats().byPath['/private/ad/1'] ?? 0;
    const blocked = await h.rt.handlers.extractAd(sqsEvent([adJob('/private/ad/1', 'run-robots')]), ctx());
    expect(blocked && blocked.batchItemFailures).toEqual([]);
    expect(h.demo.stats().byPath['/private/ad/1'] ?? 0).toBe(before);
  });

  it('moves a poison message to the dead-letter queue after maxReceiveCount, without stopping the others', async () => {
    const good = h.site.ads.filter((a) => !a.disallowed && !a.jsRendered)[5]!;
    const fetchedBefore = h.demo.stats().byPath[good.path] ?? 0;
    await h.rt.sqs.client.send(new SendMessageCommand({ QueueUrl: h.rt.sqs.urls.adJobs, MessageBody: '{"poison": true}' }));
    await h.rt.sqs.client.send(new SendMessageCommand({ QueueUrl: h.rt.sqs.urls.adJobs, MessageBody: adJob(good.path, 'run-dlq') }));
    h.rt.startPollers();
    await h.rt.drained({ timeoutMs: 60_000 });
    const dlq = await h.rt.sqs.client.send(new ReceiveMessageCommand({ QueueUrl: h.rt.sqs.dlqUrls.adJobs, MaxNumberOfMessages: 10 }));
    expect(dlq.Messages?.map((m) => m.Body)).toEqual(['{"poison": true}']);
    // The good message beside the poison one was processed (its page fetched) in this run.
    expect(h.demo.stats().byPath[good.path] ?? 0).toBeGreaterThan(fetchedBefore);
  });
});
