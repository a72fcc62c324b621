import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { baseKeyStatements } from './key-actions.js';

export interface LogsKeyProps {
  readonly description: string;
  /** @default none */
  readonly alias?: string;
  readonly keyAdminRoleArn: string;
  readonly prod: boolean;
}

/**
 * A key for function logs that only CloudWatch Logs may use, and only for the log groups of the
 * scope's stack (generated names start with the stack name); administered by the deployment role.
 */
export function logsKey(scope: Construct, id: string, props: LogsKeyProps): kms.Key {
  const stack = Stack.of(scope);
  return new kms.Key(scope, id, {
    ...(props.alias ? { alias: props.alias } : {}),
    description: props.description,
    enableKeyRotation: true,
    pendingWindow: Duration.days(30),
    removalPolicy: props.prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    policy: new iam.PolicyDocument({
      statements: [
        ...baseKeyStatements(props.keyAdminRoleArn),
        new iam.PolicyStatement({
          sid: 'CloudWatchLogsForThisStacksLogGroups',
          principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
          actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKey', 'kms:DescribeKey'],
          resources: ['*'],
          conditions: {
            ArnLike: {
              'kms:EncryptionContext:aws:logs:arn': stack.formatArn({
                service: 'logs',
                resource: 'log-group',
                resourceName: `${stack.stackName}-*`,
                arnFormat: ArnFormat.COLON_RESOURCE_NAME,
              }),
            },
          },
        }),
      ],
    }),
  });
}
