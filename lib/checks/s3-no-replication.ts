import type { ResidencyRule } from './rule.js';

/**
 * A replication rule names its destination by bucket ARN, and bucket ARNs carry no region, so
 * synthesis cannot prove the destination is in the market: every replication is refused.
 */
export const s3NoReplication: ResidencyRule = {
  id: 'Residency-S3Replication',
  summary: 'S3 buckets do not replicate',
  resource(res) {
    if (res.type !== 'AWS::S3::Bucket' || res.properties.ReplicationConfiguration === undefined) return [];
    return [{ message: 'S3 bucket replicates objects to a bucket whose region cannot be verified at synthesis', location: 'Properties/ReplicationConfiguration' }];
  },
};
