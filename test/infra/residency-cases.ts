/**
 * The adversarial residency suite: stacks an attacker or a careless colleague could write in
 * an app pinned to the EU market (home region eu-north-1). Written from what CDK lets people
 * do, not from what the check handles. Each `refused` case must make synthesis fail and the
 * report must match `names` (the stack, resource or construct at fault); each `legal` case
 * must synthesize cleanly.
 */
import {
  Aws,
  CfnCondition,
  CfnMapping,
  CfnOutput,
  CfnParameter,
  CfnResource,
  CustomResource,
  Duration,
  Fn,
  NestedStack,
  Stack,
  Stage,
  Tags,
  Validations,
} from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as eventsources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';

export interface ResidencyCase {
  readonly name: string;
  /**
   * Adds the stacks of the case under `scope`: an App, or a Stage of its own when the suite
   * synthesizes all cases at once (a Stage without env, so it sets no region).
   */
  build(scope: Stage): void;
  /** What the failure report must name (stack, logical id or construct path). */
  readonly names: RegExp;
}

export const HOME = { region: 'eu-north-1', account: '123456789012' };
const euStack = (app: Stage, id = 'Victim', props: { crossRegionReferences?: boolean } = {}) => new Stack(app, id, { env: HOME, ...props });
const inline = () => lambda.Code.fromInline('exports.handler = async () => {}');
const fn = (scope: Stack | NestedStack, id: string, environment?: Record<string, string>) =>
  new lambda.Function(scope, id, { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline(), ...(environment ? { environment } : {}) });
const pk = { name: 'pk', type: dynamodb.AttributeType.STRING };

