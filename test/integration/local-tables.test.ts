import { DescribeTableCommand, DescribeTimeToLiveCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.js';
import { allTables, tenantTableName } from '../../lib/topology.js';
import { createTables } from '../../local/services/create-tables.js';
import { LOCAL_CREDENTIALS, startDynamoDbLocal, type DynamoDbLocal } from '../../local/services/dynamodb-local.js';

describe('local tables from the topology (DynamoDB Local)', () => {
  const config = loadConfig('adwarden.config.json');
  let ddb: DynamoDbLocal;
  let client: DynamoDBClient;

  beforeAll(async () => {
    ddb = await startDynamoDbLocal({ region: config.region });
    client = new DynamoDBClient({ endpoint: ddb.endpoint, region: config.region, credentials: LOCAL_CREDENTIALS });
  });
  afterAll(async () => {
    client?.destroy();
    await ddb?.stop();
  });

  it('creates every declared table, idempotently, with TTL and the by-source index', async () => {
    const first = await createTables(client, config);
    const again = await createTables(client, config);
    expect(again).toEqual(first);
    const listed = (await client.send(new ListTablesCommand({}))).TableNames ?? [];
    expect([...listed].sort()).toEqual(allTables(config).map((t) => t.name).sort());

    const tenantTable = tenantTableName(config.stage, config.tenants[0]!);
    const d = await client.send(new DescribeTableCommand({ TableName: tenantTable }));
    expect(d.Table?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(d.Table?.GlobalSecondaryIndexes?.map((g) => g.IndexName)).toEqual(['bySource']);
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tenantTable }));
    expect(ttl.TimeToLiveDescription).toMatchObject({ AttributeName: 'expiresAt', TimeToLiveStatus: 'ENABLED' });
  });
});
