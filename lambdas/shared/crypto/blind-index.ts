/**
 * Blind indexes (ARCHITECTURE.md decision 2): look-ups by identifier without storing it in
 * plaintext. hash = base64url(HMAC-SHA256(indexKey, kind || 0x00 || normalisedValue)), 43 chars.
 *
 * The kind is part of the MAC input, so the same string as a phone and as a nickname gives
 * unrelated indexes; kinds never contain NUL, so the encoding is unambiguous. The index key is
 * per tenant, so the same identifier gives unrelated indexes in different tenants.
 * The value must already be normalised (decision 3). Never log values or the key.
 */
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { IDENTIFIER_KINDS, type IdentifierKind } from '../identifiers.js';
import { DATA_KEY_BYTES, type KeyService } from './key-service.js';

const KINDS: ReadonlySet<string> = new Set(IDENTIFIER_KINDS);

export class BlindIndex {
  private readonly key: KeyObject;

  constructor(indexKey: Uint8Array) {
    if (!(indexKey instanceof Uint8Array) || indexKey.length !== DATA_KEY_BYTES) {
      throw new TypeError(`BlindIndex: the index key must be ${DATA_KEY_BYTES} bytes`);
    }
    this.key = createSecretKey(indexKey); // copies the bytes
  }

  hash(kind: IdentifierKind, normalisedValue: string): string {
    if (!KINDS.has(kind)) throw new TypeError('BlindIndex: unknown identifier kind');
    if (typeof normalisedValue !== 'string') throw new TypeError('BlindIndex: value must be a string');
    return createHmac('sha256', this.key).update(kind, 'utf8').update('\u0000', 'utf8').update(normalisedValue, 'utf8').digest('base64url');
  }

  /**
   * A stable record id for an ad URL: the same ad always maps to the same item (so a
   * redelivery overwrites instead of duplicating) and the id reveals nothing about the URL.
   * "url" is not an identifier kind, so these never collide with identifier indexes.
   */
  recordId(canonicalUrl: string): string {
    return createHmac('sha256', this.key).update('url\u0000', 'utf8').update(canonicalUrl, 'utf8').digest('base64url').slice(0, 22);
  }
}

/** Where a tenant's wrapped index key is kept (e.g. one item in the tenant's table). */
export interface WrappedIndexKeyStore {
  get(): Promise<Uint8Array | undefined>;
  /** Stores the wrapped key unless one is already stored; true if this call stored it. */
  putIfAbsent(wrapped: Uint8Array): Promise<boolean>;
}

/** The key-service encryption context of a tenant's blind-index key. */
export function blindIndexKeyContext(tenantId: string): Record<string, string> {
  return { tenant: tenantId, purpose: 'blind-index' };
}

/**
 * Returns the tenant's 32-byte blind-index key. The key is generated ONCE by the key service
 * and stored wrapped; afterwards each cold start costs one key-service decrypt call.
 * Race-safe: when two creators race, the loser discards its key and unwraps the winner's, so
 * everyone ends with the same key.
 */
export async function loadOrCreateIndexKey(
  store: WrappedIndexKeyStore,
  keys: KeyService,
  keyId: string,
  tenantId: string,
): Promise<Uint8Array> {
  if (!keyId) throw new TypeError('loadOrCreateIndexKey: keyId is required');
  if (!tenantId) throw new TypeError('loadOrCreateIndexKey: tenantId is required');
  const context = blindIndexKeyContext(tenantId);

  const unwrap = async (wrapped: Uint8Array): Promise<Uint8Array> => {
    const key = await keys.decrypt(keyId, wrapped, { ...context });
    if (key.length !== DATA_KEY_BYTES) throw new Error('key service returned an index key of the wrong length');
    return key;
  };

  const existing = await store.get();
  if (existing) return unwrap(existing);

  const created = await keys.generateDataKey(keyId, { ...context });
  if (created.plaintext.length !== DATA_KEY_BYTES) throw new Error('key service returned an index key of the wrong length');
  if (await store.putIfAbsent(created.ciphertext)) return created.plaintext;

  created.plaintext.fill(0);
  const winner = await store.get();
  if (!winner) throw new Error('loadOrCreateIndexKey: putIfAbsent reported an existing index key, but none could be read');
  return unwrap(winner);
}
