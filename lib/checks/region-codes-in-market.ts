import { withoutMarkers } from './evaluate.js';
import { isAllowedRegion, REGION_CODE, type ResidencyRule } from './rule.js';

/**
 * Any region code in any string of a template (after Fn::Join/Fn::Sub are worked out, in any
 * letter case, inside JSON held in strings) must be a region of the market: an ARN, an
 * endpoint, a replica, an SDK call's region, an environment variable, a tag, a mapping.
 */
export const regionCodesInMarket: ResidencyRule = {
  id: 'Residency-RegionCode',
  summary: 'no region code outside the market anywhere in a template',
  text(t, ctx) {
    const found = new Set<string>();
    for (const m of withoutMarkers(t.text).matchAll(REGION_CODE)) if (!isAllowedRegion(m[0], ctx)) found.add(m[0]);
    return [...found].map((r) => ({ message: `names region ${r}, outside market "${ctx.market}"` }));
  },
};
