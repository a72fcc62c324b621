/**
 * Where the CLI finds the API and the user pool, and keeps the session:
 *   <state dir>/api.json      written by `npm start` (local); for AWS, write the same fields
 *                             from the stack outputs (see README)
 *   <state dir>/session.json  the tokens of `adwarden login`, mode 0600
 * The state dir is ADWARDEN_STATE_DIR, else `.adwarden` in the current directory.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

export const apiStateSchema = z.object({
  apiUrl: z.url(),
  region: z.string(),
  userPoolId: z.string(),
  clientId: z.string(),
  /** Local only. */
  cognitoEndpoint: z.string().optional(),
  /** Local only: the enrolment client (see local/services/cognito-local.ts). */
  enrolClientId: z.string().optional(),
  /** Local only: DynamoDB Local, for `audit verify`. */
  dynamodbEndpoint: z.string().optional(),
  auditTable: z.string(),
});
export type ApiState = z.infer<typeof apiStateSchema>;

export const sessionSchema = z.object({
  email: z.string(),
  apiUrl: z.string(),
  idToken: z.string(),
  accessToken: z.string(),
  refreshToken: z.string().optional(),
  expiresAt: z.number(),
});
export type Session = z.infer<typeof sessionSchema>;

export class StateError extends Error {
  override readonly name = 'StateError';
}

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  // An empty or blank value is unset: resolve('') would be the current directory itself, and
  // tokens, keys and demo passwords would land beside the sources.
  const dir = env.ADWARDEN_STATE_DIR?.trim();
  return resolve(dir ? dir : '.adwarden');
}

export function writeApiState(dir: string, state: ApiState): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(join(dir, 'api.json'), `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}

export function readApiState(dir: string): ApiState {
  const file = join(dir, 'api.json');
  if (!existsSync(file)) throw new StateError(`no ${file}: start the local API with \`npm start\` (or write it for your AWS deployment, see README)`);
  const r = apiStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.success) throw new StateError(`${file} is not valid: ${r.error.issues[0]?.path.join('.') ?? ''} ${r.error.issues[0]?.message ?? ''}`);
  return r.data;
}

export function writeSession(dir: string, session: Session): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'session.json');
  writeFileSync(file, `${JSON.stringify(session)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // an existing file keeps its mode on write: enforce it
  return file;
}

export function readSession(dir: string, now = Date.now()): Session {
  const file = join(dir, 'session.json');
  if (!existsSync(file)) throw new StateError('not signed in: run `npx adwarden login`');
  if ((statSync(file).mode & 0o077) !== 0) throw new StateError(`${file} is readable by others; delete it and sign in again`);
  const s = sessionSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  if (s.expiresAt <= now) throw new StateError('the session has expired: run `npx adwarden login`');
  return s;
}
