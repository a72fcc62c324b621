/**
 * The schedule function's composition root in AWS Lambda: the sources of the inlined config,
 * the listing-jobs queue and the crawl-run counters. It imports nothing of the crawl path (no
 * browser), so its bundle loads with the runtime alone (test/integration/bundles.test.ts).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENV } from '../../lib/topology.js';
import { DynamoDbCrawlRuns } from '../adapters/aws/dynamodb-crawl-runs.js';
import { SqsJobQueue } from '../adapters/aws/sqs-job-queue.js';
import type { ScheduleHandlerDeps } from '../handlers/collect/schedule.js';
import { inlinedConfig, optionalEnv, requiredEnv } from './aws-env.js';

export function awsScheduleDeps(): ScheduleHandlerDeps {
  const config = inlinedConfig();
  const region = requiredEnv('AWS_REGION');
  return {
    sources: new Map(config.sources.map((s) => [s.id, s])),
    queue: new SqsJobQueue(new SQSClient({ region }), {
      listingJobs: requiredEnv(ENV.queueUrl('listingJobs')),
      adJobs: optionalEnv(ENV.queueUrl('adJobs')),
    }),
    runs: new DynamoDbCrawlRuns(DynamoDBDocumentClient.from(new DynamoDBClient({ region })), requiredEnv(ENV.table('crawlRuns'))),
    clock: { now: Date.now },
    logger: new Logger({ serviceName: 'adwarden-collect' }),
  };
}
