import { randomUUID } from 'node:crypto';

/** One message the catcher accepted, as the HTTP endpoints return it. */
export interface CaughtMail {
  id: string;
  /** ISO 8601 timestamp of when the catcher accepted the message. */
  receivedAt: string;
  /** Address of the `From` header, or the envelope sender when the header has none. */
  from: string;
  /** Envelope recipients (RCPT TO): every address the message was delivered to, Bcc included. */
  to: string[];
  subject: string;
  text: string;
  /** The HTML alternative, when the message had one (digests do); absent for text-only mail. */
  html?: string;
}

export type NewMail = Pick<CaughtMail, 'from' | 'to' | 'subject' | 'text' | 'html'>;

export interface MailFilter {
  /** Only messages delivered to this address, compared case-insensitively. */
  to?: string;
}

export interface MailStoreOptions {
  /** How many messages are kept; the oldest are dropped first. */
  capacity?: number;
  now?: () => Date;
}

export const DEFAULT_MAIL_CAPACITY = 200;

/**
 * The mail catcher's memory. Bounded, so that a demo left running for days (or a test sending in a
 * loop) cannot grow the process without limit.
 */
export class MailStore {
  private readonly capacity: number;
  private readonly now: () => Date;
  /** Oldest first. */
  private messages: CaughtMail[] = [];

  constructor(options: MailStoreOptions = {}) {
    this.capacity = options.capacity ?? DEFAULT_MAIL_CAPACITY;
    this.now = options.now ?? (() => new Date());
    if (!Number.isInteger(this.capacity) || this.capacity < 1) {
      throw new RangeError(`Mail capacity must be a positive integer, got ${this.capacity}`);
    }
  }

  add(mail: NewMail): CaughtMail {
    // Frozen, so that a caller of list() or get() cannot change what the next caller sees.
    const stored: CaughtMail = Object.freeze({
      id: randomUUID(),
      receivedAt: this.now().toISOString(),
      from: mail.from,
      to: Object.freeze([...mail.to]) as string[],
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
    });
    this.messages.push(stored);
    if (this.messages.length > this.capacity) {
      this.messages.splice(0, this.messages.length - this.capacity);
    }
    return stored;
  }

  /** Newest first. */
  list(filter: MailFilter = {}): CaughtMail[] {
    const to = filter.to?.trim().toLowerCase();
    const matching = to
      ? this.messages.filter((mail) => mail.to.some((address) => address.toLowerCase() === to))
      : this.messages;
    return [...matching].reverse();
  }

  get(id: string): CaughtMail | undefined {
    return this.messages.find((mail) => mail.id === id);
  }

  get size(): number {
    return this.messages.length;
  }

  clear(): void {
    this.messages = [];
  }

  reset(): void {
    this.clear();
  }
}
