import { randomUUID } from 'node:crypto';

/** One request the webhook catcher accepted, as `GET /__sandbox/webhooks` returns it. */
export interface CaughtWebhook {
  id: string;
  /** ISO 8601 timestamp of when the catcher received the request. */
  receivedAt: string;
  /** The `:name` of `POST /__sandbox/webhooks/:name`: one name per fake channel. */
  name: string;
  /** The HTTP status the catcher answered with (200, or the simulated failure of `?fail=`). */
  status: number;
  contentType: string | null;
  /** The parsed JSON body (whatever it was: the catcher does not validate Slack or Teams payloads). */
  body: unknown;
}

export type NewWebhook = Pick<CaughtWebhook, 'name' | 'status' | 'contentType' | 'body'>;

export interface WebhookStoreOptions {
  /** How many requests are kept; the oldest are dropped first. */
  capacity?: number;
  now?: () => Date;
}

export const DEFAULT_WEBHOOK_CAPACITY = 200;

/** Deep-frozen, so that a caller of list() cannot change what the next caller sees. */
function freeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) freeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The webhook catcher's memory: what Slack or Teams would have received. Bounded like the mail catcher,
 * so a demo left running (or a test posting in a loop) cannot grow the process without limit.
 */
export class WebhookStore {
  private readonly capacity: number;
  private readonly now: () => Date;
  /** Oldest first. */
  private requests: CaughtWebhook[] = [];

  constructor(options: WebhookStoreOptions = {}) {
    this.capacity = options.capacity ?? DEFAULT_WEBHOOK_CAPACITY;
    this.now = options.now ?? (() => new Date());
    if (!Number.isInteger(this.capacity) || this.capacity < 1) {
      throw new RangeError(`Webhook capacity must be a positive integer, got ${this.capacity}`);
    }
  }

  add(request: NewWebhook): CaughtWebhook {
    const stored: CaughtWebhook = freeze({
      id: randomUUID(),
      receivedAt: this.now().toISOString(),
      name: request.name,
      status: request.status,
      contentType: request.contentType,
      body: structuredClone(request.body),
    });
    this.requests.push(stored);
    if (this.requests.length > this.capacity) this.requests.splice(0, this.requests.length - this.capacity);
    return stored;
  }

  /** Newest first; `name` compares case-sensitively, like the URL path it came from. */
  list(filter: { name?: string } = {}): CaughtWebhook[] {
    const matching = filter.name ? this.requests.filter((request) => request.name === filter.name) : this.requests;
    return [...matching].reverse();
  }

  get size(): number {
    return this.requests.length;
  }

  clear(): void {
    this.requests = [];
  }

  reset(): void {
    this.clear();
  }
}
