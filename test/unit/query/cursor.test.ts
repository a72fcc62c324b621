import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CursorCodec } from '../../../lambdas/query/cursor.js';
import { InvalidCursorError } from '../../../lambdas/query/errors.js';

const key = new Uint8Array(randomBytes(32));

describe('CursorCodec', () => {
  const a = new CursorCodec(key, 'tenant-a');

  it('round-trips a position for the same tenant and scope, and hides it', () => {
    const c = a.encode({ e: 1767225600, a: 'adIdxxxxxxxxxxxxxxxxxx' }, 'search|phone|h');
    expect(a.decode(c, 'search|phone|h')).toEqual({ e: 1767225600, a: 'adIdxxxxxxxxxxxxxxxxxx' });
    expect(Buffer.from(c, 'base64url').toString('latin1')).not.toContain('adId');
  });

  it('refuses a cursor of another tenant, even under the same key material', () => {
    const b = new CursorCodec(key, 'tenant-b');
    const c = b.encode({ e: 1, a: 'x' }, 's');
    expect(() => a.decode(c, 's')).toThrow(InvalidCursorError);
  });

  it('refuses a cursor issued for another query', () => {
    expect(() => a.decode(a.encode({ e: 1, a: 'x' }, 'search|phone|h1'), 'search|phone|h2')).toThrow(InvalidCursorError);
  });

  it('refuses every single-character alteration', () => {
    const c = a.encode({ e: 1, a: 'x' }, 's');
    for (let i = 0; i < c.length; i++) {
      const altered = c.slice(0, i) + (c[i] === 'A' ? 'B' : 'A') + c.slice(i + 1);
      if (altered === c) continue;
      expect(() => a.decode(altered, 's'), `position ${i}`).toThrow(InvalidCursorError);
    }
  });

  it('refuses garbage, and says nothing about why', () => {
    for (const g of ['', 'x', 'A'.repeat(60), '!'.repeat(60), 'A'.repeat(5000)]) {
      let err: unknown;
      try {
        a.decode(g, 's');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InvalidCursorError);
      expect((err as Error).message).toBe('the cursor is not valid for this query');
    }
  });

  it('a cursor forged under another tenant key is refused', () => {
    const other = new CursorCodec(new Uint8Array(randomBytes(32)), 'tenant-a');
    expect(() => a.decode(other.encode({ e: 1, a: 'x' }, 's'), 's')).toThrow(InvalidCursorError);
  });
});
