/**
 * The schedule function's composition root in AWS Lambda: the sources of the inlined config
 * and the listing-jobs queue. It imports nothing of the crawl path (no browser, no DynamoDB),
 * so its bundle loads with the runtime alone (test/integration/bundles.test.ts).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { SQSClient } from '@aws-sdk/client-sqs';
import { ENV } from '../../lib/topology.js';
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
    logger: new Logger({ serviceName: 'adwarden-collect' }),
  };
}
