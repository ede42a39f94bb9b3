import { isExemptHop, isForbiddenAddress, parseAllowlist } from './address-policy';

describe('safe fetching: address policy (unit, no traffic)', () => {
  it('forbids the deprecated IPv4-compatible IPv6 range ::/96, also for public IPv4 payloads', () => {
    for (const address of [
      '::7f00:1',
      '::127.0.0.1',
      '::a00:1',
      '::10.0.0.1',
      '::8.8.8.8',
      '::169.254.169.254',
      '::2',
    ]) {
      expect(isForbiddenAddress(address)).withContext(address).toBeTrue();
    }
    expect(isForbiddenAddress('8.8.8.8')).toBeFalse();
    expect(isForbiddenAddress('2001:4860:4860::8888')).toBeFalse();
  });

  it('exempts an allowlisted URL only as the first URL or after an exempt hop, so a public URL cannot redirect into it', () => {
    const allowlist = parseAllowlist('feeds.internal:8080, intranet.local');
    const internal = new URL('http://feeds.internal:8080/rss');
    expect(isExemptHop(allowlist, internal, null)).toBeTrue();
    expect(isExemptHop(allowlist, internal, true)).toBeTrue();
    expect(isExemptHop(allowlist, internal, false)).toBeFalse();
    expect(isExemptHop(allowlist, new URL('http://feeds.internal:9090/rss'), null)).toBeFalse();
    // An entry without a port exempts every port of that host (a deliberate, admin-set rule).
    expect(isExemptHop(allowlist, new URL('https://intranet.local:6443/x'), null)).toBeTrue();
    expect(isExemptHop(allowlist, new URL('https://public.example.com/x'), null)).toBeFalse();
  });
});
