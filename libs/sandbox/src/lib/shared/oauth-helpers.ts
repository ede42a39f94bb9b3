import { randomToken } from './ids';

/** Authorizations waiting on the consent page's decision, single use and short-lived. */
export class PendingAuthorizations<T> {
  private readonly pending = new Map<string, { data: T; expiresAtMs: number }>();

  constructor(private readonly ttlMs = 10 * 60 * 1000) {}

  create(data: T, nowMs: number): string {
    for (const [id, entry] of this.pending) if (entry.expiresAtMs <= nowMs) this.pending.delete(id);
    const id = randomToken(18);
    this.pending.set(id, { data, expiresAtMs: nowMs + this.ttlMs });
    return id;
  }

  take(id: string, nowMs: number): T | undefined {
    const entry = this.pending.get(id);
    this.pending.delete(id);
    return entry && entry.expiresAtMs > nowMs ? entry.data : undefined;
  }

  clear(): void {
    this.pending.clear();
  }
}

/**
 * Whether the app may be sent back to `uri`: an exact match with a registered URI, or, for an app that
 * registered none (the launcher does not know its ports in advance), any http(s) URL.
 */
export function redirectUriAllowed(registered: readonly string[], uri: string | undefined): uri is string {
  if (!uri) return false;
  if (registered.length > 0) return registered.includes(uri);
  try {
    const parsed = new URL(uri);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hash === '';
  } catch {
    return false;
  }
}

/** `redirect_uri` with the given query parameters added (keeping any it already has). */
export function redirectWith(uri: string, params: Record<string, string | undefined>): string {
  const url = new URL(uri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}

/** Client credentials from `Authorization: Basic …`, as RFC 6749 §2.3.1 encodes them. */
export function basicCredentials(header: string | undefined): { clientId: string; clientSecret: string } | null {
  const match = header?.match(/^Basic\s+([A-Za-z0-9+/=]+)\s*$/i);
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  try {
    return {
      clientId: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')),
      clientSecret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')),
    };
  } catch {
    return null;
  }
}

/** The token of `Authorization: Bearer …`, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1] : null;
}

/** A single query parameter (the first when repeated). */
export function queryValue(query: unknown, name: string): string | undefined {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
  return typeof value === 'string' ? value : undefined;
}
