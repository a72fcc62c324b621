/**
 * A start URL the crawler could never fetch (private, link-local/metadata, unique-local,
 * internal names) is refused by the config with one clear line, instead of failing later as
 * "disallowed by robots.txt". Loopback stays allowed: the local runtime crawls its demo site.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../lib/config.js';
import { TEST_LEGITIMATE_INTEREST } from '../../fixtures/legitimate-interest.js';

const withStart = (url: string) => ({
  market: 'eu',
  region: 'eu-north-1',
  stage: 'dev',
  tenants: [{ id: 'tenant-a', displayName: 'A', retentionDays: 30, sources: ['src'], identifierKinds: ['phone'], contact: 'dpo@example.com' }],
  sources: [{ id: 'src', country: 'NO', startUrls: ['https://www.example.no/list', url], schedule: 'rate(1 hour)', legitimateInterest: TEST_LEGITIMATE_INTEREST }],
  crawler: { userAgent: 'adwarden-test/0.1 (+https://example.com/crawler)' },
});

describe('config: start URLs', () => {
  for (const [url, why] of [
    ['http://169.254.169.254/latest/meta-data/', 'linkLocal'],
    ['http://10.0.0.1/list', 'private'],
    ['http://192.168.1.10/list', 'private'],
    ['http://[fd00:ec2::254]/', 'uniqueLocal'],
    ['http://[::ffff:169.254.169.254]/', 'linkLocal'],
    ['http://100.64.0.1/', 'carrierGradeNat'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'internal host'],
    ['http://printer.local/', 'internal host'],
  ] as const) {
    it(`refuses ${url} (${why}) naming the field`, () => {
      let error: unknown;
      try {
        parseConfig(withStart(url));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message.split('\n')).toHaveLength(1);
      expect(message).toContain('sources[0].startUrls[1]');
      expect(message).toContain(why);
      expect(message).toContain('never fetches it (SSRF guard)');
    });
  }

  it('accepts public hosts, and loopback (the local runtime demo site)', () => {
    for (const url of ['https://www.finn.no/bap', 'http://127.0.0.1:4390/listings/1', 'http://localhost:4390/', 'http://[::1]:4390/', 'http://93.184.215.14/']) {
      expect(parseConfig(withStart(url)).sources[0]!.startUrls[1]).toBe(url);
    }
  });
});
