import { describe, expect, it } from 'vitest';
import { NonRetryableError, RetryRequestError, SsrfBlockedError } from '../../../lambdas/collect/fetch/errors.js';
import { addressRange, assertPublicUrl, isAllowedAddress, type LookupFn } from '../../../lambdas/collect/fetch/ssrf-guard.js';

/** A resolver that knows only the names given; anything else is ENOTFOUND. */
function fakeLookup(table: Record<string, string[]>): LookupFn & { calls: string[] } {
  const calls: string[] = [];
  const fn = async (host: string) => {
    calls.push(host);
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(fn, { calls });
}

describe('isAllowedAddress (ipaddr.js ranges)', () => {
  const refused: Array<[string, string]> = [
    ['169.254.169.254', 'linkLocal'], // AWS/GCP/Azure instance metadata
    ['169.254.0.1', 'linkLocal'],
    ['127.0.0.1', 'loopback'],
    ['127.10.20.30', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'], // IPv4-mapped loopback
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['::ffff:10.1.2.3', 'private'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.254', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.10', 'reserved'], // TEST-NET-1
    ['198.18.0.1', 'reserved'], // benchmarking
    ['fd00::1', 'uniqueLocal'],
    ['fd00:ec2::254', 'uniqueLocal'], // AWS IMDS over IPv6
    ['fc00::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['ff02::1', 'multicast'],
    ['::', 'unspecified'],
    ['::7f00:1', 'ipv4Compatible'], // ::127.0.0.1, deprecated IPv4-compatible form
    ['64:ff9b::a9fe:a9fe', 'rfc6052'], // NAT64 of 169.254.169.254
    ['2002:a9fe:a9fe::1', '6to4'], // 6to4 of 169.254.169.254
    ['2001:db8::1', 'reserved'],
  ];
  it.each(refused)('refuses %s (%s)', (address, range) => {
    expect(addressRange(address)).toBe(range);
    expect(isAllowedAddress(address, false)).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '1.1.1.1', '2606:2800:220:1:248:1893:25c8:1946', '::ffff:93.184.216.34'])(
    'allows public %s',
    (address) => {
      expect(isAllowedAddress(address, false)).toBe(true);
    },
  );

  it('allows loopback only with allowLoopback, and nothing else it refuses', () => {
    expect(isAllowedAddress('127.0.0.1', true)).toBe(true);
    expect(isAllowedAddress('::1', true)).toBe(true);
    expect(isAllowedAddress('::ffff:127.0.0.1', true)).toBe(true);
    for (const address of ['169.254.169.254', '10.0.0.1', 'fd00::1', '100.64.0.1', '0.0.0.0', 'fd00:ec2::254']) {
      expect(isAllowedAddress(address, true)).toBe(false);
    }
  });

  it('refuses what is not an address', () => {
    expect(isAllowedAddress('not-an-ip', true)).toBe(false);
  });
});

describe('assertPublicUrl', () => {
  const lookup = fakeLookup({
    'public.example': ['93.184.216.34'],
    'dual.example': ['2606:2800:220:1:248:1893:25c8:1946', '93.184.216.34'],
    'sneaky.example': ['93.184.216.34', '10.0.0.7'], // one public, one private
    'rebind.example': ['169.254.169.254'],
    'loop.example': ['127.0.0.1'],
    'mapped.example': ['::ffff:127.0.0.1'],
    'ula.example': ['fd00::1'],
    'empty.example': [],
  });

  it('returns the address to pin for a public host', async () => {
    await expect(assertPublicUrl(new URL('https://public.example/ad/1'), { allowLoopback: false, lookup })).resolves.toEqual({
      address: '93.184.216.34',
      family: 4,
    });
    await expect(assertPublicUrl(new URL('http://dual.example/'), { allowLoopback: false, lookup })).resolves.toEqual({
      address: '2606:2800:220:1:248:1893:25c8:1946',
      family: 6,
    });
  });

  it.each([
    ['http://sneaky.example/', 'any resolved address is private'],
    ['http://rebind.example/latest/meta-data/', 'name resolving to the metadata address'],
    ['http://loop.example/', 'name resolving to loopback'],
    ['http://mapped.example/', 'name resolving to IPv4-mapped loopback'],
    ['http://ula.example/', 'name resolving to unique-local'],
    ['http://169.254.169.254/latest/meta-data/', 'metadata literal'],
    ['http://[::ffff:127.0.0.1]/', 'IPv4-mapped literal'],
    ['http://[::ffff:a9fe:a9fe]/', 'IPv4-mapped metadata, hex form'],
    ['http://[fd00:ec2::254]/', 'AWS IMDS IPv6'],
    ['http://0x7f.1/', 'hex-dotted loopback (WHATWG URL normalises to 127.0.0.1)'],
    ['http://2130706433/', 'decimal loopback'],
    ['http://10.0.0.1/', 'private literal'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'metadata host name'],
    ['http://METADATA.GOOGLE.INTERNAL./', 'metadata host name, upper case with trailing dot'],
    ['http://instance-data/latest/', 'EC2 metadata host name'],
    ['http://ip-10-0-0-1.ec2.internal/', '.internal name'],
    ['file:///etc/passwd', 'file scheme'],
    ['ftp://public.example/', 'ftp scheme'],
    ['gopher://public.example/', 'gopher scheme'],
    ['http://public.example:25/', 'SMTP port (Fetch bad port)'],
  ])('refuses %s (%s)', async (url, why) => {
    await expect(assertPublicUrl(new URL(url), { allowLoopback: false, lookup }), why).rejects.toBeInstanceOf(SsrfBlockedError);
  });

  it('allows ports outside the Fetch bad-port list', async () => {
    await expect(assertPublicUrl(new URL('http://public.example:8080/'), { allowLoopback: false, lookup })).resolves.toMatchObject({
      address: '93.184.216.34',
    });
  });

  it('never asks DNS about metadata host names', async () => {
    const spy = fakeLookup({ 'metadata.google.internal': ['93.184.216.34'] });
    await expect(assertPublicUrl(new URL('http://metadata.google.internal/'), { allowLoopback: true, lookup: spy })).rejects.toBeInstanceOf(
      SsrfBlockedError,
    );
    expect(spy.calls).toEqual([]);
  });

  it('allowLoopback permits loopback names and literals, and only those', async () => {
    await expect(assertPublicUrl(new URL('http://loop.example:8080/'), { allowLoopback: true, lookup })).resolves.toEqual({
      address: '127.0.0.1',
      family: 4,
    });
    await expect(assertPublicUrl(new URL('http://[::1]:8080/'), { allowLoopback: true, lookup })).resolves.toEqual({ address: '::1', family: 6 });
    await expect(assertPublicUrl(new URL('http://rebind.example/'), { allowLoopback: true, lookup })).rejects.toBeInstanceOf(SsrfBlockedError);
  });

  it('maps DNS failures to what the runtime should do next', async () => {
    await expect(assertPublicUrl(new URL('http://nowhere.example/'), { allowLoopback: false, lookup })).rejects.toBeInstanceOf(
      NonRetryableError,
    );
    await expect(assertPublicUrl(new URL('http://empty.example/'), { allowLoopback: false, lookup })).rejects.toBeInstanceOf(
      NonRetryableError,
    );
    const flaky: LookupFn = async () => {
      throw Object.assign(new Error('queryA ETIMEOUT'), { code: 'EAI_AGAIN' });
    };
    const err = await assertPublicUrl(new URL('http://public.example/'), { allowLoopback: false, lookup: flaky }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryRequestError);
    expect((err as RetryRequestError).cause).toBeInstanceOf(Error);
  });
});
