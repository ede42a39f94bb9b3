import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PROFILE_CHECKLIST,
  type ItemReaction,
  type NetworkName,
  type ProfileChecklist,
  type ProfileChecklistItem,
  type ReactionRequest,
  type TextSuggestion,
} from '@chorus/shared/contracts';
import { invalid, notFound } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import { ProgressService } from './progress.service';

export const COMMENT_MAX = 2000;
export const SUGGESTION_MAX = 3000;

export const PROFILE_CHECKLIST_LABELS: Record<ProfileChecklistItem, string> = {
  photo: 'A recent, friendly profile photo',
  headline: 'A headline that says what you do and for whom',
  about: 'An about section in your own words',
  company: 'Your current position at the company',
  contact: 'A way to contact you (website or e-mail)',
};

/**
 * What advocates do that practice goals count: reading, rating and commenting, suggesting better texts and
 * confirming their profile. Each write re-evaluates the advocate so a completed step shows (and notifies) at once.
 */
@Injectable()
export class ActivityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
  ) {}

  async recordRead(userId: string, contentItemId: string): Promise<void> {
    await this.assertInFeed(userId, contentItemId);
    await this.dataSource.query(
      `INSERT INTO item_reads (user_id, content_item_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [userId, contentItemId],
    );
    await this.progress.evaluate(userId);
  }

  async react(userId: string, contentItemId: string, body: ReactionRequest): Promise<ItemReaction> {
    const rating = body.rating ?? null;
    const comment = body.comment?.trim() ? body.comment.trim() : null;
    if (rating !== null && (!Number.isInteger(rating) || rating < 1 || rating > 5)) {
      throw invalid('rating', 'must be a whole number of stars from 1 to 5');
    }
    if (comment !== null && comment.length > COMMENT_MAX) throw invalid('comment', `must be at most ${COMMENT_MAX} characters`);
    if (rating === null && comment === null) throw invalid('rating', 'or comment is required');
    await this.assertInFeed(userId, contentItemId);
    const [row]: Array<{ rating: number | null; comment: string | null; updated_at: Date }> = await this.dataSource.query(
      `INSERT INTO item_reactions (user_id, content_item_id, rating, comment) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, content_item_id) DO UPDATE SET rating = EXCLUDED.rating, comment = EXCLUDED.comment, updated_at = now()
       RETURNING rating, comment, updated_at`,
      [userId, contentItemId, rating, comment],
    );
    await this.progress.evaluate(userId);
    return { contentItemId, rating: row.rating, comment: row.comment, updatedAt: new Date(row.updated_at).toISOString() };
  }

  async suggestText(userId: string, contentItemId: string, network: NetworkName, text: string): Promise<TextSuggestion> {
    const trimmed = text.trim();
    if (!trimmed) throw invalid('text', 'must not be empty');
    if (trimmed.length > SUGGESTION_MAX) throw invalid('text', `must be at most ${SUGGESTION_MAX} characters`);
    await this.assertInFeed(userId, contentItemId);
    const [row]: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO text_suggestions (user_id, content_item_id, network, text) VALUES ($1, $2, $3, $4) RETURNING id`,
      [userId, contentItemId, network, trimmed],
    );
    await this.progress.evaluate(userId);
    const [suggestion] = await this.textSuggestions({ id: row.id });
    return suggestion;
  }

  /** For curators: the texts advocates proposed, newest first. */
  async textSuggestions(filter: { contentItemId?: string; id?: string }): Promise<TextSuggestion[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ts.id, ts.content_item_id, ci.title, ts.network, ts.text, ts.created_at, COALESCE(NULLIF(u.name, ''), u.email) AS author
         FROM text_suggestions ts
         JOIN content_items ci ON ci.id = ts.content_item_id
         JOIN users u ON u.id = ts.user_id
        WHERE ($1::uuid IS NULL OR ts.content_item_id = $1) AND ($2::uuid IS NULL OR ts.id = $2)
        ORDER BY ts.created_at DESC, ts.id DESC
        LIMIT 200`,
      [filter.contentItemId ?? null, filter.id ?? null],
    );
    return rows.map((r) => ({
      id: r.id as string,
      contentItemId: r.content_item_id as string,
      contentTitle: r.title as string,
      network: r.network as NetworkName,
      text: r.text as string,
      authorName: r.author as string,
      createdAt: new Date(r.created_at as string).toISOString(),
    }));
  }

  async checklist(userId: string): Promise<ProfileChecklist> {
    const rows: Array<{ item: ProfileChecklistItem }> = await this.dataSource.query(
      `SELECT item FROM profile_checklist_items WHERE user_id = $1`,
      [userId],
    );
    const checked = new Set(rows.map((r) => r.item));
    return { items: PROFILE_CHECKLIST.map((item) => ({ item, label: PROFILE_CHECKLIST_LABELS[item], checked: checked.has(item) })) };
  }

  async setChecklist(userId: string, checked: ProfileChecklistItem[]): Promise<ProfileChecklist> {
    const items = [...new Set(checked)];
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM profile_checklist_items WHERE user_id = $1 AND NOT (item = ANY($2::text[]))`, [userId, items]);
      if (items.length) {
        await manager.query(
          `INSERT INTO profile_checklist_items (user_id, item) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
          [userId, items],
        );
      }
    });
    await this.progress.evaluate(userId);
    return this.checklist(userId);
  }

  /** What the advocate's feed would show them: approved and for everyone or one of their groups. */
  private async assertInFeed(userId: string, contentItemId: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM content_items ci
        WHERE ci.id = $1 AND ci.state = 'approved'
          AND (cardinality(ci.audience_ids) = 0
               OR ci.audience_ids && ARRAY(SELECT gm.group_id FROM group_members gm WHERE gm.user_id = $2))`,
      [contentItemId, userId],
    );
    if (rows.length === 0) throw notFound('The content item');
  }
}
