/**
 * The residency rules, in the order they run, and the context they run with. Kept apart from
 * the CDK plugin (index.ts) so code that only reads templates (lib/compliance/) can run the
 * same rules without importing aws-cdk-lib.
 */
import { apiRegionalEndpoint } from './api-regional-endpoint.js';
import { arnsInMarket } from './arns-in-market.js';
import { crossRegionResourceTypes } from './cross-region-resource-types.js';
import { endpointsInMarket } from './endpoints-in-market.js';
import { firehoseDestinationsInTemplate } from './firehose-destinations-in-template.js';
import { kmsSingleRegion } from './kms-single-region.js';
import { nestedStacksInAssembly } from './nested-stacks-in-assembly.js';
import { noOffAwsDestinations } from './no-off-aws-destinations.js';
import { noTemplateTransforms } from './no-template-transforms.js';
import { regionCodesInMarket } from './region-codes-in-market.js';
import { regionPropertiesInMarket } from './region-properties-in-market.js';
import { s3NoReplication } from './s3-no-replication.js';
import { s3NoTransferAcceleration } from './s3-no-transfer-acceleration.js';
import { stackEnvExplicit } from './stack-env-explicit.js';
import { stackRegionAllowed } from './stack-region-allowed.js';
import { valuesKnownAtSynthesis } from './values-known-at-synthesis.js';
import type { ResidencyRule, RuleContext } from './rule.js';
import { MARKET_REGIONS, type Market } from '../markets.js';

export const RESIDENCY_RULES: readonly ResidencyRule[] = [
  stackEnvExplicit,
  stackRegionAllowed,
  noTemplateTransforms,
  nestedStacksInAssembly,
  crossRegionResourceTypes,
  kmsSingleRegion,
  s3NoReplication,
  s3NoTransferAcceleration,
  apiRegionalEndpoint,
  firehoseDestinationsInTemplate,
  noOffAwsDestinations,
  regionCodesInMarket,
  arnsInMarket,
  endpointsInMarket,
  regionPropertiesInMarket,
  valuesKnownAtSynthesis,
];

export function ruleContext(market: Market): RuleContext {
  return { market, allowedRegions: MARKET_REGIONS[market] };
}

