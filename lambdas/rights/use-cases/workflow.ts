/**
 * The steps of the data-subject request workflow, one function per named state of the state
 * machine (lib/stacks/rights-stack.ts). Each step is idempotent: a redriven execution runs
 * them again, and steps with outside effects (messages) remember in the record that they ran.
 *
 *   Validate -> Suppress -> ProcessTenant (Map over tenants) -> Aggregate -> NotifyTenants
 *   -> Deliver -> Close;   any failure -> RecordFailure -> RequestFailed (redrive resumes)
 */
import type { BlindIndex, IndexVersion } from '../../shared/crypto/blind-index.js';
import type { FieldCipher } from '../../shared/crypto/field-cipher.js';
import type { Finding, IdentifierKind } from '../../shared/identifiers.js';
import { timeTaken } from '../deadline.js';
import { InvalidWorkflowInputError, RequestNotFoundError } from '../errors.js';
import { messages } from '../messages.js';
import type { AuditSink, ErasureJournal, Messenger, RequestStore, RightsClock, RightsTenantContext, TenantList, WorkflowStarter } from '../ports.js';
import { type Identity, type RequestRecord, type RequestType, type Step, transition } from '../request.js';
import { issueToken } from '../tokens.js';
import { exportAad, identityAad } from './portal.js';

export interface WorkflowDeps {
  readonly requests: RequestStore;
  /** `version`: the key and normaliser versions the hash was made with (`index.version`). */
  readonly suppression: { add(hash: string, reason: 'erasure' | 'objection', version: IndexVersion): Promise<void> };
  readonly platformIndex: () => Promise<BlindIndex>;
  readonly platformCipher: FieldCipher;
  readonly tenants: TenantList;
  readonly tenantContext: (tenantId: string) => Promise<RightsTenantContext>;
  readonly journal: ErasureJournal;
  readonly messenger: Messenger;
  readonly clock: RightsClock;
  readonly baseUrl: string;
  readonly audit?: AuditSink;
}

export interface RequestRef {
  readonly requestId: string;
}
export interface TenantJob extends RequestRef {
  readonly tenantId: string;
  readonly type: RequestType;
}
export interface TenantResult {
  readonly tenantId: string;
  /** Ads erased (erasure, objection) or found (access). */
  readonly ads: number;
  /** Record ids erased: what the tenant is told (Art. 19), never values. */
  readonly recordIds: readonly string[];
  readonly kinds: Readonly<Partial<Record<IdentifierKind, number>>>;
}

async function load(deps: WorkflowDeps, requestId: string): Promise<RequestRecord> {
  const r = await deps.requests.get(requestId);
  if (!r) throw new RequestNotFoundError(`no request ${requestId}`);
  return r;
}

async function identityOf(deps: WorkflowDeps, r: RequestRecord): Promise<Identity> {
  if (!r.identity) throw new InvalidWorkflowInputError(`request ${r.id} holds no identity (already closed?)`);
  return JSON.parse(await deps.platformCipher.decryptString(r.identity, identityAad(r.id))) as Identity;
}

/** The identifiers that may be used to find data: the e-mail (proved by the link) and a proved phone. */
function provedIdentifiers(id: Identity): { kind: IdentifierKind; value: string }[] {
  return [{ kind: 'email', value: id.email }, ...(id.phone && id.phoneProved ? [{ kind: 'phone' as const, value: id.phone }] : [])];
}

async function markDone(deps: WorkflowDeps, requestId: string, step: Step, patch: Partial<RequestRecord> = {}): Promise<RequestRecord> {
  const r = await load(deps, requestId);
  const next = { ...r, ...patch, done: r.done.includes(step) ? r.done : [...r.done, step] };
  await deps.requests.replace(next, r.state);
  return next;
}

/** Validate: the request is confirmed (or failed, for a redrive); fan out one job per tenant. */
export async function validate(input: unknown, deps: WorkflowDeps): Promise<{ requestId: string; type: RequestType; tenants: TenantJob[] }> {
  const requestId = (input as Partial<RequestRef> | null)?.requestId;
  if (typeof requestId !== 'string' || !/^[0-9a-f-]{36}$/.test(requestId)) throw new InvalidWorkflowInputError('the workflow input needs a requestId');
  const r = await load(deps, requestId);
  if (r.state !== 'running') {
    const failure = undefined;
    await deps.requests.replace({ ...r, state: transition(r.state, 'running'), failure } as RequestRecord, r.state);
  }
  return { requestId, type: r.type, tenants: deps.tenants.map((t) => ({ requestId, tenantId: t.id, type: r.type })) };
}

/**
 * Suppress, first of all: a crawl running meanwhile must not collect the person again. Every
 * identifier given is suppressed, proved or not (suppression discloses nothing). Access
 * requests suppress nothing.
 */
