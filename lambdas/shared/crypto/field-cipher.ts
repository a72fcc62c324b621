/**
 * Field-level envelope encryption (ARCHITECTURE.md decision 2).
 *
 * Why AES-256-GCM with node:crypto and not the AWS Encryption SDK: the budget is ≤ 2 ms CPU per
 * ad and ≤ 1 key-service call per 1000 ads. Measured on these machines, the Encryption SDK
 * (non-signing suite) does ~1.4k encrypt/s at ~340 B per message, while plain AES-256-GCM does
 * ~48k/s at ~120 B. With ~7 personal fields per ad the SDK alone would eat ~5 ms per ad; GCM
 * costs well under 0.2 ms. We therefore do the envelope ourselves: a data key from the key
 * service (KMS), cached and reused for at most `maxMessagesPerDataKey` messages and
 * `maxDataKeyAgeMs`, so one key-service call covers thousands of fields.
 *
 * Envelope (one string, safe in DynamoDB attributes, JSON and URLs):
 *
 *   v2.<wrapped data key>.<iv>.<ciphertext||tag>      (each part base64url, no padding)
 *
 * - wrapped data key: the key service's ciphertext of the data key, stored in every envelope
 *   so any envelope can be decrypted on its own (no side table to lose or keep in sync);
 *   its key-service encryption context is { tenant: tenantId, purpose: 'field' }.
 * - iv: 12 random bytes. A data key encrypts at most `maxMessagesPerDataKey` (default 10 000)
 *   messages, far below the 2^32 random-IV limit for GCM.
 * - ciphertext||tag: AES-256-GCM output with the 16-byte tag appended.
 * - AAD (v2): the format version, tenant id, the tenant's STABLE LOGICAL table name
 *   `tenant:<tenantId>` and the record id (unambiguous JSON array), so an envelope copied to
 *   another record or tenant fails authentication, while a DynamoDB restore (which always
 *   creates a table with a new physical name) stays decryptable (issue 10 point 6).
 * - v1 envelopes (before that change) bound the PHYSICAL table name; they are still read when
 *   the caller gives `aad.table` (the physical name they were written to), and
 *   `migrateEnvelope` / `npx adwarden migrate aad` rewrites them as v2. New ones are always v2.
 *
 * Keys are never logged, and errors never carry plaintext, keys or envelopes.
 */
import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { DATA_KEY_BYTES, type KeyService } from './key-service.js';

/** What a ciphertext is bound to. tenantId and recordId are required and non-empty. */
export interface FieldAad {
  readonly tenantId: string;
  /**
   * The PHYSICAL table a v1 envelope was written to: needed only to read (or migrate) v1
   * envelopes. v2 binds the logical name `logicalTableName(tenantId)` and ignores this.
   */
  readonly table?: string;
  readonly recordId: string;
}

/** The stable logical table name bound into every v2 envelope of a tenant. */
export function logicalTableName(tenantId: string): string {
  return `tenant:${tenantId}`;
}

export interface FieldCipherOptions {
  readonly keys: KeyService;
  /** The key-service master key (KMS key id/ARN/alias) of this tenant. */
  readonly keyId: string;
  readonly tenantId: string;
  /** Messages encrypted under one data key before a new one is requested. Default 10 000. */
  readonly maxMessagesPerDataKey?: number;
  /** Age after which a cached data key (for encryption or decryption) is no longer used. Default 5 min. */
  readonly maxDataKeyAgeMs?: number;
  /** Unwrapped data keys kept for decryption (LRU). Default 256. */
  readonly maxCachedDecryptionKeys?: number;
  /** Milliseconds clock, injectable for tests. Default Date.now. */
  readonly clock?: () => number;
}

/** Thrown by FieldCipher.decrypt. The message never contains plaintext, keys or the envelope. */
export class DecryptionError extends Error {
  override readonly name = 'DecryptionError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export const ENVELOPE_VERSION = 'v2';
/** The envelope version that bound the physical table name (read and migrated, never written). */
export const LEGACY_ENVELOPE_VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const B64URL = /^[A-Za-z0-9_-]+$/;

interface ActiveDataKey {
  readonly key: KeyObject;
  /** base64url of the wrapped data key, as written into envelopes. */
  readonly wrapped: string;
  readonly createdAt: number;
  uses: number;
}

interface CachedDecryptionKey {
  readonly key: Promise<KeyObject>;
  readonly createdAt: number;
}

export class FieldCipher {
  private readonly keys: KeyService;
  private readonly keyId: string;
  private readonly tenantId: string;
  private readonly maxMessagesPerDataKey: number;
  private readonly maxDataKeyAgeMs: number;
  private readonly maxCachedDecryptionKeys: number;
  private readonly clock: () => number;
  private readonly context: Record<string, string>;

