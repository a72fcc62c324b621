import { describe, expect, it } from 'vitest';
import { createHmac, randomBytes } from 'node:crypto';
import { BlindIndex, loadBlindIndex } from '../../../lambdas/shared/crypto/blind-index.js';
import { IndexKeyMissingError, IndexKeyProvisioningError, IndexVersionMismatchError } from '../../../lambdas/shared/crypto/errors.js';
import {
  indexKeyContext,
  loadIndexKey,
  PLATFORM_TENANT_ID,
  provisionIndexKey,
  provisionIndexKeys,
  type WrappedIndexKey,
  type WrappedIndexKeyStore,
} from '../../../lambdas/shared/crypto/index-key.js';
import { NORMALISER_VERSION } from '../../../lambdas/shared/normalise/index.js';
import { CountingKeyService, type KeyService } from '../../../lambdas/shared/crypto/key-service.js';
import { IDENTIFIER_KINDS } from '../../../lambdas/shared/identifiers.js';

describe('BlindIndex', () => {
  const keyA = randomBytes(32);
  const keyB = randomBytes(32);

  it('is HMAC-SHA256(kind NUL value), base64url, 43 chars, deterministic per key', () => {
    const index = new BlindIndex(keyA);
    const h = index.hash('phone', '+4930123456');
    expect(h).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(h).toBe(new BlindIndex(Uint8Array.from(keyA)).hash('phone', '+4930123456'));
    expect(h).toBe(createHmac('sha256', keyA).update('phone\u0000+4930123456').digest('base64url'));
  });

  it('differs across tenants\' keys, kinds and values', () => {
    const a = new BlindIndex(keyA);
    const b = new BlindIndex(keyB);
    expect(a.hash('email', 'x@example.org')).not.toBe(b.hash('email', 'x@example.org'));
    const perKind = new Set(IDENTIFIER_KINDS.map((kind) => a.hash(kind, 'same value')));
    expect(perKind.size).toBe(IDENTIFIER_KINDS.length);
    expect(a.hash('name', 'jane doe')).not.toBe(a.hash('name', 'jane  doe'));
  });

  it('does not keep a reference to the caller\'s key buffer', () => {
    const key = Uint8Array.from(keyA);
    const index = new BlindIndex(key);
    const before = index.hash('vin', 'WVWZZZ1JZXW000001');
    key.fill(0);
    expect(index.hash('vin', 'WVWZZZ1JZXW000001')).toBe(before);
  });

  it('rejects keys that are not 32 bytes and unknown kinds', () => {
    expect(() => new BlindIndex(new Uint8Array(16))).toThrow(/32 bytes/);
    expect(() => new BlindIndex(keyA).hash('ssn' as never, 'x')).toThrow(/kind/);
  });
});

/** An in-memory index-key store; `data` says whether the table holds indexed items. */
function memoryStore(shared: { item?: WrappedIndexKey; data?: boolean }): WrappedIndexKeyStore {
  return {
    where: 'memory table (item META/INDEX_KEY)',
    async get() {
      await new Promise((r) => setTimeout(r, 1));
      return shared.item ? { ...shared.item, wrapped: Uint8Array.from(shared.item.wrapped) } : undefined;
    },
    async putIfAbsent(item) {
      await new Promise((r) => setTimeout(r, 1));
      if (shared.item) return false;
      shared.item = { ...item, wrapped: Uint8Array.from(item.wrapped) };
      return true;
    },
    async hasIndexedData() {
      return shared.data ?? false;
    },
  };
}

/** A deterministic fake key service: "wraps" by XOR with a context-derived pad (tests only). */
function fakeKeys(): KeyService {
  const pad = (keyId: string, ctx: Record<string, string>) =>
    createHmac('sha256', 'fake-master').update(JSON.stringify([keyId, Object.entries(ctx).sort()])).digest();
  return {
    async generateDataKey(keyId, ctx) {
      const plaintext = randomBytes(32);
      const p = pad(keyId, ctx);
      return { plaintext: Uint8Array.from(plaintext), ciphertext: Uint8Array.from(plaintext.map((b, i) => b ^ p[i]!)) };
    },
    async decrypt(keyId, ciphertext, ctx) {
      const p = pad(keyId, ctx);
      return Uint8Array.from(ciphertext, (b, i) => b ^ p[i]!);
    },
  };
}

