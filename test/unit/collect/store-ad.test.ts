import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../lib/config.js';
import type { StoredAd, SuppressionList, TenantContext } from '../../../lambdas/collect/ports.js';
import { storeAd } from '../../../lambdas/collect/store/store-ad.js';
import { BlindIndex } from '../../../lambdas/shared/crypto/blind-index.js';
import { FieldCipher } from '../../../lambdas/shared/crypto/field-cipher.js';
import type { KeyService } from '../../../lambdas/shared/crypto/key-service.js';
import type { Finding } from '../../../lambdas/shared/identifiers.js';
import { readFileSync } from 'node:fs';

/** A key service that wraps by XOR with a fixed pad: enough to exercise the envelope, not secure. */
const fakeKeys: KeyService = {
  async generateDataKey() {
    const plaintext = new Uint8Array(randomBytes(32));
    return { plaintext: new Uint8Array(plaintext), ciphertext: plaintext.map((b) => b ^ 0x5a) };
  },
  async decrypt(_k, ciphertext) {
    return ciphertext.map((b) => b ^ 0x5a);
  },
};

const config = parseConfig(JSON.parse(readFileSync('adwarden.config.json', 'utf8')));
const findings: Finding[] = [
  { kind: 'phone', value: '+4791234567', origin: 'text' },
  { kind: 'email', value: 'ola@example.no', origin: 'attr:href' },
  { kind: 'vin', value: 'WVWZZZ1KZ6W123456', origin: 'json-ld:vehicleIdentificationNumber' },
  { kind: 'name', value: 'ola nordmann', origin: 'rule:.seller-name' },
];

function setup(suppressedHashes: string[] = []) {
  const written = new Map<string, StoredAd[]>();
  const contexts = new Map<string, TenantContext>();
  const platformIndex = new BlindIndex(new Uint8Array(32).fill(7));
  const suppression: SuppressionList = {
    suppressed: async (hashes) => new Set(hashes.filter((h) => suppressedHashes.includes(h))),
    add: async () => undefined,
  };
  const deps = {
    tenants: config.tenants,
    suppression,
    platformIndex: async () => platformIndex,
    clock: { now: () => Date.parse('2026-11-22T12:00:00Z') },
    tenantContext: async (tenantId: string) => {
      let ctx = contexts.get(tenantId);
      if (!ctx) {
        const list: StoredAd[] = [];
        written.set(tenantId, list);
        ctx = {
          tenantId,
          tableName: `t-${tenantId}`,
          store: { putAd: async (ad) => void list.push(ad) },
          cipher: new FieldCipher({ keys: fakeKeys, keyId: `k-${tenantId}`, tenantId }),
          index: new BlindIndex(new Uint8Array(32).fill(tenantId.length)),
        };
        contexts.set(tenantId, ctx);
      }
      return ctx;
    },
  };
  return { deps, written, contexts, platformIndex };
}

describe('storeAd', () => {
  it('writes to every subscribed tenant only the kinds it may keep, encrypted, with TTL from its retention', async () => {
    const { deps, written, contexts } = setup();
    const r = await storeAd({ sourceId: 'demo-classifieds', url: 'https://ads.example/ad/1#photos', findings }, deps);
    expect(r.outcome).toBe('stored');
    expect(r.tenants).toEqual(['nordic-insurance', 'customs-brand']);
    const nordic = written.get('nordic-insurance')![0]!;
    const brand = written.get('customs-brand')![0]!;
    expect(nordic.kinds).toEqual(['phone', 'email', 'vin', 'name']);
    expect(brand.kinds).toEqual(['phone', 'email']);
    expect(nordic.expiresAt).toBe(Date.parse('2026-11-22T12:00:00Z') / 1000 + 365 * 86_400);
    expect(brand.expiresAt).toBe(Date.parse('2026-11-22T12:00:00Z') / 1000 + 90 * 86_400);
    for (const [tenantId, ad] of [['nordic-insurance', nordic], ['customs-brand', brand]] as const) {
      expect(JSON.stringify(ad)).not.toContain('ola@example.no');
      expect(JSON.stringify(ad)).not.toContain('91234567');
      const ctx = contexts.get(tenantId)!;
      const plain = JSON.parse(await ctx.cipher.decryptString(ad.fields, { tenantId, table: ctx.tableName, recordId: ad.adId })) as { url: string; findings: Finding[] };
      expect(plain.url).toBe('https://ads.example/ad/1'); // fragment dropped: one ad, one record
      expect(plain.findings.map((f) => f.kind)).toEqual(ad.kinds);
      expect(ad.index.map((i) => i.hash)).toEqual(plain.findings.map((f) => ctx.index.hash(f.kind, f.value)));
    }
    // The same ad in two tenants gets unrelated ids and hashes.
    expect(nordic.adId).not.toBe(brand.adId);
    expect(nordic.index[0]!.hash).not.toBe(brand.index[0]!.hash);
  });

  it('stores nothing of an ad when any of its identifiers is suppressed', async () => {
    // The platform index is the same key in every setup (fill 7), so the hash can be made first.
    const hash = new BlindIndex(new Uint8Array(32).fill(7)).hash('email', 'ola@example.no');
    const { deps, written } = setup([hash]);
    const r = await storeAd({ sourceId: 'demo-classifieds', url: 'https://ads.example/ad/1', findings }, deps);
    expect(r).toEqual({ outcome: 'suppressed', tenants: [], kinds: {} });
    expect(written.size).toBe(0);
  });

  it('stores nothing for an ad without identifiers or a source nobody subscribes to', async () => {
    const { deps, written } = setup();
    expect((await storeAd({ sourceId: 'demo-classifieds', url: 'https://ads.example/ad/2', findings: [] }, deps)).outcome).toBe('no-identifiers');
    expect((await storeAd({ sourceId: 'other', url: 'https://ads.example/ad/3', findings }, deps)).outcome).toBe('no-subscriber');
    expect(written.size).toBe(0);
  });
});
