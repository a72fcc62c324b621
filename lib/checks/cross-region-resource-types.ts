import type { ResidencyRule } from './rule.js';

/** Resource types whose nature is to put data or code in more than one region. */
const REFUSED: readonly [RegExp, string][] = [
  [/^AWS::CloudFront::/, 'CloudFront serves and caches content from edge locations worldwide'],
  [/^AWS::GlobalAccelerator::/, 'Global Accelerator routes traffic through edge locations worldwide'],
  [/^AWS::Route53::HealthCheck$/, 'Route 53 health checkers in other regions read the endpoint and its response'],
  [/^AWS::Route53Recovery(Control|Readiness)::/, 'Route 53 Application Recovery Controller spans regions'],
  [/^AWS::S3::MultiRegionAccessPoint/, 'an S3 Multi-Region Access Point routes to buckets in several regions'],
  [/^AWS::KMS::ReplicaKey$/, 'a KMS replica key copies key material to another region'],
  [/^AWS::CloudFormation::StackSet$/, 'a StackSet deploys templates to other regions and accounts'],
  [/^AWS::Events::Endpoint$/, 'an EventBridge global endpoint replicates events to a second region'],
  [/^AWS::RDS::GlobalCluster$|^AWS::DocDB::GlobalCluster$|^AWS::Neptune::GlobalCluster$/, 'a global database cluster replicates to other regions'],
  [/^AWS::ElastiCache::GlobalReplicationGroup$/, 'a global datastore replicates to other regions'],
  [/^AWS::MemoryDB::MultiRegionCluster$/, 'a multi-Region cluster replicates to other regions'],
  [/^AWS::Serverless::/, 'a SAM resource is rewritten by a transform at deploy time, after this check'],
  [/^AWS::ServiceCatalog::CloudFormationProvisionedProduct$/, 'a provisioned product deploys a template from a portfolio, which this check cannot read'],
  [/::MODULE$/, 'a CloudFormation module expands at deploy time, after this check'],
  [/^(?!AWS::|Custom::)/, 'a third-party resource type is provisioned by code this check cannot read, possibly outside AWS'],
];

/**
 * Resource types that are cross-region by nature, or whose deployment this check cannot read
 * (modules, provisioned products, third-party registry types), are refused outright (types whose
 * replication is a property, such as DynamoDB global tables, Secrets Manager replicas or ECR
 * replication, are checked value by value by the region rules). WAF web ACLs for CloudFront
 * (Scope CLOUDFRONT) live in us-east-1 and are refused too.
 */
export const crossRegionResourceTypes: ResidencyRule = {
  id: 'Residency-CrossRegionType',
  summary: 'no resource type that is cross-region by nature',
  resource(res) {
    const hit = REFUSED.find(([re]) => re.test(res.type));
    if (hit) return [{ message: `${res.type}: ${hit[1]}` }];
    // A WebACLAssociation has no Scope: it ties a web ACL to a regional resource by ARN, and
    // those ARNs are checked by the ARN rules (a CLOUDFRONT-scope ACL cannot be associated).
    if (res.type.startsWith('AWS::WAFv2::') && res.type !== 'AWS::WAFv2::WebACLAssociation' && res.evaluate.text(res.properties.Scope).toUpperCase() !== 'REGIONAL') {
      return [{ message: `${res.type} with Scope ${res.evaluate.text(res.properties.Scope) || '(none)'} is for CloudFront, global`, location: 'Properties/Scope' }];
    }
    return [];
  },
};
