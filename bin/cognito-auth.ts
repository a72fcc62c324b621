/**
 * Cognito sign-in and TOTP enrolment, as the `adwarden` CLI does them, against AWS or
 * cognito-local alike (the endpoint is the only difference):
 *   - `enrolTotp`: first sign-in of an admin-created user; AWS answers MFA_SETUP (a session),
 *     cognito-local (pool in its enrolment window) answers with tokens; both end with a
 *     verified software token, and the secret is returned once, for the user's authenticator.
 *   - `signIn`: password, then the TOTP code (SOFTWARE_TOKEN_MFA challenge). No other path.
 */
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  AssociateSoftwareTokenCommand,
  type AuthenticationResultType,
  type CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { generate, generateURI } from 'otplib';
import type { UserGroup } from '../lib/topology.js';

export class SignInError extends Error {
  override readonly name = 'SignInError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface Tokens {
  readonly idToken: string;
  readonly accessToken: string;
  readonly refreshToken?: string;
  /** Epoch ms when the ID token expires. */
  readonly expiresAt: number;
}

function tokens(r: AuthenticationResultType | undefined, now = Date.now()): Tokens {
  if (!r?.IdToken || !r.AccessToken) throw new SignInError('the user pool returned no tokens');
  return {
    idToken: r.IdToken,
    accessToken: r.AccessToken,
    ...(r.RefreshToken ? { refreshToken: r.RefreshToken } : {}),
    expiresAt: now + (r.ExpiresIn ?? 3600) * 1000,
  };
}

export const TOTP_ISSUER = 'adwarden';

export function otpauthUri(email: string, secret: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/** The current TOTP code of a secret (what an authenticator app shows). */
export function totpCode(secret: string): Promise<string> {
  return generate({ secret });
}

export async function enrolTotp(
  client: CognitoIdentityProviderClient,
  clientId: string,
  email: string,
  password: string,
): Promise<{ secret: string; uri: string }> {
  const first = await client.send(
    new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD: password } }),
  );
  if (first.ChallengeName === 'MFA_SETUP') {
    const assoc = await client.send(new AssociateSoftwareTokenCommand({ Session: first.Session }));
    const secret = assoc.SecretCode!;
    const verified = await client.send(new VerifySoftwareTokenCommand({ Session: assoc.Session, UserCode: await totpCode(secret), FriendlyDeviceName: 'authenticator' }));
    await client.send(
      new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: 'MFA_SETUP', Session: verified.Session, ChallengeResponses: { USERNAME: email } }),
    );
    return { secret, uri: otpauthUri(email, secret) };
  }
  if (first.AuthenticationResult?.AccessToken) {
    const accessToken = first.AuthenticationResult.AccessToken;
    const assoc = await client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
    const secret = assoc.SecretCode!;
    await client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: await totpCode(secret), FriendlyDeviceName: 'authenticator' }));
    await client.send(new SetUserMFAPreferenceCommand({ AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
    return { secret, uri: otpauthUri(email, secret) };
  }
  throw new SignInError(`unexpected first sign-in step ${first.ChallengeName ?? '(none)'}; is the user already enrolled?`);
}

/** Password, then TOTP. `code` is asked only when the pool asks for it. */
export async function signIn(
  client: CognitoIdentityProviderClient,
  clientId: string,
  email: string,
  password: string,
  code: () => Promise<string>,
): Promise<Tokens> {
  let r;
  try {
    r = await client.send(
      new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD: password } }),
    );
  } catch (cause) {
    throw new SignInError('sign-in refused (wrong e-mail or password, disabled account, or no MFA enrolled)', { cause });
  }
  if (r.ChallengeName !== 'SOFTWARE_TOKEN_MFA') {
    // An account without TOTP never gets tokens from adwarden's CLI, even if a pool would issue them.
    throw new SignInError(`expected a TOTP challenge, got ${r.ChallengeName ?? 'tokens without MFA'}; ask your admin to enrol TOTP`);
  }
  try {
    const done = await client.send(
      new RespondToAuthChallengeCommand({
        ClientId: clientId,
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        Session: r.Session,
        ChallengeResponses: { USERNAME: email, SOFTWARE_TOKEN_MFA_CODE: (await code()).trim() },
      }),
    );
    return tokens(done.AuthenticationResult);
  } catch (cause) {
    if (cause instanceof SignInError) throw cause;
    throw new SignInError('the TOTP code was not accepted', { cause });
  }
}

/** A password that meets the pool's policy (≥ 12 chars, upper, lower, digit, symbol). */
export function generatePassword(random: (n: number) => Buffer): string {
  const body = random(15).toString('base64url');
  return `${body}aZ7!`;
}

/** Creates a user with a permanent password, its tenant (immutable) and group. Does not enrol MFA. */
export async function adminCreateUser(
  client: CognitoIdentityProviderClient,
  userPoolId: string,
  u: { email: string; tenantId: string; group: UserGroup; password: string },
): Promise<void> {
  await client.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: u.email,
      MessageAction: 'SUPPRESS',
      TemporaryPassword: u.password,
      UserAttributes: [
        { Name: 'email', Value: u.email },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'custom:tenantId', Value: u.tenantId },
      ],
    }),
  );
  await client.send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: u.email, Password: u.password, Permanent: true }));
  await client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: u.email, GroupName: u.group }));
}
