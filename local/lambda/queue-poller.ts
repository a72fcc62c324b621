/**
 * The local stand-in for a Lambda SQS event source mapping: receives batches, invokes the
 * handler in process with an AWS-shaped SQS event, deletes what succeeded and leaves the
 * reported batchItemFailures to reappear after the visibility timeout (and, past
 * maxReceiveCount, to move to the dead-letter queue, as SQS's redrive policy does).
 */
import { DeleteMessageBatchCommand, type Message, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { lambdaContext } from './context.js';

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void>;

export interface QueuePollerOptions {
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly region: string;
  readonly functionName: string;
  readonly timeoutSeconds: number;
  readonly batchSize: number;
  readonly maxConcurrency: number;
  readonly handler: SqsHandler;
  /** Called when an invocation throws as a whole (the whole batch returns to the queue). */
  readonly onInvokeError?: (e: unknown) => void;
}

export class QueuePoller {
  private running = false;
  private inFlight = 0;
  private loops: Promise<void>[] = [];

  constructor(private readonly o: QueuePollerOptions) {}

  get busy(): boolean {
    return this.inFlight > 0;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loops = Array.from({ length: this.o.maxConcurrency }, () => this.loop());
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const r = await this.o.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: this.o.queueUrl,
          MaxNumberOfMessages: this.o.batchSize,
          WaitTimeSeconds: 0,
          MessageSystemAttributeNames: ['All'],
          AttributeNames: ['All'],
        }),
      );
      const messages = r.Messages ?? [];
      if (messages.length === 0) {
        await new Promise((res) => setTimeout(res, 50));
        continue;
      }
      this.inFlight++;
      try {
        await this.invoke(messages);
      } finally {
        this.inFlight--;
      }
    }
  }

  private async invoke(messages: Message[]): Promise<void> {
    const records: SQSRecord[] = messages.map((m) => ({
      messageId: m.MessageId!,
      receiptHandle: m.ReceiptHandle!,
      body: m.Body ?? '',
      attributes: {
        ApproximateReceiveCount: m.Attributes?.ApproximateReceiveCount ?? '1',
        SentTimestamp: m.Attributes?.SentTimestamp ?? String(Date.now()),
        SenderId: m.Attributes?.SenderId ?? 'local',
        ApproximateFirstReceiveTimestamp: m.Attributes?.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
      },
      messageAttributes: {},
      md5OfBody: m.MD5OfBody ?? '',
      eventSource: 'aws:sqs',
      eventSourceARN: this.o.queueArn,
      awsRegion: this.o.region,
    }));
    let failed: Set<string>;
    try {
      const res = await this.o.handler({ Records: records }, lambdaContext(this.o.functionName, this.o.timeoutSeconds));
      failed = new Set((res?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    } catch (e) {
      this.o.onInvokeError?.(e);
      return; // the whole batch becomes visible again, as in Lambda
    }
    const done = records.filter((rec) => !failed.has(rec.messageId));
    if (done.length > 0) {
      await this.o.sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: this.o.queueUrl,
          Entries: done.map((rec, i) => ({ Id: String(i), ReceiptHandle: rec.receiptHandle })),
        }),
      );
    }
  }
}
