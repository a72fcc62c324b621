import { DefaultStackSynthesizer, Fn, Stack } from 'aws-cdk-lib';
import type { Config } from '../config.js';

/**
 * The one principal that administers every KMS key of the deployment: the configured
 * `keyAdminRoleArn`, else the CDK bootstrap's CloudFormation execution role of the stack's
 * account and region (what creates and updates the keys).
 */
export function keyAdminRoleArn(stack: Stack, config: Pick<Config, 'keyAdminRoleArn'>): string {
  if (config.keyAdminRoleArn) return config.keyAdminRoleArn;
  if (stack.synthesizer instanceof DefaultStackSynthesizer) return Fn.sub(stack.synthesizer.cloudFormationExecutionRoleArn);
  return stack.formatArn({
    service: 'iam',
    region: '',
    resource: 'role',
    resourceName: `cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-cfn-exec-role-${stack.account}-${stack.region}`,
  });
}
