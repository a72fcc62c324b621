import { isAllowedRegion, type ResidencyRule } from './rule.js';

/** A stack's region (Stages included: CDK lists their stacks with the region they deploy to). */
export const stackRegionAllowed: ResidencyRule = {
  id: 'Residency-StackRegion',
  summary: "every stack's region is in the market",
  unit(unit, ctx) {
    if (unit.parent || unit.region === undefined || isAllowedRegion(unit.region, ctx)) return [];
    return [{ message: `stack region ${unit.region} is outside market "${ctx.market}" (allowed: ${ctx.allowedRegions.join(', ')})` }];
  },
};
