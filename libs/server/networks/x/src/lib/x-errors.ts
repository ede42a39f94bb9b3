import {
  AuthExpired,
  Duplicate,
  NetworkError,
  RateLimited,
  Rejected,
  Transient,
  UnknownOutcome,
} from '@chorus/server/networks/port';
import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from 'twitter-api-v2';

/** What the adapter was doing, which decides how a refusal or a missing answer is read. */
export type XOperation =
  | 'exchange'
  | 'refresh'
  | 'revoke'
  | 'profile'
  | 'upload'
  | 'publish'
  | 'delete'
  | 'recentPosts'
  | 'metrics';

/** Failures that happen before a request is sent: nothing can have happened at X. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
const FIFTEEN_MINUTES_MS = 15 * 60 * 1000;

/**
 * Turns whatever twitter-api-v2 threw into one of the port's errors. Its errors keep the request (with
 * the Authorization header) inside: a new error with a safe message is built every time.
 */
export function toXError(error: unknown, operation: XOperation, now: Date, secrets: string[] = []): NetworkError {
  if (error instanceof ApiResponseError) return fromResponse(error, operation, now, secrets);
  if (error instanceof ApiPartialResponseError) {
    // X answered with a status but the body broke off: for a publish we cannot tell what happened.
    return operation === 'publish'
      ? new UnknownOutcome('x', 'X broke off its answer to the publish request; the post may exist')
      : new Transient('x', 'X broke off its answer');
  }
  if (error instanceof ApiRequestError) {
    const cause = requestCause(error);
    const code = cause?.code ?? (cause?.message === 'Request timeout.' ? 'timeout' : 'no response');
    if (NOT_SENT_CODES.has(code)) return new Transient('x', `X could not be reached (${code})`);
    return operation === 'publish'
      ? new UnknownOutcome('x', `X did not answer the publish request (${code}); the post may exist`)
      : new Transient('x', `X did not answer (${code})`);
  }
  return new Transient('x', `X client failed during ${operation}`);
}

function fromResponse(error: ApiResponseError, operation: XOperation, now: Date, secrets: string[]): NetworkError {
  const status = error.code;
  const reason = scrub(reasonOf(error.data) ?? `HTTP ${status}`, secrets);
  if (status === 429) return new RateLimited('x', `X rate limit reached: ${reason}`, resetAt(error, now));
  if (operation === 'refresh' && (status === 400 || status === 401)) {
    // Refresh tokens are single-use: a refused one is spent or revoked, and only reconnecting helps.
    return new AuthExpired('x', `X refused the refresh token: ${reason}`, false, status);
  }
  if (status === 401 && operation !== 'exchange' && operation !== 'revoke') {
    return new AuthExpired('x', `X refused the access token: ${reason}`, false, 401);
  }
  if (status === 403 && /duplicate/i.test(reason)) return new Duplicate('x', reason, null, 403);
  if (status >= 500) return new Transient('x', `X failed: ${reason}`, status);
  return new Rejected('x', reason, status);
}

/** When the exhausted bucket resets: a used-up 24-hour cap wins over the 15-minute window. */
function resetAt(error: ApiResponseError, now: Date): Date {
  const limits = error.rateLimit;
  const exhausted = [limits?.day, limits?.userDay].find((bucket) => bucket && bucket.remaining === 0);
  const reset = exhausted?.reset ?? limits?.reset ?? Number(headerValue(error.headers?.['x-rate-limit-reset']));
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : new Date(now.getTime() + FIFTEEN_MINUTES_MS);
}

/** X's reason: a problem's detail, a field error's message, or an OAuth error description. */
function reasonOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return typeof data === 'string' && data ? data.slice(0, 200) : null;
  const body = data as Record<string, unknown>;
  const errors = Array.isArray(body['errors']) ? (body['errors'] as Array<Record<string, unknown>>) : [];
  const fieldMessage = errors.find((entry) => typeof entry?.['message'] === 'string')?.['message'] as
    | string
    | undefined;
  // error_description first: twitter-api-v2 copies an OAuth `error` code into `errors[0].message`.
  for (const candidate of [body['error_description'], fieldMessage, body['detail'], body['title'], body['error']]) {
    if (typeof candidate === 'string' && candidate) return candidate;
  }
  return null;
}

function requestCause(error: ApiRequestError): (Error & { code?: string }) | undefined {
  // twitter-api-v2 1.29 stores the socket error as `_options.error` (its `requestError` getter reads another key).
  const options = (
    error as unknown as { _options?: { error?: Error & { code?: string }; requestError?: Error & { code?: string } } }
  )._options;
  return options?.error ?? options?.requestError;
}

function headerValue(value: unknown): string | undefined {
  return Array.isArray(value) ? String(value[0]) : typeof value === 'string' ? value : undefined;
}

function scrub(text: string, secrets: string[]): string {
  return secrets
    .filter(Boolean)
    .reduce((result, secret) => result.split(secret).join('[redacted]'), text)
    .slice(0, 500);
}
