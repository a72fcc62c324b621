/**
 * What the public routes do, as their steps. None of them looks at tenant data, so neither the
 * answer nor its timing can depend on whether we hold anything about an address: the only
 * look-ups happen in the workflow, after the person proved the address by clicking our link.
 */
import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { BlindIndex } from '../../shared/crypto/blind-index.js';
import type { FieldCipher } from '../../shared/crypto/field-cipher.js';
import { normaliseEmail, normalisePhone } from '../../shared/normalise/index.js';
import { deadlinesFor } from '../deadline.js';
import { InvalidIdentifierError, InvalidTokenError, RateLimitedError } from '../errors.js';
import type { Messenger, RequestStore, RightsClock, WorkflowStarter } from '../ports.js';
import { type Identity, publicStatus, type RequestRecord, type RequestType, transition } from '../request.js';
import { hashToken, isWellFormedToken, issueToken } from '../tokens.js';
import { type Lang, messages } from '../messages.js';

export interface PortalDeps {
  readonly requests: RequestStore;
  readonly platformIndex: () => Promise<BlindIndex>;
  readonly platformCipher: FieldCipher;
  readonly messenger: Messenger;
  readonly workflow: WorkflowStarter;
  readonly clock: RightsClock;
  /** Public base URL of the API, e.g. http://127.0.0.1:4000 (links in e-mails point here). */
  readonly baseUrl: string;
  /** Default country for a phone typed without +country code. */
  readonly defaultCountry: string;
  readonly limits?: { readonly perIpPerHour?: number; readonly perIdentifierPerDay?: number };
}

/** The one answer to every accepted submission: byte-identical whatever we hold. */
export const ACCEPTED_BODY = JSON.stringify({
  status: 'accepted',
  message: 'If the address is valid, we have sent it a link. Open it within 24 hours to confirm the request.',
});

const PHONE_CODE_ATTEMPTS = 5;
/** A closed request's minimised record is kept this long (evidence of what was done). */
export const CLOSED_RETENTION_DAYS = 3 * 365;

export function identityAad(requestId: string) {
  return { tenantId: 'platform', table: 'platform:dsar-requests', recordId: requestId } as const;
}

export function exportAad(requestId: string) {
  return { tenantId: 'platform', table: 'platform:dsar-requests', recordId: `${requestId}#EXPORT` } as const;
}

function ipKey(ip: string): string {
  // Rate-limit keys hold a hash, not the address.
  return createHash('sha256').update(`ip\u0000${ip}`).digest('base64url').slice(0, 22);
}

/**
 * POST /v1/requests. Throws InvalidIdentifierError (400) for a malformed address and
 * RateLimitedError (429) when one IP asks too often. Too many requests for one identifier are
 * accepted and silently dropped, so a victim's inbox cannot be flooded and the caller learns nothing.
 */
export async function submitRequest(
  input: { type: RequestType; email: string; phone?: string | undefined; lang: Lang },
  ip: string,
  deps: PortalDeps,
): Promise<void> {
  const email = normaliseEmail(input.email);
  if (!email) throw new InvalidIdentifierError('email');
  const phone = input.phone ? normalisePhone(input.phone, deps.defaultCountry) : undefined;
  if (input.phone && !phone) throw new InvalidIdentifierError('phone');

  const now = deps.clock.now();
  if (!(await deps.requests.hit(`RL#ip#${ipKey(ip)}`, deps.limits?.perIpPerHour ?? 20, 3600, now))) {
    throw new RateLimitedError('too many requests from this address; try again later');
  }
  const index = await deps.platformIndex();
  const hashes = [index.hash('email', email), ...(phone ? [index.hash('phone', phone)] : [])];
  const underLimit = await deps.requests.hit(`RL#id#${hashes[0]!}`, deps.limits?.perIdentifierPerDay ?? 5, 86_400, now);
  if (!underLimit) return;

  const id = randomUUID();
  const identity: Identity = { email, ...(phone ? { phone } : {}), phoneProved: false };
  const confirm = issueToken('confirm', now);
  const code = phone ? String(randomInt(0, 1_000_000)).padStart(6, '0') : undefined;
  const record: RequestRecord = {
    id,
    type: input.type,
    state: 'awaiting_confirmation',
    lang: input.lang,
    deadlines: deadlinesFor(new Date(now)),
    identity: await deps.platformCipher.encrypt(JSON.stringify(identity), identityAad(id)),
    hashes,
    done: [],
    ...(code ? { phoneCodeHash: phoneCodeHash(id, code), phoneCodeAttempts: 0 } : {}),
    // An unconfirmed request disappears with its token; a confirmed one is given a longer life.
    expiresAt: Math.ceil(confirm.expiresAt / 1000) + 86_400,
  };
  await deps.requests.create(record);
  await deps.requests.putToken({ hash: confirm.hash, purpose: 'confirm', requestId: id, expiresAt: confirm.expiresAt });

  const t = messages(input.lang);
  const link = `${deps.baseUrl}/v1/requests/confirm?token=${confirm.token}`;
  await deps.messenger.send({ kind: 'confirm', channel: 'email', to: email, subject: t.confirmSubject, text: t.confirmBody(input.type, link), link });
  if (phone && code) {
    await deps.messenger.send({ kind: 'phone-code', channel: 'sms', to: phone, subject: 'code', text: t.smsCode(code) });
  }
}

