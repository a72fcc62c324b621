/**
 * Creates the tables the data stack declares, from the same declaration (lib/topology.ts),
 * so the local runtime has exactly the tables `cdk deploy` makes.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
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
                  Projection: { ProjectionType: 'ALL' as const },
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
      await client.send(new DescribeTableCommand({ TableName: name }));
    }
    names.push(name);
  }
  return names;
}