describe('index keys: created only by provisioning, loaded fail-closed', () => {
  it('provisioning creates the key once with exactly { purpose: index-key, tenant }, versions recorded; loading unwraps it in 1 call', async () => {
    const shared: { item?: WrappedIndexKey } = {};
    const inner = fakeKeys();
    const seen: Record<string, string>[] = [];
    const keys = new CountingKeyService({
      generateDataKey: (k, c) => (seen.push(c), inner.generateDataKey(k, c)),
      decrypt: (k, ct, c) => (seen.push(c), inner.decrypt(k, ct, c)),
    });
    expect(await provisionIndexKey(memoryStore(shared), keys, 'alias/t', 'tenant-a', { now: () => 0 })).toBe('created');
    expect(keys.generateDataKeyCalls).toBe(1);
    expect(shared.item).toMatchObject({ keyVersion: 1, normaliserVersion: NORMALISER_VERSION, createdAt: '1970-01-01T00:00:00.000Z' });
    expect(await provisionIndexKey(memoryStore(shared), keys, 'alias/t', 'tenant-a')).toBe('exists');
    expect(keys.generateDataKeyCalls).toBe(1);
    keys.reset();
    const loaded = await loadIndexKey(memoryStore(shared), keys, 'alias/t', 'tenant-a');
    expect(loaded.key).toHaveLength(32);
    expect(loaded.version).toEqual({ keyVersion: 1, normaliserVersion: NORMALISER_VERSION });
    expect(keys.calls).toBe(1);
    expect(seen.every((c) => JSON.stringify(c) === JSON.stringify({ purpose: 'index-key', tenant: 'tenant-a' }))).toBe(true);
    expect(indexKeyContext(PLATFORM_TENANT_ID)).toEqual({ purpose: 'index-key', tenant: 'platform' });
  });

  it('at run time a missing key fails closed: IndexKeyMissingError (poison), no key created, no key-service call', async () => {
    const shared: { item?: WrappedIndexKey } = {};
    const keys = new CountingKeyService(fakeKeys());
    const err = await loadIndexKey(memoryStore(shared), keys, 'alias/t', 'platform').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexKeyMissingError);
    expect((err as IndexKeyMissingError).name).toBe('IndexKeyMissingError');
    expect((err as IndexKeyMissingError).classification).toBe('poison');
    expect((err as Error).message).toMatch(/platform \(suppression list\) is missing from memory table.*refusing to create/);
    expect(shared.item).toBeUndefined();
    expect(keys.calls).toBe(0);
    await expect(loadBlindIndex(memoryStore(shared), keys, 'alias/t', 'tenant-a')).rejects.toBeInstanceOf(IndexKeyMissingError);
  });

  it('fails closed when the key item was recorded for another normaliser version (or predates versions)', async () => {
    const shared: { item?: WrappedIndexKey } = {};
    await provisionIndexKey(memoryStore(shared), fakeKeys(), 'alias/t', 'tenant-a', { normaliserVersion: NORMALISER_VERSION + 1 });
    await expect(loadIndexKey(memoryStore(shared), fakeKeys(), 'alias/t', 'tenant-a')).rejects.toBeInstanceOf(IndexVersionMismatchError);
    shared.item = { ...shared.item!, normaliserVersion: 0, keyVersion: 0 }; // a legacy item
    await expect(loadIndexKey(memoryStore(shared), fakeKeys(), 'alias/t', 'tenant-a')).rejects.toThrow(/version 0/);
  });

  it('provisioning refuses to create a key for a table that holds indexed data but lost its key', async () => {
    const shared: { item?: WrappedIndexKey; data?: boolean } = { data: true };
    const keys = new CountingKeyService(fakeKeys());
    const err = await provisionIndexKey(memoryStore(shared), keys, 'alias/t', 'tenant-a').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexKeyProvisioningError);
    expect((err as IndexKeyProvisioningError).classification).toBe('permanent');
    expect(shared.item).toBeUndefined();
    expect(keys.generateDataKeyCalls).toBe(0);
  });

  it('provisioning an existing key checks that it unwraps (a wrong key id fails now, not at run time)', async () => {
    const shared: { item?: WrappedIndexKey } = {};
    await provisionIndexKey(memoryStore(shared), fakeKeys(), 'alias/t', 'tenant-a');
    const strict: KeyService = { ...fakeKeys(), decrypt: async () => Promise.reject(new Error('InvalidCiphertextException')) };
    await expect(provisionIndexKey(memoryStore(shared), strict, 'alias/other', 'tenant-a')).rejects.toThrow(/InvalidCiphertext/);
  });

  it('is race-safe: concurrent provisioners store one key, and everyone then loads that one', async () => {
    const shared: { item?: WrappedIndexKey } = {};
    const keys = fakeKeys();
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => provisionIndexKey(memoryStore(shared), keys, 'alias/t', 'tenant-a')));
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(1);
    const loads = await Promise.all(Array.from({ length: 3 }, () => loadIndexKey(memoryStore(shared), keys, 'alias/t', 'tenant-a')));
    expect(new Set(loads.map((l) => Buffer.from(l.key).toString('hex'))).size).toBe(1);
  });

  it('gives different tenants different keys, and reports each creation', async () => {
    const keys = fakeKeys();
    const a = { item: undefined as WrappedIndexKey | undefined };
    const b = { item: undefined as WrappedIndexKey | undefined };
    const lines: string[] = [];
    const r = await provisionIndexKeys(
      [
        { tenantId: 'platform', store: memoryStore(a), keys, keyId: 'alias/p' },
        { tenantId: 'tenant-b', store: memoryStore(b), keys, keyId: 'alias/t' },
      ],
      (l) => lines.push(l),
    );
    expect(r).toEqual([{ tenantId: 'platform', outcome: 'created' }, { tenantId: 'tenant-b', outcome: 'created' }]);
    expect(lines).toEqual(['created index key for the platform (suppression list)', 'created index key for tenant tenant-b']);
    const ia = await loadBlindIndex(memoryStore(a), keys, 'alias/p', 'platform');
    const ib = await loadBlindIndex(memoryStore(b), keys, 'alias/t', 'tenant-b');
    expect(ia.hash('phone', '+4930123456')).not.toBe(ib.hash('phone', '+4930123456'));
    expect(ia.version).toEqual({ keyVersion: 1, normaliserVersion: NORMALISER_VERSION });
  });
});
