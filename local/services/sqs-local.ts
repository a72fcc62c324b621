/**
 * SQS on loopback: `local-aws-sqs` speaks the JSON protocol of @aws-sdk/client-sqs v3.
 * Queues and their dead-letter queues are created from lib/topology.ts.
 */
import type { Server } from 'node:http';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createSqsServer } from 'local-aws-sqs';
import type { Config } from '../../lib/config.js';
import { QUEUES, type QueueName, queueName } from '../../lib/topology.js';
import { freePort, LOCAL_CREDENTIALS } from './dynamodb-local.js';

export interface SqsLocal {
  readonly endpoint: string;
  readonly client: SQSClient;
  readonly urls: Readonly<Record<QueueName, string>>;
  readonly dlqUrls: Readonly<Record<QueueName, string>>;
  /** Visible plus in-flight messages of a queue. */
  depth(url: string): Promise<number>;
  stop(): Promise<void>;
}

export async function startSqsLocal(opts: {
  stage: Config['stage'];
  region: string;
  /**
   * Seconds a received message stays invisible. In AWS it is 6x the consumer's timeout
   * (minutes); locally a failed message is retried after this instead, so a run ends soon.
   */
  visibilityTimeoutSeconds: number;
}): Promise<SqsLocal> {
  const port = await freePort();
  const server: Server = await createSqsServer({ port, hostname: '127.0.0.1', region: opts.region, emulateQueueCreationLifecycle: false });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new SQSClient({ endpoint, region: opts.region, credentials: LOCAL_CREDENTIALS });
  const urls = {} as Record<QueueName, string>;
  const dlqUrls = {} as Record<QueueName, string>;
  for (const q of Object.keys(QUEUES) as QueueName[]) {
    const dlq = await client.send(new CreateQueueCommand({ QueueName: queueName(opts.stage, q, true), Attributes: { MessageRetentionPeriod: String(14 * 86_400) } }));
    const dlqArn = (await client.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes?.QueueArn;
    const main = await client.send(
      new CreateQueueCommand({
        QueueName: queueName(opts.stage, q),
        Attributes: {
          VisibilityTimeout: String(opts.visibilityTimeoutSeconds),
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: QUEUES[q].maxReceiveCount }),
        },
      }),
    );
    urls[q] = main.QueueUrl!;
    dlqUrls[q] = dlq.QueueUrl!;
  }
  return {
    endpoint,
    client,
    urls,
    dlqUrls,
    async depth(url) {
      const a = (
        await client.send(
          new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
        )
      ).Attributes;
      return Number(a?.ApproximateNumberOfMessages ?? 0) + Number(a?.ApproximateNumberOfMessagesNotVisible ?? 0);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        client.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
