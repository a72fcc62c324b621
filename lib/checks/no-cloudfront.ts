import { Stack } from 'aws-cdk-lib';
import { CfnDistribution, experimental } from 'aws-cdk-lib/aws-cloudfront';
import type { ResidencyRule } from './rule.js';

/** CloudFront caches responses in edge locations outside the market. */
export const noCloudFront: ResidencyRule = {
  id: 'Residency-CloudFront',
  check(node) {
    if (node instanceof CfnDistribution) {
      const out = ['CloudFront distribution caches content in edge locations outside the market'];
      const cfg = JSON.stringify(Stack.of(node).resolve(node.distributionConfig) ?? {});
      if (/LambdaFunctionAssociations|lambdaFunctionAssociations/.test(cfg)) {
        out.push('Lambda@Edge association runs code in edge locations outside the market');
      }
      return out;
    }
    return [];
  },
};

/** Lambda@Edge functions live in us-east-1 and run at every edge. */
export const noLambdaAtEdge: ResidencyRule = {
  id: 'Residency-LambdaAtEdge',
  check(node) {
    return node instanceof experimental.EdgeFunction
      ? ['Lambda@Edge function is deployed to us-east-1 and runs in edge locations outside the market']
      : [];
  },
};
