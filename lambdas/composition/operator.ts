/**
 * The composition for operator commands (`npx adwarden provision`, `npx adwarden migrate aad`):
 * the same adapters as the functions, built with the OPERATOR's credentials (the default AWS
 * credential chain, in the config's region) or, with `--local`, against the local runtime's
 * persisted data (.adwarden/: DynamoDB Local's files and the local key file).
 */
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from '../../lib/config.js';
import { platformTableName, tenantKeyAlias, tenantTableName } from '../../lib/topology.js';
import { KmsKeyService } from '../adapters/aws/kms-key-service.js';
import { FileKeyService } from '../adapters/local/file-key-service.js';
import type { KeyService } from '../shared/crypto/key-service.js';
import type { CollectInfra, TenantInfra } from './collect.js';

/** The platform's KMS key alias (the data stack creates it). */
export function platformKeyAlias(stage: Config['stage']): string {
  return `alias/adwarden-${stage}-platform`;
}

/** What operator commands need: the subset of CollectInfra for index keys and tenant tables. */
export type OperatorInfra = Pick<CollectInfra, 'config' | 'doc' | 'tables' | 'platformKeys' | 'platformKeyId' | 'tenant'> & {
  close(): Promise<void>;
};

/** Builds operator infra on one DynamoDB document client and one key service (names from lib/topology.ts). */
export function operatorInfra(config: Config, doc: DynamoDBDocumentClient, keys: KeyService, close: () => Promise<void>): OperatorInfra {
  return {
    config,
    doc,
    tables: {
      crawlState: platformTableName(config.stage, 'crawlState'),
      suppression: platformTableName(config.stage, 'suppression'),
      crawlRuns: platformTableName(config.stage, 'crawlRuns'),
    },
    platformKeys: keys,
    platformKeyId: platformKeyAlias(config.stage),
    tenant: async (tenantId): Promise<TenantInfra> => ({
      tableName: tenantTableName(config.stage, { id: tenantId }),
      keyId: tenantKeyAlias(config.stage, { id: tenantId }),
      doc,
      keys,
    }),
    close,
  };
}

/** AWS: the operator's credentials from the default chain, in the deployment's region only. */
export function awsOperatorInfra(config: Config): OperatorInfra {
  const ddb = new DynamoDBClient({ region: config.region });
  const kms = new KMSClient({ region: config.region });
  const doc = DynamoDBDocumentClient.from(ddb, { marshallOptions: { removeUndefinedValues: true } });
  return operatorInfra(config, doc, new KmsKeyService(kms), async () => {
    ddb.destroy();
    kms.destroy();
  });
}

/** Local: DynamoDB Local on the persisted database in `dataDir` (npm start must not be running). */
export async function localOperatorInfra(config: Config, dataDir = '.adwarden'): Promise<OperatorInfra> {
  // Imported here so the AWS path (and Lambda bundles) never load the local services.
  const { LOCAL_CREDENTIALS, startDynamoDbLocal } = await import('../../local/services/dynamodb-local.js');
  const { createTables } = await import('../../local/services/create-tables.js');
  const dir = resolve(dataDir);
  const local = await startDynamoDbLocal({ region: config.region, dbPath: join(dir, 'dynamodb') });
  const ddb = new DynamoDBClient({ endpoint: local.endpoint, region: config.region, credentials: LOCAL_CREDENTIALS });
  await createTables(ddb, config);
  const doc = DynamoDBDocumentClient.from(ddb, { marshallOptions: { removeUndefinedValues: true } });
  return operatorInfra(config, doc, new FileKeyService(join(dir, 'keys.json')), async () => {
    ddb.destroy();
    await local.stop();
  });
}
