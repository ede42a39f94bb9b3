import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Metrics } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import { ClickBuffer } from './click-buffer';
import { RawClick, toRow, utcDay } from './click';
import { VisitorSalts } from './visitor-salts.service';

/**
 * Buffers clicks in memory and writes them in batches (one INSERT per batch), so that a redirect never
 * waits for Postgres. Bounded: when Postgres cannot keep up or is away, clicks beyond LINK_CLICK_BUFFER_MAX
 * are dropped and counted in `chorus_link_clicks_dropped_total`. A clean shutdown writes what waits.
 */
@Injectable()
export class ClickWriter implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(ClickWriter.name);
  private readonly buffer: ClickBuffer<RawClick>;
  private started = false;
  private readonly writtenListeners: Array<(count: number) => void> = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly salts: VisitorSalts,
    metrics: Metrics,
  ) {
    const recorded = metrics.counter('chorus_link_clicks_recorded_total', 'Tracked-link clicks written to Postgres.');
    const dropped = metrics.counter(
      'chorus_link_clicks_dropped_total',
      'Tracked-link clicks lost: the buffer was full, or writing them failed repeatedly.',
    );
    const failures = metrics.counter('chorus_link_click_write_failures_total', 'Failed batch writes of clicks.');
    this.buffer = new ClickBuffer<RawClick>(
      {
        flushIntervalMs: config.LINK_CLICK_FLUSH_MS,
        batchSize: config.LINK_CLICK_BATCH_SIZE,
        maxBuffered: config.LINK_CLICK_BUFFER_MAX,
      },
      (batch) => this.write(batch),
      {
        written: (n) => {
          recorded.inc(n);
          this.notifyWritten(n);
        },
        dropped: (n) => dropped.inc(n),
        failed: (error, n) => {
          failures.inc();
          this.logger.error(`Could not write ${n} clicks: ${error instanceof Error ? error.message : String(error)}`);
        },
      },
    );
    metrics.gauge(
      'chorus_link_clicks_buffered',
      'Tracked-link clicks waiting to be written.',
      () => this.buffer.buffered,
    );
  }

  /** Never waits, never throws: called on the redirect's hot path. False when the click was dropped. */
  record(click: RawClick): boolean {
    // Started on first use, so processes that never redirect (the worker) run no timer.
    if (!this.started) {
      this.started = true;
      this.buffer.start();
    }
    return this.buffer.push(click);
  }

  /**
   * Calls `listener` after each batch is written (e.g. analytics asks for a rollup). Listeners run on the
   * writer's path, so they must not block; a throwing listener is logged and never fails the write.
   */
  onWritten(listener: (count: number) => void): void {
    this.writtenListeners.push(listener);
  }

  /** Writes everything that waits (shutdown, tests). */
  flush(): Promise<void> {
    return this.buffer.flush();
  }

  get dropped(): number {
    return this.buffer.dropped;
  }

  get buffered(): number {
    return this.buffer.buffered;
  }

  async beforeApplicationShutdown(): Promise<void> {
    // The database is still open here; the HTTP server too (requests in flight may still add clicks).
    await this.flush();
  }

  async onApplicationShutdown(): Promise<void> {
    // The HTTP server is closed now: write what its last requests added, if Postgres is still open.
    this.buffer.stop();
    if (this.buffer.buffered === 0) return;
    if (this.dataSource.isInitialized) await this.flush();
    else this.logger.warn(`${this.buffer.buffered} clicks not written: the database closed first`);
  }

  private notifyWritten(count: number): void {
    for (const listener of this.writtenListeners) {
      try {
        listener(count);
      } catch (error) {
        this.logger.warn(`A click listener failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  /**
   * One INSERT for the whole batch (arrays unnested, so the statement has 7 parameters whatever the batch
   * size). Each click is attributed to its link's latest published share, looked up once per distinct
   * link of the batch through the shares' (content_item_id, network) index. Clicks of links deleted in
   * the meantime are skipped (their rows would be deleted with the link anyway). Ids follow click order.
   */
  private async write(batch: RawClick[]): Promise<void> {
    const salts = await this.salts.saltsFor(batch.map((c) => utcDay(c.at)));
    const rows = batch.map((click) => toRow(click, (day) => salts.get(day) as Buffer));
    await this.dataSource.query(
      `WITH c AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::timestamptz[], $5::varchar[], $6::boolean[], $7::char(64)[])
           WITH ORDINALITY AS c(link_id, content_item_id, network, clicked_at, referrer_host, is_bot, visitor_key, n)
       ), latest AS (
         SELECT d.link_id,
                (SELECT s.id FROM shares s
                  WHERE s.content_item_id = d.content_item_id AND s.network = d.network AND s.link_id = d.link_id
                    AND s.state = 'published'
                  ORDER BY s.published_at DESC NULLS LAST LIMIT 1) AS share_id
           FROM (SELECT DISTINCT link_id, content_item_id, network FROM c) d
       )
       INSERT INTO link_clicks (link_id, share_id, network, clicked_at, referrer_host, is_bot, visitor_key)
       SELECT c.link_id, latest.share_id, c.network, c.clicked_at, c.referrer_host, c.is_bot, c.visitor_key
         FROM c JOIN latest ON latest.link_id = c.link_id
        WHERE EXISTS (SELECT 1 FROM tracked_links l WHERE l.id = c.link_id)
        ORDER BY c.n`,
      [
        rows.map((r) => r.linkId),
        rows.map((r) => r.contentItemId),
        rows.map((r) => r.network),
        rows.map((r) => r.clickedAt.toISOString()),
        rows.map((r) => r.referrerHost),
        rows.map((r) => r.isBot),
        rows.map((r) => r.visitorKey),
      ],
    );
  }
}
