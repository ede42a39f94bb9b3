import type { TextRange } from '../types';

export interface FoundUrl extends TextRange {
  url: string;
  /** Lower-case host without a leading "www.". */
  host: string;
}

// TLDs accepted without a scheme or "www." (so that "z.B." or "end.Next" are not links).
const BARE_TLDS = new Set(
  'com org net io co de nl be at ch eu uk fr es it ly gl gd me ai app dev info biz us ws to gg tv news shop online site tech cloud blog xyz'.split(' '),
);
const TRAILING = /[.,;:!?)\]}'"»“”’…]+$/;
const EXPLICIT = /^(?:https?:\/\/|www\.)/i;
const BARE = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?:[/?#]|$)/i;
// Characters that can be part of a link token.
function urlChar(c: number): boolean {
  return c > 32 && c !== 34 && c !== 39 && c !== 60 && c !== 62 && c !== 96 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f && c !== 0x2013);
}

/**
 * Links in the text: explicit http(s) URLs, "www." hosts, and bare domains with a common TLD. Scans
 * from each "." to the surrounding token instead of running a URL regex at every position.
 */
export function findUrls(text: string): FoundUrl[] {
  const out: FoundUrl[] = [];
  let lastEnd = -1;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (dot < lastEnd) continue;
    // A "." that ends its token (end of a sentence) is its token's first dot (later dots of a token are
    // skipped via lastEnd) and is trimmed as trailing punctuation, so the token holds no dot: no link.
    if (dot + 1 >= text.length || !urlChar(text.charCodeAt(dot + 1))) continue;
    let s = dot;
    while (s > 0 && urlChar(text.charCodeAt(s - 1))) s--;
    let e = dot + 1;
    while (e < text.length && urlChar(text.charCodeAt(e))) e++;
    lastEnd = e;
    // Skip leading punctuation such as "(" or "„", and anything glued before a scheme.
    let token = text.slice(s, e);
    const scheme = token.search(/https?:\/\//i);
    if (scheme > 0) {
      s += scheme;
      token = token.slice(scheme);
    } else {
      const lead = /^[^A-Za-z0-9]+/.exec(token);
      if (lead) {
        if (token[lead[0].length - 1] === '@' || token.includes('@')) continue; // e-mail or handle
        s += lead[0].length;
        token = token.slice(lead[0].length);
      }
    }
    if (token.includes('@') && !EXPLICIT.test(token)) continue; // e-mail address
    let url = token;
    const trimmed = url.replace(TRAILING, '');
    // Keep a closing parenthesis that closes one opened inside the URL (Wikipedia links).
    url = trimmed.length < url.length && url[trimmed.length] === ')' && trimmed.includes('(') ? trimmed + ')' : trimmed;
    const explicit = EXPLICIT.test(url);
    if (!explicit && !BARE.test(url)) continue;
    const host = hostOf(url);
    if (!host) continue;
    if (!explicit && !BARE_TLDS.has(host.slice(host.lastIndexOf('.') + 1))) continue;
    out.push({ start: s, end: s + url.length, url, host });
  }
  return text.indexOf('://') >= 0 ? withDotlessHosts(text, out) : out;
}

/**
 * Explicit http(s) links to hosts without a dot ("http://localhost:3000/l/x", "https://intranet/page"):
 * the scan above starts from dots, so these are found separately. Rare, hence a second pass only when the
 * text contains "://" at all.
 */
function withDotlessHosts(text: string, found: FoundUrl[]): FoundUrl[] {
  const extra: FoundUrl[] = [];
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    const scheme = /https?$/i.exec(text.slice(Math.max(0, at - 5), at));
    if (!scheme) continue;
    const s = at - scheme[0].length;
    let hostEnd = at + 3;
    while (hostEnd < text.length && !hostStop(text.charCodeAt(hostEnd)) && urlChar(text.charCodeAt(hostEnd))) hostEnd++;
    const host = text.slice(at + 3, hostEnd).toLowerCase();
    if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(host)) continue; // dotted hosts were found above
    if (found.some((u) => u.start <= s && s < u.end)) continue;
    let e = hostEnd;
    while (e < text.length && urlChar(text.charCodeAt(e))) e++;
    const url = text.slice(s, e).replace(TRAILING, '');
    extra.push({ start: s, end: s + url.length, url, host });
  }
  return extra.length === 0 ? found : [...found, ...extra].sort((a, b) => a.start - b.start);
}

