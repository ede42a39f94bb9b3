import ipaddr from 'ipaddr.js';

/**
 * Ranges a user-given URL must never reach: loopback, private, link-local (incl. cloud metadata at
 * 169.254.169.254), multicast, unspecified, CGNAT, unique-local, and anything reserved. IPv4-mapped IPv6
 * addresses are judged as the IPv4 address they carry.
 */
const ALLOWED_RANGES = new Set(['unicast']);

export function isForbiddenAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return !ALLOWED_RANGES.has(parsed.range());
}

export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[|\]$/g, ''));
}

/** `host` or `host:port` entries, lower-cased; IPv6 in brackets. */
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
