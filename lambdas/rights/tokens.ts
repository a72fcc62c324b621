/**
 * Single-use link tokens: 256 random bits, base64url (43 characters). Only the SHA-256 of a
 * token is ever stored, so a copy of the database cannot be turned into working links; a token
 * is looked up by its hash, and "single use" is enforced by the store's conditional write.
 */
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_BYTES = 32;
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

export type TokenPurpose = 'confirm' | 'status' | 'export';

/** How long a token of each purpose is valid. */
export const TOKEN_TTL_MS: Readonly<Record<TokenPurpose, number>> = {
  confirm: 24 * 3_600_000,
  // The status link is for following one request; it outlives the request by a little.
  status: 60 * 86_400_000,
  export: 7 * 86_400_000,
};

export interface IssuedToken {
  /** The secret: goes only into the link we send, never stored or logged. */
  readonly token: string;
  /** SHA-256 of the token, hex: what the store keeps. */
  readonly hash: string;
  readonly purpose: TokenPurpose;
  readonly expiresAt: number;
}

export function issueToken(purpose: TokenPurpose, nowMs: number, random: (n: number) => Buffer = randomBytes): IssuedToken {
  const bytes = random(TOKEN_BYTES);
  if (bytes.length !== TOKEN_BYTES) throw new Error('issueToken: the random source returned the wrong length');
  const token = bytes.toString('base64url');
  return { token, hash: hashToken(token), purpose, expiresAt: nowMs + TOKEN_TTL_MS[purpose] };
}

/** True for strings that could be a token we issued; anything else is refused before any look-up. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === 'string' && TOKEN_RE.test(token);
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
