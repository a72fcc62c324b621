/**
 * Creates the tables the data stack declares, from the same declaration (lib/topology.ts),
 * so the local runtime has exactly the tables `cdk deploy` makes.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  type Projection,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { Config } from '../../lib/config.js';
import { allTables, type TableDecl } from '../../lib/topology.js';

function keySchema(decl: Pick<TableDecl, 'partitionKey' | 'sortKey'>) {
  return [
    { AttributeName: decl.partitionKey.name, KeyType: 'HASH' as const },
    ...(decl.sortKey ? [{ AttributeName: decl.sortKey.name, KeyType: 'RANGE' as const }] : []),
  ];
}

function projection(g: NonNullable<TableDecl['globalIndexes']>[number]): Projection {
  return g.include ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...g.include] } : { ProjectionType: 'ALL' };
}

export async function createTables(client: DynamoDBClient, config: Pick<Config, 'stage' | 'tenants'>): Promise<string[]> {
  const names: string[] = [];
  for (const { name, decl } of allTables(config)) {
    const attrs = new Map<string, 'S' | 'N'>();
    for (const k of [decl.partitionKey, decl.sortKey, ...(decl.globalIndexes ?? []).flatMap((g) => [g.partitionKey, g.sortKey])]) {
      if (k) attrs.set(k.name, k.type);
    }
    try {
      await client.send(
        new CreateTableCommand({
          TableName: name,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [...attrs].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
          KeySchema: keySchema(decl),
          ...(decl.globalIndexes?.length
            ? {
                GlobalSecondaryIndexes: decl.globalIndexes.map((g) => ({
                  IndexName: g.name,
                  KeySchema: keySchema(g),
                  Projection: projection(g),
                })),
              }
            : {}),
        }),
      );
      if (decl.ttlAttribute) {
        await client.send(
          new UpdateTimeToLiveCommand({ TableName: name, TimeToLiveSpecification: { AttributeName: decl.ttlAttribute, Enabled: true } }),
        );
      }
    } catch (e) {
      // A persistent local database keeps its tables between runs.
      if (!(e instanceof ResourceInUseException)) throw e;
      const existing = await client.send(new DescribeTableCommand({ TableName: name }));
      // An index declared since that database was made is added to it.
      const have = new Set((existing.Table?.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName));
      for (const g of decl.globalIndexes ?? []) {
        if (have.has(g.name)) continue;
        await client.send(
          new UpdateTableCommand({
            TableName: name,
            AttributeDefinitions: [...attrs].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
            GlobalSecondaryIndexUpdates: [{ Create: { IndexName: g.name, KeySchema: keySchema(g), Projection: projection(g) } }],
          }),
        );
      }
    }
    names.push(name);
  }
  return names;
}
