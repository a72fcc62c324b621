import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { TableDecl } from '../topology.js';

/**
 * Secure defaults for every adwarden table, apart from the builder (the
 * aws-solutions-constructs habit): customer-managed key, point-in-time recovery limited to
 * the one-week backup promise, on-demand billing, deletion protection on prod.
 */
export function tableProps(decl: TableDecl, opts: { tableName: string; key: IKey; prod: boolean }): dynamodb.TablePropsV2 {
  const attr = (k: { name: string; type: 'S' | 'N' }) => ({
    name: k.name,
    type: k.type === 'S' ? dynamodb.AttributeType.STRING : dynamodb.AttributeType.NUMBER,
  });
  return {
    tableName: opts.tableName,
    partitionKey: attr(decl.partitionKey),
    ...(decl.sortKey ? { sortKey: attr(decl.sortKey) } : {}),
    ...(decl.ttlAttribute ? { timeToLiveAttribute: decl.ttlAttribute } : {}),
    globalSecondaryIndexes: decl.globalIndexes?.map((g) => ({
      indexName: g.name,
      partitionKey: attr(g.partitionKey),
      ...(g.sortKey ? { sortKey: attr(g.sortKey) } : {}),
      ...(g.include ? { projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: [...g.include] } : {}),
    })),
    billing: dynamodb.Billing.onDemand(),
    encryption: dynamodb.TableEncryptionV2.customerManagedKey(opts.key),
    // PITR keeps 35 days unless told otherwise; the seeds promise backups of at most one week.
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 7 },
    deletionProtection: opts.prod,
    removalPolicy: opts.prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  };
}
