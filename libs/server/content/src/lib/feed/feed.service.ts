import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FeedItem, FeedQuery, Page } from '@chorus/shared/contracts';
import { Clock } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import type { StoredSuggestedText } from '../entities';
import { imageUrlOf } from '../items/content-views';
import { SEARCH_QUERY, SEARCH_VECTOR } from '../items/content.service';
import { decodeCursor, encodeCursor, isCursorTimestamp, isUuid } from '../util';

/** An item is in the advocate's feed: approved, published ($1 = now), not expired, for their groups ($2). */
const VISIBLE = [
  `ci.state = 'approved'`,
  `ci.feed_at <= $1`,
  `(ci.expires_at IS NULL OR ci.expires_at > $1)`,
  `(ci.audience_ids = '{}' OR ci.audience_ids && ARRAY(SELECT gm.group_id FROM group_members gm WHERE gm.user_id = $2))`,
];

const FEED_COLUMNS = `SELECT ci.id, ci.title, ci.summary, ci.url, ci.image_url, ci.image_id, ci.language, ci.featured, ci.topic_ids,
              ci.suggested_texts, ci.feed_at, ci.expires_at, s.name AS source_name,
              to_char(ci.feed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS feed_key
         FROM content_items ci LEFT JOIN sources s ON s.id = ci.source_id`;

/** Below this many visible matches, a search sorts its matches; above, it filters the ordered feed index. */
const SEARCH_CANDIDATES = 1500;

interface FeedRow {
  id: string;
  title: string;
  summary: string;
  url: string | null;
  image_url: string | null;
  image_id: string | null;
  language: FeedItem['language'];
  featured: boolean;
  topic_ids: string[];
  suggested_texts: StoredSuggestedText[];
  feed_at: Date;
  expires_at: Date | null;
  source_name: string | null;
  feed_key: string;
}

/**
 * The advocate's feed: one query over the partial index ix_content_items_feed (featured, feed_at, id)
 * WHERE state = 'approved', walked in order, so a page costs about `limit` index entries however many
 * items exist. feed_at = coalesce(publish_at, approved_at), so "publishAt in the future" is feed_at > now.
 */
@Injectable()
export class FeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The planner cannot estimate how selective a search is. First collect the visible matches through the
   * GIN index (bitmap scan, up to SEARCH_CANDIDATES); when there are fewer, they are all of them and are
   * sorted directly. When there are more, the term is common among visible items, and walking the feed
   * index in order finds a page within a few thousand rows.
   */
  private search(
    columns: string,
    where: string[],
    order: string,
    ordered: string,
    params: unknown[],
  ): Promise<FeedRow[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      await manager.query('SET LOCAL enable_indexscan = off');
      const rows: Array<FeedRow & { candidates: number }> = await manager.query(
        `WITH m AS MATERIALIZED (SELECT ci.id FROM content_items ci WHERE ${where.join(' AND ')} LIMIT ${SEARCH_CANDIDATES})
         ${columns.replace('SELECT ', 'SELECT (SELECT count(*)::int FROM m) AS candidates, ')} WHERE ci.id IN (SELECT id FROM m) ${order}`,
        params,
      );
      if (rows.length === 0 || rows[0].candidates < SEARCH_CANDIDATES) return rows;
      await manager.query('SET LOCAL enable_seqscan = on');
      await manager.query('SET LOCAL enable_indexscan = on');
      return manager.query(ordered, params);
    });
  }

  /**
   * One item as the advocate's feed shows it, or null when it is not in their feed (not approved, not yet
   * or no longer published, or for other audiences): what they may share.
   */
  async visibleItem(userId: string, itemId: string): Promise<FeedItem | null> {
    if (!isUuid(itemId)) return null;
    const params: unknown[] = [this.clock.now(), userId, itemId];
    const rows: FeedRow[] = await this.dataSource.query(
      `${FEED_COLUMNS} WHERE ${VISIBLE.join(' AND ')} AND ci.id = $3`,
      params,
    );
    return rows.length > 0 ? (await this.toItems(rows))[0] : null;
  }

  async feed(userId: string, query: FeedQuery): Promise<Page<FeedItem>> {
    const limit = query.limit ?? 20;
    const params: unknown[] = [this.clock.now(), userId];
    const where = [...VISIBLE];
    if (query.topicId) {
      params.push(query.topicId);
      where.push(`ci.topic_ids @> ARRAY[$${params.length}::uuid]`);
    }
    if (query.language) {
      params.push(query.language);
      where.push(`ci.language = $${params.length}`);
    }
    const search = Boolean(query.q?.trim());
    if (search) {
      params.push(query.q?.trim());
      where.push(`${SEARCH_VECTOR} @@ ${SEARCH_QUERY(`$${params.length}`)}`);
    }
    if (query.cursor) {
      const [featured, at, id] = decodeCursor(
        query.cursor,
        (v) => v.length === 3 && typeof v[0] === 'boolean' && isCursorTimestamp(v[1]) && isUuid(String(v[2])),
      );
      params.push(featured, at, id);
      const n = params.length;
      where.push(`(ci.featured, ci.feed_at, ci.id) < ($${n - 2}::boolean, $${n - 1}::timestamptz, $${n}::uuid)`);
    }
    params.push(limit + 1);
    const columns = FEED_COLUMNS;
    const order = `ORDER BY ci.featured DESC, ci.feed_at DESC, ci.id DESC LIMIT $${params.length}`;
    const ordered = `${columns} WHERE ${where.join(' AND ')} ${order}`;
    const rows: FeedRow[] = search
      ? await this.search(columns, where, order, ordered, params)
      : await this.dataSource.query(ordered, params);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: await this.toItems(page),
      nextCursor: rows.length > limit ? encodeCursor([last.featured, last.feed_key, last.id]) : null,
    };
  }

  private async toItems(page: FeedRow[]): Promise<FeedItem[]> {
    const topicIds = [...new Set(page.flatMap((r) => r.topic_ids))];
    const topics = new Map<string, string>(
      topicIds.length
        ? (await this.dataSource.query(`SELECT id, name FROM topics WHERE id = ANY($1::uuid[])`, [topicIds])).map(
            (t: { id: string; name: string }) => [t.id, t.name],
          )
        : [],
    );
    return page.map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      url: r.url,
      imageUrl: imageUrlOf({ imageId: r.image_id, imageUrl: r.image_url }),
      sourceName: r.source_name,
      language: r.language,
      featured: r.featured,
      topics: r.topic_ids.filter((id) => topics.has(id)).map((id) => ({ id, name: topics.get(id) as string })),
      suggestedTexts: r.suggested_texts,
      publishedAt: new Date(r.feed_at).toISOString(),
      expiresAt: r.expires_at ? new Date(r.expires_at).toISOString() : null,
    }));
  }
}