export function hostOf(url: string): string | null {
  // Hand-written equivalent of /^(?:https?:\/\/)?([^/?#:\s]+)/i, then lower case and no trailing ".".
  let from = 0;
  if ((url.charCodeAt(0) | 32) === 104 && (url.charCodeAt(1) | 32) === 116 && (url.charCodeAt(2) | 32) === 116 && (url.charCodeAt(3) | 32) === 112) {
    const k = (url.charCodeAt(4) | 32) === 115 ? 5 : 4;
    if (url.charCodeAt(k) === 58 && url.charCodeAt(k + 1) === 47 && url.charCodeAt(k + 2) === 47) from = k + 3;
  }
  let end = from;
  while (end < url.length && !hostStop(url.charCodeAt(end))) end++;
  if (end === from) return null;
  let host = url.slice(from, end).toLowerCase();
  if (host.charCodeAt(host.length - 1) === 46) host = host.slice(0, -1);
  // A dotless host ("localhost", "intranet") is a host only after an explicit scheme.
  if (!host.includes('.') && from === 0) return null;
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** "/", "?", "#", ":" or white space (the JavaScript \s class). */
function hostStop(c: number): boolean {
  if (c === 47 || c === 63 || c === 35 || c === 58) return true;
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** host equals domain or is one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  const d = domain.toLowerCase().replace(/^www\./, '');
  return host === d || (host.length > d.length && host.endsWith(d) && host.charCodeAt(host.length - d.length - 1) === 46);
}

/** Comparable form of a URL: no scheme, no www., no trailing slash, lower-case host. */
export function canonicalUrl(url: string): string {
  // Hand-written equivalent of: trim, drop /^https?:\/\//i, lower-case the host, drop /^www\./, drop /\/+$/.
  const t = url.trim();
  let from = 0;
  if (t.length >= 7 && (t.charCodeAt(0) | 32) === 104 && (t.charCodeAt(1) | 32) === 116 && (t.charCodeAt(2) | 32) === 116 && (t.charCodeAt(3) | 32) === 112) {
    let k = 4;
    if ((t.charCodeAt(4) | 32) === 115) k = 5;
    if (t.charCodeAt(k) === 58 && t.charCodeAt(k + 1) === 47 && t.charCodeAt(k + 2) === 47) from = k + 3;
  }
  let slash = -1;
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35) {
      slash = i;
      break;
    }
  }
  let host = (slash < 0 ? t.slice(from) : t.slice(from, slash)).toLowerCase();
  if (host.startsWith('www.')) host = host.slice(4);
  const all = slash < 0 ? host : host + t.slice(slash);
  let end = all.length;
  while (end > 0 && all.charCodeAt(end - 1) === 47) end--;
  return end === all.length ? all : all.slice(0, end);
}

/** A domain list compiled for lookups: a host matches if it or one of its parent domains is listed. */
export class DomainSet {
  private readonly set: Set<string>;
  constructor(domains: readonly string[]) {
    this.set = new Set(domains.map((d) => d.toLowerCase().replace(/^www\./, '').replace(/\.$/, '')));
  }
  get size(): number {
    return this.set.size;
  }
  has(host: string): boolean {
    if (this.set.size === 0) return false;
    for (let h = host; ; ) {
      if (this.set.has(h)) return true;
      const dot = h.indexOf('.');
      if (dot < 0) return false;
      h = h.slice(dot + 1);
    }
  }
}
