import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FileKeyService } from '../../../lambdas/adapters/local/file-key-service.js';
import { DecryptionError, FieldCipher, type FieldAad, logicalTableName } from '../../../lambdas/shared/crypto/field-cipher.js';
import { CountingKeyService, type KeyService } from '../../../lambdas/shared/crypto/key-service.js';
import { legacyV1Envelope, tempDir } from './helpers.js';

const KEY_ID = 'alias/adwarden-tenant-a';
const aad: FieldAad = { tenantId: 'tenant-a', table: 'adwarden-tenant-a', recordId: 'ad#123' };

describe('FieldCipher', () => {
  let cleanup: () => Promise<void>;
  let keys: CountingKeyService;

  beforeEach(async () => {
    const tmp = await tempDir();
    cleanup = tmp.cleanup;
    keys = new CountingKeyService(new FileKeyService(join(tmp.dir, 'keys.json')));
  });
  afterEach(async () => cleanup());

  const cipherFor = (tenantId = 'tenant-a', extra: Partial<ConstructorParameters<typeof FieldCipher>[0]> = {}) =>
    new FieldCipher({ keys, keyId: KEY_ID, tenantId, ...extra });

  it('round-trips strings and bytes', async () => {
    const cipher = cipherFor();
    const text = 'Jörg Müller +4930123456 ✓';
    const envelope = await cipher.encrypt(text, aad);
    expect(Buffer.from(await cipher.decrypt(envelope, aad)).toString('utf8')).toBe(text);
    expect(await cipher.decryptString(envelope, aad)).toBe(text);

    const bytes = new Uint8Array([0, 1, 2, 255]);
    expect(Array.from(await cipher.decrypt(await cipher.encrypt(bytes, aad), aad))).toEqual([0, 1, 2, 255]);
    expect(await cipher.decryptString(await cipher.encrypt('', aad), aad)).toBe('');
  });

  it('produces a versioned envelope with the wrapped data key, a fresh IV and no plaintext', async () => {
    const cipher = cipherFor();
    const a = await cipher.encrypt('+4930123456', aad);
    const b = await cipher.encrypt('+4930123456', aad);
    const re = /^v2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/;
    expect(a).toMatch(re);
    expect(a).not.toBe(b);
    const [, edkA, ivA] = a.split('.');
    const [, edkB, ivB] = b.split('.');
    expect(edkA).toBe(edkB); // same cached data key
    expect(ivA).not.toBe(ivB);
    expect(a).not.toContain('4930123456');
  });

  it('decrypts with a fresh cipher (cold start): the wrapped key in the envelope is enough', async () => {
    const envelope = await cipherFor().encrypt('seller@example.org', aad);
    const cold = cipherFor();
    keys.reset();
    expect(await cold.decryptString(envelope, aad)).toBe('seller@example.org');
    expect(await cold.decryptString(envelope, aad)).toBe('seller@example.org');
    expect(keys.decryptCalls).toBe(1);
    expect(keys.generateDataKeyCalls).toBe(0);
  });

  describe('AAD binding', () => {
    it('fails when the envelope is moved to another record or tenant', async () => {
      const cipher = cipherFor();
      const envelope = await cipher.encrypt('+4930123456', aad);
      await expect(cipher.decrypt(envelope, { ...aad, recordId: 'ad#124' })).rejects.toBeInstanceOf(DecryptionError);
      // Same cipher, AAD naming another tenant.
      await expect(cipher.decrypt(envelope, { ...aad, tenantId: 'tenant-b' })).rejects.toBeInstanceOf(DecryptionError);
      // Another tenant's cipher (even with the same master key): the data-key context differs.
      const other = cipherFor('tenant-b');
      await expect(other.decrypt(envelope, { ...aad, tenantId: 'tenant-b' })).rejects.toThrow(/unwrapped/);
      // Still fine in place.
      expect(await cipher.decryptString(envelope, aad)).toBe('+4930123456');
    });

    it('binds the logical table tenant:<id>, not the physical name: a restored copy (new table name) decrypts', async () => {
      const cipher = cipherFor();
      const envelope = await cipher.encrypt('+4930123456', { tenantId: 'tenant-a', recordId: 'ad#123' });
      expect(logicalTableName('tenant-a')).toBe('tenant:tenant-a');
      expect(await cipher.decryptString(envelope, { ...aad, table: 'adwarden-tenant-a-restored-2026-11-29' })).toBe('+4930123456');
      expect(await cipher.decryptString(envelope, { tenantId: 'tenant-a', recordId: 'ad#123' })).toBe('+4930123456');
    });

    it('reads a v1 envelope (old binding) only under the physical table it was written to, and migrates it to v2 idempotently', async () => {
      const cipher = cipherFor();
      const old = await legacyV1Envelope(keys, KEY_ID, { tenantId: 'tenant-a', table: 'adwarden-tenant-a', recordId: 'ad#123' }, 'seller@example.org');
      expect(FieldCipher.isLegacy(old)).toBe(true);
      expect(await cipher.decryptString(old, { ...aad, table: 'adwarden-tenant-a' })).toBe('seller@example.org');
      await expect(cipher.decrypt(old, { ...aad, table: 'adwarden-tenant-a-restored' })).rejects.toThrow(/authentication failed/);
      await expect(cipher.decrypt(old, { tenantId: 'tenant-a', recordId: 'ad#123' })).rejects.toThrow(/invalid AAD/);
      const m = await cipher.migrateEnvelope(old, { ...aad, table: 'adwarden-tenant-a' });
      expect(m.migrated).toBe(true);
      expect(FieldCipher.isLegacy(m.envelope)).toBe(false);
      expect(await cipher.decryptString(m.envelope, { ...aad, table: 'adwarden-tenant-a-restored' })).toBe('seller@example.org');
      const again = await cipher.migrateEnvelope(m.envelope, { ...aad, table: 'adwarden-tenant-a' });
      expect(again).toEqual({ envelope: m.envelope, migrated: false });
      // A v1 envelope under another record id does not migrate (and is not rewritten).
      await expect(cipher.migrateEnvelope(old, { ...aad, table: 'adwarden-tenant-a', recordId: 'ad#9' })).rejects.toBeInstanceOf(DecryptionError);
    });

    it('fails on tampering and malformed envelopes', async () => {
      const cipher = cipherFor();
      const envelope = await cipher.encrypt('+4930123456', aad);
      const [v, edk, iv, body] = envelope.split('.') as [string, string, string, string];
      const flipped = Buffer.from(body, 'base64url');
      flipped[0] = flipped[0]! ^ 1;
      const tampered = [v, edk, iv, flipped.toString('base64url')].join('.');
      await expect(cipher.decrypt(tampered, aad)).rejects.toThrow(/authentication failed/);
      for (const bad of ['', 'v2', `v3.${edk}.${iv}.${body}`, `v2.${edk}.${iv}`, `v2.${edk}.AAAA.${body}`, `v2.${edk}.${iv}.${body}!`, `v1.${edk}.${iv}.${body}`]) {
        await expect(cipher.decrypt(bad, aad)).rejects.toBeInstanceOf(DecryptionError);
      }
    });

    it('refuses to encrypt for another tenant than its own', async () => {
      await expect(cipherFor().encrypt('x', { ...aad, tenantId: 'tenant-b' })).rejects.toThrow(/tenant/);
      await expect(cipherFor().encrypt('x', { ...aad, recordId: '' })).rejects.toThrow(/recordId/);
    });
  });

  it('DecryptionError has an explicit name, a cause and no plaintext in its message', async () => {
    const cipher = cipherFor();
    const secret = 'very-secret-seller@example.org';
    const envelope = await cipher.encrypt(secret, aad);
    const error = await cipher.decrypt(envelope, { ...aad, recordId: 'other' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecryptionError);
    expect((error as DecryptionError).name).toBe('DecryptionError');
    expect((error as DecryptionError).cause).toBeInstanceOf(Error);
    expect((error as DecryptionError).message).not.toContain(secret);
    expect((error as DecryptionError).message).not.toContain(envelope);
    expect(String((error as DecryptionError).stack)).not.toContain(secret);
  });

  describe('data-key caching', () => {
    it('encrypts 10 000 fields with exactly 1 key-service call (defaults: 10 000 messages per key)', async () => {
      const cipher = cipherFor();
      for (let i = 0; i < 10_000; i++) await cipher.encrypt(`+49301234${i}`, { ...aad, recordId: `ad#${i}` });
      expect(keys.generateDataKeyCalls).toBe(1);
      expect(keys.calls).toBe(1);
      await cipher.encrypt('one more', aad); // the 10 001st needs a new data key
      expect(keys.generateDataKeyCalls).toBe(2);
    });

    it('encrypts 10 000 concurrent fields with exactly 10 calls at 1 000 messages per key', async () => {
      const cipher = cipherFor('tenant-a', { maxMessagesPerDataKey: 1_000 });
      const envelopes = await Promise.all(
        Array.from({ length: 10_000 }, (_, i) => cipher.encrypt(`value-${i}`, { ...aad, recordId: `ad#${i}` })),
      );
      expect(keys.calls).toBe(10);
      const perKey = new Map<string, number>();
      for (const e of envelopes) perKey.set(e.split('.')[1]!, (perKey.get(e.split('.')[1]!) ?? 0) + 1);
      expect([...perKey.values()]).toEqual(Array(10).fill(1_000));
      // Everything we wrapped ourselves decrypts without another call (while it fits the LRU).
      expect(await cipher.decryptString(envelopes[9_999]!, { ...aad, recordId: 'ad#9999' })).toBe('value-9999');
      expect(keys.calls).toBe(10);
    });

    it('rotates the data key after maxDataKeyAgeMs and re-unwraps expired decryption keys', async () => {
      let now = 1_000_000;
      const cipher = cipherFor('tenant-a', { clock: () => now, maxDataKeyAgeMs: 60_000 });
      const first = await cipher.encrypt('a', aad);
      now += 59_999;
      const second = await cipher.encrypt('b', aad);
      expect(keys.generateDataKeyCalls).toBe(1);
      now += 1;
      const third = await cipher.encrypt('c', aad);
      expect(keys.generateDataKeyCalls).toBe(2);
      expect(first.split('.')[1]).toBe(second.split('.')[1]);
      expect(third.split('.')[1]).not.toBe(first.split('.')[1]);
      // The first data key is older than the limit: decrypting asks the key service again.
      expect(await cipher.decryptString(first, aad)).toBe('a');
      expect(keys.decryptCalls).toBe(1);
      expect(await cipher.decryptString(second, aad)).toBe('b');
      expect(keys.decryptCalls).toBe(1);
    });

    it('bounds the decryption-key cache (LRU) and shares concurrent unwraps', async () => {
      const writer = cipherFor('tenant-a', { maxMessagesPerDataKey: 1 });
      const envelopes = [await writer.encrypt('0', aad), await writer.encrypt('1', aad), await writer.encrypt('2', aad)];
      const reader = cipherFor('tenant-a', { maxCachedDecryptionKeys: 2 });
      keys.reset();
      await Promise.all(Array.from({ length: 50 }, () => reader.decrypt(envelopes[0]!, aad)));
      expect(keys.decryptCalls).toBe(1);
      await reader.decrypt(envelopes[1]!, aad);
      await reader.decrypt(envelopes[0]!, aad); // hit; 0 becomes most recent
      expect(keys.decryptCalls).toBe(2);
      await reader.decrypt(envelopes[2]!, aad); // evicts 1
      expect(keys.decryptCalls).toBe(3);
      await reader.decrypt(envelopes[0]!, aad);
      expect(keys.decryptCalls).toBe(3);
      await reader.decrypt(envelopes[1]!, aad);
      expect(keys.decryptCalls).toBe(4);
    });

    it('does not cache failed key-service calls', async () => {
      let fail = true;
      const flaky: KeyService = {
        generateDataKey: (k, c) => (fail ? Promise.reject(new Error('throttled')) : keys.generateDataKey(k, c)),
        decrypt: (k, ct, c) => keys.decrypt(k, ct, c),
      };
      const cipher = new FieldCipher({ keys: flaky, keyId: KEY_ID, tenantId: 'tenant-a' });
      const results = await Promise.allSettled([cipher.encrypt('a', aad), cipher.encrypt('b', aad)]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      fail = false;
      expect(await cipher.decryptString(await cipher.encrypt('c', aad), aad)).toBe('c');
    });
  });
});
