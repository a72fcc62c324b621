import { type CfnResource, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** What a residency rule knows: the market's allowed regions and the stack region. */
export interface ResidencyContext {
  readonly market: string;
  readonly allowedRegions: readonly string[];
}

/**
 * One residency rule (cdk-nag's shape: one rule per file, named for what it checks).
 * Returns the violations found on this construct, each a sentence without the path:
 * the aspect prefixes the construct path.
 */
export interface ResidencyRule {
  readonly id: string;
  check(node: IConstruct, ctx: ResidencyContext): string[];
}

/** Properties of an L1 resource as CloudFormation will see them, tokens resolved. */
export function cfnProperties(node: CfnResource): Record<string, unknown> {
  // `_toCloudFormation` is CDK's own serialisation of a resource; reading it sees property
  // overrides too, which the typed L1 getters would miss.
  const cfn = (node as unknown as { _toCloudFormation(): { Resources?: Record<string, { Properties?: unknown }> } })._toCloudFormation();
  const resolved = Stack.of(node).resolve(cfn) as { Resources?: Record<string, { Properties?: Record<string, unknown> }> };
  return Object.values(resolved.Resources ?? {})[0]?.Properties ?? {};
}
