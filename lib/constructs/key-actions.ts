import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * KMS actions by who needs them. No wildcards: `kms:Create*` would include kms:CreateGrant
 * and `kms:Put*` kms:PutKeyPolicy, either of which lets its holder give itself decrypt.
 */

/**
 * Administration of a key by the deployment role, without the right to use it for data.
 * kms:PutKeyPolicy is here because CloudFormation must be able to update the key policy; the
 * holder could rewrite the policy, so the role holding it must be the deployment role only.
 * kms:CreateGrant is NOT here: it is given only through DynamoDB and AWS Backup for AWS
 * resources (see KEY_SERVICE_GRANT_ACTIONS).
 */
export const KEY_ADMIN_ACTIONS = [
  'kms:CancelKeyDeletion',
  'kms:CreateAlias',
  'kms:DeleteAlias',
  'kms:DescribeKey',
  'kms:DisableKey',
  'kms:DisableKeyRotation',
  'kms:EnableKey',
  'kms:EnableKeyRotation',
  'kms:GetKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:ListGrants',
  'kms:ListKeyPolicies',
  'kms:ListResourceTags',
  'kms:PutKeyPolicy',
  'kms:RetireGrant',
  'kms:RevokeGrant',
  'kms:RotateKeyOnDemand',
  'kms:ScheduleKeyDeletion',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:UpdateAlias',
  'kms:UpdateKeyDescription',
] as const;

/**
 * What the account root keeps: reading the key's metadata and policy (auditors, Security Hub,
 * Config), nothing that changes the key or its policy and nothing that uses it. Giving the
 * account kms:PutKeyPolicy would let any principal with that IAM right rewrite the policy and
 * decrypt; we accept instead that, if the deployment role is deleted and not recreated under
 * its name, recovering administration of the key takes AWS Support.
 */
export const KEY_AUDIT_ACTIONS = [
  'kms:DescribeKey',
  'kms:GetKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:ListGrants',
  'kms:ListKeyPolicies',
  'kms:ListResourceTags',
] as const;

/** DynamoDB (table SSE) and AWS Backup create grants on the key for the resources they serve. */
export const KEY_SERVICE_GRANT_ACTIONS = ['kms:CreateGrant', 'kms:DescribeKey'] as const;

/** What AWS Backup's role needs, through DynamoDB and Backup only. */
export const KEY_BACKUP_ACTIONS = [
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyWithoutPlaintext',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
  'kms:DescribeKey',
] as const;

/**
 * The two statements every key policy of ours opens with: administration by the deployment role
 * (no use for data), and the account reading key metadata only. In a key policy "*" as resource
 * means this key.
 */
export function baseKeyStatements(keyAdminRoleArn: string): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({
      sid: 'AdministrationByDeploymentRole',
      principals: [new iam.ArnPrincipal(keyAdminRoleArn)],
      actions: [...KEY_ADMIN_ACTIONS],
      resources: ['*'],
    }),
    new iam.PolicyStatement({
      sid: 'AccountMayReadKeyMetadataOnly',
      principals: [new iam.AccountRootPrincipal()],
      actions: [...KEY_AUDIT_ACTIONS],
      resources: ['*'],
    }),
  ];
}
