/** Query parameters that only track a click; two URLs that differ only in these are the same article. */
const TRACKING =
  /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|ref_url|_hsenc|_hsmi|mkt_tok|yclid|oly_anon_id|oly_enc_id|vero_id|s_cid|spm)$/i;

/**
 * The key items are deduplicated by: http(s) only, lower-case scheme and host, no default port, no
 * fragment, tracking parameters removed, remaining parameters sorted. Returns null for anything else.
 */
export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  const params = [...url.searchParams].filter(([name]) => !TRACKING.test(name));
  params.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  url.search = new URLSearchParams(params).toString();
  return url.toString();
}
