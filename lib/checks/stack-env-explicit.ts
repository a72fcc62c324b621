import type { ResidencyRule } from './rule.js';

/** An environment-agnostic stack could be deployed to any region: refused. */
export const stackEnvExplicit: ResidencyRule = {
  id: 'Residency-StackEnv',
  summary: 'every stack has an explicit region',
  unit(unit) {
    if (unit.parent || unit.region !== undefined) return [];
    return [{ message: 'stack has no explicit region (env.region): an environment-agnostic stack can be deployed outside the market' }];
  },
};
