import { Stack, Token } from 'aws-cdk-lib';
import type { ResidencyRule } from './rule.js';

export const stackRegionAllowed: ResidencyRule = {
  id: 'Residency-StackRegion',
  check(node, ctx) {
    if (!Stack.isStack(node) || node.nested || Token.isUnresolved(node.region)) return [];
    return ctx.allowedRegions.includes(node.region)
      ? []
      : [`stack region ${node.region} is outside market "${ctx.market}" (allowed: ${ctx.allowedRegions.join(', ')})`];
  },
};
