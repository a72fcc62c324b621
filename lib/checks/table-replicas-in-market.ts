import { CfnResource, Stack, Token } from 'aws-cdk-lib';
import { CfnGlobalTable } from 'aws-cdk-lib/aws-dynamodb';
import { cfnProperties, type ResidencyRule } from './rule.js';

/**
 * TableV2 replicas, and the replica custom resource behind the legacy Table's
 * `replicationRegions`, must stay in the market.
 */
export const tableReplicasInMarket: ResidencyRule = {
  id: 'Residency-TableReplica',
  check(node, ctx) {
    const regions: string[] = [];
    if (node instanceof CfnGlobalTable) {
      const replicas = Stack.of(node).resolve(node.replicas) as { region?: unknown }[] | undefined;
      for (const r of replicas ?? []) if (typeof r.region === 'string') regions.push(r.region);
    } else if (CfnResource.isCfnResource(node) && node.cfnResourceType === 'Custom::DynamoDBReplica') {
      const region = cfnProperties(node).Region;
      if (typeof region === 'string') regions.push(region);
    }
    return regions
      .filter((r) => !Token.isUnresolved(r) && !ctx.allowedRegions.includes(r))
      .map((r) => `DynamoDB table replica in ${r} is outside market "${ctx.market}"`);
  },
};
