/**
 * The customer API's use cases, each as its steps. The tenant is ALWAYS the caller's verified
 * tenant: every read goes through `deps.tenant(caller.tenantId)`, whose reader holds that
 * tenant's read credentials only. Every answer carrying personal data is audited before it is
 * returned; if the audit cannot be written, nothing is returned.
 */
import type { Tenant } from '../../lib/config.js';
import { lastCrawlView } from '../collect/crawl-runs.js';
import { normalise } from '../shared/normalise/index.js';
import type { IdentifierKind } from '../shared/identifiers.js';
import { appendAudit } from './audit.js';
import { AdNotFoundError, ForbiddenError, InvalidCursorError, InvalidQueryError } from './errors.js';
import type { AdItem, QueryDeps, QueryTenant } from './ports.js';
import type { AdView, AuditQuery, AuditResult, SearchQuery, SearchResult, SourcesResult } from './schemas.js';

export interface Caller {
  /** Cognito `sub`. */
  readonly sub: string;
  /** From the verified `custom:tenantId` claim, and nothing else. */
  readonly tenantId: string;
  readonly groups: readonly string[];
}

/** What the audit record needs to know about the request. */
export interface RequestInfo {
  readonly requestId: string;
  /** e.g. `GET /v1/search` */
  readonly route: string;
}

const KIND_LABEL: Record<IdentifierKind, string> = {
  phone: 'phone number',
  email: 'e-mail address',
  vin: 'VIN',
  plate: 'registration plate',
  name: 'name',
  nickname: 'nickname',
  address: 'address',
};

/** The normalised candidates of a query: one per country of the tenant's sources (phones, plates, VINs depend on it). */
function candidates(kind: IdentifierKind, q: string, t: QueryTenant, deps: QueryDeps): string[] {
  const countries = [...new Set(t.tenant.sources.map((s) => deps.sources.get(s)?.country).filter((c): c is string => !!c))];
  const out = new Set<string>();
  for (const c of countries.length ? countries : ['ZZ']) {
    const n = normalise(kind, q, c);
    if (n) out.add(n);
  }
  return [...out];
}

function allowedKinds(t: Tenant): ReadonlySet<IdentifierKind> {
  return new Set(t.identifierKinds);
}

async function openAd(t: QueryTenant, item: AdItem): Promise<AdView> {
  const plain = JSON.parse(await t.cipher.decryptString(item.fields, { tenantId: t.tenant.id, table: t.tableName, recordId: item.adId })) as {
    url: string;
    findings: { kind: IdentifierKind; value: string; origin: string }[];
  };
  const allowed = allowedKinds(t.tenant);
  return {
    adId: item.adId,
    sourceId: item.sourceId,
    url: plain.url,
    firstSeen: item.firstSeenAt ?? item.collectedAt,
    lastSeen: item.collectedAt,
    // Only kinds the tenant may hold, even if an older record carried more.
    identifiers: plain.findings.filter((f) => allowed.has(f.kind)).map((f) => ({ kind: f.kind, value: f.value, origin: f.origin })),
  };
}

interface SearchPosition {
  readonly e: number;
  readonly a: string;
}

function isPosition(p: unknown): p is SearchPosition {
  return typeof p === 'object' && p !== null && typeof (p as SearchPosition).e === 'number' && typeof (p as SearchPosition).a === 'string';
}

/**
 * GET /v1/search: normalise → blind index → the caller's table → newest first → decrypt → audit.
 * Order: index entries carry `expiresAt` = collectedAt + the tenant's retention, so ordering by
 * it (then ad id) is newest first without reading every ad; the page's ads are then fetched.
 */
