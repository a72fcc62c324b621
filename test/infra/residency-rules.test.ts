/**
 * Each residency rule on its own, cdk-nag style: a compliant and a non-compliant template
 * (plus the edge cases a reviewer would try), run through the same engine as the plugin.
 * Templates are written by hand, as CloudFormation JSON, so no synthesis is needed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiRegionalEndpoint } from '../../lib/checks/api-regional-endpoint.js';
import { arnsInMarket } from '../../lib/checks/arns-in-market.js';
import { crossRegionResourceTypes } from '../../lib/checks/cross-region-resource-types.js';
import { endpointsInMarket } from '../../lib/checks/endpoints-in-market.js';
import { runRules } from '../../lib/checks/engine.js';
import { firehoseDestinationsInTemplate } from '../../lib/checks/firehose-destinations-in-template.js';
import { checkTemplates, describeFinding, RESIDENCY_RULES, ruleContext } from '../../lib/checks/index.js';
import { kmsSingleRegion } from '../../lib/checks/kms-single-region.js';
import { nestedStacksInAssembly } from '../../lib/checks/nested-stacks-in-assembly.js';
import { noOffAwsDestinations } from '../../lib/checks/no-off-aws-destinations.js';
import { noTemplateTransforms } from '../../lib/checks/no-template-transforms.js';
import { regionCodesInMarket } from '../../lib/checks/region-codes-in-market.js';
import { regionPropertiesInMarket } from '../../lib/checks/region-properties-in-market.js';
import type { ResidencyRule } from '../../lib/checks/rule.js';
import { s3NoReplication } from '../../lib/checks/s3-no-replication.js';
import { s3NoTransferAcceleration } from '../../lib/checks/s3-no-transfer-acceleration.js';
import { stackEnvExplicit } from '../../lib/checks/stack-env-explicit.js';
import { stackRegionAllowed } from '../../lib/checks/stack-region-allowed.js';
import type { CfnTemplate, TemplateUnit } from '../../lib/checks/template.js';
import { valuesKnownAtSynthesis } from '../../lib/checks/values-known-at-synthesis.js';

type Json = Record<string, unknown>;

function unit(template: Json, region: string | null = 'eu-north-1', parent?: TemplateUnit): TemplateUnit {
  return { stackPath: 'S', region: region ?? undefined, templatePath: '/nowhere/S.template.json', template: template as CfnTemplate, nested: new Map(), ...(parent ? { parent: { unit: parent, logicalId: 'N' } } : {}) };
}

/** Messages a rule reports on a template (market "eu"); `null` region: an environment-agnostic stack. */
function check(rule: ResidencyRule, template: Json, region: string | null = 'eu-north-1'): string[] {
  return runRules([unit(template, region)], [rule], ruleContext('eu')).map((f) => `${f.logicalId ?? ''}@${f.location}: ${f.message}`);
}

const res = (Type: string, Properties: Json = {}) => ({ Resources: { R: { Type, Properties } } });
const fnEnv = (Variables: Json) => res('AWS::Lambda::Function', { Environment: { Variables } });
const region = { Ref: 'AWS::Region' };

describe('Residency-StackEnv', () => {
  it('passes a stack with a region', () => expect(check(stackEnvExplicit, res('AWS::SQS::Queue'))).toEqual([]));
  it('refuses an environment-agnostic stack', () => expect(check(stackEnvExplicit, res('AWS::SQS::Queue'), null)).toEqual([expect.stringMatching(/no explicit region/)]));
});

describe('Residency-StackRegion', () => {
  it('passes a market region', () => expect(check(stackRegionAllowed, {}, 'eu-south-2')).toEqual([]));
  it('refuses a region outside the market (London is not in the EEA)', () => expect(check(stackRegionAllowed, {}, 'eu-west-2')).toEqual([expect.stringMatching(/eu-west-2 is outside market "eu"/)]));
});

