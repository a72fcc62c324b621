/**
 * The index-key provisioner's composition root in AWS Lambda: for each event, DynamoDB and KMS
 * clients with the credentials of the provisioning role named in it (the tenant's or the
 * platform's), in the function's region. Nothing else: no config, no queues, no browser.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbIndexKeyStore, PLATFORM_INDEX_KEY_ITEM, TENANT_INDEX_KEY_ITEM } from '../adapters/aws/dynamodb-tenant-store.js';
import { KmsKeyService } from '../adapters/aws/kms-key-service.js';
import type { ProvisionHandlerDeps } from '../handlers/provision/index-key.js';
import { requiredEnv } from './aws-env.js';

export function awsProvisionDeps(): ProvisionHandlerDeps {
  const region = requiredEnv('AWS_REGION');
  return {
    target: (props) => {
      const credentials = fromTemporaryCredentials({
        params: { RoleArn: props.RoleArn, RoleSessionName: `adwarden-provision-${props.TenantId}`.slice(0, 64), DurationSeconds: 900 },
        clientConfig: { region },
      });
      const ddb = new DynamoDBClient({ region, credentials });
      const doc = DynamoDBDocumentClient.from(ddb, { marshallOptions: { removeUndefinedValues: true } });
      const item = props.KeyItem === 'platform' ? PLATFORM_INDEX_KEY_ITEM : TENANT_INDEX_KEY_ITEM;
      return { store: new DynamoDbIndexKeyStore(doc, props.TableName, item), keys: new KmsKeyService(new KMSClient({ region, credentials })) };
    },
    logger: new Logger({ serviceName: 'adwarden-provision' }),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  };
}
