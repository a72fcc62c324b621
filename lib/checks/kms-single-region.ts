import type { ResidencyRule } from './rule.js';

/**
 * A multi-Region key can be replicated out of the market by anyone allowed to call
 * ReplicateKey. MultiRegion must be absent or false as written in the template; a value known
 * only at deploy time fails closed.
 */
export const kmsSingleRegion: ResidencyRule = {
  id: 'Residency-KmsMultiRegion',
  summary: 'KMS keys are single-Region',
  resource(res) {
    if (res.type !== 'AWS::KMS::Key' || !('MultiRegion' in res.properties)) return [];
    const v = res.properties.MultiRegion;
    return v === false || v === 'false' ? [] : [{ message: 'KMS key is (or may be) multi-Region; keys must be single-Region', location: 'Properties/MultiRegion' }];
  },
};
