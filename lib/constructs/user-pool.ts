/**
 * The customers' user pool (issue 6, identity): MFA required with TOTP only (SMS would leave the
 * region and is weaker), admin-created users only, a 12-character password with every class,
 * an immutable `custom:tenantId` that no app client can write, the groups of lib/topology.ts,
 * short-lived tokens and threat protection enforced (Plus feature plan).
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { USER_GROUPS } from '../topology.js';

export interface CustomerUserPoolProps {
  /** @default 'dev' */
  readonly stage: 'dev' | 'prod';
}

export const TENANT_ATTRIBUTE = 'tenantId';

export class CustomerUserPool extends Construct {
  public readonly pool: cognito.UserPool;
  /** The app client the CLI signs in with (USER_PASSWORD_AUTH, no secret). */
  public readonly cliClient: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: CustomerUserPoolProps) {
    super(scope, id);
    const prod = props.stage === 'prod';
    this.pool = new cognito.UserPool(this, 'Pool', {
      userPoolName: `adwarden-${props.stage}-customers`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { sms: false, otp: true, email: false },
      passwordPolicy: {
        minLength: 12,
        requireUppercase: true,
        requireLowercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(1),
        passwordHistorySize: 5,
      },
      accountRecovery: cognito.AccountRecovery.NONE,
      customAttributes: { [TENANT_ATTRIBUTE]: new cognito.StringAttribute({ minLen: 3, maxLen: 32, mutable: false }) },
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: prod,
      removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.cliClient = this.pool.addClient('Cli', {
      userPoolClientName: 'adwarden-cli',
      generateSecret: false,
      authFlows: { userPassword: true, userSrp: true },
      accessTokenValidity: Duration.minutes(60),
      idTokenValidity: Duration.minutes(60),
      refreshTokenValidity: Duration.hours(12),
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // No client writes the tenant (it is also immutable); reading it is what the API needs.
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true }),
      readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, fullname: true }).withCustomAttributes(TENANT_ATTRIBUTE),
    });
    for (const g of USER_GROUPS) {
      new cognito.CfnUserPoolGroup(this, `Group-${g}`, { userPoolId: this.pool.userPoolId, groupName: g, description: `adwarden ${g}` });
    }
  }
}
