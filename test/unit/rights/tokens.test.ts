import { describe, expect, it } from 'vitest';
import { hashToken, isWellFormedToken, issueToken, TOKEN_TTL_MS } from '../../../lambdas/rights/tokens.js';
import { canTransition, REQUEST_STATES, transition } from '../../../lambdas/rights/request.js';
import { IllegalTransitionError } from '../../../lambdas/rights/errors.js';
import { pickLang } from '../../../lambdas/rights/messages.js';

describe('tokens', () => {
  it('are 256 random bits, base64url, and only their SHA-256 is meant to be stored', () => {
    const t = issueToken('confirm', 0);
    expect(t.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(t.token, 'base64url')).toHaveLength(32);
    expect(t.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(t.hash).toBe(hashToken(t.token));
    expect(t.hash).not.toContain(t.token);
  });

  it('do not repeat', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => issueToken('confirm', 0).token));
    expect(seen.size).toBe(2000);
  });

  it('expire: confirmation links after 24 h, exports after 7 days', () => {
    expect(issueToken('confirm', 1000).expiresAt).toBe(1000 + 24 * 3_600_000);
    expect(issueToken('export', 1000).expiresAt).toBe(1000 + 7 * 86_400_000);
    expect(TOKEN_TTL_MS.confirm).toBe(86_400_000);
  });

  it('anything that is not a well-formed token is refused before a look-up', () => {
    for (const bad of ['', 'x', 'a'.repeat(42), 'a'.repeat(44), `${'a'.repeat(42)}=`, `${'a'.repeat(42)}/`, null, undefined, 42, ['a'.repeat(43)]]) {
      expect(isWellFormedToken(bad), String(bad)).toBe(false);
    }
    expect(isWellFormedToken(issueToken('status', 0).token)).toBe(true);
  });

  it('refuses a random source that returns the wrong length', () => {
    expect(() => issueToken('confirm', 0, () => Buffer.alloc(16))).toThrow();
  });
});

describe('the request lifecycle', () => {
  it('moves only along its edges', () => {
    expect(transition('awaiting_confirmation', 'confirmed')).toBe('confirmed');
    expect(transition('failed', 'running')).toBe('running');
    expect(() => transition('awaiting_confirmation', 'running')).toThrow(IllegalTransitionError);
    expect(() => transition('closed', 'running')).toThrow(IllegalTransitionError);
    expect(() => transition('expired', 'confirmed')).toThrow(IllegalTransitionError);
    // Nothing leaves closed or expired.
    for (const s of REQUEST_STATES) {
      expect(canTransition('closed', s)).toBe(false);
      expect(canTransition('expired', s)).toBe(false);
    }
  });
});

describe('language from Accept-Language', () => {
  it.each([
    [undefined, 'en'],
    ['nb-NO,nb;q=0.9,en;q=0.8', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['de-CH, fr;q=0.9', 'de'],
    ['en;q=0.2, pl;q=0.9', 'pl'],
    ['ja, zh', 'en'],
    ['sv;q=0, fr', 'fr'],
  ])('%s -> %s', (header, lang) => expect(pickLang(header)).toBe(lang));
});
