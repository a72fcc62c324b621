import { CfnKey, CfnReplicaKey } from 'aws-cdk-lib/aws-kms';
import type { ResidencyRule } from './rule.js';

/** A multi-Region key can be replicated out of the market by anyone allowed to call ReplicateKey. */
export const kmsSingleRegion: ResidencyRule = {
  id: 'Residency-KmsMultiRegion',
  check(node) {
    if (node instanceof CfnKey && node.multiRegion === true) return ['KMS key is multi-Region; keys must be single-Region'];
    if (node instanceof CfnReplicaKey) return ['KMS replica key; keys must be single-Region'];
    return [];
  },
};
