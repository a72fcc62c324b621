import { CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { ResidencyRule } from './rule.js';

/**
 * A replication rule names a destination bucket ARN, and bucket ARNs carry no region, so
 * synthesis cannot prove the destination is in the market: every replication is refused.
 */
export const s3NoReplication: ResidencyRule = {
  id: 'Residency-S3Replication',
  check(node) {
    return node instanceof CfnBucket && node.replicationConfiguration !== undefined
      ? ['S3 bucket replicates objects to a bucket whose region cannot be verified at synthesis']
      : [];
  },
};