export const REFUSED: readonly ResidencyCase[] = [
  // --- where stacks go -------------------------------------------------------------------
  { name: 'a stack without env (deployable anywhere)', build: (app) => void new Stack(app, 'Agnostic'), names: /Agnostic/ },
  { name: 'a stack with only an account, no region', build: (app) => void new Stack(app, 'NoRegion', { env: { account: '123456789012' } }), names: /NoRegion/ },
  { name: 'a stack whose region is the Aws.REGION token (environment-agnostic in disguise)', build: (app) => void new Stack(app, 'TokenEnv', { env: { region: Aws.REGION } }), names: /TokenEnv/ },
  { name: 'a stack in us-east-1', build: (app) => void new Stack(app, 'Virginia', { env: { region: 'us-east-1' } }), names: /Virginia/ },
  { name: 'a stack in London (outside the EEA)', build: (app) => void new Stack(app, 'London', { env: { region: 'eu-west-2' } }), names: /London/ },
  {
    name: 'a whole Stage in us-east-1',
    build: (app) => {
      euStack(app);
      const stage = new Stage(app, 'Rogue', { env: { region: 'us-east-1' } });
      new sqs.Queue(new Stack(stage, 'Inner'), 'Q');
    },
    names: /Rogue\/Inner/,
  },
  {
    name: 'a Stage inside a Stage, the inner one in us-west-2',
    build: (app) => {
      const outer = new Stage(app, 'Outer', { env: HOME });
      new Stack(outer, 'Fine');
      const inner = new Stage(outer, 'Deeper', { env: { region: 'us-west-2' } });
      new sqs.Queue(new Stack(inner, 'Far'), 'Q');
    },
    names: /Outer\/Deeper\/Far/,
  },
  {
    name: 'an EU Stage whose stack overrides the region',
    build: (app) => {
      const stage = new Stage(app, 'EuStage', { env: HOME });
      new Stack(stage, 'Escapee', { env: { region: 'ap-southeast-2' } });
    },
    names: /EuStage\/Escapee/,
  },
  {
    name: 'a NestedStack holding a raw CloudFront distribution',
    build: (app) => {
      const nested = new NestedStack(euStack(app), 'Inner');
      new CfnResource(nested, 'HiddenCdn', {
        type: 'AWS::CloudFront::Distribution',
        properties: { DistributionConfig: { Enabled: true, DefaultCacheBehavior: { TargetOriginId: 'o', ViewerProtocolPolicy: 'https-only' }, Origins: [{ Id: 'o', DomainName: 'example.com' }] } },
      });
    },
    names: /HiddenCdn/,
  },
  {
    name: 'a NestedStack inside a NestedStack with a us-east-1 queue URL in a Lambda',
    build: (app) => {
      const deep = new NestedStack(new NestedStack(euStack(app), 'L1'), 'L2');
      fn(deep, 'DeepFn', { QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/q' });
    },
    names: /DeepFn/,
  },
  {
    name: 'a CloudFormation StackSet rolling out to us-east-1',
    build: (app) =>
      void new CfnResource(euStack(app), 'Fleet', {
        type: 'AWS::CloudFormation::StackSet',
        properties: {
          StackSetName: 'fleet',
          PermissionModel: 'SELF_MANAGED',
          TemplateBody: '{"Resources":{"Q":{"Type":"AWS::SQS::Queue"}}}',
          StackInstancesGroup: [{ DeploymentTargets: { Accounts: ['123456789012'] }, Regions: ['us-east-1'] }],
        },
      }),
    names: /Fleet/,
  },
  {
    name: 'a nested stack whose template lives outside the assembly',
    build: (app) =>
      void new CfnResource(euStack(app), 'Foreign', {
        type: 'AWS::CloudFormation::Stack',
        properties: { TemplateURL: 'https://example-bucket.s3.eu-north-1.amazonaws.com/stack.json' },
      }),
    names: /Foreign/,
  },
  {
    name: 'a macro transform (the deployed template is not the synthesized one)',
    build: (app) => {
      const s = euStack(app, 'Macro');
      s.addTransform('AWS::Serverless-2016-10-31');
      new sqs.Queue(s, 'Q');
    },
    names: /Macro/,
  },
  // --- overrides and raw L1s ---------------------------------------------------------------
  {
    name: 'addPropertyOverride adding a us-east-1 replica to a TableV2',
    build: (app) => {
      const t = new dynamodb.TableV2(euStack(app), 'Orders', { partitionKey: pk });
      (t.node.defaultChild as CfnResource).addPropertyOverride('Replicas.1', { Region: 'us-east-1' });
    },
    names: /Orders/,
  },
  {
    name: 'a TableV2 replica in Zurich (outside the EEA)',
    build: (app) => void new dynamodb.TableV2(euStack(app), 'Swiss', { partitionKey: pk, replicas: [{ region: 'eu-central-2' }] }),
    names: /Swiss/,
  },
  {
    name: 'a legacy Table with replicationRegions',
    build: (app) => void new dynamodb.Table(euStack(app), 'Legacy', { partitionKey: pk, replicationRegions: ['us-east-2'] }),
    names: /Legacy/,
  },
  {
    name: 'addPropertyOverride making a KMS key multi-Region',
    build: (app) => {
      const k = new kms.Key(euStack(app), 'Sneaky', { enableKeyRotation: true });
      (k.node.defaultChild as CfnResource).addPropertyOverride('MultiRegion', true);
    },
    names: /Sneaky/,
  },
  {
    name: 'a raw KMS replica key',
    build: (app) =>
      void new CfnResource(euStack(app), 'Replica', {
        type: 'AWS::KMS::ReplicaKey',
        properties: { PrimaryKeyArn: Fn.sub('arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/mrk-1'), KeyPolicy: {} },
      }),
    names: /Replica/,
  },
  {
    name: 'addPropertyOverride adding S3 replication (bucket ARNs carry no region)',
    build: (app) => {
      const b = new s3.Bucket(euStack(app), 'Photos', { versioned: true });
      (b.node.defaultChild as CfnResource).addPropertyOverride('ReplicationConfiguration', {
        Role: 'arn:aws:iam::123456789012:role/r',
        Rules: [{ Status: 'Enabled', Destination: { Bucket: 'arn:aws:s3:::somewhere-else' } }],
      });
    },
    names: /Photos/,
  },
  {
    name: 'an S3 Multi-Region Access Point',
    build: (app) =>
      void new CfnResource(euStack(app), 'Mrap', { type: 'AWS::S3::MultiRegionAccessPoint', properties: { Regions: [{ Bucket: 'b1' }, { Bucket: 'b2' }] } }),
    names: /Mrap/,
  },
  {
    name: 'addPropertyOverride turning a REGIONAL API into EDGE',
    build: (app) => {
      const api = new apigw.RestApi(euStack(app), 'Api', { endpointTypes: [apigw.EndpointType.REGIONAL] });
      api.root.addMethod('GET');
      (api.node.defaultChild as CfnResource).addPropertyOverride('EndpointConfiguration.Types', ['EDGE']);
    },
    names: /Api/,
  },
  {
    name: 'a REST API without endpoint type (API Gateway makes it EDGE)',
    build: (app) => new apigw.RestApi(euStack(app), 'DefaultApi').root.addMethod('GET'),
    names: /DefaultApi/,
  },
  {
    name: 'a raw REST API L1 without EndpointConfiguration',
    build: (app) => void new CfnResource(euStack(app), 'RawApi', { type: 'AWS::ApiGateway::RestApi', properties: { Name: 'raw' } }),
    names: /RawApi/,
  },
  {
    name: 'an edge-optimised custom domain with a us-east-1 certificate',
    build: (app) =>
      void new apigw.CfnDomainName(euStack(app), 'Domain', {
        domainName: 'api.example.com',
        certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
      }),
    names: /Domain/,
  },
  {
    name: 'a CloudFront distribution (L2)',
    build: (app) => void new cloudfront.Distribution(euStack(app), 'Cdn', { defaultBehavior: { origin: new origins.HttpOrigin('example.com') } }),
    names: /Cdn/,
  },
  {
    name: 'a CloudFront Function (raw)',
    build: (app) =>
      void new CfnResource(euStack(app), 'EdgeCode', {
        type: 'AWS::CloudFront::Function',
        properties: { Name: 'f', AutoPublish: true, FunctionCode: 'function handler(e){return e.request}', FunctionConfig: { Comment: 'x', Runtime: 'cloudfront-js-2.0' } },
      }),
    names: /EdgeCode/,
  },
  {
    name: 'a Lambda@Edge function',
    build: (app) =>
      void new cloudfront.experimental.EdgeFunction(euStack(app, 'WithEdge'), 'Edge', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline() }),
    names: /edge-lambda-stack|Edge/,
  },
  {
    name: 'a Global Accelerator',
    build: (app) => void new CfnResource(euStack(app), 'Accel', { type: 'AWS::GlobalAccelerator::Accelerator', properties: { Name: 'a' } }),
    names: /Accel/,
  },
  {
    name: 'a Route 53 health check (checkers read responses from other regions)',
    build: (app) =>
      void new route53.CfnHealthCheck(euStack(app), 'Probe', { healthCheckConfig: { type: 'HTTPS', fullyQualifiedDomainName: 'api.example.com', searchString: 'ok' } }),
    names: /Probe/,
  },
  {
    name: 'an EventBridge global endpoint failing over to us-east-1',
    build: (app) =>
      void new CfnResource(euStack(app), 'GlobalBus', {
        type: 'AWS::Events::Endpoint',
        properties: {
          Name: 'g',
          RoutingConfig: { FailoverConfig: { Primary: { HealthCheck: 'arn:aws:route53:::healthcheck/1' }, Secondary: { Route: 'us-east-1' } } },
          EventBuses: [{ EventBusArn: Fn.sub('arn:aws:events:${AWS::Region}:${AWS::AccountId}:event-bus/b') }, { EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/b' }],
        },
      }),
    names: /GlobalBus/,
  },
  // --- regions inside values -----------------------------------------------------------------
  {
    name: 'a us-east-1 SQS queue URL in a Lambda environment',
    build: (app) => void fn(euStack(app), 'Forwarder', { TARGET: 'https://sqs.us-east-1.amazonaws.com/123456789012/elsewhere' }),
    names: /Forwarder/,
  },
  {
    name: 'an SDK region environment variable (AWS_REGION-like override)',
    build: (app) => void fn(euStack(app), 'Misdirected', { SDK_REGION: 'us-west-2' }),
    names: /Misdirected/,
  },
  {
    name: 'an upper-case region in an environment variable',
    build: (app) => void fn(euStack(app), 'Shouty', { DEST: 'US-EAST-1' }),
    names: /Shouty/,
  },
  {
    name: 'a mixed-case region inside a longer string',
    build: (app) => void fn(euStack(app), 'Mixed', { DEST: 'replicate-to:Ap-Southeast-1;mode=fast' }),
    names: /Mixed/,
  },
  {
    name: "a region hidden in Fn::Join pieces ('us-' + 'east-1')",
    build: (app) => void fn(euStack(app), 'Joined', { DEST: Fn.join('', ['us-', 'east-1']) }),
    names: /Joined/,
  },
  {
    name: 'a region assembled with Fn::Sub variables',
    build: (app) => void fn(euStack(app), 'Subbed', { DEST: Fn.sub('${Geo}-${Dir}-1', { Geo: 'us', Dir: 'west' }) }),
    names: /Subbed/,
  },
  {
    name: 'a China region (cn-north-1) endpoint',
    build: (app) => void fn(euStack(app), 'China', { ENDPOINT: 'https://sqs.cn-north-1.amazonaws.com.cn/123456789012/q' }),
    names: /China/,
  },
  {
    name: 'a GovCloud ARN (us-gov-west-1)',
    build: (app) => {
      const q = new sqs.Queue(euStack(app), 'GovQ');
      q.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], principals: [new iam.AnyPrincipal()], resources: [q.queueArn], conditions: { ArnEquals: { 'aws:SourceArn': 'arn:aws-us-gov:sns:us-gov-west-1:123456789012:t' } } }));
    },
    names: /GovQ/,
  },
  {
    name: "S3's global endpoint (served from us-east-1) in a Lambda environment",
    build: (app) => void fn(euStack(app), 'GlobalS3', { EXPORT_TO: 'https://s3.amazonaws.com/exports' }),
    names: /GlobalS3/,
  },
  {
    name: 'a dual-stack .api.aws endpoint in another region',
    build: (app) => void fn(euStack(app), 'DualStack', { ENDPOINT: 'https://sqs.us-east-2.api.aws' }),
    names: /DualStack/,
  },
  {
    name: 'a region in a Parameters default',
    build: (app) => {
      const s = euStack(app, 'ParamDefault');
      new CfnParameter(s, 'ReplicaRegion', { default: 'us-east-1' });
      new sqs.Queue(s, 'Q');
    },
    names: /ParamDefault|ReplicaRegion/,
  },
  {
    name: 'a region in Mappings read with Fn::FindInMap',
    build: (app) => {
      const s = euStack(app, 'Mapped');
      const m = new CfnMapping(s, 'Where', { mapping: { prod: { dest: 'sa-east-1' } } });
      fn(s, 'MapFn', { DEST: m.findInMap('prod', 'dest') });
    },
    names: /Mapped|Where|MapFn/,
  },
  {
    name: 'a region in an Output',
    build: (app) => {
      const s = euStack(app, 'Outs');
      new CfnOutput(s, 'DrRegion', { value: 'me-central-1' });
    },
    names: /Outs|DrRegion/,
  },
  {
    name: 'a region in a Condition',
    build: (app) => {
      const s = euStack(app, 'Conds');
      const c = new CfnCondition(s, 'InVirginia', { expression: Fn.conditionEquals(Aws.REGION, 'us-east-1') });
      (new sqs.Queue(s, 'Q').node.defaultChild as CfnResource).cfnOptions.condition = c;
    },
    names: /Conds|InVirginia/,
  },
  {
    name: 'a region in a tag value',
    build: (app) => {
      const q = new sqs.Queue(euStack(app), 'Tagged');
      Tags.of(q).add('dr-target', 'us-east-1');
    },
    names: /Tagged/,
  },
  // --- services wired to other regions ----------------------------------------------------------
  {
    name: 'a Step Functions SDK task calling SQS in us-east-1 (QueueUrl parameter)',
    build: (app) => {
      const s = euStack(app, 'Flow');
      new sfn.StateMachine(s, 'Machine', {
        definitionBody: sfn.DefinitionBody.fromChainable(
          new tasks.CallAwsService(s, 'Send', {
            service: 'sqs',
            action: 'sendMessage',
            parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: 'x' },
            iamResources: ['*'],
          }),
        ),
      });
    },
    names: /Machine/,
  },
  {
    name: 'a Step Functions SDK task with a Region parameter and an ARN from another region',
    build: (app) => {
      const s = euStack(app, 'Flow2');
      new sfn.StateMachine(s, 'Machine2', {
        definitionBody: sfn.DefinitionBody.fromChainable(
          new tasks.CallAwsService(s, 'Copy', {
            service: 'kms',
            action: 'replicateKey',
            parameters: { KeyId: 'mrk-1', ReplicaRegion: 'ca-central-1' },
            iamResources: ['arn:aws:kms:ca-central-1:123456789012:key/*'],
          }),
        ),
      });
    },
    names: /Machine2/,
  },
  {
    name: 'a state machine invoking a Lambda function in us-west-2',
    build: (app) => {
      const s = euStack(app, 'Flow3');
      const far = lambda.Function.fromFunctionArn(s, 'Far', 'arn:aws:lambda:us-west-2:123456789012:function:far');
      new sfn.StateMachine(s, 'Machine3', { definitionBody: sfn.DefinitionBody.fromChainable(new tasks.LambdaInvoke(s, 'Call', { lambdaFunction: far })) });
    },
    names: /Machine3/,
  },
  {
    name: 'a Kinesis stream in another region feeding a Lambda',
    build: (app) => {
      const s = euStack(app, 'Streams');
      const f = fn(s, 'Consumer');
      new lambda.EventSourceMapping(s, 'FromFar', { target: f, eventSourceArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s', startingPosition: lambda.StartingPosition.LATEST });
      void eventsources;
    },
    names: /FromFar/,
  },
  {
    name: "a Firehose delivering to a bucket the check cannot place (another region's bucket)",
    build: (app) => {
      const s = euStack(app, 'Hose');
      new firehose.CfnDeliveryStream(s, 'Delivery', {
        deliveryStreamType: 'DirectPut',
        s3DestinationConfiguration: { bucketArn: 'arn:aws:s3:::bucket-in-us-east-1', roleArn: Fn.sub('arn:aws:iam::${AWS::AccountId}:role/f') },
      });
    },
    names: /Delivery/,
  },
  {
    name: 'a Firehose reading a Kinesis stream in us-east-1',
    build: (app) => {
      const s = euStack(app, 'Hose2');
      const b = new s3.Bucket(s, 'Sink');
      new firehose.CfnDeliveryStream(s, 'FromStream', {
        deliveryStreamType: 'KinesisStreamAsSource',
        kinesisStreamSourceConfiguration: { kinesisStreamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s', roleArn: Fn.sub('arn:aws:iam::${AWS::AccountId}:role/f') },
        s3DestinationConfiguration: { bucketArn: b.bucketArn, roleArn: Fn.sub('arn:aws:iam::${AWS::AccountId}:role/f') },
      });
    },
    names: /FromStream/,
  },
  {
    name: 'a Firehose posting to an HTTP endpoint',
    build: (app) => {
      const s = euStack(app, 'Hose3');
      const b = new s3.Bucket(s, 'Backup');
      new firehose.CfnDeliveryStream(s, 'ToHttp', {
        httpEndpointDestinationConfiguration: {
          endpointConfiguration: { url: 'https://collector.example.com/ingest' },
          s3Configuration: { bucketArn: b.bucketArn, roleArn: Fn.sub('arn:aws:iam::${AWS::AccountId}:role/f') },
        },
      });
    },
    names: /ToHttp/,
  },
  {
    name: 'a Backup plan copying to a vault in us-west-2',
    build: (app) => {
      const s = euStack(app, 'Bk');
      const plan = new backup.BackupPlan(s, 'Plan');
      plan.addRule(new backup.BackupPlanRule({ ruleName: 'r', copyActions: [{ destinationBackupVault: backup.BackupVault.fromBackupVaultArn(s, 'FarVault', 'arn:aws:backup:us-west-2:123456789012:backup-vault:v') }] }));
    },
    names: /Plan/,
  },
  {
    name: 'a Backup copy action whose vault ARN is a CfnParameter',
    build: (app) => {
      const s = euStack(app, 'Bk2');
      const p = new CfnParameter(s, 'VaultArn');
      new backup.CfnBackupPlan(s, 'ParamPlan', {
        backupPlan: { backupPlanName: 'p', backupPlanRule: [{ ruleName: 'r', targetBackupVault: 'v', copyActions: [{ destinationBackupVaultArn: p.valueAsString }] }] },
      });
    },
    names: /ParamPlan/,
  },
  {
    name: 'a Secrets Manager replica in us-east-1',
    build: (app) => void new secretsmanager.Secret(euStack(app), 'Creds', { replicaRegions: [{ region: 'us-east-1' }] }),
    names: /Creds/,
  },
  {
    name: 'ECR registry replication to us-west-1',
    build: (app) =>
      void new ecr.CfnReplicationConfiguration(euStack(app), 'Mirror', {
        replicationConfiguration: { rules: [{ destinations: [{ region: 'us-west-1', registryId: '123456789012' }] }] },
      }),
    names: /Mirror/,
  },
  {
    name: 'a region given as a CfnParameter in an ARN',
    build: (app) => {
      const s = euStack(app, 'Param');
      const r = new CfnParameter(s, 'TopicRegion');
      new sns.CfnSubscription(s, 'ParamSub', { protocol: 'sqs', topicArn: Fn.sub('arn:aws:sns:${TopicRegion}:123456789012:t', { TopicRegion: r.valueAsString }), endpoint: new sqs.Queue(s, 'Q').queueArn });
    },
    names: /ParamSub/,
  },
  {
    name: 'an SNS subscription Region given as a CfnParameter',
    build: (app) => {
      const s = euStack(app, 'Param2');
      const r = new CfnParameter(s, 'SubRegion');
      new sns.CfnSubscription(s, 'RegionSub', { protocol: 'sqs', topicArn: new sns.Topic(s, 'T').topicArn, endpoint: new sqs.Queue(s, 'Q').queueArn, region: r.valueAsString });
    },
    names: /RegionSub/,
  },
  {
    name: 'a topic ARN taken from Fn::ImportValue (an export not in this assembly)',
    build: (app) => {
      const s = euStack(app, 'Imports');
      new sns.CfnSubscription(s, 'ImportedSub', { protocol: 'sqs', topicArn: Fn.importValue('someone-elses-topic-arn'), endpoint: new sqs.Queue(s, 'Q').queueArn });
    },
    names: /ImportedSub/,
  },
  {
    name: 'an SQS queue subscribed to a us-west-2 SNS topic',
    build: (app) => {
      const s = euStack(app, 'Subs');
      sns.Topic.fromTopicArn(s, 'FarTopic', 'arn:aws:sns:us-west-2:123456789012:t').addSubscription(new subs.SqsSubscription(new sqs.Queue(s, 'Inbox')));
    },
    names: /Inbox|FarTopic/,
  },
  {
    name: 'an EventBridge rule targeting an event bus in us-east-1',
    build: (app) => {
      const s = euStack(app, 'Bus');
      new events.Rule(s, 'Forward', {
        eventPattern: { source: ['adwarden'] },
        targets: [new targets.EventBus(events.EventBus.fromEventBusArn(s, 'FarBus', 'arn:aws:events:us-east-1:123456789012:event-bus/default'))],
      });
    },
    names: /Forward/,
  },
  {
    name: 'a log subscription to a Kinesis stream in eu-west-2',
    build: (app) => {
      const s = euStack(app, 'LogShip');
      const g = new logs.LogGroup(s, 'G', { retention: logs.RetentionDays.ONE_WEEK });
      new logs.CfnSubscriptionFilter(s, 'Ship', { logGroupName: g.logGroupName, filterPattern: '', destinationArn: 'arn:aws:kinesis:eu-west-2:123456789012:stream/logs', roleArn: Fn.sub('arn:aws:iam::${AWS::AccountId}:role/l') });
    },
    names: /Ship/,
  },
  {
    name: 'a Lambda dead-letter queue in us-east-1',
    build: (app) => {
      const s = euStack(app, 'Dlq');
      const f = fn(s, 'WithDlq');
      (f.node.defaultChild as CfnResource).addPropertyOverride('DeadLetterConfig.TargetArn', 'arn:aws:sqs:us-east-1:123456789012:dlq');
    },
    names: /WithDlq/,
  },
  {
    name: 'a custom resource with a region property',
    build: (app) => {
      const s = euStack(app, 'Custom');
      new CustomResource(s, 'Copier', { serviceToken: fn(s, 'Provider').functionArn, properties: { TargetRegion: 'af-south-1' } });
    },
    names: /Copier/,
  },
  {
    name: 'a custom resource whose region cannot be resolved (Fn::ImportValue)',
    build: (app) => {
      const s = euStack(app, 'Custom2');
      new CustomResource(s, 'Opaque', { serviceToken: fn(s, 'Provider').functionArn, properties: { Region: Fn.importValue('where-to') } });
    },
    names: /Opaque/,
  },
  {
    name: 'an AwsCustomResource calling an API in us-east-1',
    build: (app) =>
      void new AwsCustomResource(euStack(app, 'SdkCall'), 'Remote', {
        onCreate: { service: 'SSM', action: 'getParameter', region: 'us-east-1', parameters: { Name: 'p' }, physicalResourceId: PhysicalResourceId.of('p') },
        policy: AwsCustomResourcePolicy.fromSdkCalls({ resources: AwsCustomResourcePolicy.ANY_RESOURCE }),
      }),
    names: /Remote/,
  },
  {
    name: 'CDK crossRegionReferences between an EU stack and a us-east-1 stack',
    build: (app) => {
      const us = new Stack(app, 'CertStack', { env: { region: 'us-east-1', account: HOME.account }, crossRegionReferences: true });
      const topic = new sns.Topic(us, 'T');
      const eu = euStack(app, 'Consumer', { crossRegionReferences: true });
      fn(eu, 'Reader', { TOPIC: topic.topicArn });
    },
    names: /CertStack|Consumer/,
  },
  {
    name: 'CDK crossRegionReferences even between two market regions (values read from SSM at deploy time)',
    build: (app) => {
      const ie = new Stack(app, 'DublinStack', { env: { region: 'eu-west-1', account: HOME.account }, crossRegionReferences: true });
      const topic = new sns.Topic(ie, 'T');
      fn(euStack(app, 'StockholmConsumer', { crossRegionReferences: true }), 'Reader', { TOPIC: topic.topicArn });
    },
    names: /StockholmConsumer/,
  },
  {
    name: 'Cognito sending e-mail through SES in us-east-1',
    build: (app) =>
      void new cognito.UserPool(euStack(app), 'Pool', {
        email: cognito.UserPoolEmail.withSES({ fromEmail: 'noreply@example.com', sesRegion: 'us-east-1', sesVerifiedDomain: 'example.com' }),
      }),
    names: /Pool/,
  },
  {
    name: 'Cognito sending SMS through SNS in us-west-2',
    build: (app) => void new cognito.UserPool(euStack(app), 'SmsPool', { mfa: cognito.Mfa.OPTIONAL, mfaSecondFactor: { sms: true, otp: true }, snsRegion: 'us-west-2' }),
    names: /SmsPool/,
  },
  {
    name: 'a region in resource Metadata (cfn-init configuration)',
    build: (app) => {
      const q = new sqs.Queue(euStack(app, 'Meta'), 'Configured');
      (q.node.defaultChild as CfnResource).cfnOptions.metadata = { 'AWS::CloudFormation::Init': { config: { files: { '/etc/app.conf': { content: 'region=us-west-1' } } } } };
    },
    names: /Configured/,
  },
  {
    name: 'an EventBridge API destination (events to an HTTP endpoint)',
    build: (app) =>
      void new CfnResource(euStack(app), 'Hook', {
        type: 'AWS::Events::ApiDestination',
        properties: { ConnectionArn: Fn.sub('arn:aws:events:${AWS::Region}:${AWS::AccountId}:connection/c'), InvocationEndpoint: 'https://collector.example.com', HttpMethod: 'POST' },
      }),
    names: /Hook/,
  },
  {
    name: 'an SNS subscription over HTTPS',
    build: (app) => new sns.Topic(euStack(app), 'Leaky').addSubscription(new subs.UrlSubscription('https://collector.example.com/hook')),
    names: /Leaky/,
  },
  {
    name: 'a Step Functions HTTP task',
    build: (app) =>
      void new CfnResource(euStack(app), 'HttpFlow', {
        type: 'AWS::StepFunctions::StateMachine',
        properties: {
          RoleArn: Fn.sub('arn:aws:iam::${AWS::AccountId}:role/r'),
          DefinitionString: JSON.stringify({ StartAt: 'Post', States: { Post: { Type: 'Task', Resource: 'arn:aws:states:::http:invoke', Parameters: { ApiEndpoint: 'https://collector.example.com', Method: 'POST' }, End: true } } }),
        },
      }),
    names: /HttpFlow/,
  },
  { name: 'S3 Transfer Acceleration', build: (app) => void new s3.Bucket(euStack(app), 'Fast', { transferAcceleration: true }), names: /Fast/ },
  { name: 'a third-party registry resource type', build: (app) => void new CfnResource(euStack(app), 'Atlas', { type: 'MongoDB::Atlas::Cluster', properties: { Name: 'c' } }), names: /Atlas/ },
  { name: 'a CloudFormation module', build: (app) => void new CfnResource(euStack(app), 'Mod', { type: 'Org::Storage::Bucket::MODULE', properties: {} }), names: /Mod/ },
  {
    name: 'a CodePipeline action running in us-east-2',
    build: (app) =>
      void new CfnResource(euStack(app), 'Pipe', {
        type: 'AWS::CodePipeline::Pipeline',
        properties: {
          RoleArn: Fn.sub('arn:aws:iam::${AWS::AccountId}:role/p'),
          Stages: [{ Name: 'Deploy', Actions: [{ Name: 'A', Region: 'us-east-2', ActionTypeId: { Category: 'Deploy', Owner: 'AWS', Provider: 'CloudFormation', Version: '1' } }] }],
        },
      }),
    names: /Pipe/,
  },
  {
    name: 'a CloudWatch dashboard reading us-east-1 metrics (JSON body)',
    build: (app) =>
      void new cloudwatch.CfnDashboard(euStack(app), 'Board', { dashboardBody: JSON.stringify({ widgets: [{ type: 'metric', properties: { region: 'us-east-1', metrics: [] } }] }) }),
    names: /Board/,
  },
  {
    name: 'VPC peering to us-west-2',
    build: (app) => void new ec2.CfnVPCPeeringConnection(euStack(app), 'Peer', { vpcId: 'vpc-1', peerVpcId: 'vpc-2', peerRegion: 'us-west-2' }),
    names: /Peer/,
  },
  {
    name: 'an RDS read replica of a database in another region',
    build: (app) =>
      void new CfnResource(euStack(app), 'ReadReplica', {
        type: 'AWS::RDS::DBInstance',
        properties: { DBInstanceClass: 'db.t3.micro', SourceDBInstanceIdentifier: 'arn:aws:rds:us-east-1:123456789012:db:primary', SourceRegion: 'us-east-1' },
      }),
    names: /ReadReplica/,
  },
  {
    name: 'acknowledging every residency rule on the stack',
    build: (app) => {
      const s = new Stack(app, 'Acked', { env: { region: 'us-east-1' } });
      new sqs.Queue(s, 'Q');
      for (const id of ['Residency-StackRegion', 'adwarden-residency::Residency-StackRegion']) Validations.of(s).acknowledge({ id, reason: 'we know best' });
    },
    names: /Acked/,
  },
  {
    name: 'an IAM policy pointing a role at a DynamoDB table in us-east-1 (data read from there)',
    build: (app) => {
      const s = euStack(app, 'Reach');
      const r = new iam.Role(s, 'Reacher', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      r.addToPolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['arn:aws:dynamodb:us-east-1:123456789012:table/t'] }));
    },
    names: /Reacher/,
  },
];

