import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand, DescribeTimeToLiveCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.js';
import { allTables, DUE_INDEX, platformTableName, tenantTableName } from '../../lib/topology.js';
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

  it('gives the request table its sparse due index (state and dates only), also to a database made before it was declared', async () => {
    const name = platformTableName(config.stage, 'dsarRequests');
    const dueIndex = async () => (await client.send(new DescribeTableCommand({ TableName: name }))).Table?.GlobalSecondaryIndexes?.find((g) => g.IndexName === DUE_INDEX.name);
    await createTables(client, config);
    const expected = {
      KeySchema: [
        { AttributeName: DUE_INDEX.state, KeyType: 'HASH' },
        { AttributeName: DUE_INDEX.dueAt, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [DUE_INDEX.receivedAt] },
    };
    expect(await dueIndex()).toMatchObject(expected);
    // A persistent local database from before the index: the table exists without it.
    await client.send(new DeleteTableCommand({ TableName: name }));
    await client.send(
      new CreateTableCommand({ TableName: name, BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }] }),
    );
    expect(await dueIndex()).toBeUndefined();
    await createTables(client, config);
    expect(await dueIndex()).toMatchObject(expected);
  });
});
