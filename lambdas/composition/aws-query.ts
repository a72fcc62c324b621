/**
 * The composition root of the API functions in AWS Lambda: the function's environment (set by
 * lib/stacks/api-stack.ts from lib/topology.ts) becomes adapters. Each tenant is read through
 * that tenant's READ role, assumed for the tenant named by the verified claim only.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { ENV } from '../../lib/topology.js';
import { KmsKeyService } from '../adapters/aws/kms-key-service.js';
import { EnvironmentError, inlinedConfig, optionalEnv, requiredEnv as env } from './aws-env.js';
import { buildQueryRuntime, type QueryRuntime } from './query.js';

/** tenantId -> the tenant's READ role, key (alias ARN) and table. */
const tenantsSchema = z.record(z.string(), z.object({ roleArn: z.string(), keyId: z.string(), table: z.string() }));

export async function awsQueryDeps(): Promise<QueryRuntime> {
  const config = inlinedConfig();
  const region = env('AWS_REGION');
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region }), { marshallOptions: { removeUndefinedValues: true } });
  const tenants = tenantsSchema.parse(JSON.parse(env(ENV.tenants)));
  return buildQueryRuntime({
    config,
    doc,
    auditTable: env(ENV.table('auditLog')),
    // Set for list-sources only (lib/stacks/api-stack.ts), whose role may GetItem on it.
    ...(optionalEnv(ENV.table('crawlRuns')) ? { crawlRunsTable: optionalEnv(ENV.table('crawlRuns')) } : {}),
    logger: new Logger({ serviceName: 'adwarden-api' }),
    tenant: async (tenantId) => {
      const t = tenants[tenantId];
      if (!t) throw new EnvironmentError(`no read role for tenant ${tenantId}`);
      const credentials = fromTemporaryCredentials({
        params: { RoleArn: t.roleArn, RoleSessionName: `adwarden-api-${tenantId}`.slice(0, 64), DurationSeconds: 900 },
        clientConfig: { region },
      });
      return {
        tableName: t.table,
        keyId: t.keyId,
        doc: DynamoDBDocumentClient.from(new DynamoDBClient({ region, credentials }), { marshallOptions: { removeUndefinedValues: true } }),
        keys: new KmsKeyService(new KMSClient({ region, credentials })),
      };
    },
  });
}
