import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import type { Config } from '../config.js';
import { type FunctionDecl, functionRoleName } from '../topology.js';

/** A function's execution role as its own stack sees it. */
export interface FunctionRole {
  /** Add the function's statements here (an AWS::IAM::Policy attached by the role's name if imported). */
  readonly role: iam.IRole;
  /** Give this one to the function: CDK's own grants (X-Ray '*', queue consumption) are refused. */
  readonly fixed: iam.IRole;
}

/** Whether the role is defined in the data stack (DataStack.functionRoles): the tenant roles trust it as a principal. */
export function roleInDataStack(decl: Pick<FunctionDecl, 'writesTenantData' | 'readsTenantData'>): boolean {
  return decl.writesTenantData || decl.readsTenantData;
}

/**
 * The execution role of a function, with a literal name (functionRoleName). A function that
 * assumes tenant roles gets the role the data stack defined (imported by name, so no export),
 * because the tenant roles trust that role itself; any other function gets a role of its own.
 * Either way the rights are the same: `lambda.amazonaws.com` trust, `managedPolicy`, and the
 * statements the caller adds to `role`. The caller must make the function depend on `role`
 * (`fn.node.addDependency(role, managedPolicy)`) so its policies exist before it runs.
 */
export function functionRole(scope: Construct, stage: Config['stage'], decl: FunctionDecl, managedPolicy: iam.ManagedPolicy): FunctionRole {
  const roleName = functionRoleName(stage, decl);
  if (roleInDataStack(decl)) {
    const role = iam.Role.fromRoleName(scope, `${decl.id}-role`, roleName, { mutable: true });
    managedPolicy.attachToRole(role);
    return { role, fixed: iam.Role.fromRoleName(scope, `${decl.id}-fixed-role`, roleName, { mutable: false }) };
  }
  const role = new iam.Role(scope, `${decl.id}-role`, {
    // A literal name: the platform key policy names this ARN.
    roleName,
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: `adwarden ${decl.id} function`,
    managedPolicies: [managedPolicy],
  });
  return { role, fixed: role.withoutPolicyUpdates() };
}
