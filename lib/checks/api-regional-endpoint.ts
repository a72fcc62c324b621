import { Stack } from 'aws-cdk-lib';
import { CfnDomainName, CfnRestApi } from 'aws-cdk-lib/aws-apigateway';
import type { ResidencyRule } from './rule.js';

function types(node: CfnRestApi | CfnDomainName): string[] {
  const cfg = Stack.of(node).resolve(node.endpointConfiguration) as { types?: string[] } | undefined;
  return cfg?.types ?? [];
}

/** Edge-optimised endpoints terminate TLS at CloudFront edges worldwide. API Gateway's default is EDGE. */
export const apiRegionalEndpoint: ResidencyRule = {
  id: 'Residency-ApiEndpoint',
  check(node) {
    if (node instanceof CfnRestApi) {
      const t = types(node);
      if (t.length === 0) return ['REST API has no endpoint type, so API Gateway makes it EDGE; use REGIONAL'];
      if (t.includes('EDGE')) return ['REST API endpoint is EDGE-optimised; use REGIONAL'];
    }
    if (node instanceof CfnDomainName) {
      const t = types(node);
      if (t.length === 0 || t.includes('EDGE')) return ['API custom domain is EDGE-optimised; use REGIONAL'];
    }
    return [];
  },
};