describe('Residency-Transform', () => {
  it('passes a plain template', () => expect(check(noTemplateTransforms, res('AWS::SQS::Queue'))).toEqual([]));
  it('refuses a Transform section', () => expect(check(noTemplateTransforms, { Transform: 'AWS::Serverless-2016-10-31' })).toHaveLength(1));
  it('refuses Fn::Transform inside a resource', () =>
    expect(check(noTemplateTransforms, res('AWS::SQS::Queue', { QueueName: { 'Fn::Transform': { Name: 'Macro' } } }))).toEqual([expect.stringMatching(/Fn::Transform/)]));
});

describe('Residency-NestedStack', () => {
  it('passes a nested stack whose template was found in the assembly', () => {
    const u = unit(res('AWS::CloudFormation::Stack', { TemplateURL: 'x' }));
    u.nested.set('R', unit({}, 'eu-north-1', u));
    expect(runRules([u], [nestedStacksInAssembly], ruleContext('eu'))).toEqual([]);
  });
  it('refuses a nested stack whose template is elsewhere', () => expect(check(nestedStacksInAssembly, res('AWS::CloudFormation::Stack', { TemplateURL: 'https://x/y.json' }))).toHaveLength(1));
});

describe('Residency-CrossRegionType', () => {
  it('passes regional types, a REGIONAL WAF and DynamoDB global tables (checked by value)', () => {
    expect(check(crossRegionResourceTypes, res('AWS::WAFv2::WebACL', { Scope: 'REGIONAL' }))).toEqual([]);
    expect(check(crossRegionResourceTypes, res('AWS::DynamoDB::GlobalTable'))).toEqual([]);
    expect(check(crossRegionResourceTypes, res('AWS::Route53::RecordSet'))).toEqual([]);
  });
  it.each([
    'AWS::CloudFront::Distribution',
    'AWS::CloudFront::KeyValueStore',
    'AWS::GlobalAccelerator::Listener',
    'AWS::Route53::HealthCheck',
    'AWS::Route53RecoveryControl::Cluster',
    'AWS::S3::MultiRegionAccessPointPolicy',
    'AWS::KMS::ReplicaKey',
    'AWS::CloudFormation::StackSet',
    'AWS::Events::Endpoint',
    'AWS::RDS::GlobalCluster',
    'AWS::ElastiCache::GlobalReplicationGroup',
    'AWS::Serverless::Function',
    'AWS::ServiceCatalog::CloudFormationProvisionedProduct',
    'Org::Thing::Bucket::MODULE',
    'Datadog::Monitors::Monitor',
  ])('refuses %s', (type) => expect(check(crossRegionResourceTypes, res(type))).toHaveLength(1));
  it('refuses a WAF for CloudFront', () => expect(check(crossRegionResourceTypes, res('AWS::WAFv2::WebACL', { Scope: 'CLOUDFRONT' }))).toEqual([expect.stringMatching(/CloudFront/)]));
});

describe('Residency-KmsMultiRegion', () => {
  it('passes a single-Region key (absent or false)', () => {
    expect(check(kmsSingleRegion, res('AWS::KMS::Key'))).toEqual([]);
    expect(check(kmsSingleRegion, res('AWS::KMS::Key', { MultiRegion: false }))).toEqual([]);
  });
  it('refuses MultiRegion true, and a value known only at deploy time', () => {
    expect(check(kmsSingleRegion, res('AWS::KMS::Key', { MultiRegion: true }))).toHaveLength(1);
    expect(check(kmsSingleRegion, res('AWS::KMS::Key', { MultiRegion: { Ref: 'P' } }))).toHaveLength(1);
  });
});

describe('Residency-S3Replication', () => {
  it('passes a bucket without replication', () => expect(check(s3NoReplication, res('AWS::S3::Bucket', { VersioningConfiguration: { Status: 'Enabled' } }))).toEqual([]));
  it('refuses any replication configuration', () =>
    expect(check(s3NoReplication, res('AWS::S3::Bucket', { ReplicationConfiguration: { Role: 'r', Rules: [] } }))).toEqual([expect.stringMatching(/replicates/)]));
});

