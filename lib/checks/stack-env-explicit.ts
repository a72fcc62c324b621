import { Stack, Token } from 'aws-cdk-lib';
import type { ResidencyRule } from './rule.js';

/** A region-agnostic stack could be deployed anywhere: refuse it. */
export const stackEnvExplicit: ResidencyRule = {
  id: 'Residency-StackEnv',
  check(node) {
    if (!Stack.isStack(node) || node.nested) return [];
    return Token.isUnresolved(node.region)
      ? ['stack has no explicit region (env.region); a region-agnostic stack can be deployed outside the market']
      : [];
  },
};
