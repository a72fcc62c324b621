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
import { NORMALISER_VERSION } from '../normalise/index.js';
import { type IndexVersion, loadIndexKey, type WrappedIndexKeyStore } from './index-key.js';
import { DATA_KEY_BYTES, type KeyService } from './key-service.js';

const KINDS: ReadonlySet<string> = new Set(IDENTIFIER_KINDS);

export class BlindIndex {
  private readonly key: KeyObject;
  /** The key and normaliser versions every hash of this index is made with; stored beside each hash. */
  readonly version: IndexVersion;

  constructor(indexKey: Uint8Array, version: IndexVersion = { keyVersion: 1, normaliserVersion: NORMALISER_VERSION }) {
    if (!(indexKey instanceof Uint8Array) || indexKey.length !== DATA_KEY_BYTES) {
      throw new TypeError(`BlindIndex: the index key must be ${DATA_KEY_BYTES} bytes`);
    }
    if (!Number.isInteger(version.keyVersion) || version.keyVersion < 1 || !Number.isInteger(version.normaliserVersion) || version.normaliserVersion < 1) {
      throw new TypeError('BlindIndex: key and normaliser versions must be integers >= 1');
    }
    this.key = createSecretKey(indexKey); // copies the bytes
    this.version = Object.freeze({ keyVersion: version.keyVersion, normaliserVersion: version.normaliserVersion });
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

/**
 * The blind index of `tenantId` (or PLATFORM_TENANT_ID), from its stored key: one key-service
 * call. Fails closed (IndexKeyMissingError, IndexVersionMismatchError); never creates a key.
 */
export async function loadBlindIndex(store: WrappedIndexKeyStore, keys: KeyService, keyId: string, tenantId: string): Promise<BlindIndex> {
  const { key, version } = await loadIndexKey(store, keys, keyId, tenantId);
  try {
    return new BlindIndex(key, version);
  } finally {
    key.fill(0);
  }
}

export {
  indexKeyContext,
  loadIndexKey,
  PLATFORM_TENANT_ID,
  provisionIndexKey,
  type IndexVersion,
  type LoadedIndexKey,
  type WrappedIndexKey,
  type WrappedIndexKeyStore,
} from './index-key.js';
