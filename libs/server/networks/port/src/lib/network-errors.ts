import type { Network } from './network';

/**
 * Every failure an adapter reports is one of these. Callers decide by `kind` (retry later, ask the
 * advocate to reconnect, show the network's reason, never retry an unknown outcome) — never by parsing
 * messages. Messages never contain tokens or secrets.
 */
export type NetworkErrorKind =
  | 'rate_limited'
  | 'auth_expired'
  | 'rejected'
  | 'duplicate'
  | 'transient'
  | 'unknown_outcome';

export abstract class NetworkError extends Error {
  abstract readonly kind: NetworkErrorKind;

  constructor(
    readonly network: Network,
    message: string,
    /** HTTP status the network answered with, when it answered. */
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class RateLimited extends NetworkError {
  readonly kind = 'rate_limited' as const;
  constructor(
    network: Network,
    message: string,
    readonly resetAt: Date,
    status: number | null = 429,
  ) {
    super(network, message, status);
  }
}

/** The token expired or was revoked: the advocate must reconnect (or a refresh may help, on X). */
export class AuthExpired extends NetworkError {
  readonly kind = 'auth_expired' as const;
  constructor(
    network: Network,
    message: string,
    readonly revoked = false,
    status: number | null = 401,
  ) {
    super(network, message, status);
  }
}

/** The network refused the request for a reason it stated (too long, bad field, forbidden). */
export class Rejected extends NetworkError {
  readonly kind = 'rejected' as const;
  constructor(
    network: Network,
    readonly reason: string,
    status: number | null = 400,
    readonly field: string | null = null,
  ) {
    super(network, reason, status);
  }
}

/** The same text was posted recently by the same member. */
export class Duplicate extends NetworkError {
  readonly kind = 'duplicate' as const;
  constructor(
    network: Network,
    message: string,
    readonly existingRemoteId: string | null = null,
    status: number | null = null,
  ) {
    super(network, message, status);
  }
}

/** A failure that says nothing happened (5xx before processing, connection refused): safe to retry. */
export class Transient extends NetworkError {
  readonly kind = 'transient' as const;
}

/**
 * The request may or may not have taken effect (timeout, connection dropped after sending). Neither
 * network has an idempotency key, so a publish that ends here must never be retried blindly.
 */
export class UnknownOutcome extends NetworkError {
  readonly kind = 'unknown_outcome' as const;
}

export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError;
}