  private active: ActiveDataKey | undefined;
  private pendingActive: Promise<void> | undefined;
  /** LRU: Map iteration order is insertion order; a hit is re-inserted at the end. */
  private readonly decryptionKeys = new Map<string, CachedDecryptionKey>();

  constructor({
    keys,
    keyId,
    tenantId,
    maxMessagesPerDataKey = 10_000,
    maxDataKeyAgeMs = 5 * 60_000,
    maxCachedDecryptionKeys = 256,
    clock = Date.now,
  }: FieldCipherOptions) {
    if (!keyId) throw new TypeError('FieldCipher: keyId is required');
    if (!tenantId) throw new TypeError('FieldCipher: tenantId is required');
    if (!Number.isInteger(maxMessagesPerDataKey) || maxMessagesPerDataKey < 1 || maxMessagesPerDataKey > 2 ** 32) {
      throw new RangeError('FieldCipher: maxMessagesPerDataKey must be an integer in [1, 2^32]');
    }
    if (!(maxDataKeyAgeMs > 0)) throw new RangeError('FieldCipher: maxDataKeyAgeMs must be > 0');
    if (!Number.isInteger(maxCachedDecryptionKeys) || maxCachedDecryptionKeys < 1) {
      throw new RangeError('FieldCipher: maxCachedDecryptionKeys must be an integer >= 1');
    }
    this.keys = keys;
    this.keyId = keyId;
    this.tenantId = tenantId;
    this.maxMessagesPerDataKey = maxMessagesPerDataKey;
    this.maxDataKeyAgeMs = maxDataKeyAgeMs;
    this.maxCachedDecryptionKeys = maxCachedDecryptionKeys;
    this.clock = clock;
    this.context = Object.freeze({ tenant: tenantId, purpose: 'field' });
  }

  /** Encrypts one field value; returns the envelope string described at the top of this file. */
  async encrypt(plaintext: Uint8Array | string, aad: FieldAad): Promise<string> {
    const aadBytes = this.aadBytes(aad, ENVELOPE_VERSION);
    if (aad.tenantId !== this.tenantId) {
      throw new Error('FieldCipher.encrypt: aad.tenantId is not the tenant of this cipher');
    }
    const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
    const dataKey = await this.activeDataKey();
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', dataKey.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aadBytes);
    const body = Buffer.concat([cipher.update(data), cipher.final(), cipher.getAuthTag()]);
    return `${ENVELOPE_VERSION}.${dataKey.wrapped}.${iv.toString('base64url')}.${body.toString('base64url')}`;
  }

  /** Decrypts an envelope made by `encrypt` with the same AAD; throws DecryptionError otherwise. */
  async decrypt(envelope: string, aad: FieldAad): Promise<Uint8Array> {
    const parts = typeof envelope === 'string' ? envelope.split('.') : [];
    const version = parts[0];
    if (parts.length !== 4 || (version !== ENVELOPE_VERSION && version !== LEGACY_ENVELOPE_VERSION) || !parts.slice(1).every((p) => B64URL.test(p))) {
      throw new DecryptionError('malformed envelope or unsupported version');
    }
    let aadBytes: Buffer;
    try {
      aadBytes = this.aadBytes(aad, version);
    } catch (cause) {
      throw new DecryptionError('invalid AAD', { cause });
    }
    if (aad.tenantId !== this.tenantId) {
      throw new DecryptionError('envelope requested for another tenant than this cipher\'s');
    }
    const [, wrapped, ivText, bodyText] = parts as [string, string, string, string];
    const iv = Buffer.from(ivText, 'base64url');
    const body = Buffer.from(bodyText, 'base64url');
    if (iv.length !== IV_BYTES || body.length < TAG_BYTES) {
      throw new DecryptionError('malformed envelope');
    }

    let key: KeyObject;
    try {
      key = await this.decryptionKey(wrapped);
    } catch (cause) {
      throw new DecryptionError('data key could not be unwrapped (wrong tenant or key, or a tampered envelope)', { cause });
    }

    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(aadBytes);
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      const out = Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
      return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    } catch (cause) {
      throw new DecryptionError('authentication failed (envelope bound to another record, table or tenant, or tampered)', { cause });
    }
  }

  /** True when the envelope is a v1 one, bound to a physical table name (to be migrated). */
  static isLegacy(envelope: string): boolean {
    return typeof envelope === 'string' && envelope.startsWith(`${LEGACY_ENVELOPE_VERSION}.`);
  }

  /**
   * Rewrites a v1 envelope (bound to the physical table `aad.table`) as a v2 envelope bound to
   * the logical name. A v2 envelope is returned unchanged after checking that it decrypts, so
   * running a migration twice is harmless. Throws DecryptionError when it does not decrypt.
   */
  async migrateEnvelope(envelope: string, aad: FieldAad & { readonly table: string }): Promise<{ envelope: string; migrated: boolean }> {
    const plaintext = await this.decrypt(envelope, aad);
    try {
      if (!FieldCipher.isLegacy(envelope)) return { envelope, migrated: false };
      return { envelope: await this.encrypt(plaintext, aad), migrated: true };
    } finally {
      plaintext.fill(0);
    }
  }

