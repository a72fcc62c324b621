import { sourcesResult } from '../../../lambdas/query/schemas.js';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../lib/config.js';
import type { AuditLog } from '../../../lambdas/query/audit.js';
import { CursorCodec } from '../../../lambdas/query/cursor.js';
import type { QueryDeps, TenantReader } from '../../../lambdas/query/ports.js';
import { getAd, listSources, searchAds } from '../../../lambdas/query/use-cases.js';
import { BlindIndex } from '../../../lambdas/shared/crypto/blind-index.js';
import { FieldCipher } from '../../../lambdas/shared/crypto/field-cipher.js';
import type { KeyService } from '../../../lambdas/shared/crypto/key-service.js';
import { TEST_LEGITIMATE_INTEREST } from '../../fixtures/legitimate-interest.js';

const config = parseConfig({
  market: 'eu',
  region: 'eu-north-1',
  stage: 'dev',
  tenants: [{ id: 'tenant-a', displayName: 'A', retentionDays: 30, sources: ['src'], identifierKinds: ['phone'], contact: 'dpo@a.example' }],
  sources: [{ id: 'src', country: 'NO', startUrls: ['http://127.0.0.1:9/'], schedule: 'rate(1 hour)', legitimateInterest: TEST_LEGITIMATE_INTEREST }],
  crawler: { userAgent: 'adwarden-test (+http://127.0.0.1/c)' },
});

/** A key service that wraps by XOR (enough for a unit test of the use cases; the real ones are tested elsewhere). */
const keys: KeyService = {
  generateDataKey: async () => {
    const k = new Uint8Array(randomBytes(32));
    return { plaintext: new Uint8Array(k), ciphertext: k.map((b) => b ^ 0x5a) };
  },
  decrypt: async (_id, c) => c.map((b) => b ^ 0x5a),
};

async function deps(audit: AuditLog, crawlRuns: QueryDeps['crawlRuns'] = { lastRun: async () => undefined }): Promise<QueryDeps> {
  const key = new Uint8Array(randomBytes(32));
  const index = new BlindIndex(key);
  const cipher = new FieldCipher({ keys, keyId: 'k', tenantId: 'tenant-a' });
  const adId = 'A'.repeat(22);
  const fields = await cipher.encrypt(JSON.stringify({ url: 'http://127.0.0.1:9/ad/1', findings: [{ kind: 'phone', value: '+4791234567', origin: 'text' }, { kind: 'email', value: 'x@example.test', origin: 'text' }] }), { tenantId: 'tenant-a', table: 't', recordId: adId });
  const item = { adId, sourceId: 's', collectedAt: '2026-11-01T00:00:00.000Z', kinds: ['phone' as const], fields };
  const reader: TenantReader = {
    indexHits: async (kind, hash) => (kind === 'phone' && hash === index.hash('phone', '+4791234567') ? [{ adId, expiresAt: 1 }] : []),
    getAds: async (ids) => (ids.includes(adId) ? [item] : []),
    getAd: async (id) => (id === adId ? item : undefined),
    newestFromSource: async () => undefined,
  };
  return {
    tenant: async () => ({ tenant: config.tenants[0]!, tableName: 't', reader, cipher, index, cursors: new CursorCodec(key, 'tenant-a') }),
    sources: new Map(config.sources.map((s) => [s.id, s])),
    audit,
    crawlRuns,
  };
}

const failingAudit: AuditLog = {
  head: async () => undefined,
  append: async () => {
    throw new Error('audit table unavailable');
  },
  list: async () => ({ records: [] }),
  all: async function* () {},
};

const caller = { sub: 'u1', tenantId: 'tenant-a', groups: ['analyst'] };
const req = { requestId: 'r1', route: 'GET /v1/search' };

describe('query use cases', () => {
  it('return no personal data when the audit record cannot be written', async () => {
    const d = await deps(failingAudit);
    await expect(searchAds(caller, { kind: 'phone', q: '912 34 567', limit: 20 }, req, d)).rejects.toThrow('audit table unavailable');
    await expect(getAd(caller, 'A'.repeat(22), req, d)).rejects.toThrow('audit table unavailable');
  });

  it('never show identifier kinds the tenant may not hold, even if a stored record carries them', async () => {
    const appended: unknown[] = [];
    const d = await deps({ ...failingAudit, append: async (r) => (appended.push(r), true) });
    const r = await searchAds(caller, { kind: 'phone', q: '912 34 567', limit: 20 }, req, d);
    expect(r.items[0]!.identifiers.map((i) => i.kind)).toEqual(['phone']);
    expect(appended).toHaveLength(1);
  });

  it("list sources with each one's last crawl: the caller's own stored count only; null before any run", async () => {
    const asked: string[] = [];
    const counters = {
      sourceId: 'src', runId: 'run-9', startedAt: '2026-11-29T10:00:00.000Z', lastActivityAt: '2026-11-29T10:01:00.000Z',
      listingPages: 1, listingPagesFailed: 0, adsFound: 12, adsQueued: 12, adsProcessed: 12, stored: 10,
      storedFor: { 'tenant-a': 7, 'tenant-z': 10 }, noIdentifiers: 2, suppressed: 0, noSubscriber: 0, blocked: 0, failed: 0,
    };
    const d = await deps(failingAudit, { lastRun: async (id) => (asked.push(id), counters) });
    const r = await listSources(caller, d);
    expect(asked).toEqual(['src']);
    expect(r.items[0]!.lastCrawl).toMatchObject({ runId: 'run-9', adsFound: 12, stored: 7, failed: 0 });
    expect(JSON.stringify(r)).not.toContain('tenant-z');
    expect(sourcesResult.parse(r)).toEqual(r);
    const none = await listSources(caller, await deps(failingAudit));
    expect(none.items[0]!.lastCrawl).toBeNull();
  });
});