export async function searchAds(caller: Caller, query: SearchQuery, req: RequestInfo, deps: QueryDeps): Promise<SearchResult> {
  const t = await deps.tenant(caller.tenantId);
  if (!allowedKinds(t.tenant).has(query.kind)) {
    throw new InvalidQueryError(`this tenant does not hold ${KIND_LABEL[query.kind]}s (kind "${query.kind}")`);
  }
  const values = candidates(query.kind, query.q, t, deps);
  if (values.length === 0) throw new InvalidQueryError(`q is not a valid ${KIND_LABEL[query.kind]}`);

  const scope = `search|${query.kind}|${values.map((v) => t.index.hash(query.kind, v)).join(',')}`;
  let after: SearchPosition | undefined;
  if (query.cursor) {
    const p = t.cursors.decode(query.cursor, scope);
    if (!isPosition(p)) throw new InvalidCursorError();
    after = p;
  }

  const hashes = values.map((v) => t.index.hash(query.kind, v));
  const hits = new Map<string, number>();
  for (const h of hashes) for (const hit of await t.reader.indexHits(query.kind, h)) hits.set(hit.adId, Math.max(hit.expiresAt, hits.get(hit.adId) ?? 0));
  const ordered = [...hits].map(([a, e]) => ({ a, e })).sort((x, y) => y.e - x.e || (y.a < x.a ? -1 : y.a > x.a ? 1 : 0));
  const start = after ? ordered.findIndex((p) => p.e < after.e || (p.e === after.e && p.a < after.a)) : 0;
  const page = start < 0 ? [] : ordered.slice(start, start + query.limit);
  const more = start >= 0 && start + query.limit < ordered.length;

  const items = await t.reader.getAds(page.map((p) => p.a));
  const byId = new Map(items.map((i) => [i.adId, i]));
  const views: AdView[] = [];
  // An index entry whose ad is gone (erased or expired between the two reads) is skipped.
  for (const p of page) {
    const item = byId.get(p.a);
    if (item) views.push(await openAd(t, item));
  }
  views.sort((x, y) => (y.lastSeen < x.lastSeen ? -1 : y.lastSeen > x.lastSeen ? 1 : 0));

  await appendAudit(
    deps.audit,
    {
      tenantId: t.tenant.id,
      actor: caller.sub,
      action: req.route,
      queryKind: query.kind,
      // The first candidate's HMAC (the source country's reading) identifies the query.
      queryHmac: hashes[0]!,
      results: views.length,
      requestId: req.requestId,
    },
    deps.now ? { now: deps.now } : {},
  );
  const last = page.at(-1);
  return { items: views, ...(more && last ? { next: t.cursors.encode({ e: last.e, a: last.a } satisfies SearchPosition, scope) } : {}) };
}

/** GET /v1/ads/{adId}: one ad of the caller's tenant, or 404 (the same whether it exists elsewhere or nowhere). */
export async function getAd(caller: Caller, adId: string, req: RequestInfo, deps: QueryDeps): Promise<AdView> {
  const t = await deps.tenant(caller.tenantId);
  const item = await t.reader.getAd(adId);
  if (!item) throw new AdNotFoundError();
  const view = await openAd(t, item);
  await appendAudit(
    deps.audit,
    { tenantId: t.tenant.id, actor: caller.sub, action: req.route, adId, results: 1, requestId: req.requestId },
    deps.now ? { now: deps.now } : {},
  );
  return view;
}

/**
 * GET /v1/sources: the sources the tenant subscribes to, each with its last crawl run (no
 * personal data, not audited). Of the run's stored counts, only the caller's tenant's is shown.
 */
export async function listSources(caller: Caller, deps: QueryDeps): Promise<SourcesResult> {
  const t = await deps.tenant(caller.tenantId);
  const items = [];
  for (const id of t.tenant.sources) {
    const s = deps.sources.get(id);
    if (!s) continue;
    const [newest, run] = await Promise.all([t.reader.newestFromSource(id), deps.crawlRuns.lastRun(id)]);
    items.push({ sourceId: id, country: s.country, purpose: s.purpose, lastStoredAt: newest?.collectedAt ?? null, lastCrawl: lastCrawlView(run, t.tenant.id) });
  }
  return { items };
}

export const AUDIT_READER_GROUP = 'tenant-admin';

/** GET /v1/audit: the tenant's audit records in chain order; tenant-admin only. */
export async function listAudit(caller: Caller, query: AuditQuery, deps: QueryDeps): Promise<AuditResult> {
  if (!caller.groups.includes(AUDIT_READER_GROUP)) throw new ForbiddenError('the audit trail is for tenant administrators');
  const t = await deps.tenant(caller.tenantId);
  const from = query.from ? new Date(query.from).toISOString() : undefined;
  const to = query.to ? new Date(query.to).toISOString() : undefined;
  if (from && to && from >= to) throw new InvalidQueryError('from must be before to');
  const scope = `audit|${from ?? ''}|${to ?? ''}`;
  let after: string | undefined;
  if (query.cursor) {
    const p = t.cursors.decode(query.cursor, scope);
    if (typeof p !== 'string') throw new InvalidCursorError();
    after = p;
  }
  const page = await deps.audit.list(t.tenant.id, { ...(from ? { from } : {}), ...(to ? { to } : {}), limit: query.limit, ...(after ? { after } : {}) });
  return {
    items: page.records.map(({ tenantId: _t, id: _i, ...r }) => r),
    ...(page.next ? { next: t.cursors.encode(page.next, scope) } : {}),
  };
}