  /** Convenience: decrypt and decode as UTF-8. */
  async decryptString(envelope: string, aad: FieldAad): Promise<string> {
    return Buffer.from(await this.decrypt(envelope, aad)).toString('utf8');
  }

  /** Drops every cached data key (e.g. after a suspected compromise, or in tests). */
  clearCache(): void {
    this.active = undefined;
    this.decryptionKeys.clear();
  }

  // --- internals -------------------------------------------------------------------------

  private aadBytes(aad: FieldAad, version: string): Buffer {
    const names = version === LEGACY_ENVELOPE_VERSION ? (['tenantId', 'table', 'recordId'] as const) : (['tenantId', 'recordId'] as const);
    for (const name of names) {
      const value = aad?.[name];
      if (typeof value !== 'string' || value.length === 0) {
        throw new TypeError(
          name === 'table' ? 'FieldCipher: a v1 envelope needs aad.table, the physical table it was written to' : `FieldCipher: aad.${name} must be a non-empty string`,
        );
      }
    }
    const table = version === LEGACY_ENVELOPE_VERSION ? (aad.table as string) : logicalTableName(aad.tenantId);
    return Buffer.from(JSON.stringify(['adwarden.field', version, aad.tenantId, table, aad.recordId]), 'utf8');
  }

  private usable(k: ActiveDataKey | undefined): k is ActiveDataKey {
    return k !== undefined && k.uses < this.maxMessagesPerDataKey && this.clock() - k.createdAt < this.maxDataKeyAgeMs;
  }

  /**
   * Returns the current data key and reserves one message on it. Concurrent callers share a
   * single in-flight generateDataKey call, so a burst of N encryptions costs one key-service call.
   */
  private async activeDataKey(): Promise<ActiveDataKey> {
    for (;;) {
      const current = this.active;
      if (this.usable(current)) {
        current.uses++;
        return current;
      }
      if (!this.pendingActive) {
        const pending = this.fetchActiveDataKey();
        this.pendingActive = pending;
        pending.then(
          () => { if (this.pendingActive === pending) this.pendingActive = undefined; },
          () => { if (this.pendingActive === pending) this.pendingActive = undefined; },
        );
      }
      await this.pendingActive;
    }
  }

  private async fetchActiveDataKey(): Promise<void> {
    const { plaintext, ciphertext } = await this.keys.generateDataKey(this.keyId, { ...this.context });
    if (plaintext.length !== DATA_KEY_BYTES) throw new Error('key service returned a data key of the wrong length');
    if (ciphertext.length === 0) throw new Error('key service returned an empty wrapped data key');
    const key = createSecretKey(plaintext); // copies the bytes into the KeyObject
    plaintext.fill(0);
    const wrapped = Buffer.from(ciphertext).toString('base64url');
    const createdAt = this.clock();
    this.active = { key, wrapped, createdAt, uses: 0 };
    // What we just wrapped, we can decrypt without another key-service call.
    this.remember(wrapped, { key: Promise.resolve(key), createdAt });
  }

  private decryptionKey(wrapped: string): Promise<KeyObject> {
    const hit = this.decryptionKeys.get(wrapped);
    if (hit && this.clock() - hit.createdAt < this.maxDataKeyAgeMs) {
      this.decryptionKeys.delete(wrapped);
      this.decryptionKeys.set(wrapped, hit);
      return hit.key;
    }
    const key = this.keys.decrypt(this.keyId, Buffer.from(wrapped, 'base64url'), { ...this.context }).then((plaintext) => {
      if (plaintext.length !== DATA_KEY_BYTES) throw new Error('key service returned a data key of the wrong length');
      const k = createSecretKey(plaintext);
      plaintext.fill(0);
      return k;
    });
    const entry: CachedDecryptionKey = { key, createdAt: this.clock() };
    this.remember(wrapped, entry);
    // Failed unwraps are not cached: the next attempt asks the key service again.
    key.catch(() => {
      if (this.decryptionKeys.get(wrapped) === entry) this.decryptionKeys.delete(wrapped);
    });
    return key;
  }

  private remember(wrapped: string, entry: CachedDecryptionKey): void {
    this.decryptionKeys.delete(wrapped);
    this.decryptionKeys.set(wrapped, entry);
    while (this.decryptionKeys.size > this.maxCachedDecryptionKeys) {
      const oldest = this.decryptionKeys.keys().next().value as string;
      this.decryptionKeys.delete(oldest);
    }
  }
}
