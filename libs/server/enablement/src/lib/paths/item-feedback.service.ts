import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ItemFeedback } from '@chorus/shared/contracts';
import { notFound } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import { ActivityService } from './activity.service';

export const FEEDBACK_COMMENTS_MAX = 100;

/** Everything advocates said about one item (ratings, comments, better texts), so curators can act on it. */
@Injectable()
export class ItemFeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activity: ActivityService,
  ) {}

  async feedback(contentItemId: string): Promise<ItemFeedback> {
    const exists: unknown[] = await this.dataSource.query(`SELECT 1 FROM content_items WHERE id = $1`, [contentItemId]);
    if (exists.length === 0) throw notFound('The content item');
    const [ratings, comments, textSuggestions] = await Promise.all([
      this.ratings(contentItemId),
      this.comments(contentItemId),
      this.activity.textSuggestions({ contentItemId }),
    ]);
    const distribution = [1, 2, 3, 4, 5].map((stars) => ratings.find((r) => r.rating === stars)?.count ?? 0);
    const ratingCount = distribution.reduce((sum, n) => sum + n, 0);
    const total = distribution.reduce((sum, n, i) => sum + n * (i + 1), 0);
    return {
      contentItemId,
      ratingCount,
      averageRating: ratingCount ? Math.round((total / ratingCount) * 100) / 100 : null,
      distribution,
      comments,
      textSuggestions,
    };
  }

  private ratings(contentItemId: string): Promise<Array<{ rating: number; count: number }>> {
    return this.dataSource.query(
      `SELECT rating::int AS rating, count(*)::int AS count
         FROM item_reactions
        WHERE content_item_id = $1 AND rating IS NOT NULL
        GROUP BY rating`,
      [contentItemId],
    );
  }

  private async comments(contentItemId: string): Promise<ItemFeedback['comments']> {
    const rows: Array<{ author: string; rating: number | null; comment: string; updated_at: Date }> = await this.dataSource.query(
      `SELECT COALESCE(NULLIF(u.name, ''), u.email) AS author, r.rating::int AS rating, r.comment, r.updated_at
         FROM item_reactions r
         JOIN users u ON u.id = r.user_id
        WHERE r.content_item_id = $1 AND r.comment IS NOT NULL
        ORDER BY r.updated_at DESC, r.user_id
        LIMIT ${FEEDBACK_COMMENTS_MAX}`,
      [contentItemId],
    );
    return rows.map((r) => ({
      authorName: r.author,
      rating: r.rating,
      comment: r.comment,
      updatedAt: new Date(r.updated_at).toISOString(),
    }));
  }
}
