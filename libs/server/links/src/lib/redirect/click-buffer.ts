export interface ClickBufferOptions {
  /** Flush at least this often while clicks wait. */
  flushIntervalMs: number;
  /** Flush as soon as this many wait; also the most one write takes. */
  batchSize: number;
  /** The most that may wait (written or not); beyond it a click is dropped and counted. */
  maxBuffered: number;
  /** How often a failed batch is tried again before its clicks count as dropped. */
  maxAttempts?: number;
}

export interface ClickBufferEvents {
  written?(count: number): void;
  dropped?(count: number): void;
  failed?(error: unknown, count: number): void;
}

interface Pending<T> {
  item: T;
  attempts: number;
}

/**
 * A bounded in-memory queue in front of a batch writer. `push` never waits and never throws: it is called
 * on the redirect's hot path. One write runs at a time; a failed batch goes back to the front (order kept)
 * and is tried again, and what does not fit or fails too often is dropped — counted, never silent.
 */
export class ClickBuffer<T> {
  private queue: Array<Pending<T>> = [];
  private inFlight = 0;
  private writing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private scheduled = false;
  /** After a failed write only the timer retries: no tight loop of writes while Postgres is away. */
  private backingOff = false;
  private droppedTotal = 0;
  private writtenTotal = 0;
  private readonly maxAttempts: number;

  constructor(
    private readonly options: ClickBufferOptions,
    private readonly write: (batch: T[]) => Promise<void>,
    private readonly events: ClickBufferEvents = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 3;
  }

  /** Waiting or being written. */
  get buffered(): number {
    return this.queue.length + this.inFlight;
  }

  get dropped(): number {
    return this.droppedTotal;
  }

  get written(): number {
    return this.writtenTotal;
  }

  /** Starts the periodic flush (unref'd: it never keeps the process alive). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flushOnce(), this.options.flushIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Accepts a click; false when the buffer is full (the click is dropped and counted). */
  push(item: T): boolean {
    if (this.queue.length + this.inFlight >= this.options.maxBuffered) {
      this.drop(1);
      return false;
    }
    this.queue.push({ item, attempts: 0 });
    if (this.queue.length >= this.options.batchSize && !this.writing) this.schedule();
    return true;
  }

  /**
   * Writes batches until nothing waits: for shutdown and tests. Ends even while writes fail, since each
   * failure uses up one of a click's attempts (and then drops and counts it).
   */
  async flush(): Promise<void> {
    while (this.writing || this.queue.length > 0) {
      await (this.writing ?? this.flushOnce());
    }
  }

  private schedule(): void {
    if (this.scheduled || this.backingOff) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flushOnce();
    });
  }

  /** Writes at most one batch; a write already running is waited for instead. */
  private flushOnce(): Promise<void> {
    if (this.writing) return this.writing;
    if (this.queue.length === 0) return Promise.resolve();
    const batch = this.queue.splice(0, this.options.batchSize);
    this.inFlight = batch.length;
    this.writing = this.write(batch.map((p) => p.item))
      .then(
        () => {
          this.backingOff = false;
          this.writtenTotal += batch.length;
          this.events.written?.(batch.length);
        },
        (error: unknown) => {
          this.backingOff = true;
          this.events.failed?.(error, batch.length);
          const retry = batch.filter((p) => ++p.attempts < this.maxAttempts);
          this.drop(batch.length - retry.length);
          const room = Math.max(0, this.options.maxBuffered - this.queue.length);
          const kept = retry.slice(0, room);
          this.drop(retry.length - kept.length);
          this.queue = kept.concat(this.queue);
        },
      )
      .finally(() => {
        this.inFlight = 0;
        this.writing = null;
        if (this.queue.length >= this.options.batchSize) this.schedule();
      });
    return this.writing;
  }

  private drop(count: number): void {
    if (count <= 0) return;
    this.droppedTotal += count;
    this.events.dropped?.(count);
  }
}
