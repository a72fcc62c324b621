import { markersIn, withoutMarkers } from './evaluate.js';
import { isAllowedRegion, keyOf, type ResidencyRule } from './rule.js';

/** Property names that hold a region: `Region`, `SnsRegion`, `ReplicaRegions`, `RegionList`, `region` in an SDK call, `AWS_REGION`. */
export const REGION_KEY = /(?:region|regions|regionlist|regionname|regioncode)$/i;

/**
 * A value under a region-named key (at any depth, JSON inside strings included) must be the
 * stack's own region (`AWS::Region`) or regions of the market, written out. Anything else is
 * refused, and so is a value known only at deploy time (a parameter, an import, a custom
 * resource's answer): it cannot be checked at synthesis, so it fails closed.
 */
export const regionPropertiesInMarket: ResidencyRule = {
  id: 'Residency-RegionProperty',
  summary: 'values of region properties are the stack region or market regions, known at synthesis',
  text(t, ctx) {
    const key = keyOf(t.path);
    if (!REGION_KEY.test(key)) return [];
    const opaque = markersIn(t.text).filter((m) => m.kind === 'X' || m.kind === 'Y');
    if (opaque.length) return [{ message: `${key} is known only at deploy time (${opaque[0]?.description}): it cannot be checked at synthesis` }];
    const words = withoutMarkers(t.text.replace(/\uE000[RI][^\uE001]*\uE001/g, ''), ' ').split(/[\s,;]+/).filter(Boolean);
    const bad = words.filter((w) => !isAllowedRegion(w, ctx));
    return bad.length ? [{ message: `${key} is "${bad.join(', ')}", not a region of market "${ctx.market}"` }] : [];
  },
};