function phoneCodeHash(requestId: string, code: string): string {
  return createHash('sha256').update(`${requestId}\u0000${code}`).digest('hex');
}

/**
 * GET /v1/requests/confirm?token=: uses the single-use link and returns a status token. The
 * workflow starts at once, unless a phone number waits for its SMS code: then it starts when the
 * code is given (or the person goes on without the phone), see `provePhone`.
 */
export async function confirmRequest(
  token: unknown,
  deps: PortalDeps,
): Promise<{ requestId: string; statusToken: string; awaitingPhoneCode: boolean }> {
  if (!isWellFormedToken(token)) throw new InvalidTokenError();
  const now = deps.clock.now();
  const requestId = await deps.requests.consumeToken(hashToken(token), 'confirm', now);
  if (!requestId) throw new InvalidTokenError();
  const r = await deps.requests.get(requestId);
  if (!r || r.state !== 'awaiting_confirmation') throw new InvalidTokenError();
  const status = issueToken('status', now);
  await deps.requests.putToken({ hash: status.hash, purpose: 'status', requestId, expiresAt: status.expiresAt });
  await deps.requests.replace(
    { ...r, state: transition(r.state, 'confirmed'), expiresAt: Math.ceil(now / 1000) + CLOSED_RETENTION_DAYS * 86_400 },
    'awaiting_confirmation',
  );
  const awaitingPhoneCode = r.phoneCodeHash !== undefined;
  if (!awaitingPhoneCode) await deps.workflow.start(requestId);
  return { requestId, statusToken: status.token, awaitingPhoneCode };
}

/** The request a status token belongs to; the token must be for this very request. */
async function authorise(requestId: string, token: unknown, deps: PortalDeps): Promise<RequestRecord> {
  if (!isWellFormedToken(token)) throw new InvalidTokenError();
  const owner = await deps.requests.peekToken(hashToken(token), 'status', deps.clock.now());
  if (!owner || owner !== requestId) throw new InvalidTokenError();
  const r = await deps.requests.get(requestId);
  if (!r) throw new InvalidTokenError();
  return r;
}

/** GET /v1/requests/{id}/status?token=. */
export async function requestStatus(requestId: string, token: unknown, deps: PortalDeps) {
  const r = await authorise(requestId, token, deps);
  return { ...publicStatus(r), awaitingPhoneCode: r.state === 'confirmed' && r.phoneCodeHash !== undefined };
}

/**
 * POST /v1/requests/{id}/phone?token= {code}: proves the phone with the SMS code, after the
 * e-mail link was opened and before the workflow starts. Only a proved phone is ever used to
 * find (and so disclose or erase) data; an unproved one is only suppressed. An empty code means
 * "go on without the phone"; so does the fifth wrong code. Either way the workflow then starts.
 */
export async function provePhone(
  requestId: string,
  token: unknown,
  code: string,
  deps: PortalDeps,
): Promise<{ proved: boolean; started: boolean }> {
  if (!isWellFormedToken(token)) throw new InvalidTokenError();
  const owner = await deps.requests.peekToken(hashToken(token), 'status', deps.clock.now());
  if (owner !== requestId) throw new InvalidTokenError();
  const r = await deps.requests.get(requestId);
  if (!r || r.state !== 'confirmed' || !r.phoneCodeHash || !r.identity) return { proved: false, started: false };
  const attempts = (r.phoneCodeAttempts ?? 0) + 1;
  const want = Buffer.from(r.phoneCodeHash, 'hex');
  const got = Buffer.from(phoneCodeHash(requestId, /^\d{6}$/.test(code) ? code : 'x'), 'hex');
  const proved = timingSafeEqual(want, got);
  const giveUp = code === '' || attempts >= PHONE_CODE_ATTEMPTS;
  if (!proved && !giveUp) {
    await deps.requests.replace({ ...r, phoneCodeAttempts: attempts }, r.state);
    return { proved: false, started: false };
  }
  const identity = JSON.parse(await deps.platformCipher.decryptString(r.identity, identityAad(requestId))) as Identity;
  const next = {
    ...r,
    identity: await deps.platformCipher.encrypt(JSON.stringify({ ...identity, phoneProved: proved }), identityAad(requestId)),
    phoneCodeHash: undefined,
    phoneCodeAttempts: undefined,
  } as RequestRecord;
  await deps.requests.replace(next, r.state);
  await deps.workflow.start(requestId);
  return { proved, started: true };
}

/** GET /v1/requests/{id}/export?token=: the access export, once, within 7 days. */
export async function downloadExport(requestId: string, token: unknown, deps: PortalDeps): Promise<string> {
  if (!isWellFormedToken(token)) throw new InvalidTokenError();
  const hash = hashToken(token);
  // Checked before it is used up, so another request's token is refused without being spent.
  if ((await deps.requests.peekToken(hash, 'export', deps.clock.now())) !== requestId) throw new InvalidTokenError();
  if ((await deps.requests.consumeToken(hash, 'export', deps.clock.now())) !== requestId) throw new InvalidTokenError();
  const envelope = await deps.requests.getBlob(requestId, 'EXPORT');
  if (!envelope) throw new InvalidTokenError();
  const json = await deps.platformCipher.decryptString(envelope, exportAad(requestId));
  // Single use: the export is gone once delivered.
  await deps.requests.deleteBlob(requestId, 'EXPORT');
  return json;
}
