/**
 * Errors of deploy-time provisioning (ARCHITECTURE.md decision 11). A failure fails the custom
 * resource, and with it `cdk deploy`, with this message in the CloudFormation events.
 */

/** The custom-resource event is not one this provisioner was declared with. Permanent. */
export class ProvisionEventError extends Error {
  override readonly name = 'ProvisionEventError';
  readonly classification = 'permanent';
}
