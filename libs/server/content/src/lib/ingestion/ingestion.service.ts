import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Clock } from '@chorus/server/core';
import { DataSource, Repository } from 'typeorm';
import { ContentItem, Source } from '../entities';
import { bodyText, FetchError, SafeFetcher } from '../fetch/safe-fetcher';
import { canonicalUrl } from './canonical-url';
import { FeedParseError, ParsedFeedItem, parseFeedText } from './feed-parser';
import { detectLanguage, normaliseLanguage } from './language';
import { htmlToText, sanitizeFeedHtml, truncate } from './sanitize';

export type PollOutcome =
  | { status: 'skipped' }
  | { status: 'not_modified' }
  /** skipped: entries without a usable link (left out; the rest of the poll still counts). */
  | { status: 'ok'; created: number; seen: number; skipped: number }
  | { status: 'failed'; error: string };

const FEED_TYPES = /^(application\/(rss|atom|rdf|feed)\+(xml|json)|application\/(xml|json)|text\/xml|text\/plain)$/;
const MAX_BACKOFF_MINUTES = 24 * 60;

/**
 * One poll of one source: conditional GET through the SafeFetcher, parse, sanitise, deduplicate by
 * canonical URL, insert new items in state `new`. All items of a poll and the source's bookkeeping commit
 * in one transaction, so a failure stores no partial poll; a failure only updates the source's error and
 * backoff, never throws into the worker.
 */
@Injectable()
export class IngestionService {
  private readonly logger = new Logger('Ingestion');

  constructor(
    @InjectRepository(Source) private readonly sources: Repository<Source>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly fetcher: SafeFetcher,
    private readonly clock: Clock,
  ) {}

  async poll(sourceId: string, force = false): Promise<PollOutcome> {
    const source = await this.sources.findOneBy({ id: sourceId });
    if (!source || (!force && !source.enabled)) return { status: 'skipped' };
    const now = this.clock.now();
    if (!force && source.nextPollAt && source.nextPollAt > now) return { status: 'skipped' };
    try {
      const response = await this.fetcher.fetch(source.url, {
        accept: (type) => FEED_TYPES.test(type),
        headers: {
          accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
          ...(source.etag ? { 'if-none-match': source.etag } : {}),
          ...(source.lastModified ? { 'if-modified-since': source.lastModified } : {}),
        },
      });
      if (response.status === 304) {
        await this.sources.update(source.id, {
          lastPolledAt: now,
          lastSuccessAt: now,
          lastError: null,
          failureCount: 0,
          nextPollAt: addMinutes(now, source.pollIntervalMinutes),
        });
        return { status: 'not_modified' };
      }
      const feed = parseFeedText(bodyText(response));
      const feedLanguage = normaliseLanguage(feed.language) ?? source.language;
      return await this.dataSource.transaction(async (manager) => {
        let created = 0;
        let skipped = 0;
        for (const entry of feed.items) {
          const values = entryValues(entry, response.url);
          if (!values) {
            skipped++;
            continue;
          }
          const result = await manager
            .createQueryBuilder()
            .insert()
            .into(ContentItem)
            .values({
              ...values,
              sourceId: source.id,
              origin: 'feed',
              state: 'new',
              language: feedLanguage ?? detectLanguage(`${values.title}. ${values.summary}`),
              topicIds: source.topicIds,
            })
            .orIgnore()
            .returning(['id'])
            .execute();
          created += (result.raw as unknown[]).length;
        }
        const [{ count }] = await manager.query(
          `SELECT count(*)::int AS count FROM content_items WHERE source_id = $1`,
          [source.id],
        );
        await manager.update(Source, source.id, {
          format: feed.format,
          ...(source.nameFromFeed && feed.title ? { name: truncate(feed.title, 200) } : {}),
          etag: header(response.headers['etag']),
          lastModified: header(response.headers['last-modified']),
          lastPolledAt: now,
          lastSuccessAt: now,
          lastError: null,
          failureCount: 0,
          nextPollAt: addMinutes(now, source.pollIntervalMinutes),
          itemCount: count,
        });
        return { status: 'ok' as const, created, seen: feed.items.length, skipped };
      });
    } catch (error) {
      const message =
        error instanceof FetchError || error instanceof FeedParseError
          ? error.message
          : `Unexpected error while polling: ${(error as Error).message}`;
      if (!(error instanceof FetchError || error instanceof FeedParseError))
        this.logger.warn({ err: error, sourceId }, 'poll failed');
      const failures = source.failureCount + 1;
      await this.sources.update(source.id, {
        lastPolledAt: now,
        lastError: message.slice(0, 1000),
        failureCount: failures,
        nextPollAt: addMinutes(now, Math.min(source.pollIntervalMinutes * 2 ** failures, MAX_BACKOFF_MINUTES)),
      });
      return { status: 'failed', error: message };
    }
  }
}

/**
 * The stored fields of one feed entry, or null when it has no usable link (skipped: one bad entry must not
 * fail the whole poll). Feeds are hostile, so nothing here may throw.
 */
export function entryValues(
  entry: ParsedFeedItem,
  feedUrl: string,
): {
  title: string;
  summary: string;
  bodyHtml: string;
  url: string;
  canonicalUrl: string;
  imageUrl: string | null;
} | null {
  if (typeof entry.link !== 'string' || !entry.link) return null;
  let url: string;
  try {
    url = new URL(entry.link, feedUrl).toString();
  } catch {
    return null;
  }
  const canonical = canonicalUrl(url);
  if (!canonical) return null;
  const title = truncate(htmlToText(String(entry.title ?? '')) || canonical, 500);
  const html = typeof entry.html === 'string' ? entry.html : '';
  const image: unknown = entry.imageUrl;
  return {
    title,
    summary: truncate(htmlToText(html), 600),
    bodyHtml: sanitizeFeedHtml(html),
    url: url.slice(0, 2000),
    canonicalUrl: canonical.slice(0, 2000),
    imageUrl: typeof image === 'string' && /^https?:\/\//i.test(image) ? image.slice(0, 2000) : null,
  };
}

function header(value: string | string[] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.length <= 500 ? v : null;
}

function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}
