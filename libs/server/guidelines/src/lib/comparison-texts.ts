import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NetworkName } from '@chorus/shared/contracts';
import { Clock } from '@chorus/server/core';
import { DataSource } from 'typeorm';

export interface ColleaguePostsQuery {
  /** The author, whose own posts are not compared. */
  authorId: string;
  networks: NetworkName[];
  contentItemId: string | null;
}

/** Colleagues' posts of the same item within this window are what X would see side by side. */
const WINDOW_DAYS = 30;
const LIMIT = 200;

/**
 * Colleagues' recent posts of the same content item on the same networks, for the originality rule and
 * X's policy against near-identical posts across accounts. Read from the shares table (scheduled ones count:
 * they will be side by side on X soon). The browser never gets these texts, only the similarity.
 */
@Injectable()
export class ColleaguePostsProvider {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async recentPosts(query: ColleaguePostsQuery): Promise<string[]> {
    if (!query.contentItemId || query.networks.length === 0) return [];
    const since = new Date(this.clock.now().getTime() - WINDOW_DAYS * 86_400_000);
    const rows: Array<{ text: string }> = await this.dataSource.query(
      `SELECT DISTINCT ON (text) text FROM shares
        WHERE content_item_id = $1 AND network = ANY($2) AND user_id <> $3 AND created_at >= $4
          AND state IN ('scheduled', 'publishing', 'published', 'outcome_unknown')
        ORDER BY text, created_at DESC
        LIMIT ${LIMIT}`,
      [query.contentItemId, query.networks, query.authorId, since],
    );
    return rows.map((r) => r.text);
  }
}
