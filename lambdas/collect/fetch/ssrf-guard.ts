/**
 * SSRF guard: decides whether the crawler may connect to a URL, and returns the one address
 * it may connect to.
 *
 * The check is done after DNS resolution, on EVERY address the name resolves to, and the caller
 * connects to the returned address (it pins it), so a name cannot pass the check with a public
 * address and then be re-resolved to 169.254.169.254 on connect (DNS rebinding).
 *
 * The address test is an allow-list: only what ipaddr.js classifies as `unicast` (global) passes.
 * Everything else ipaddr.js knows (private, loopback, link-local, unique-local, CGNAT,
 * 0.0.0.0/8, multicast, broadcast, reserved/documentation, benchmarking, 6to4/Teredo/NAT64
 * which embed IPv4 addresses, ...) is refused, and IPv4-mapped IPv6 addresses are judged as
 * the IPv4 address they carry. Loopback passes only with `allowLoopback` (the local runtime).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { NonRetryableError, RetryRequestError, SsrfBlockedError } from './errors.js';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: number;
}

/** Resolves a host name to all its addresses (default: `dns.promises.lookup(host, { all: true })`). */
export type LookupFn = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface SsrfGuardOptions {
  /** Permit 127.0.0.0/8 and ::1 (the local runtime crawls its demo site on 127.0.0.1). */
  readonly allowLoopback: boolean;
  /** Injected resolver, for tests; defaults to the system resolver. */
  readonly lookup?: LookupFn;
}

export interface PinnedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/**
 * Host names of cloud instance-metadata services. Their addresses are link-local or
 * unique-local and are refused anyway; refusing the names too means a resolver that maps them
 * somewhere unexpected (e.g. a VPC resolver override) still cannot reach them.
 */
const BLOCKED_HOSTNAMES: ReadonlySet<string> = new Set([
  'metadata.google.internal',
  'metadata',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.azure.internal',
]);

/**
 * Names under these suffixes are private by definition (`.internal` is reserved for private
 * use by ICANN; AWS uses `*.ec2.internal` / `*.compute.internal`).
 */
const BLOCKED_SUFFIXES: readonly string[] = ['.internal', '.local', '.localdomain', '.home.arpa'];

/** The AWS IMDS IPv6 endpoint (also inside fc00::/7, listed so the intent is visible). */
const BLOCKED_ADDRESSES: ReadonlySet<string> = new Set([ipaddr.parse('fd00:ec2::254').toNormalizedString()]);

/**
 * Ports the Fetch standard refuses ("bad ports", https://fetch.spec.whatwg.org/#port-blocking).
 * The browser fetcher answers Chromium's requests from Node, which skips Chromium's own check,
 * so it is repeated here for both fetchers.
 */
const BAD_PORTS: ReadonlySet<number> = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109,
  110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531,
  532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060,
  5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/**
 * IPv4-compatible IPv6 addresses (::a.b.c.d, deprecated) carry an IPv4 address but ipaddr.js
 * calls them `unicast`; refuse the whole ::/96.
 */
const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');

/** The ipaddr.js range name of an address; IPv4-mapped IPv6 is judged as its IPv4 address. */
export function addressRange(address: string): string {
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range();
    const range = v6.range();
    if (range === 'unicast' && v6.match(IPV4_COMPATIBLE)) return 'ipv4Compatible';
    return range;
  }
  return (parsed as ipaddr.IPv4).range();
}

/** True when the crawler may connect to this (literal) address. */
export function isAllowedAddress(address: string, allowLoopback: boolean): boolean {
  if (!ipaddr.isValid(address)) return false;
  if (BLOCKED_ADDRESSES.has(ipaddr.parse(address).toNormalizedString())) return false;
  const range = addressRange(address);
  return range === 'unicast' || (allowLoopback && range === 'loopback');
}

const systemLookup: LookupFn = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** `[::1]` -> `::1`; lower-case; no trailing dot (`metadata.google.internal.` is the same host). */
function normaliseHostname(hostname: string): string {
  let host = hostname.toLowerCase();
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  while (host.endsWith('.')) host = host.slice(0, -1);
  return host;
}

function defaultPort(protocol: string): number {
  return protocol === 'https:' ? 443 : 80;
}

/**
 * Refuses (with `SsrfBlockedError`) a URL the crawler must not fetch; otherwise returns the
 * address to connect to. DNS failures: `NonRetryableError` for a name that does not exist,
 * `RetryRequestError` for a resolver that did not answer.
 */
export async function assertPublicUrl(url: URL, opts: SsrfGuardOptions): Promise<PinnedAddress> {
  const where = { url: url.href };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SsrfBlockedError(`scheme ${url.protocol} is not allowed`, where);
  }
  const port = url.port === '' ? defaultPort(url.protocol) : Number(url.port);
  if (BAD_PORTS.has(port)) throw new SsrfBlockedError(`port ${port} is not allowed`, where);

  const host = normaliseHostname(url.hostname);
  if (host === '') throw new SsrfBlockedError('empty host', where);

  let addresses: readonly ResolvedAddress[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }];
  } else {
    if (BLOCKED_HOSTNAMES.has(host) || BLOCKED_SUFFIXES.some((s) => host.endsWith(s))) {
      throw new SsrfBlockedError(`host ${host} is an internal name`, where);
    }
    try {
      addresses = await (opts.lookup ?? systemLookup)(host);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOTFOUND' || code === 'ENODATA') {
        throw new NonRetryableError(`host ${host} does not resolve (${code})`, { ...where, cause: e });
      }
      throw new RetryRequestError(`DNS lookup of ${host} failed (${code ?? 'error'})`, { ...where, cause: e });
    }
  }
  if (addresses.length === 0) throw new NonRetryableError(`host ${host} has no addresses`, where);

  // Every address must pass: a name resolving to one public and one private address could be
  // connected to either, depending on the client's address selection.
  for (const { address } of addresses) {
    if (!isAllowedAddress(address, opts.allowLoopback)) {
      const range = ipaddr.isValid(address) ? addressRange(address) : 'invalid';
      throw new SsrfBlockedError(`host ${host} resolves to a non-public address (${range})`, where);
    }
  }
  const first = addresses[0]!;
  const parsed = ipaddr.parse(first.address);
  return { address: parsed.toString(), family: parsed.kind() === 'ipv6' ? 6 : 4 };
}
