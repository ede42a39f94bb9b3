import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type {
  BulkContentResult,
  ContentAction,
  ContentItem as ContentItemView,
  ContentItemSummary,
  ContentListQuery,
  ContentSettings,
  CreateContentItemRequest,
  Page,
  UpdateContentItemRequest,
} from '@chorus/shared/contracts';
import { Clock, DomainError, invalid, notFound } from '@chorus/server/core';
import { Actor, AuditService } from '@chorus/server/identity';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { ContentItem, ContentSettingsRecord, StoredSuggestedText } from '../entities';
import { canonicalUrl } from '../ingestion/canonical-url';
import { detectLanguage } from '../ingestion/language';
import { htmlToText, sanitizeFeedHtml, truncate } from '../ingestion/sanitize';
import { conflictOn, decodeCursor, encodeCursor, isCursorTimestamp, isUniqueViolation, isUuid } from '../util';
import { ContentViews } from './content-views';
import { nextState } from './workflow';

export const SEARCH_VECTOR = `to_tsvector(chorus_regconfig(ci.language), ci.title || ' ' || ci.summary)`;
/** The query in every supported language: the document side is already stemmed in its own language. */
export const SEARCH_QUERY = (param: string) =>
  `(${['english', 'german', 'dutch', 'french', 'spanish', 'simple'].map((c) => `websearch_to_tsquery('${c}', ${param})`).join(' || ')})`;

