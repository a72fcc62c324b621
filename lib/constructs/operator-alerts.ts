/**
 * Breach-response signals (issue 8 point 3): the operators' SNS topic, encrypted with a key of
 * its own, and the alarms every stack raises to it. See docs/operations/breach.md for what each
 * alarm means and what to do.
 *
 * The topic lives in the data stack (deployed first) under a literal name; the other stacks
 * compute its ARN from the stage, as they do for roles and tables, so no stack exports anything.
 */
import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Config } from '../config.js';
import { baseKeyStatements } from './key-actions.js';

/** The operators' topic: alarms publish here; subscribe the on-call e-mail or pager to it. */
export function operatorTopicName(stage: Config['stage']): string {
  return `adwarden-${stage}-operators`;
}

/** Namespace of the metrics adwarden's metric filters emit. */
export function metricNamespace(stage: Config['stage']): string {
  return `adwarden/${stage}`;
}

/**
 * The log pattern of a refused call. There is no CloudTrail trail in these stacks, so a refusal is
 * seen where it happens: in the log of the function whose call was refused. Collection logs a
 * third-party error by its NAME only (never its message, which may quote values), so a KMS
 * AccessDeniedException cannot be told from DynamoDB's by the line: the filter counts every
 * access denial (KMS, STS AssumeRole of a tenant role, DynamoDB), plus the KMS errors of a
 * disabled or deleted key and of a ciphertext that does not verify. None of these happens in
 * normal operation of least-privilege roles, so each one is worth a look.
 * (CloudWatch text patterns: `?a ?b` matches lines holding a OR b.)
 */
export const ACCESS_DENIED_PATTERN = [
  'AccessDeniedException',
  'AccessDenied',
  'KMSAccessDeniedException',
  'KMSDisabledException',
  'KMSInvalidStateException',
  'DisabledException',
  'InvalidCiphertextException',
  'IncorrectKeyException',
]
  .map((t) => `?${t}`)
  .join(' ');

export interface OperatorTopicProps {
  readonly stage: Config['stage'];
  readonly keyAdminRoleArn: string;
  readonly prod: boolean;
  /** E-mailed every alarm (an SNS e-mail subscription, confirmed by its recipient). */
  readonly email?: string;
}

/** The topic and its key (in the data stack). CloudWatch alarms of this account may publish, nothing else. */
export class OperatorTopic extends Construct {
  public readonly topic: sns.Topic;
  public readonly key: kms.Key;

  constructor(scope: Construct, id: string, props: OperatorTopicProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.key = new kms.Key(this, 'Key', {
      alias: `alias/adwarden-${props.stage}-operators`,
      description: `adwarden ${props.stage} operator alerts topic`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: props.prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      policy: new iam.PolicyDocument({
        statements: [
          ...baseKeyStatements(props.keyAdminRoleArn),
          // An alarm action publishing to an SSE-KMS topic needs these two on the topic's key.
          new iam.PolicyStatement({
            sid: 'CloudWatchAlarmsOfThisAccountPublish',
            principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
            actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
            resources: ['*'],
            conditions: {
              StringEquals: { 'aws:SourceAccount': stack.account },
              ArnLike: { 'aws:SourceArn': stack.formatArn({ service: 'cloudwatch', resource: 'alarm', resourceName: '*', arnFormat: ArnFormat.COLON_RESOURCE_NAME }) },
            },
          }),
        ],
      }),
    });
    this.topic = new sns.Topic(this, 'Topic', {
      topicName: operatorTopicName(props.stage),
      displayName: `adwarden ${props.stage} operators`,
      masterKey: this.key,
      enforceSSL: true,
    });
    if (props.email) this.topic.addSubscription(new subs.EmailSubscription(props.email));
    this.topic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmsOfThisAccountPublish',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );
  }
}

/** The operators' topic as seen from any stack of the deployment (ARN computed, not imported). */
export function operatorTopic(scope: Construct, stage: Config['stage']): sns.ITopic {
  const stack = Stack.of(scope);
  return sns.Topic.fromTopicArn(scope, 'OperatorTopic', stack.formatArn({ service: 'sns', resource: operatorTopicName(stage) }));
}

/** Sends an alarm (and its return to OK) to the operators. */
export function notifyOperators(alarm: cloudwatch.Alarm, topic: sns.ITopic): cloudwatch.Alarm {
  const action = new actions.SnsAction(topic);
  alarm.addAlarmAction(action);
  alarm.addOkAction(action);
  return alarm;
}

/** Any message in a dead-letter queue: something failed for good and waits for an operator. */
export function deadLetterAlarm(scope: Construct, id: string, queue: sqs.IQueue, topic: sns.ITopic): cloudwatch.Alarm {
  return notifyOperators(
    new cloudwatch.Alarm(scope, id, {
      alarmName: `${Stack.of(scope).stackName}-${id}`,
      alarmDescription: `Dead-letter queue ${queue.node.id} holds messages: failures that will not be retried. Runbook: docs/operations/breach.md#dead-letter-queue`,
      metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }),
    topic,
  );
}

/**
 * A metric filter on every given log group counting refused calls and KMS key errors
 * (ACCESS_DENIED_PATTERN), and one alarm on their sum for this stack.
 */
export function accessDeniedAlarm(
  scope: Construct,
  props: { readonly stage: Config['stage']; readonly logGroups: readonly logs.ILogGroup[]; readonly topic: sns.ITopic },
): cloudwatch.Alarm {
  const stack = Stack.of(scope);
  const metricName = `AccessDenied-${stack.stackName}`;
  const container = new Construct(scope, 'AccessDenied');
  props.logGroups.forEach(
    (group, i) =>
      new logs.MetricFilter(container, `Filter${i}`, {
        logGroup: group,
        filterPattern: logs.FilterPattern.literal(ACCESS_DENIED_PATTERN),
        metricNamespace: metricNamespace(props.stage),
        metricName,
        metricValue: '1',
      }),
  );
  return notifyOperators(
    new cloudwatch.Alarm(container, 'Alarm', {
      alarmName: `${stack.stackName}-access-denied`,
      alarmDescription:
        'A function was refused an AWS call (a KMS key, a tenant role, a table) or a KMS key was disabled, pending deletion or did not verify a ciphertext. Runbook: docs/operations/breach.md#access-denied-kms',
      metric: new cloudwatch.Metric({ namespace: metricNamespace(props.stage), metricName, period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }),
    props.topic,
  );
}
