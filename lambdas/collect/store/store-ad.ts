/**
 * Storing one ad's findings for every subscribed tenant (decisions 2 and 4), as its steps:
 * nothing to store -> suppressed? -> per tenant: keep allowed kinds, encrypt, index, write.
 */
import type { Tenant } from '../../../lib/config.js';
import type { BlindIndex } from '../../shared/crypto/blind-index.js';
import type { Finding, IdentifierKind } from '../../shared/identifiers.js';
import type { Clock, SuppressionList, TenantContext } from '../ports.js';

export interface StoreAdDeps {
  readonly tenants: readonly Tenant[];
  readonly tenantContext: (tenantId: string) => Promise<TenantContext>;
  readonly suppression: SuppressionList;
  /** The platform's blind index, under which the suppression list is kept (loaded on first use). */
  readonly platformIndex: () => Promise<BlindIndex>;
  readonly clock: Clock;
}

export interface StoreAdResult {
  readonly outcome: 'stored' | 'no-identifiers' | 'suppressed' | 'no-subscriber';
  readonly tenants: readonly string[];
  /** Identifiers stored, by kind, counted once per ad (not per tenant). */
  readonly kinds: Readonly<Partial<Record<IdentifierKind, number>>>;
}

const DAY = 86_400;

export function canonicalUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.toString();
}

export async function storeAd(
  ad: { readonly sourceId: string; readonly url: string; readonly findings: readonly Finding[] },
  deps: StoreAdDeps,
): Promise<StoreAdResult> {
  if (ad.findings.length === 0) return { outcome: 'no-identifiers', tenants: [], kinds: {} };

  // An ad belongs to the person who published it: if any of its identifiers was erased or
  // objected to, none of the ad is kept (its other identifiers are that person's too).
  const platformIndex = await deps.platformIndex();
  const suppressionHashes = ad.findings.map((f) => platformIndex.hash(f.kind, f.value));
  if ((await deps.suppression.suppressed(suppressionHashes)).size > 0) {
    return { outcome: 'suppressed', tenants: [], kinds: {} };
  }

  const subscribers = deps.tenants.filter((t) => t.sources.includes(ad.sourceId));
  const now = deps.clock.now();
  const url = canonicalUrl(ad.url);
  const stored: string[] = [];
  const kinds = new Set<IdentifierKind>();

  for (const tenant of subscribers) {
    const allowed = new Set(tenant.identifierKinds);
    const kept = ad.findings.filter((f) => allowed.has(f.kind));
    if (kept.length === 0) continue;

    const ctx = await deps.tenantContext(tenant.id);
    const adId = ctx.index.recordId(url);
    // Bound to the tenant's logical table name (not ctx.tableName), so a restored copy decrypts.
    const fields = await ctx.cipher.encrypt(JSON.stringify({ url, findings: kept }), { tenantId: tenant.id, recordId: adId });
    const index = dedupe(kept.map((f) => ({ kind: f.kind, hash: ctx.index.hash(f.kind, f.value) })));
    await ctx.store.putAd({
      adId,
      sourceId: ad.sourceId,
      collectedAt: new Date(now).toISOString(),
      expiresAt: Math.floor(now / 1000) + tenant.retentionDays * DAY,
      kinds: [...new Set(kept.map((f) => f.kind))],
      fields,
      index,
      indexVersion: ctx.index.version,
    });
    stored.push(tenant.id);
    for (const f of kept) kinds.add(f.kind);
  }

  const counts: Partial<Record<IdentifierKind, number>> = {};
  for (const f of ad.findings) if (kinds.has(f.kind)) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  return { outcome: stored.length > 0 ? 'stored' : 'no-subscriber', tenants: stored, kinds: counts };
}

function dedupe<T extends { kind: string; hash: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.hash) ? false : (seen.add(i.hash), true)));
}
