import type { Role } from '@chorus/shared/contracts';

/** The HttpOnly cookie that carries the session token. */
export const SESSION_COOKIE = 'chorus_session';
/** Readable by the client, which echoes it in X-XSRF-TOKEN (Angular's HttpClient does so by default). */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

export interface CookieOptions {
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: 'lax' | 'strict';
  path?: string;
  maxAge?: number;
}

/** The part of Fastify's request and reply that the identity code touches. */
export interface HttpRequest {
  method: string;
  ip: string;
  headers: Record<string, string | string[] | undefined>;
  cookies: Record<string, string | undefined>;
  user?: AuthenticatedUser;
  sessionId?: string;
}

export interface HttpReply {
  setCookie(name: string, value: string, options: CookieOptions): unknown;
  clearCookie(name: string, options: CookieOptions): unknown;
  status(code: number): unknown;
}

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
}
