/**
 * Opaque, authenticated pagination cursors. A cursor is AES-256-GCM ciphertext of its position
 * under a per-tenant key (HKDF of the tenant's index key), with the tenant id and the query it
 * belongs to as additional authenticated data. So a caller cannot read it, forge it, change
 * its position, use it for another query, or hand it to another tenant: each of those fails
 * authentication and is answered like any malformed cursor.
 *
 *   token = base64url(iv(12) || ciphertext || tag(16))
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { InvalidCursorError } from './errors.js';

const IV = 12;
const TAG = 16;

export class CursorCodec {
  private readonly key: Buffer;

  /** `tenantKey`: 32 secret bytes of the tenant (its blind-index key); a separate key is derived from it. */
  constructor(
    tenantKey: Uint8Array,
    private readonly tenantId: string,
  ) {
    if (tenantKey.length !== 32) throw new TypeError('CursorCodec: the tenant key must be 32 bytes');
    this.key = Buffer.from(hkdfSync('sha256', tenantKey, Buffer.alloc(0), 'adwarden.cursor.v1', 32));
  }

  /** `scope` names the query (route and its parameters); a cursor only works for the same scope. */
  encode(position: unknown, scope: string): string {
    const iv = randomBytes(IV);
    const c = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG });
    c.setAAD(this.aad(scope));
    const body = Buffer.concat([c.update(JSON.stringify(position), 'utf8'), c.final(), c.getAuthTag()]);
    return Buffer.concat([iv, body]).toString('base64url');
  }

  decode(token: string, scope: string): unknown {
    if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{40,2048}$/.test(token)) throw new InvalidCursorError();
    const raw = Buffer.from(token, 'base64url');
    // Only the canonical spelling: base64url's last character can carry unused bits, and two
    // spellings of one cursor would let an altered token pass as the same cursor.
    if (raw.length < IV + TAG + 1 || raw.toString('base64url') !== token) throw new InvalidCursorError();
    try {
      const d = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV), { authTagLength: TAG });
      d.setAAD(this.aad(scope));
      d.setAuthTag(raw.subarray(raw.length - TAG));
      const text = Buffer.concat([d.update(raw.subarray(IV, raw.length - TAG)), d.final()]).toString('utf8');
      return JSON.parse(text) as unknown;
    } catch (cause) {
      throw new InvalidCursorError({ cause });
    }
  }

  private aad(scope: string): Buffer {
    return Buffer.from(JSON.stringify(['adwarden.cursor', 1, this.tenantId, scope]), 'utf8');
  }
}