const CURSOR_AT = `to_char(ci.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

@Injectable()
export class ContentService {
  constructor(
    @InjectRepository(ContentItem) private readonly items: Repository<ContentItem>,
    @InjectRepository(ContentSettingsRecord) private readonly settingsRepo: Repository<ContentSettingsRecord>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: ContentViews,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(query: ContentListQuery): Promise<Page<ContentItemSummary>> {
    const limit = query.limit ?? 50;
    const qb = this.items.createQueryBuilder('ci').addSelect(CURSOR_AT, 'cursor_at');
    if (query.state) qb.andWhere('ci.state = :state', { state: query.state });
    if (query.sourceId) qb.andWhere('ci.source_id = :sourceId', { sourceId: query.sourceId });
    if (query.topicId) qb.andWhere('ci.topic_ids @> ARRAY[:topicId]::uuid[]', { topicId: query.topicId });
    if (query.q) qb.andWhere(`${SEARCH_VECTOR} @@ ${SEARCH_QUERY(':q')}`, { q: query.q });
    if (query.cursor) {
      const [at, id] = decodeCursor(
        query.cursor,
        (v) => v.length === 2 && isCursorTimestamp(v[0]) && isUuid(String(v[1])),
      );
      qb.andWhere('(ci.created_at, ci.id) < (:at::timestamptz, :id::uuid)', { at, id });
    }
    qb.orderBy('ci.created_at', 'DESC')
      .addOrderBy('ci.id', 'DESC')
      .limit(limit + 1);
    const { entities, raw } = await qb.getRawAndEntities<{ cursor_at: string }>();
    const page = entities.slice(0, limit);
    const last = page.length - 1;
    return {
      items: await this.views.summaries(page),
      nextCursor: entities.length > limit ? encodeCursor([raw[last].cursor_at, page[last].id]) : null,
    };
  }

  async get(id: string): Promise<ContentItemView> {
    return this.views.full(await this.find(id));
  }

  async create(actor: Actor, body: CreateContentItemRequest): Promise<ContentItemView> {
    const item = this.items.create({
      origin: body.url ? 'import' : 'curator',
      state: 'draft',
      title: body.title.trim(),
      summary: '',
      bodyHtml: '',
      url: null,
      canonicalUrl: null,
      imageUrl: null,
      imageId: null,
      language: null,
      topicIds: [],
      audienceIds: [],
      suggestedTexts: [],
      featured: false,
      publishAt: null,
      expiresAt: null,
      createdById: actor.id,
    });
    await this.apply(item, body);
    if (!body.language) item.language = detectLanguage(`${item.title}. ${item.summary} ${htmlToText(item.bodyHtml)}`);
    return this.dataSource.transaction(async (manager) => {
      const saved = await this.save(manager, item);
      await this.audit.record(
        actor,
        { action: 'content.create', targetType: 'content_item', targetId: saved.id },
        manager,
      );
      return this.views.full(saved);
    });
  }

  /**
   * With four-eyes on, an edit of an approved or in-review item sends it (back) to review with the editor
   * as its submitter: it leaves the feed until another curator approves, and the editor cannot approve
   * their own edit. Without four-eyes, edits apply in place.
   */
  async update(actor: Actor, id: string, body: UpdateContentItemRequest): Promise<ContentItemView> {
    const { requireSecondApprover } = await this.settings();
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lock(manager, id);
      const from = item.state;
      const resubmit =
        requireSecondApprover && (from === 'approved' || from === 'in_review') && Object.keys(body).length > 0;
      await this.apply(item, body);
      if (resubmit) {
        item.state = 'in_review';
        item.submittedById = actor.id;
      }
      const saved = await this.save(manager, item);
      await this.audit.record(
        actor,
        { action: 'content.update', targetType: 'content_item', targetId: id, details: { fields: Object.keys(body) } },
        manager,
      );
      if (resubmit) {
        await this.audit.record(
          actor,
          {
            action: 'content.resubmitted',
            targetType: 'content_item',
            targetId: id,
            details: { from, to: 'in_review' },
          },
          manager,
        );
      }
      return this.views.full(saved);
    });
  }

  async transition(actor: Actor, id: string, action: ContentAction, comment?: string): Promise<ContentItemView> {
    const { requireSecondApprover } = await this.settings();
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lock(manager, id);
      const from = item.state;
      const to = nextState({
        state: from,
        action,
        actorId: actor.id,
        submittedById: item.submittedById,
        requireSecondApprover,
        comment,
      });
      item.state = to;
      const now = this.clock.now();
      if (action === 'accept' && item.suggestedTexts.length === 0) item.suggestedTexts = prefilledTexts(item);
      if (action === 'submit') item.submittedById = actor.id;
      if (action === 'approve') {
        item.approvedById = actor.id;
        item.approvedAt = now;
      }
      item.feedAt = item.publishAt ?? item.approvedAt;
      const saved = await manager.save(item);
      await this.audit.record(
        actor,
        {
          action: `content.${action}`,
          targetType: 'content_item',
          targetId: id,
          details: { from, to, ...(comment?.trim() ? { comment: comment.trim() } : {}) },
        },
        manager,
      );
      return this.views.full(saved);
    });
  }

  /** Each item in its own transaction, so one refusal does not undo the others. */
  async bulk(actor: Actor, ids: string[], action: ContentAction): Promise<BulkContentResult> {
    const result: BulkContentResult = { succeeded: [], failed: [] };
    for (const id of [...new Set(ids)]) {
      try {
        await this.transition(actor, id, action);
        result.succeeded.push(id);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        result.failed.push({ id, message: error.message });
      }
    }
    return result;
  }

  async settings(): Promise<ContentSettings> {
    const row = await this.settingsRepo.findOneBy({ id: 1 });
    return { requireSecondApprover: row?.requireSecondApprover ?? false };
  }

  async updateSettings(actor: Actor, body: ContentSettings): Promise<ContentSettings> {
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(ContentSettingsRecord, { id: 1, requireSecondApprover: body.requireSecondApprover }, ['id']);
      await this.audit.record(actor, { action: 'content.settings_updated', details: { ...body } }, manager);
    });
    return this.settings();
  }

  /** Approved items past their expiry leave the feed; returns how many. */
  async expireDue(): Promise<number> {
    // One transaction: the state change and its audit rows commit together or not at all.
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string }> = await manager.query(
        `UPDATE content_items SET state = 'expired', updated_at = now() WHERE state = 'approved' AND expires_at <= $1 RETURNING id`,
        [this.clock.now()],
      );
      const expired = Array.isArray(rows[0]) ? (rows[0] as Array<{ id: string }>) : rows;
      for (const row of expired) {
        await this.audit.record(
          null,
          { action: 'content.expire', targetType: 'content_item', targetId: row.id },
          manager,
        );
      }
      return expired.length;
    });
  }

  private async find(id: string): Promise<ContentItem> {
    const item = isUuid(id) ? await this.items.findOneBy({ id }) : null;
    if (!item) throw notFound('The content item');
    return item;
  }

  private async lock(manager: EntityManager, id: string): Promise<ContentItem> {
    const item = isUuid(id)
      ? await manager.getRepository(ContentItem).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!item) throw notFound('The content item');
    return item;
  }

  private async save(manager: EntityManager, item: ContentItem): Promise<ContentItem> {
    try {
      return await manager.save(item);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_content_items_canonical_url'))
        throw conflictOn('url', 'is already used by another content item');
      throw error;
    }
  }

  private async apply(item: ContentItem, body: UpdateContentItemRequest): Promise<void> {
    if (body.title !== undefined) item.title = body.title.trim();
    if (body.summary !== undefined) item.summary = body.summary.trim();
    if (body.bodyHtml !== undefined) item.bodyHtml = sanitizeFeedHtml(body.bodyHtml);
    if (body.url !== undefined) {
      const canonical = canonicalUrl(body.url);
      if (!canonical) throw invalid('url', 'must be an http or https URL');
      item.url = body.url;
      item.canonicalUrl = canonical;
      const duplicate = await this.items.findOneBy({ canonicalUrl: canonical });
      if (duplicate && duplicate.id !== item.id) throw conflictOn('url', 'is already used by another content item');
    }
    if (body.imageUrl !== undefined) item.imageUrl = body.imageUrl || null;
    if (body.imageId !== undefined) {
      if (body.imageId && !(await this.exists('content_images', [body.imageId])))
        throw invalid('imageId', 'is not an uploaded image');
      item.imageId = body.imageId || null;
    }
    if (body.language !== undefined) item.language = body.language;
    if (body.topicIds !== undefined) {
      if (!(await this.exists('topics', body.topicIds))) throw invalid('topicIds', 'contains an unknown topic');
      item.topicIds = [...new Set(body.topicIds)];
    }
    if (body.audienceIds !== undefined) {
      if (!(await this.exists('groups', body.audienceIds))) throw invalid('audienceIds', 'contains an unknown group');
      item.audienceIds = [...new Set(body.audienceIds)];
    }
    if (body.suggestedTexts !== undefined) {
      item.suggestedTexts = body.suggestedTexts.map((t) => ({ id: randomUUID(), network: t.network, text: t.text }));
    }
    if (body.featured !== undefined) item.featured = body.featured;
    if (body.publishAt !== undefined) item.publishAt = body.publishAt ? new Date(body.publishAt) : null;
    if (body.expiresAt !== undefined) item.expiresAt = body.expiresAt ? new Date(body.expiresAt) : null;
    if (item.publishAt && item.expiresAt && item.expiresAt <= item.publishAt)
      throw invalid('expiresAt', 'must be after publishAt');
    item.feedAt = item.state === 'approved' || item.approvedAt ? (item.publishAt ?? item.approvedAt) : null;
  }

  private async exists(table: string, ids: string[]): Promise<boolean> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return true;
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM ${table} WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    return count === unique.length;
  }
}

/** accept: one ready-made text per network from the title and link, for the curator to edit. */
export function prefilledTexts(item: Pick<ContentItem, 'title' | 'url' | 'canonicalUrl'>): StoredSuggestedText[] {
  // The canonical link: the source's tracking parameters are not ours to share.
  const url = item.canonicalUrl ?? item.url;
  const link = url ? `\n\n${url}` : '';
  // X counts every link as 23 characters.
  const xRoom = 280 - (url ? 25 : 0);
  return [
    { id: randomUUID(), network: 'linkedin', text: `${item.title}${link}` },
    { id: randomUUID(), network: 'x', text: `${truncate(item.title, xRoom)}${link}` },
  ];
}
