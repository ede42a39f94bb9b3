import ipaddr from 'ipaddr.js';

/**
 * Ranges a user-given URL must never reach: loopback, private, link-local (incl. cloud metadata at
 * 169.254.169.254), multicast, unspecified, CGNAT, unique-local, and anything reserved. IPv4-mapped IPv6
 * addresses are judged as the IPv4 address they carry.
 */
const ALLOWED_RANGES = new Set(['unicast']);

export function isForbiddenAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  let parsed = ipaddr.parse(canonicalIPv6(address));
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  // ::/96 (deprecated IPv4-compatible IPv6, e.g. ::127.0.0.1): ipaddr.js calls it unicast; never a real target.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).match(IPV4_COMPATIBLE)) return true;
  return !ALLOWED_RANGES.has(parsed.range());
}

const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');

/**
 * The WHATWG (and socket) reading of an IPv6 address: ipaddr.js reads a dotted tail as IPv4-mapped
 * (`::8.8.8.8` → `::ffff:808:808`), which would hide the IPv4-compatible ::/96 form.
 */
function canonicalIPv6(address: string): string {
  if (!address.includes(':')) return address;
  try {
    return new URL(`http://[${address.replace(/^\[|\]$/g, '')}]/`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return address;
  }
}

export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[|\]$/g, ''));
}

/**
 * `host` or `host:port` entries, lower-cased; IPv6 in brackets. An entry without a port exempts every
 * port of that host: deliberate, the allowlist is set by the operator (FETCH_ALLOWLIST), not by users.
 */
export function parseAllowlist(value: string): Set<string> {
  return new Set(
    value
      .split(',')
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean),
  );
}

export function isAllowlisted(allowlist: Set<string>, url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return allowlist.has(host) || allowlist.has(`${host}:${port}`);
}

/**
 * Whether a hop skips the address checks: it must be allowlisted, and be the first URL
 * (`previousHopExempt` null) or a redirect from a hop that was exempt itself. Otherwise any public URL
 * could redirect into an allowlisted internal host.
 */
export function isExemptHop(allowlist: Set<string>, url: URL, previousHopExempt: boolean | null): boolean {
  return isAllowlisted(allowlist, url) && previousHopExempt !== false;
}