describe('Residency-ApiEndpoint', () => {
  it('passes REGIONAL and PRIVATE', () => {
    expect(check(apiRegionalEndpoint, res('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: ['REGIONAL'] } }))).toEqual([]);
    expect(check(apiRegionalEndpoint, res('AWS::ApiGateway::DomainName', { EndpointConfiguration: { Types: ['PRIVATE'] } }))).toEqual([]);
  });
  it('refuses a missing endpoint type (EDGE by default), EDGE, and a v2 domain with EDGE', () => {
    expect(check(apiRegionalEndpoint, res('AWS::ApiGateway::RestApi', { Name: 'x' }))).toEqual([expect.stringMatching(/makes it EDGE/)]);
    expect(check(apiRegionalEndpoint, res('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: ['edge'] } }))).toHaveLength(1);
    expect(check(apiRegionalEndpoint, res('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: [{ Ref: 'P' }] } }))).toHaveLength(1);
    expect(check(apiRegionalEndpoint, res('AWS::ApiGatewayV2::DomainName', { DomainNameConfigurations: [{ EndpointType: 'EDGE' }] }))).toHaveLength(1);
  });
});

describe('Residency-FirehoseDestination', () => {
  const ownBucket = { Resources: { B: { Type: 'AWS::S3::Bucket' } } };
  it('passes a bucket of the same template', () => {
    const t = { Resources: { ...ownBucket.Resources, ...res('AWS::KinesisFirehose::DeliveryStream', { S3DestinationConfiguration: { BucketARN: { 'Fn::GetAtt': ['B', 'Arn'] } } }).Resources } };
    expect(check(firehoseDestinationsInTemplate, t)).toEqual([]);
  });
  it('refuses a literal bucket ARN and a bucket-looking reference to something else', () => {
    expect(check(firehoseDestinationsInTemplate, res('AWS::KinesisFirehose::DeliveryStream', { ExtendedS3DestinationConfiguration: { BucketARN: 'arn:aws:s3:::b' } }))).toHaveLength(1);
    expect(check(firehoseDestinationsInTemplate, res('AWS::KinesisFirehose::DeliveryStream', { S3DestinationConfiguration: { BucketARN: { 'Fn::GetAtt': ['R', 'Arn'] } } }))).toHaveLength(1);
  });
});

describe('Residency-OffAwsDestination', () => {
  it('passes in-AWS deliveries', () => {
    expect(check(noOffAwsDestinations, res('AWS::SNS::Subscription', { Protocol: 'sqs', Endpoint: 'arn:aws:sqs:eu-north-1:1:q' }))).toEqual([]);
    expect(check(noOffAwsDestinations, res('AWS::StepFunctions::StateMachine', { DefinitionString: '{"States":{"A":{"Resource":"arn:aws:states:::lambda:invoke"}}}' }))).toEqual([]);
  });
  it.each([
    ['a Firehose HTTP endpoint', res('AWS::KinesisFirehose::DeliveryStream', { HttpEndpointDestinationConfiguration: { EndpointConfiguration: { Url: 'https://x' } } })],
    ['an EventBridge API destination', res('AWS::Events::ApiDestination', { InvocationEndpoint: 'https://x' })],
    ['an SNS HTTPS subscription', res('AWS::SNS::Subscription', { Protocol: 'HTTPS', Endpoint: 'https://x' })],
    ['a Step Functions HTTP task', res('AWS::StepFunctions::StateMachine', { DefinitionString: '{"States":{"A":{"Resource":"arn:aws:states:::http:invoke"}}}' })],
  ])('refuses %s', (_n, t) => expect(check(noOffAwsDestinations, t)).toEqual([expect.stringMatching(/outside AWS/)]));
});

describe('Residency-S3Acceleration', () => {
  it('passes no or suspended acceleration', () => {
    expect(check(s3NoTransferAcceleration, res('AWS::S3::Bucket'))).toEqual([]);
    expect(check(s3NoTransferAcceleration, res('AWS::S3::Bucket', { AccelerateConfiguration: { AccelerationStatus: 'Suspended' } }))).toEqual([]);
  });
  it('refuses enabled acceleration', () => expect(check(s3NoTransferAcceleration, res('AWS::S3::Bucket', { AccelerateConfiguration: { AccelerationStatus: 'Enabled' } }))).toHaveLength(1));
});

describe('Residency-RegionCode', () => {
  it('passes market regions and the stack region token', () => {
    expect(check(regionCodesInMarket, fnEnv({ A: 'eu-west-1', B: region, C: { 'Fn::Sub': 'sqs.${AWS::Region}.amazonaws.com' } }))).toEqual([]);
  });
  it('passes words that only look like regions', () => expect(check(regionCodesInMarket, fnEnv({ A: 'bus-east-1', B: 'my-queue-1', C: 'prod-data-1' }))).toEqual([]));
  it('refuses a name that merely contains a region code (fail closed: rename it)', () => expect(check(regionCodesInMarket, fnEnv({ A: 'us-east-1-copy' }))).toHaveLength(1));
  it.each([
    ['plain', 'us-east-1'],
    ['upper case', 'US-EAST-1'],
    ['inside a word boundary', 'to:ap-southeast-1;'],
    ['GovCloud', 'us-gov-west-1'],
    ['China', 'cn-northwest-1'],
    ['ISO', 'us-isob-east-1'],
    ['sovereign cloud', 'eusc-de-east-1'],
    ['Zurich', 'eu-central-2'],
    ['Mexico', 'mx-central-1'],
  ])('refuses a region code (%s)', (_n, r) => expect(check(regionCodesInMarket, fnEnv({ A: r }))).toEqual([expect.stringMatching(/outside market "eu"/)]));
  it.each([
    ['Fn::Join', { 'Fn::Join': ['', ['us-', 'east-1']] }],
    ['Fn::Join with a separator', { 'Fn::Join': ['-', ['us', 'east', '1']] }],
    ['Fn::Sub variables', { 'Fn::Sub': ['${A}-east-${B}', { A: 'us', B: '1' }] }],
    ['Fn::Select of Fn::Split', { 'Fn::Select': [1, { 'Fn::Split': [',', 'eu-west-1,us-west-2'] }] }],
    ['Fn::If (either branch)', { 'Fn::If': ['C', 'eu-west-1', 'us-west-2'] }],
    ['Fn::Base64', { 'Fn::Base64': 'sa-east-1' }],
    ['Fn::ToJsonString', { 'Fn::ToJsonString': { r: 'ap-south-1' } }],
    ['JSON inside a string', '{"Parameters":{"x":"ca-central-1"}}'],
  ])('refuses a region built with %s', (_n, value) => expect(check(regionCodesInMarket, fnEnv({ A: value })).length).toBeGreaterThan(0));
  it('reads Parameters, Mappings, Outputs and Conditions too', () => {
    expect(check(regionCodesInMarket, { Parameters: { P: { Type: 'String', Default: 'us-east-1' } } })).toEqual([expect.stringMatching(/^P@Parameters\/P\/Default/)]);
    expect(check(regionCodesInMarket, { Mappings: { M: { a: { b: 'us-east-1' } } } })).toEqual([expect.stringMatching(/^M@Mappings\/M\/a\/b/)]);
    expect(check(regionCodesInMarket, { Outputs: { O: { Value: 'us-east-1' } } })).toEqual([expect.stringMatching(/^O@Outputs\/O\/Value/)]);
    expect(check(regionCodesInMarket, { Conditions: { C: { 'Fn::Equals': [region, 'us-east-1'] } } })).toEqual([expect.stringMatching(/^C@Conditions\/C/)]);
  });
  it('follows Fn::FindInMap to the mapping value', () =>
    expect(check(regionCodesInMarket, { Mappings: { M: { a: { b: 'eu-west-1' } } }, ...fnEnv({ A: { 'Fn::FindInMap': ['M', 'a', 'b'] } }) })).toEqual([]));
});

describe('Residency-Arn', () => {
  it('passes aws-partition ARNs with no region, *, the stack region or a region code', () => {
    expect(
      check(arnsInMarket, fnEnv({ A: 'arn:aws:s3:::b', B: 'arn:aws:logs:*:1:*', C: { 'Fn::Sub': 'arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:t' }, D: 'arn:aws:sqs:eu-west-1:1:q' })),
    ).toEqual([]);
  });
  it('refuses other partitions, a region from a parameter, a custom resource answer and a region pattern', () => {
    expect(check(arnsInMarket, fnEnv({ A: 'arn:aws-cn:s3:::b' }))).toEqual([expect.stringMatching(/partition "aws-cn"/)]);
    expect(check(arnsInMarket, { Parameters: { P: { Type: 'String' } }, ...fnEnv({ A: { 'Fn::Sub': 'arn:aws:sns:${P}:1:t' } }) })).toEqual([expect.stringMatching(/region known only at deploy time/)]);
    expect(check(arnsInMarket, { Resources: { C: { Type: 'Custom::X' }, ...fnEnv({ A: { 'Fn::Join': ['', ['arn:aws:sns:', { 'Fn::GetAtt': ['C', 'Region'] }, ':1:t']] } }).Resources } })).toHaveLength(1);
    expect(check(arnsInMarket, fnEnv({ A: 'arn:aws:sqs:eu-*:1:q' }))).toEqual([expect.stringMatching(/region field "eu-\*"/)]);
  });
});

describe('Residency-Endpoint', () => {
  it('passes regional endpoints and service principals', () => {
    expect(check(endpointsInMarket, fnEnv({ A: 'https://sqs.eu-west-1.amazonaws.com/1/q', B: { 'Fn::Sub': 'https://s3.${AWS::Region}.${AWS::URLSuffix}/b' }, C: 'lambda.amazonaws.com' }))).toEqual([]);
  });
  it.each([
    ['the global S3 endpoint', 'https://s3.amazonaws.com/b'],
    ['a virtual-hosted global bucket', 'b.s3.amazonaws.com'],
    ['the legacy us-east-1 S3 endpoint', 's3-external-1.amazonaws.com'],
    ['global STS', 'https://sts.amazonaws.com'],
    ['a China endpoint', 'sqs.cn-north-1.amazonaws.com.cn'],
    ['a sovereign-cloud endpoint', 'sqs.eusc-de-east-1.amazonaws.eu'],
  ])('refuses %s', (_n, v) => expect(check(endpointsInMarket, fnEnv({ A: v }))).toHaveLength(1));
  it('refuses a host whose region comes from a parameter', () =>
    expect(check(endpointsInMarket, { Parameters: { P: { Type: 'String' } }, ...fnEnv({ A: { 'Fn::Sub': 'https://sqs.${P}.amazonaws.com/1/q' } }) })).toHaveLength(1));
});

describe('Residency-RegionProperty', () => {
  it('passes the stack region and market regions under region keys', () => {
    expect(check(regionPropertiesInMarket, res('AWS::DynamoDB::GlobalTable', { Replicas: [{ Region: region }, { Region: 'eu-west-3' }] }))).toEqual([]);
    expect(check(regionPropertiesInMarket, res('AWS::Cognito::UserPool', { SmsConfiguration: { SnsRegion: region } }))).toEqual([]);
  });
  it('refuses non-market regions, non-regions and deploy-time values under region keys', () => {
    expect(check(regionPropertiesInMarket, res('AWS::Cognito::UserPool', { SmsConfiguration: { SnsRegion: 'us-west-2' } }))).toHaveLength(1);
    expect(check(regionPropertiesInMarket, res('Custom::X', { TargetRegion: 'Virginia' }))).toEqual([expect.stringMatching(/"Virginia", not a region/)]);
    expect(check(regionPropertiesInMarket, res('AWS::Cassandra::Keyspace', { ReplicationSpecification: { RegionList: ['eu-west-1', 'us-east-1'] } }))).toHaveLength(1);
    expect(check(regionPropertiesInMarket, { Parameters: { P: { Type: 'String' } }, ...res('AWS::SNS::Subscription', { Region: { Ref: 'P' } }) })).toEqual([expect.stringMatching(/known only at deploy time/)]);
    expect(check(regionPropertiesInMarket, res('AWS::StepFunctions::StateMachine', { DefinitionString: '{"States":{"A":{"Parameters":{"region":"us-east-2"}}}}' }))).toHaveLength(1);
  });
});

describe('Residency-Unresolvable', () => {
  it('passes references to resources of the template and imports of exports in the assembly', () => {
    expect(check(valuesKnownAtSynthesis, { Resources: { Q: { Type: 'AWS::SQS::Queue' }, ...fnEnv({ A: { Ref: 'Q' }, B: { 'Fn::GetAtt': ['Q', 'Arn'] } }).Resources } })).toEqual([]);
    const exporter = unit({ Outputs: { O: { Value: 'arn:aws:sqs:eu-north-1:1:q', Export: { Name: 'shared-q' } } } });
    const importer = unit(fnEnv({ A: { 'Fn::ImportValue': 'shared-q' } }));
    expect(runRules([exporter, importer], [valuesKnownAtSynthesis], ruleContext('eu'))).toEqual([]);
  });
  it('sees through an import to the exported value', () => {
    const exporter = unit({ Outputs: { O: { Value: 'arn:aws:sqs:us-east-1:1:q', Export: { Name: 'shared-q' } } } });
    const importer = unit(fnEnv({ A: { 'Fn::ImportValue': 'shared-q' } }));
    expect(runRules([exporter, importer], [regionCodesInMarket], ruleContext('eu')).map((f) => f.location)).toContain('Properties/Environment/Variables/A');
  });
  it('refuses parameters, foreign imports and SSM references anywhere; custom-resource answers as ARNs', () => {
    expect(check(valuesKnownAtSynthesis, { Parameters: { P: { Type: 'String' } }, ...fnEnv({ A: { Ref: 'P' } }) })).toHaveLength(1);
    expect(check(valuesKnownAtSynthesis, fnEnv({ A: { 'Fn::ImportValue': 'not-here' } }))).toHaveLength(1);
    expect(check(valuesKnownAtSynthesis, fnEnv({ A: '{{resolve:ssm:/where}}' }))).toHaveLength(1);
    expect(check(valuesKnownAtSynthesis, { Resources: { C: { Type: 'Custom::X' }, ...res('AWS::Lambda::EventSourceMapping', { EventSourceArn: { 'Fn::GetAtt': ['C', 'Arn'] } }).Resources } })).toHaveLength(1);
  });
  it('lets a nested template use its parameters (the parent passes them, and is checked)', () => {
    const parent = unit({});
    const nested = unit({ Parameters: { P: { Type: 'String' } }, ...fnEnv({ A: { Ref: 'P' } }) }, 'eu-north-1', parent);
    expect(runRules([nested], [valuesKnownAtSynthesis], ruleContext('eu'))).toEqual([]);
  });
});

describe('the rule set and its report', () => {
  it('has one rule per id', () => expect(new Set(RESIDENCY_RULES.map((r) => r.id)).size).toBe(RESIDENCY_RULES.length));

  it('does not read the Rules section (stated limit: it only asserts on parameters)', () => {
    const rules = { Rules: { R: { Assertions: [{ Assert: { 'Fn::Equals': ['us-east-1', { Ref: 'AWS::Region' }] } }] } } };
    expect(runRules([unit(rules)], RESIDENCY_RULES, ruleContext('eu'))).toEqual([]);
  });

  it('reads a nested stack template through the asset manifest and names the nested resource', () => {
    const dir = mkdtempSync(join(tmpdir(), 'adwarden-residency-rules-'));
    const hash = 'a'.repeat(64);
    writeFileSync(join(dir, 'S.assets.json'), JSON.stringify({ files: { [hash]: { source: { path: 'N.nested.template.json' } } } }));
    writeFileSync(join(dir, 'N.nested.template.json'), JSON.stringify(fnEnv({ A: 'us-east-1' })));
    writeFileSync(join(dir, 'S.template.json'), JSON.stringify({ Resources: { Child: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: `https://s3.eu-north-1.amazonaws.com/b/${hash}.json` } } } }));
    const findings = checkTemplates([{ stackConstructPath: 'S', templatePath: join(dir, 'S.template.json'), region: 'eu-north-1' }], 'eu');
    expect(findings.map((f) => describeFinding(f))).toEqual(['[Residency-RegionCode] S > Child R at Properties/Environment/Variables/A: names region us-east-1, outside market "eu"']);
  });
});
