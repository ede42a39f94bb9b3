import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ContentSuggestion, ContentSuggestionRequest } from '@chorus/shared/contracts';
import { conflict, forbidden, invalid } from '@chorus/server/core';
import { canonicalUrl } from '@chorus/server/content';
import { Actor, AuditService } from '@chorus/server/identity';
import { DataSource, QueryFailedError } from 'typeorm';
import { ProgressService } from './progress.service';

const ALREADY = () => conflict('enablement.already_suggested', 'This link is already in Chorus.');

/**
 * Advocates suggest links for the curated feed once they hold `suggest_content`; the suggestion enters the
 * curators' review queue as an item in review, and approving it counts towards the advocate's create_posts.
 */
@Injectable()
export class ContentSuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
  ) {}

  async suggest(actor: Actor, body: ContentSuggestionRequest): Promise<ContentSuggestion> {
    const url = body.url.trim();
    const canonical = canonicalUrl(url);
    if (!canonical) throw invalid('url', 'must be an http(s) address');
    const capability = (await this.progress.capabilities(actor.id)).find((c) => c.capability === 'suggest_content');
    if (capability && !capability.unlocked) {
      const step = capability.requiredStep;
      throw forbidden(
        'enablement.locked',
        step ? `Complete “${step.name}” (${step.levelName}) to suggest content.` : 'Suggesting content is not unlocked for you yet.',
      );
    }
    const title = body.title?.trim() || fallbackTitle(canonical);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const existing: unknown[] = await manager.query(`SELECT 1 FROM content_items WHERE canonical_url = $1`, [canonical]);
        if (existing.length) throw ALREADY();
        const [row]: Array<{ id: string; title: string; state: string; created_at: Date }> = await manager.query(
          `INSERT INTO content_items (origin, state, title, summary, url, canonical_url, language, submitted_by, created_by)
           VALUES ('advocate', 'in_review', $1, $2, $3, $4, NULL, $5, $5)
           RETURNING id, title, state, created_at`,
          [title.slice(0, 500), body.note?.trim() ?? '', url, canonical, actor.id],
        );
        await this.audit.record(
          actor,
          { action: 'enablement.content_suggested', targetType: 'content_item', targetId: row.id, details: { url: canonical } },
          manager,
        );
        return { contentItemId: row.id, title: row.title, state: row.state, createdAt: new Date(row.created_at).toISOString() };
      });
    } catch (error) {
      // Two suggestions of one link at once: the unique index decides.
      if (error instanceof QueryFailedError && (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code === '23505') {
        throw ALREADY();
      }
      throw error;
    }
  }
}

function fallbackTitle(canonical: string): string {
  const url = new URL(canonical);
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  return `${url.host}${path}`;
}
