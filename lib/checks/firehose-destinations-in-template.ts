import { intrinsicOf } from './evaluate.js';
import type { ResidencyRule, RuleProblem } from './rule.js';

/**
 * A Firehose stream writes its records where its destination is. Bucket ARNs carry no region,
 * so an S3 destination (or backup) must be a bucket of the same template, given by Ref or
 * Fn::GetAtt: then it is in the stack's region. A bucket named by a literal ARN, a parameter
 * or an import could be anywhere and is refused. (HTTP endpoint, Splunk and Snowflake
 * destinations leave AWS: see no-off-aws-destinations.)
 */
export const firehoseDestinationsInTemplate: ResidencyRule = {
  id: 'Residency-FirehoseDestination',
  summary: 'Firehose writes only to buckets of its own template',
  resource(res) {
    if (res.type !== 'AWS::KinesisFirehose::DeliveryStream') return [];
    const out: RuleProblem[] = [];
    const resources = res.unit.template.Resources ?? {};
    const isOwnBucket = (v: unknown): boolean => {
      const fn = intrinsicOf(v);
      const target = fn?.[0] === 'Ref' ? fn[1] : fn?.[0] === 'Fn::GetAtt' ? (Array.isArray(fn[1]) ? fn[1][0] : String(fn[1]).split('.')[0]) : undefined;
      return typeof target === 'string' && resources[target]?.Type === 'AWS::S3::Bucket';
    };
    const visit = (v: unknown, path: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}/${i}`));
      else if (v && typeof v === 'object' && !intrinsicOf(v)) {
        for (const [k, x] of Object.entries(v)) {
          if (/^bucketarn$/i.test(k) && !isOwnBucket(x)) out.push({ message: `Firehose writes to a bucket that is not in this template, so its region cannot be verified`, location: `${path}/${k}` });
          else visit(x, `${path}/${k}`);
        }
      }
    };
    visit(res.properties, 'Properties');
    return out;
  },
};
