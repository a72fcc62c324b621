import type { ResidencyRule } from './rule.js';

/** Transfer Acceleration carries objects through CloudFront edge locations worldwide. Refused unless Suspended. */
export const s3NoTransferAcceleration: ResidencyRule = {
  id: 'Residency-S3Acceleration',
  summary: 'S3 buckets do not use Transfer Acceleration',
  resource(res) {
    const cfg = res.properties.AccelerateConfiguration as { AccelerationStatus?: unknown } | undefined;
    if (res.type !== 'AWS::S3::Bucket' || cfg === undefined || res.evaluate.text(cfg.AccelerationStatus) === 'Suspended') return [];
    return [{ message: 'S3 Transfer Acceleration routes objects through edge locations outside the market', location: 'Properties/AccelerateConfiguration' }];
  },
};
