import { createHmac } from 'node:crypto';

export const UTM_MEDIUM = 'employee_advocacy';
const SLUG_MAX = 60;

/** `Cloud Security: 5 Lessons (2026)` → `cloud-security-5-lessons-2026`: lower-case ASCII, hyphens, ≤ 60. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, SLUG_MAX).replace(/-+$/, '') || 'content';
}

/**
 * A stable pseudonym of the advocate for `utm_content`: the analytics tool on the target site can group
 * clicks per advocate, but only someone holding the server's secret can tell which advocate it is.
 */
export function advocateKey(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(`utm-content:${userId}`).digest('hex').slice(0, 10);
}

export interface UtmParams {
  source: string;
  medium: string;
  campaign: string;
  content: string;
}

/**
 * The target URL with `utm_*` parameters added — only those the URL does not carry already (a marketer's
 * own campaign tags win). Everything else in the URL, fragment included, is kept as it is.
 */
export function withUtm(targetUrl: string, utm: UtmParams): string {
  let url: URL;
  try {
    url = new URL(targetUrl);
  } catch {
    return targetUrl;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return targetUrl;
  const present = new Set(url.searchParams.keys());
  const additions: Array<[string, string]> = (
    [
      ['utm_source', utm.source],
      ['utm_medium', utm.medium],
      ['utm_campaign', utm.campaign],
      ['utm_content', utm.content],
    ] as Array<[string, string]>
  ).filter(([name]) => !present.has(name));
  if (additions.length === 0) return url.href;
  // Appended to the raw query rather than re-serialised, so the existing parameters keep their exact bytes.
  const extra = additions.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  url.search = url.search.length > 1 ? `${url.search.slice(1)}&${extra}` : extra;
  return url.href;
}
