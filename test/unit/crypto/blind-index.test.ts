import { describe, expect, it } from 'vitest';
import { createHmac, randomBytes } from 'node:crypto';
import { BlindIndex, loadOrCreateIndexKey, type WrappedIndexKeyStore } from '../../../lambdas/shared/crypto/blind-index.js';
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

/** An in-memory store with an optional hook that runs between a get and the matching put. */
function memoryStore(shared: { wrapped?: Uint8Array }): WrappedIndexKeyStore {
  return {
    async get() {
      await new Promise((r) => setTimeout(r, 1));
      return shared.wrapped ? Uint8Array.from(shared.wrapped) : undefined;
    },
    async putIfAbsent(wrapped) {
      await new Promise((r) => setTimeout(r, 1));
      if (shared.wrapped) return false;
      shared.wrapped = Uint8Array.from(wrapped);
      return true;
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

describe('loadOrCreateIndexKey', () => {
  it('generates the key once with the blind-index context, then unwraps it (1 call per cold start)', async () => {
    const shared: { wrapped?: Uint8Array } = {};
    const inner = fakeKeys();
    const seen: Record<string, string>[] = [];
    const keys = new CountingKeyService({
      generateDataKey: (k, c) => (seen.push(c), inner.generateDataKey(k, c)),
      decrypt: (k, ct, c) => (seen.push(c), inner.decrypt(k, ct, c)),
    });
    const first = await loadOrCreateIndexKey(memoryStore(shared), keys, 'alias/t', 'tenant-a');
    expect(first).toHaveLength(32);
    expect(keys.generateDataKeyCalls).toBe(1);
    keys.reset();
    const again = await loadOrCreateIndexKey(memoryStore(shared), keys, 'alias/t', 'tenant-a');
    expect(Buffer.from(again)).toEqual(Buffer.from(first));
    expect(keys.calls).toBe(1);
    expect(keys.decryptCalls).toBe(1);
    expect(seen.every((c) => JSON.stringify(c) === JSON.stringify({ tenant: 'tenant-a', purpose: 'blind-index' }))).toBe(true);
  });

  it('is race-safe: concurrent creators end with the same key (the winner\'s)', async () => {
    const shared: { wrapped?: Uint8Array } = {};
    const keys = new CountingKeyService(fakeKeys());
    const results = await Promise.all(
      Array.from({ length: 5 }, () => loadOrCreateIndexKey(memoryStore(shared), keys, 'alias/t', 'tenant-a')),
    );
    expect(keys.generateDataKeyCalls).toBe(5); // all saw no key
    expect(keys.decryptCalls).toBe(4); // four losers unwrap the winner's
    const distinct = new Set(results.map((k) => Buffer.from(k).toString('hex')));
    expect(distinct.size).toBe(1);
    expect(Buffer.from(await fakeKeys().decrypt('alias/t', shared.wrapped!, { tenant: 'tenant-a', purpose: 'blind-index' }))).toEqual(
      Buffer.from(results[0]!),
    );
  });

  it('gives different tenants different keys', async () => {
    const keys = fakeKeys();
    const a = await loadOrCreateIndexKey(memoryStore({}), keys, 'alias/t', 'tenant-a');
    const b = await loadOrCreateIndexKey(memoryStore({}), keys, 'alias/t', 'tenant-b');
    expect(new BlindIndex(a).hash('phone', '+4930123456')).not.toBe(new BlindIndex(b).hash('phone', '+4930123456'));
  });

  it('fails clearly when putIfAbsent loses but nothing can be read', async () => {
    const store: WrappedIndexKeyStore = { get: async () => undefined, putIfAbsent: async () => false };
    await expect(loadOrCreateIndexKey(store, fakeKeys(), 'alias/t', 'tenant-a')).rejects.toThrow(/none could be read/);
  });
});