export async function suppress(input: RequestRef, deps: WorkflowDeps): Promise<RequestRef> {
  const r = await load(deps, input.requestId);
  if (r.type === 'access') return { requestId: r.id };
  const id = await identityOf(deps, r);
  const index = await deps.platformIndex();
  const reason = r.type === 'objection' ? 'objection' : 'erasure';
  await deps.suppression.add(index.hash('email', id.email), reason, index.version);
  if (id.phone) await deps.suppression.add(index.hash('phone', id.phone), reason, index.version);
  await markDone(deps, r.id, 'Suppress');
  return { requestId: r.id };
}

/** ProcessTenant (one Map iteration): locate by blind index, then erase (journalled first) or export. */
export async function processTenant(job: TenantJob, deps: WorkflowDeps): Promise<TenantResult> {
  const r = await load(deps, job.requestId);
  const id = await identityOf(deps, r);
  const ctx = await deps.tenantContext(job.tenantId);
  const refs = provedIdentifiers(id).map((i) => `IX#${i.kind}#${ctx.index.hash(i.kind, i.value)}`);
  const located = await ctx.store.locateAds(refs);
  const adIds = located.map((a) => a.adId);

  if (r.type === 'access') {
    const ads = await ctx.store.read(adIds);
    const items = [];
    for (const ad of ads) {
      const plain = JSON.parse(await ctx.cipher.decryptString(ad.fields, { tenantId: job.tenantId, table: ctx.tableName, recordId: ad.adId })) as {
        url: string;
        findings: Finding[];
      };
      items.push({ recordId: ad.adId, source: ad.sourceId, collectedAt: ad.collectedAt, url: plain.url, identifiers: plain.findings });
    }
    const expiresAt = Math.ceil(deps.clock.now() / 1000) + 7 * 86_400;
    const aad = { tenantId: 'platform', table: 'platform:dsar-requests', recordId: `${r.id}#PART#${job.tenantId}` };
    await deps.requests.putBlob(r.id, `PART#${job.tenantId}`, await deps.platformCipher.encrypt(JSON.stringify(items), aad), expiresAt);
    return { tenantId: job.tenantId, ads: items.length, recordIds: [], kinds: countKinds(ads.map((a) => a.kinds)) };
  }

  // The journal entry is written before the erasure, so a restore can always re-apply it.
  await deps.journal.record({ tenantId: job.tenantId, requestId: r.id, at: new Date(deps.clock.now()).toISOString(), refs, adIds });
  const erased = await ctx.store.erase(located);
  return { tenantId: job.tenantId, ads: erased.length, recordIds: erased.map((e) => e.adId), kinds: countKinds(erased.map((e) => e.kinds)) };
}

function countKinds(lists: readonly (readonly IdentifierKind[])[]): Partial<Record<IdentifierKind, number>> {
  const out: Partial<Record<IdentifierKind, number>> = {};
  for (const kinds of lists) for (const k of kinds) out[k] = (out[k] ?? 0) + 1;
  return out;
}

export interface Aggregated extends RequestRef {
  readonly type: RequestType;
  readonly counts: Readonly<Record<string, number>>;
  readonly affected: readonly { tenantId: string; recordIds: readonly string[] }[];
}

/** Aggregate: totals per kind over all tenants, kept in the record (counts only). */
export async function aggregate(input: RequestRef & { results: readonly TenantResult[] }, deps: WorkflowDeps): Promise<Aggregated> {
  const r = await load(deps, input.requestId);
  const counts: Record<string, number> = { ads: 0, tenants: 0 };
  for (const t of input.results) {
    counts.ads! += t.ads;
    if (t.ads > 0) counts.tenants! += 1;
    for (const [k, n] of Object.entries(t.kinds)) counts[k] = (counts[k] ?? 0) + (n ?? 0);
  }
  await markDone(deps, r.id, 'Aggregate', { counts });
  return {
    requestId: r.id,
    type: r.type,
    counts,
    affected: input.results.filter((t) => t.recordIds.length > 0).map((t) => ({ tenantId: t.tenantId, recordIds: t.recordIds })),
  };
}

/** NotifyTenants (Art. 19): each affected tenant's contact learns which record ids were erased; no values. */
export async function notifyTenants(input: Aggregated, deps: WorkflowDeps): Promise<RequestRef> {
  const r = await load(deps, input.requestId);
  if (r.done.includes('NotifyTenants')) return { requestId: r.id };
  for (const a of input.affected) {
    const tenant = deps.tenants.find((t) => t.id === a.tenantId);
    if (!tenant) continue;
    await deps.messenger.send({
      kind: 'tenant-notice',
      channel: 'email',
      to: tenant.contact,
      subject: `adwarden: ${a.recordIds.length} record(s) erased at a data subject's request`,
      text:
        `Under GDPR Art. 19 we inform you that, at the request of a data subject (request ${r.id}, ${r.type}), ` +
        `these records were erased from your adwarden data. Erase any copies you made of them.\n\n${a.recordIds.join('\n')}\n`,
    });
    await deps.audit?.append({ actor: 'system:rights', tenantId: a.tenantId, action: `rights.${r.type}`, requestId: r.id, results: a.recordIds.length });
  }
  await markDone(deps, r.id, 'NotifyTenants');
  return { requestId: r.id };
}

