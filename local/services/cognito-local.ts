/**
 * Cognito on loopback: the `cognito-local` npm package, run as a child process with its data in
 * `<dataDir>/cognito`, configured like the CDK user pool as far as it can be (MFA, TOTP only,
 * the immutable `custom:tenantId`, groups, the app client's token validity).
 *
 * cognito-local quirk (ARCHITECTURE.md): with MFA ON it never offers the MFA_SETUP challenge, so
 * a new user is enrolled while the pool is OPTIONAL, then the pool is switched back ON (see
 * `withEnrolmentWindow`). Enrolment signs in through a separate `enrol` app client whose tokens
 * the API refuses (wrong audience), so the window yields no usable token without MFA.
 *
 * Tokens verify with aws-jwt-verify against the pool's JWKS (`cacheJwks`: cognito-local serves
 * it over http, which the library will not fetch by itself).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUserPoolsCommand,
  SetUserPoolMfaConfigCommand,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { JwtRsaVerifier } from 'aws-jwt-verify';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { USER_GROUPS } from '../../lib/topology.js';
import type { TokenVerifier } from '../api/server.js';
import { freePort, LOCAL_CREDENTIALS } from './dynamodb-local.js';

/** What the CLI needs to reach the local pool and API; written to `<dataDir>/api.json`. */
export interface LocalIdentity {
  readonly endpoint: string;
  readonly region: string;
  readonly userPoolId: string;
  /** The app client customers sign in with; the API accepts only its tokens. */
  readonly clientId: string;
  /** Local only: signs users in during the enrolment window; its tokens are refused by the API. */
  readonly enrolClientId: string;
}

export interface CognitoLocal {
  readonly endpoint: string;
  readonly client: CognitoIdentityProviderClient;
  readonly identity: LocalIdentity;
  readonly verifier: TokenVerifier;
  /** Runs `fn` with the pool's MFA OPTIONAL, then puts it back ON (serialised). */
  withEnrolmentWindow<T>(fn: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

/** The pool's password policy (also in lib/constructs/user-pool.ts). */
export const PASSWORD_POLICY = {
  MinimumLength: 12,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
  TemporaryPasswordValidityDays: 1,
} as const;

export const TOKEN_VALIDITY = { idMinutes: 60, accessMinutes: 60, refreshHours: 12 } as const;

const POOL_NAME = 'adwarden-local';

async function waitForHttp(url: string, child: ChildProcess, logs: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`cognito-local exited with code ${child.exitCode}: ${logs().slice(-500)}`);
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`cognito-local did not answer on ${url} within 30 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sets up (or finds) the pool, its clients and groups; idempotent across runs with the same data dir. */
async function ensurePool(client: CognitoIdentityProviderClient, endpoint: string, region: string, stateFile: string): Promise<LocalIdentity> {
  try {
    const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as LocalIdentity;
    const pools = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    if (pools.UserPools?.some((p) => p.Id === saved.userPoolId)) return { ...saved, endpoint };
  } catch {
    // first run
  }
  const pool = await client.send(
    new CreateUserPoolCommand({
      PoolName: POOL_NAME,
      Policies: { PasswordPolicy: PASSWORD_POLICY },
      MfaConfiguration: 'ON',
      UsernameAttributes: ['email'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Schema: [{ Name: 'tenantId', AttributeDataType: 'String', Mutable: false, StringAttributeConstraints: { MinLength: '3', MaxLength: '32' } }],
    }),
  );
  const userPoolId = pool.UserPool!.Id!;
  await client.send(
    new SetUserPoolMfaConfigCommand({ UserPoolId: userPoolId, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } }),
  );
  const appClient = (name: string, minutes: number) =>
    client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientName: name,
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        IdTokenValidity: minutes,
        AccessTokenValidity: minutes,
        RefreshTokenValidity: TOKEN_VALIDITY.refreshHours,
        TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'hours' },
        // No app client may write the tenant claim.
        WriteAttributes: ['email', 'name'],
      }),
    );
  const cli = await appClient('adwarden-cli', TOKEN_VALIDITY.idMinutes);
  const enrol = await appClient('adwarden-local-enrol', 5);
  for (const g of USER_GROUPS) await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: g }));
  const identity: LocalIdentity = {
    endpoint,
    region,
    userPoolId,
    clientId: cli.UserPoolClient!.ClientId!,
    enrolClientId: enrol.UserPoolClient!.ClientId!,
  };
  writeFileSync(stateFile, JSON.stringify(identity, null, 2), { mode: 0o600 });
  return identity;
}

/**
 * A verifier that checks what the API Gateway Cognito authorizer checks: RS256 signature by the
 * pool's key, issuer (the pool), expiry, `token_use` = id, and — stricter — the audience (our CLI
 * app client), so tokens of other clients or pools are refused.
 */
export async function localVerifier(identity: LocalIdentity): Promise<TokenVerifier> {
  const issuer = `${identity.endpoint}/${identity.userPoolId}`;
  const jwksUri = `${issuer}/.well-known/jwks.json`;
  const verifier = JwtRsaVerifier.create({
    issuer,
    audience: identity.clientId,
    jwksUri,
    customJwtCheck: ({ payload }) => {
      if ((payload as JwtPayload & { token_use?: unknown }).token_use !== 'id') throw new Error('not an ID token');
    },
  });
  const jwks = (await (await fetch(jwksUri)).json()) as Parameters<typeof verifier.cacheJwks>[0];
  verifier.cacheJwks(jwks);
  return { verify: async (token) => (await verifier.verify(token)) as Record<string, unknown> };
}

export async function startCognitoLocal(opts: { dataDir: string; region: string; port?: number }): Promise<CognitoLocal> {
  const dir = join(opts.dataDir, 'cognito');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const port = opts.port ?? (await freePort());
  const bin = createRequire(import.meta.url).resolve('cognito-local/lib/bin/start.js');
  const child = spawn(process.execPath, [bin], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DEBUG: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (d: Buffer) => void (out = (out + d.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const endpoint = `http://127.0.0.1:${port}`;
  await waitForHttp(`${endpoint}/health-probe/.well-known/jwks.json`, child, () => out);

  const client = new CognitoIdentityProviderClient({ endpoint, region: opts.region, credentials: LOCAL_CREDENTIALS });
  const identity = await ensurePool(client, endpoint, opts.region, join(dir, 'pool.json'));
  const verifier = await localVerifier(identity);

  let window: Promise<unknown> = Promise.resolve();
  return {
    endpoint,
    client,
    identity,
    verifier,
    withEnrolmentWindow<T>(fn: () => Promise<T>): Promise<T> {
      const run = window.then(async () => {
        await client.send(new SetUserPoolMfaConfigCommand({ UserPoolId: identity.userPoolId, MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } }));
        try {
          return await fn();
        } finally {
          await client.send(new SetUserPoolMfaConfigCommand({ UserPoolId: identity.userPoolId, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } }));
        }
      });
      window = run.catch(() => undefined);
      return run;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        client.destroy();
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}

/** Whether a user exists (by e-mail). */
export async function userExists(client: CognitoIdentityProviderClient, userPoolId: string, email: string): Promise<boolean> {
  try {
    await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: email }));
    return true;
  } catch (e) {
    if (e instanceof UserNotFoundException) return false;
    throw e;
  }
}