/** Cases that must pass: what a legal in-market stack looks like. One app, one synthesis. */
export function buildLegal(app: Stage): void {
  const s = euStack(app, 'Legal');
  const q = new sqs.Queue(s, 'Q');
  // Aws.REGION tokens, explicit in-market strings, ARNs formatted by the stack.
  fn(s, 'Fn', {
    QUEUE_URL: q.queueUrl,
    HOME_REGION: Aws.REGION,
    DR_REGION: 'eu-west-1',
    SELF_ARN: s.formatArn({ service: 'sns', resource: 'topic' }),
    LITERAL_ARN: 'arn:aws:sqs:eu-central-1:123456789012:q',
    ENDPOINT: `https://sqs.eu-south-2.amazonaws.com/123456789012/q`,
    SUBBED: Fn.sub('https://sqs.${AWS::Region}.${AWS::URLSuffix}/${AWS::AccountId}/q'),
  });
  // snsRegion: Aws.REGION (was reported as "[object Object]").
  new cognito.UserPool(s, 'Pool', { mfa: cognito.Mfa.OPTIONAL, mfaSecondFactor: { sms: true, otp: true }, snsRegion: Aws.REGION });
  new dynamodb.TableV2(s, 'T', { partitionKey: pk, replicas: [{ region: 'eu-west-1' }, { region: 'eu-central-1' }] });
  new kms.Key(s, 'K', { enableKeyRotation: true });
  new apigw.RestApi(s, 'Api', { endpointTypes: [apigw.EndpointType.REGIONAL] }).root.addMethod('GET');
  new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }).addToPolicy(
    new iam.PolicyStatement({ actions: ['logs:CreateLogGroup'], resources: ['arn:aws:logs:*:123456789012:*'] }),
  );
  new route53.TxtRecord(s, 'Txt', { zone: new route53.PublicHostedZone(s, 'Zone', { zoneName: 'example.com' }), values: ['hello'] });
  new secretsmanager.Secret(s, 'Secret', { replicaRegions: [{ region: 'eu-west-3' }] });
  const b = new s3.Bucket(s, 'Sink');
  new firehose.CfnDeliveryStream(s, 'Hose', { s3DestinationConfiguration: { bucketArn: b.bucketArn, roleArn: Fn.sub('arn:aws:iam::${AWS::AccountId}:role/f') } });
  new sns.Topic(s, 'Topic').addSubscription(new subs.SqsSubscription(q));
  new sfn.StateMachine(s, 'Machine', {
    definitionBody: sfn.DefinitionBody.fromChainable(
      new tasks.CallAwsService(s, 'Send', { service: 'sqs', action: 'sendMessage', parameters: { QueueUrl: q.queueUrl, MessageBody: 'x' }, iamResources: [q.queueArn] }),
    ),
    timeout: Duration.minutes(5),
  });
  // A NestedStack and a Stage in the market are fine.
  fn(new NestedStack(s, 'Nested'), 'NestedFn', { REGION: Aws.REGION });
  new sqs.Queue(new Stack(new Stage(app, 'EuStage', { env: { region: 'eu-south-1' } }), 'Inner'), 'Q');
}

/**
 * What the check does not see, as the README states: it reads templates, so a region that is
 * not in a template (encoded, or only in a bucket's location) passes. Each must synthesize.
 */
export function buildLimits(app: Stage): void {
  const s = euStack(app, 'Limits');
  // A base64-encoded region decoded at run time.
  fn(s, 'Encoded', { DEST: Buffer.from('us-east-1').toString('base64') });
  // A bucket in another region, named without its region: bucket names and ARNs carry none.
  fn(s, 'BucketByName', { EXPORT_BUCKET: 'someone-elses-bucket' });
  // Template-level Metadata configures nothing that is deployed; it is not read.
  s.templateOptions.metadata = { note: 'template-level metadata is not read: us-east-1' };
}
