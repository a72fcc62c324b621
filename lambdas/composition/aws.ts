/**
 * The composition root in AWS Lambda: turns the function's validated environment (set by the
 * CDK stack from lib/topology.ts) into adapters. The only place that reads process.env.
 */
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { SQSClient } from '@aws-sdk/client-sqs';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { ENV, type FunctionName } from '../../lib/topology.js';
import { KmsKeyService } from '../adapters/aws/kms-key-service.js';
import { SqsJobQueue } from '../adapters/aws/sqs-job-queue.js';
import { EnvironmentError, inlinedConfig, optionalEnv, requiredEnv } from './aws-env.js';
import { buildCollectRuntime, type CollectRuntime } from './collect.js';

export { EnvironmentError } from './aws-env.js';

const tenantsSchema = z.record(z.string(), z.object({ roleArn: z.string(), keyId: z.string(), table: z.string() }));

export async function awsCollectDeps<F extends keyof Omit<CollectRuntime, 'close'>>(fn: F & FunctionName): Promise<CollectRuntime[F]> {
  const config = inlinedConfig();
  const region = requiredEnv('AWS_REGION');
  const ddb = new DynamoDBClient({ region });
  const doc = DynamoDBDocumentClient.from(ddb, { marshallOptions: { removeUndefinedValues: true } });
  const opt = optionalEnv;
  const tenants = tenantsSchema.parse(JSON.parse(process.env[ENV.tenants] ?? '{}'));

  const runtime = buildCollectRuntime({
    config,
    doc,
    tables: { crawlState: opt(ENV.table('crawlState')), suppression: opt(ENV.table('suppression')), crawlRuns: opt(ENV.table('crawlRuns')) },
    queue: new SqsJobQueue(new SQSClient({ region }), {
      listingJobs: opt(ENV.queueUrl('listingJobs')),
      adJobs: opt(ENV.queueUrl('adJobs')),
    }),
    platformKeys: new KmsKeyService(new KMSClient({ region })),
    platformKeyId: opt(ENV.platformKeyId),
    // Each tenant is written with credentials of that tenant's write role (decision 1): it can
    // store ads but not read them back, and decrypt only the tenant's wrapped index key.
    tenant: async (tenantId) => {
      const t = tenants[tenantId];
      if (!t) throw new EnvironmentError(`no role for tenant ${tenantId}`);
      const credentials = fromTemporaryCredentials({
        params: { RoleArn: t.roleArn, RoleSessionName: `adwarden-${fn}-${tenantId}`.slice(0, 64), DurationSeconds: 3600 },
        clientConfig: { region },
      });
      const tddb = new DynamoDBClient({ region, credentials });
      return {
        tableName: t.table,
        keyId: t.keyId,
        doc: DynamoDBDocumentClient.from(tddb, { marshallOptions: { removeUndefinedValues: true } }),
        keys: new KmsKeyService(new KMSClient({ region, credentials })),
      };
    },
    idempotency: new DynamoDBPersistenceLayer({ tableName: opt(ENV.table('idempotency')) || 'unused', awsSdkV3Client: ddb }),
    allowLoopback: false,
  });
  return runtime[fn];
}
