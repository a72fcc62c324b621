/**
 * The composition root of the rights functions in AWS Lambda: the function's environment (set
 * by lib/stacks/rights-stack.ts from lib/topology.ts) becomes adapters. Each tenant is reached
 * only through that tenant's read role (decision 1).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { SNSClient } from '@aws-sdk/client-sns';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { ENV } from '../../lib/topology.js';
import { KmsKeyService } from '../adapters/aws/kms-key-service.js';
import { SesSnsMessenger } from '../adapters/aws/ses-messenger.js';
// aws-env, not aws.ts: aws.ts builds the collect composition, whose browser fetcher would be bundled.
import { EnvironmentError, inlinedConfig } from './aws-env.js';
import { buildRightsRuntime, type RightsRuntime } from './rights.js';

const tenantsSchema = z.record(z.string(), z.object({ roleArn: z.string(), keyId: z.string(), table: z.string() }));

let runtime: RightsRuntime | undefined;

export async function awsRightsRuntime(): Promise<RightsRuntime> {
  if (runtime) return runtime;
  const config = inlinedConfig();
  const region = process.env.AWS_REGION;
  if (!region) throw new EnvironmentError('environment variable AWS_REGION is not set');
  const opt = (name: string) => process.env[name] ?? '';
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region }), { marshallOptions: { removeUndefinedValues: true } });
  const tenants = tenantsSchema.parse(JSON.parse(process.env[ENV.tenants] ?? '{}'));
  const sfn = new SFNClient({ region });

  runtime = buildRightsRuntime({
    config,
    doc,
    tables: {
      dsarRequests: opt(ENV.table('dsarRequests')),
      suppression: opt(ENV.table('suppression')),
      erasureJournal: opt(ENV.table('erasureJournal')),
      auditLog: opt(ENV.table('auditLog')),
    },
    platformKeys: new KmsKeyService(new KMSClient({ region })),
    platformKeyId: opt(ENV.platformKeyId),
    tenant: async (tenantId) => {
      const t = tenants[tenantId];
      if (!t) throw new EnvironmentError(`no read role for tenant ${tenantId}`);
      const credentials = fromTemporaryCredentials({
        params: { RoleArn: t.roleArn, RoleSessionName: `adwarden-rights-${tenantId}`.slice(0, 64), DurationSeconds: 3600 },
        clientConfig: { region },
      });
      return {
        tableName: t.table,
        keyId: t.keyId,
        doc: DynamoDBDocumentClient.from(new DynamoDBClient({ region, credentials }), { marshallOptions: { removeUndefinedValues: true } }),
        keys: new KmsKeyService(new KMSClient({ region, credentials })),
      };
    },
    messenger: new SesSnsMessenger(new SESv2Client({ region }), new SNSClient({ region }), opt(ENV.mailFrom)),
    workflow: {
      start: async (requestId) => {
        // A unique execution name per start, so a redrive of the same request is a new execution.
        await sfn.send(
          new StartExecutionCommand({
            stateMachineArn: opt(ENV.stateMachineArn),
            name: `${requestId}-${Date.now()}`,
            input: JSON.stringify({ requestId }),
          }),
        );
      },
    },
    baseUrl: opt(ENV.publicBaseUrl),
  });
  return runtime;
}
