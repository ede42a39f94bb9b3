export interface BucketLimit {
  limit: number;
  windowSeconds: number;
}

/** The limits of one endpoint; an endpoint counts against every bucket it has. */
export interface EndpointLimits {
  perUser?: BucketLimit;
  perApp?: BucketLimit;
  /** A 24-hour app cap, reported in `x-app-limit-24hour-*`. */
  perApp24h?: BucketLimit;
}

const FIFTEEN_MINUTES = 15 * 60;

/** From networks.md; `default` covers endpoints without a documented limit. */
export const DEFAULT_X_LIMITS: Readonly<Record<string, EndpointLimits>> = {
  'POST /2/tweets': {
    perUser: { limit: 100, windowSeconds: FIFTEEN_MINUTES },
    perApp24h: { limit: 10_000, windowSeconds: 24 * 3600 },
  },
  'DELETE /2/tweets/:id': { perUser: { limit: 50, windowSeconds: FIFTEEN_MINUTES } },
  'GET /2/tweets': {
    perUser: { limit: 5000, windowSeconds: FIFTEEN_MINUTES },
    perApp: { limit: 3500, windowSeconds: FIFTEEN_MINUTES },
  },
  'GET /2/users/me': { perUser: { limit: 75, windowSeconds: FIFTEEN_MINUTES } },
  // The user's posts timeline (X: 900 per user and 1,500 per app every 15 minutes).
  'GET /2/users/:id/tweets': {
    perUser: { limit: 900, windowSeconds: FIFTEEN_MINUTES },
    perApp: { limit: 1500, windowSeconds: FIFTEEN_MINUTES },
  },
  default: { perApp: { limit: 10_000, windowSeconds: FIFTEEN_MINUTES } },
};

export interface RateLimitDecision {
  allowed: boolean;
  /** Headers for the response, whether it is allowed or a 429. */
  headers: Record<string, string>;
}

interface Window {
  used: number;
  resetAtMs: number;
}

/**
 * Fixed-window counters per endpoint and per user / per app, on the sandbox clock. A request that is
 * refused does not count. The headers report the tightest 15-minute bucket in `x-rate-limit-*`, as
 * X does, and a 24-hour app cap in `x-app-limit-24hour-*`.
 */
export class XRateLimiter {
  private readonly windows = new Map<string, Window>();
  private limits: Record<string, EndpointLimits> = structuredClone({ ...DEFAULT_X_LIMITS });

  /** Overrides some limits (tests use tiny ones); missing window lengths keep the current ones. */
  configure(
    overrides: Record<
      string,
      { perUser?: Partial<BucketLimit>; perApp?: Partial<BucketLimit>; perApp24h?: Partial<BucketLimit> }
    >,
  ): void {
    for (const [endpoint, override] of Object.entries(overrides)) {
      const current = this.limits[endpoint] ?? {};
      const merged: EndpointLimits = { ...current };
      for (const kind of ['perUser', 'perApp', 'perApp24h'] as const) {
        const patch = override[kind];
        if (!patch) continue;
        const base = current[kind] ?? { limit: 1, windowSeconds: kind === 'perApp24h' ? 24 * 3600 : FIFTEEN_MINUTES };
        merged[kind] = { ...base, ...patch };
      }
      this.limits[endpoint] = merged;
    }
  }

  consume(endpoint: string, who: { userId: string | null; clientId: string | null }, nowMs: number): RateLimitDecision {
    const limits = this.limits[endpoint] ?? this.limits['default'];
    const buckets: Array<{ kind: keyof EndpointLimits; limit: BucketLimit; window: Window }> = [];
    const add = (kind: keyof EndpointLimits, subject: string | null) => {
      const limit = limits[kind];
      if (!limit || subject === null) return;
      buckets.push({ kind, limit, window: this.window(`${endpoint}|${kind}|${subject}`, limit, nowMs) });
    };
    add('perUser', who.userId);
    add('perApp', who.clientId ?? (who.userId === null ? 'anonymous' : null));
    add('perApp24h', who.clientId);
    if (buckets.length === 0 && limits.perUser) add('perUser', 'anonymous');

    const allowed = buckets.every((bucket) => bucket.window.used < bucket.limit.limit);
    if (allowed) for (const bucket of buckets) bucket.window.used += 1;
    return { allowed, headers: headersFor(buckets) };
  }

  reset(): void {
    this.windows.clear();
    this.limits = structuredClone({ ...DEFAULT_X_LIMITS });
  }

  private window(key: string, limit: BucketLimit, nowMs: number): Window {
    let window = this.windows.get(key);
    if (!window || window.resetAtMs <= nowMs) {
      window = { used: 0, resetAtMs: nowMs + limit.windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    return window;
  }
}

function headersFor(
  buckets: Array<{ kind: keyof EndpointLimits; limit: BucketLimit; window: Window }>,
): Record<string, string> {
  const headers: Record<string, string> = {};
  const remaining = (bucket: (typeof buckets)[number]) => Math.max(0, bucket.limit.limit - bucket.window.used);
  const shortBuckets = buckets.filter((bucket) => bucket.kind !== 'perApp24h');
  const tightest = shortBuckets.sort((a, b) => remaining(a) - remaining(b))[0];
  if (tightest) {
    headers['x-rate-limit-limit'] = String(tightest.limit.limit);
    headers['x-rate-limit-remaining'] = String(remaining(tightest));
    headers['x-rate-limit-reset'] = String(Math.ceil(tightest.window.resetAtMs / 1000));
  }
  const day = buckets.find((bucket) => bucket.kind === 'perApp24h');
  if (day) {
    headers['x-app-limit-24hour-limit'] = String(day.limit.limit);
    headers['x-app-limit-24hour-remaining'] = String(remaining(day));
    headers['x-app-limit-24hour-reset'] = String(Math.ceil(day.window.resetAtMs / 1000));
  }
  return headers;
}
