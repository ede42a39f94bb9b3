import {
  AuthExpired,
  Duplicate,
  NetworkError,
  RateLimited,
  Rejected,
  Transient,
  UnknownOutcome,
} from '@chorus/server/networks/port';

/** What the adapter was doing, which decides how a failure without an answer is read. */
export type LinkedInOperation = 'token' | 'profile' | 'upload' | 'publish' | 'delete' | 'metrics';

/** Failures that happen before a request is sent: nothing can have happened at LinkedIn. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_INVALID_URL',
]);

interface AxiosLikeError {
  isAxiosError: true;
  code?: string;
  response?: { status: number; data?: unknown };
}

/**
 * Turns whatever the LinkedIn client threw into one of the port's errors. The result is a new error
 * with a message built from the status and LinkedIn's own reason: an axios error carries the request
 * config with its Authorization header, so it must never escape (not even as `cause`).
 */
export function toLinkedInError(
  error: unknown,
  operation: LinkedInOperation,
  now: Date,
  secrets: string[] = [],
): NetworkError {
  if (!isAxiosError(error)) {
    return new Transient('linkedin', `LinkedIn client failed during ${operation}`);
  }
  const response = error.response;
  if (!response) {
    if (error.code && NOT_SENT_CODES.has(error.code)) {
      return new Transient('linkedin', `LinkedIn could not be reached (${error.code})`);
    }
    // Sent, but no answer: a timeout, a reset, a hang-up. Only a publish can have half-happened.
    const what = error.code ?? 'no response';
    return operation === 'publish'
      ? new UnknownOutcome('linkedin', `LinkedIn did not answer the publish request (${what}); the post may exist`)
      : new Transient('linkedin', `LinkedIn did not answer (${what})`);
  }
  const { status } = response;
  const body = asRecord(response.data);
  const reason = scrub(reasonOf(body) ?? `HTTP ${status}`, secrets);
  if (status === 429) {
    return new RateLimited('linkedin', `LinkedIn throttled the request: ${reason}`, nextUtcMidnight(now));
  }
  if (status === 401 && operation !== 'token') {
    const revoked = body['code'] === 'REVOKED_ACCESS_TOKEN' || body['serviceErrorCode'] === 65601;
    return new AuthExpired('linkedin', `LinkedIn refused the access token: ${reason}`, revoked, 401);
  }
  const duplicate = status === 422 ? /duplicate of (urn:li:[A-Za-z]+:[\w-]+)/i.exec(reason) : null;
  if (duplicate) return new Duplicate('linkedin', reason, duplicate[1], 422);
  if (status >= 500) return new Transient('linkedin', `LinkedIn failed: ${reason}`, status);
  return new Rejected('linkedin', reason, status, fieldOf(body));
}

/** LinkedIn's daily throttles reset at midnight UTC and come without headers saying so. */
export function nextUtcMidnight(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

function isAxiosError(error: unknown): error is AxiosLikeError {
  return typeof error === 'object' && error !== null && (error as { isAxiosError?: unknown }).isAxiosError === true;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The reason as LinkedIn states it: API errors, validation errors and OAuth errors differ in shape. */
function reasonOf(body: Record<string, unknown>): string | null {
  const inputError = firstInputError(body);
  const message = typeof body['message'] === 'string' ? body['message'] : null;
  if (inputError && typeof inputError['description'] === 'string') {
    const code = typeof inputError['code'] === 'string' ? `${inputError['code']}: ` : '';
    return message && message.includes('duplicate') ? message : `${code}${inputError['description']}`;
  }
  if (message) return message;
  if (typeof body['error_description'] === 'string') return body['error_description'];
  return typeof body['error'] === 'string' ? body['error'] : null;
}

function fieldOf(body: Record<string, unknown>): string | null {
  const path = asRecord(asRecord(firstInputError(body)?.['input'])['inputPath'])['fieldPath'];
  return typeof path === 'string' ? path : null;
}

function firstInputError(body: Record<string, unknown>): Record<string, unknown> | null {
  const errors = asRecord(body['errorDetails'])['inputErrors'];
  return Array.isArray(errors) && errors.length > 0 ? asRecord(errors[0]) : null;
}

function scrub(text: string, secrets: string[]): string {
  return secrets
    .filter(Boolean)
    .reduce((result, secret) => result.split(secret).join('[redacted]'), text)
    .slice(0, 500);
}
