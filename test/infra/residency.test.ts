import { App, Aspects, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/app.js';
import { ResidencyChecks } from '../../lib/checks/index.js';
import { defaultConfig, NO_BUNDLING } from './helpers.js';

const EU = { region: 'eu-north-1', account: '123456789012' };

/** Builds a small app with one violation, synthesizes it and returns the error messages. */
function errorsOf(build: (stack: Stack, app: App) => void, env: { region?: string; account?: string } | 'none' = EU): string[] {
  const app = new App();
  const stack = new Stack(app, 'Seeded', env === 'none' ? {} : { env });
  build(stack, app);
  Aspects.of(app).add(new ResidencyChecks('eu'));
  const assembly = app.synth();
  return assembly.stacks.flatMap((s) => s.messages.filter((m) => m.level === 'error').map((m) => String(m.entry.data)));
}

const inline = () => lambda.Code.fromInline('exports.handler = async () => {}');

describe('residency check (decision 9)', () => {
  it('accepts the default config: no error on any construct', () => {
    const { app } = buildApp(defaultConfig(), { nag: false, appProps: NO_BUNDLING });
    const errors = app.synth().stacks.flatMap((s) => s.messages.filter((m) => m.level === 'error'));
    expect(errors).toEqual([]);
  });

  it('accepts a compliant regional stack', () => {
    expect(
      errorsOf((s) => {
        new dynamodb.TableV2(s, 'T', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
        new kms.Key(s, 'K', { enableKeyRotation: true });
        new apigw.RestApi(s, 'Api', { endpointTypes: [apigw.EndpointType.REGIONAL] }).root.addMethod('GET');
      }),
    ).toEqual([]);
  });

  const cases: [string, (s: Stack, app: App) => void, RegExp, { region?: string; account?: string } | 'none'][] = [
    ['a stack without explicit env', () => undefined, /^\[Residency-StackEnv\] Seeded: stack has no explicit region/, 'none'],
    ['a region outside the market', () => undefined, /^\[Residency-StackRegion\] Seeded: stack region us-east-1 is outside market "eu"/, { region: 'us-east-1' }],
    [
      'a TableV2 replica outside the allow-list',
      (s) => new dynamodb.TableV2(s, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, replicas: [{ region: 'us-east-1' }] }),
      /^\[Residency-TableReplica\] Seeded\/Table\/Resource: DynamoDB table replica in us-east-1 is outside market "eu"/,
      EU,
    ],
    [
      'a multi-Region KMS key',
      (s) => new kms.Key(s, 'Key', { multiRegion: true, enableKeyRotation: true }),
      /^\[Residency-KmsMultiRegion\] Seeded\/Key\/Resource: KMS key is multi-Region/,
      EU,
    ],
    [
      'an edge-optimised API endpoint (the API Gateway default)',
      (s) => new apigw.RestApi(s, 'Api').root.addMethod('GET'),
      /^\[Residency-ApiEndpoint\] Seeded\/Api\/Resource: REST API has no endpoint type, so API Gateway makes it EDGE/,
      EU,
    ],
    [
      'an explicitly edge-optimised API endpoint',
      (s) => new apigw.RestApi(s, 'Api', { endpointTypes: [apigw.EndpointType.EDGE] }).root.addMethod('GET'),
      /^\[Residency-ApiEndpoint\] Seeded\/Api\/Resource: REST API endpoint is EDGE-optimised/,
      EU,
    ],
    [
      'a CloudFront distribution',
      (s) => new cloudfront.Distribution(s, 'Cdn', { defaultBehavior: { origin: new origins.HttpOrigin('example.com') } }),
      /^\[Residency-CloudFront\] Seeded\/Cdn\/Resource: CloudFront distribution caches content in edge locations outside the market/,
      EU,
    ],
    [
      'a Lambda@Edge function',
      (s) => new cloudfront.experimental.EdgeFunction(s, 'Edge', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline() }),
      /^\[Residency-LambdaAtEdge\] Seeded\/Edge: Lambda@Edge function is deployed to us-east-1/,
      EU,
    ],
    [
      'S3 cross-region replication',
      (s) =>
        new s3.CfnBucket(s, 'Bucket', {
          versioningConfiguration: { status: 'Enabled' },
          replicationConfiguration: {
            role: 'arn:aws:iam::123456789012:role/replication',
            rules: [{ status: 'Enabled', destination: { bucket: 'arn:aws:s3:::elsewhere' } }],
          },
        }),
      /^\[Residency-S3Replication\] Seeded\/Bucket: S3 bucket replicates objects/,
      EU,
    ],
    [
      'Cognito sending e-mail through SES in another region',
      (s) =>
        new cognito.UserPool(s, 'Pool', {
          email: cognito.UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', sesRegion: 'us-east-1', sesVerifiedDomain: 'example.com' }),
        }),
      /^\[Residency-CrossRegionService\] Seeded\/Pool\/Resource: AWS::Cognito::UserPool references ses in us-east-1, outside market "eu"/,
      EU,
    ],
    [
      'Cognito sending SMS through SNS in another region',
      (s) => new cognito.UserPool(s, 'Pool', { smsRole: undefined, mfa: cognito.Mfa.OPTIONAL, mfaSecondFactor: { sms: true, otp: true }, snsRegion: 'us-west-2' }),
      /^\[Residency-CrossRegionService\] Seeded\/Pool\/Resource: Cognito user pool sends SMS through SNS in us-west-2/,
      EU,
    ],
    [
      'an SNS subscription to a topic in another region',
      (s) => new sns.CfnSubscription(s, 'Sub', { protocol: 'sqs', topicArn: 'arn:aws:sns:us-east-1:123456789012:t', endpoint: 'arn:aws:sqs:eu-north-1:123456789012:q', region: 'us-east-1' }),
      /^\[Residency-CrossRegionService\] Seeded\/Sub: SNS subscription targets region us-east-1/,
      EU,
    ],
  ];

  it.each(cases)('rejects %s, naming the construct', (_name, build, expected, env) => {
    const errors = errorsOf(build, env);
    expect(errors.some((e) => expected.test(e)), errors.join('\n')).toBe(true);
  });

  it('makes `cdk synth` of a non-allowed region stop with one line naming the field', () => {
    expect(() => defaultConfig({ region: 'us-east-1' })).toThrow(/^config: region: "us-east-1" is not a region of market "eu"/);
  });
});