/** Deliver: a receipt with counts, or for access an encrypted export behind a second single-use link (7 days). */
export async function deliver(input: RequestRef, deps: WorkflowDeps): Promise<RequestRef> {
  const r = await load(deps, input.requestId);
  if (r.done.includes('Deliver')) return { requestId: r.id };
  const id = await identityOf(deps, r);
  const t = messages(r.lang);
  if (r.type === 'access') {
    const tenants: Record<string, unknown> = {};
    for (const tenant of deps.tenants) {
      const envelope = await deps.requests.getBlob(r.id, `PART#${tenant.id}`);
      if (!envelope) continue;
      const aad = { tenantId: 'platform', table: 'platform:dsar-requests', recordId: `${r.id}#PART#${tenant.id}` };
      const items = JSON.parse(await deps.platformCipher.decryptString(envelope, aad)) as unknown[];
      if (items.length > 0) tenants[tenant.displayName] = items;
    }
    const now = deps.clock.now();
    const doc = { request: r.id, generatedAt: new Date(now).toISOString(), controller: 'adwarden', heldBy: tenants };
    const token = issueToken('export', now);
    await deps.requests.putBlob(r.id, 'EXPORT', await deps.platformCipher.encrypt(JSON.stringify(doc), exportAad(r.id)), Math.ceil(token.expiresAt / 1000));
    await deps.requests.putToken({ hash: token.hash, purpose: 'export', requestId: r.id, expiresAt: token.expiresAt });
    for (const tenant of deps.tenants) await deps.requests.deleteBlob(r.id, `PART#${tenant.id}`);
    const link = `${deps.baseUrl}/v1/requests/${r.id}/export?token=${token.token}`;
    await deps.messenger.send({ kind: 'export', channel: 'email', to: id.email, subject: t.exportSubject, text: t.exportBody(link), link });
  } else {
    await deps.messenger.send({ kind: 'receipt', channel: 'email', to: id.email, subject: t.receiptSubject, text: t.receiptBody(r.counts ?? {}) });
  }
  await markDone(deps, r.id, 'Deliver');
  return { requestId: r.id };
}

/** Close: the record keeps only HMACs, dates and counts; how long it took is recorded. */
export interface Closed {
  readonly requestId: string;
  readonly state: 'closed';
  readonly type: RequestType;
  readonly tookMs: number;
  /** Closed within our one-week target / within the legal deadline in force. */
  readonly withinTarget: boolean;
  readonly withinDeadline: boolean;
  /** False when a redriven or repeated Close found the request already closed (nothing to report again). */
  readonly justClosed: boolean;
}

export async function close(input: RequestRef, deps: WorkflowDeps): Promise<Closed> {
  const r = await load(deps, input.requestId);
  if (r.state === 'closed') {
    return { requestId: r.id, state: 'closed', type: r.type, tookMs: r.tookMs ?? 0, withinTarget: r.withinTarget ?? false, withinDeadline: r.withinDeadline ?? false, justClosed: false };
  }
  const now = new Date(deps.clock.now());
  const took = timeTaken(r.deadlines, now);
  const closed = {
    ...r,
    state: transition(r.state, 'closed'),
    identity: undefined,
    phoneCodeHash: undefined,
    phoneCodeAttempts: undefined,
    failure: undefined,
    closedAt: now.toISOString(),
    ...took,
    done: [...r.done, 'Close'],
  } as RequestRecord;
  await deps.requests.replace(closed, r.state);
  await deps.audit?.append({ actor: 'system:rights', tenantId: 'platform', action: `rights.${r.type}.closed`, requestId: r.id, results: r.counts?.ads ?? 0 });
  return { requestId: r.id, state: 'closed', type: r.type, ...took, justClosed: true };
}

/** RecordFailure (every Catch): the request waits in state `failed`, naming the step, until redriven. */
export async function recordFailure(
  input: RequestRef & { failedStep?: string; error?: { Error?: string; Cause?: string } },
  deps: WorkflowDeps,
): Promise<RequestRef> {
  const r = await load(deps, input.requestId);
  if (r.state === 'running') {
    await deps.requests.replace(
      {
        ...r,
        state: transition(r.state, 'failed'),
        // The class name only: a Cause may quote data.
        failure: { step: input.failedStep ?? 'unknown', error: input.error?.Error ?? 'unknown', at: new Date(deps.clock.now()).toISOString() },
      },
      r.state,
    );
  }
  return { requestId: r.id };
}

/** Redrive: start the workflow again for a failed request; finished steps are skipped by their marks. */
export async function redrive(requestId: string, deps: { requests: RequestStore; workflow: WorkflowStarter }): Promise<void> {
  const r = await deps.requests.get(requestId);
  if (!r) throw new RequestNotFoundError(`no request ${requestId}`);
  transition(r.state, 'running');
  await deps.workflow.start(requestId);
}
