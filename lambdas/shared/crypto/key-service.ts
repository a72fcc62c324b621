/**
 * The key-service PORT (ARCHITECTURE.md decisions 2 and 6): what the domain needs from a
 * key-management service, with no AWS import. Implemented by `KmsKeyService` (AWS KMS) and
 * `FileKeyService` (the local stand-in, keys in a 0600 file).
 *
 * Semantics follow AWS KMS: `generateDataKey` returns a fresh 32-byte (AES-256) data key in
 * plaintext together with that key wrapped under the master key `keyId`; `decrypt` unwraps
 * it and MUST fail unless `keyId` and `context` (the encryption context) are exactly those used
 * when the key was generated.
 *
 * Plaintext keys returned by this port are secrets: never log them. The caller owns every
 * returned buffer and may overwrite (zero) it, so implementations must return fresh buffers.
 */
export interface KeyService {
  generateDataKey(keyId: string, context: Record<string, string>): Promise<{ plaintext: Uint8Array; ciphertext: Uint8Array }>;
  decrypt(keyId: string, ciphertext: Uint8Array, context: Record<string, string>): Promise<Uint8Array>;
}

/** Length in bytes of every data key the port hands out (AES-256). */
export const DATA_KEY_BYTES = 32;

/**
 * A decorator that counts calls made to the key service (attempts, including failed ones),
 * so benchmarks and tests can check the "≤ 1 key-service call per 1000 ads" budget.
 */
export class CountingKeyService implements KeyService {
  generateDataKeyCalls = 0;
  decryptCalls = 0;

  constructor(private readonly inner: KeyService) {}

  /** Total calls made through this decorator (generateDataKey + decrypt). */
  get calls(): number {
    return this.generateDataKeyCalls + this.decryptCalls;
  }

  reset(): void {
    this.generateDataKeyCalls = 0;
    this.decryptCalls = 0;
  }

  generateDataKey(keyId: string, context: Record<string, string>): Promise<{ plaintext: Uint8Array; ciphertext: Uint8Array }> {
    this.generateDataKeyCalls++;
    return this.inner.generateDataKey(keyId, context);
  }

  decrypt(keyId: string, ciphertext: Uint8Array, context: Record<string, string>): Promise<Uint8Array> {
    this.decryptCalls++;
    return this.inner.decrypt(keyId, ciphertext, context);
  }
}
