import { Annotations, type IAspect } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { MARKET_REGIONS, type Market } from '../markets.js';
import { apiRegionalEndpoint } from './api-regional-endpoint.js';
import { kmsSingleRegion } from './kms-single-region.js';
import { noCloudFront, noLambdaAtEdge } from './no-cloudfront.js';
import type { ResidencyContext, ResidencyRule } from './rule.js';
import { s3NoReplication } from './s3-no-replication.js';
import { servicesInRegion } from './services-in-region.js';
import { stackEnvExplicit } from './stack-env-explicit.js';
import { stackRegionAllowed } from './stack-region-allowed.js';
import { tableReplicasInMarket } from './table-replicas-in-market.js';

export const RESIDENCY_RULES: readonly ResidencyRule[] = [
  stackEnvExplicit,
  stackRegionAllowed,
  tableReplicasInMarket,
  kmsSingleRegion,
  apiRegionalEndpoint,
  noCloudFront,
  noLambdaAtEdge,
  s3NoReplication,
  servicesInRegion,
];

/**
 * Decision 9: residency is checked, not hoped. Each violation becomes an error annotation on
 * the offending construct, which makes `cdk synth` fail and print the construct path.
 */
export class ResidencyChecks implements IAspect {
  private readonly ctx: ResidencyContext;

  constructor(market: Market, private readonly rules: readonly ResidencyRule[] = RESIDENCY_RULES) {
    this.ctx = { market, allowedRegions: MARKET_REGIONS[market] };
  }

  visit(node: IConstruct): void {
    for (const rule of this.rules) {
      for (const problem of rule.check(node, this.ctx)) {
        Annotations.of(node).addError(`[${rule.id}] ${node.node.path}: ${problem}`);
      }
    }
  }
}
