import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CheckTimeRequest,
  CheckTimeResult,
  ConfirmShareRequest,
  CreateSharesRequest,
  CreateSharesResponse,
  FeedItem,
  NetworkName,
  Page,
  ShareListQuery,
  ShareView,
  UpdateShareRequest,
} from '@chorus/shared/contracts';
import { Clock, DomainError, notFound } from '@chorus/server/core';
import { decodeCursor, encodeCursor, FeedService, isCursorTimestamp, isUuid } from '@chorus/server/content';
import type { EnforcementActor } from '@chorus/server/guidelines';
import { LinksService } from '@chorus/server/links';
import { DataSource, EntityManager } from 'typeorm';
import { Share } from '../entities';
import { nextQueueSlot } from '../policy/queue-slots';
import { LimitRules, limitViolations, PlannedPost } from '../policy/publishing-limits';
import { NetworkNames } from '../policy/network-names';
import { ShareDispatcher } from '../worker/share-dispatcher';
import { fieldError, ShareChecks } from './share-checks';
import { PublishingRules } from './publishing-rules';
import { ShareTransitions } from './share-transitions';
import { SHARE_VIEW_SQL, ShareViewRow, toShareView } from './share-views';

/** How far ahead a share may be scheduled. */
const MAX_AHEAD_DAYS = 365;
/** A "scheduled" time this far in the past is a mistake, not "now". */
const PAST_TOLERANCE_MS = 60_000;

const VIEW_STATES: Record<NonNullable<ShareListQuery['view']>, string[]> = {
  upcoming: ['scheduled', 'publishing'],
  published: ['published'],
  attention: ['failed', 'needs_reconnect', 'outcome_unknown'],
  all: ['scheduled', 'publishing', 'published', 'failed', 'cancelled', 'needs_reconnect', 'outcome_unknown'],
};

/** The advocate's side of sharing: create, list, edit, reschedule, cancel, retry, confirm. */
@Injectable()
export class SharesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feed: FeedService,
    private readonly links: LinksService,
    private readonly rules: PublishingRules,
    private readonly checks: ShareChecks,
    private readonly transitions: ShareTransitions,
    private readonly dispatcher: ShareDispatcher,
    private readonly clock: Clock,
  ) {}

  async create(actor: EnforcementActor, body: CreateSharesRequest): Promise<CreateSharesResponse> {
    const item = await this.visibleItem(actor.id, body.contentItemId);
    const networks = body.targets.map((t) => t.network);
    const accounts = await this.connectedAccounts(actor.id);
    body.targets.forEach((target, i) => {
      const account = accounts.get(target.network);
      if (!account) {
        throw fieldError(422, 'publishing.not_connected', `targets[${i}].network`, `is not connected: connect ${NetworkNames[target.network]} first`);
      }
      if (account.status !== 'connected') {
        throw fieldError(422, 'publishing.not_connected', `targets[${i}].network`, `needs reconnecting: reconnect ${NetworkNames[target.network]} first`);
      }
      this.checks.length(target.network, target.text, `targets[${i}].text`);
    });

    const rules = await this.rules.forAdvocate(actor.id);
    const now = this.clock.now();
    const limitField = body.timing === 'now' ? 'timing' : 'scheduledAt';
    const tentative = await this.timeOf(actor.id, body, networks, rules.limits, rules.schedule, now);
    this.checkLimits(rules.limits, await this.rules.plannedPosts(actor.id, tentative, tentative), tentative, networks, limitField);
    let measured = await this.measure(actor, item, body, tentative, rules.settings.xSimilarityThreshold);

    const created = await this.dataSource.transaction(async (manager) => {
      // One create per advocate at a time. Two submissions at once (a double click, two tabs) would each pass
      // the limits above blind to the other's uncommitted share, and land at the same time or in the same
      // queue slot. Under the lock the advocate's committed shares are complete: time and limits are settled
      // again on this transaction's connection (no second connection is taken while the lock is held).
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`shares:create:${actor.id}`]);
      const at = await this.timeOf(actor.id, body, networks, rules.limits, rules.schedule, now, manager);
      this.checkLimits(rules.limits, await this.rules.plannedPosts(actor.id, at, at, undefined, manager), at, networks, limitField);
      // The queue moved the share to a later slot: the guidelines (quiet periods) are read for that time. Rare
      // (a race), so the checker's own connection is acceptable here.
      if (at.getTime() !== tentative.getTime()) measured = await this.measure(actor, item, body, at, rules.settings.xSimilarityThreshold);
      const rows: Share[] = [];
      for (const [i, target] of body.targets.entries()) {
        const link = item.url
          ? await this.links.ensure({ userId: actor.id, contentItemId: item.id, network: target.network, targetUrl: item.url }, manager)
          : null;
        rows.push(
          await manager.getRepository(Share).save(
            manager.getRepository(Share).create({
              userId: actor.id,
              accountId: accounts.get(target.network)?.id ?? null,
              network: target.network,
              contentItemId: item.id,
              linkId: link?.id ?? null,
              text: target.text,
              timing: body.timing,
              state: 'scheduled',
              scheduledAt: at,
              dueAt: at,
              dispatch: 1,
              guidelinesVersion: measured[i].version,
              acknowledgedRuleIds: target.acknowledgedRuleIds ?? [],
              similarity: measured[i].similarity,
            }),
          ),
        );
      }
      return rows;
    });
    // After the commit: a job for a row that does not exist yet would find nothing. If Redis is down now,
    // the reconciler creates the jobs from the rows.
    await Promise.all(created.map((s) => this.dispatcher.enqueue(s).catch(() => undefined)));
    return { shares: await this.views(actor.id, created.map((s) => s.id)) };
  }

  async list(userId: string, query: ShareListQuery): Promise<Page<ShareView>> {
    const view = query.view ?? 'all';
    const limit = query.limit ?? 20;
    const upcoming = view === 'upcoming';
    // Upcoming reads soonest first; everything else newest first.
    const key = upcoming ? 's.scheduled_at' : 's.created_at';
    const params: unknown[] = [userId, VIEW_STATES[view]];
    const where = ['s.user_id = $1', 's.state = ANY($2)'];
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, (v) => v.length === 2 && isCursorTimestamp(v[0]) && isUuid(String(v[1])));
      params.push(at, id);
      where.push(`(${key}, s.id) ${upcoming ? '>' : '<'} ($3::timestamptz, $4::uuid)`);
    }
    params.push(limit + 1);
    const rows: Array<ShareViewRow & { key: string }> = await this.dataSource.query(
      `SELECT * FROM (${SHARE_VIEW_SQL.replace(
        'SELECT s.id,',
        `SELECT to_char(${key} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS key, s.id,`,
      )} WHERE ${where.join(' AND ')} ORDER BY ${key} ${upcoming ? 'ASC' : 'DESC'}, s.id ${upcoming ? 'ASC' : 'DESC'} LIMIT $${params.length}) page`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => toShareView(r, (code) => this.links.urlOf(code))),
      nextCursor: rows.length > limit ? encodeCursor([last.key, last.id]) : null,
    };
  }

  async get(userId: string, id: string): Promise<ShareView> {
    const [view] = await this.views(userId, [id]);
    if (!view) throw notFound('The share');
    return view;
  }

  /** Edit the text and/or the time while the share is still waiting; a new time gets a new job. */
  async update(actor: EnforcementActor, id: string, body: UpdateShareRequest): Promise<ShareView> {
    const share = await this.owned(actor.id, id);
    if (share.state !== 'scheduled') {
      throw new DomainError(409, 'publishing.not_editable', `Only scheduled posts can be edited; this one is ${share.state.replace('_', ' ')}.`);
    }
    const text = body.text ?? share.text;
    const at = body.scheduledAt ? this.futureTime(body.scheduledAt) : share.scheduledAt;
    if (body.text !== undefined) this.checks.length(share.network, text, 'text');
    const rules = await this.rules.forAdvocate(actor.id);
    if (body.scheduledAt) {
      const others = await this.rules.plannedPosts(actor.id, at, at, share.id);
      this.checks.limits(rules.limits, others, { at, network: share.network }, 'scheduledAt');
    }
    let similarity = share.similarity;
    let version = share.guidelinesVersion;
    if (body.text !== undefined || body.scheduledAt) {
      const item = share.contentItemId ? await this.feed.visibleItem(actor.id, share.contentItemId) : null;
      if (item && share.network === 'x' && body.text !== undefined) {
        similarity = await this.checks.xOriginality(actor.id, item, text, rules.settings.xSimilarityThreshold, 'text');
      }
      if (item) {
        version = await this.checks
          .guidelines(
            actor,
            { text, network: share.network, contentItemId: item.id, at, acknowledgedRuleIds: body.acknowledgedRuleIds ?? share.acknowledgedRuleIds },
            'share',
          )
          .catch((error: unknown) => {
            // Fields of a single share are `text` / `acknowledgedRuleIds`, not `share.text`.
            if (error instanceof DomainError && error.errors) {
              throw new DomainError(error.status, error.code, error.message, error.errors.map((e) => ({ ...e, field: e.field.replace(/^share\./, '') })));
            }
            throw error;
          });
      }
    }
    // A new time is the new due time. Without one, the share keeps its due time: it may be waiting past
    // `scheduled_at` for a rate-limit reset or a backoff, and editing the words must not skip that wait.
    const due = body.scheduledAt ? at : share.dueAt;
    const next = await this.dataSource.transaction(async (manager) => {
      const moved = await this.transitions.reschedule(share.id, due, ['scheduled'], { resetFailures: true, manager });
      if (!moved) throw new DomainError(409, 'publishing.not_editable', 'Publishing of this post has just started; it can no longer be edited.');
      await manager.getRepository(Share).update(share.id, {
        text,
        scheduledAt: at,
        similarity,
        guidelinesVersion: version,
        acknowledgedRuleIds: body.acknowledgedRuleIds ?? share.acknowledgedRuleIds,
      });
      return moved;
    });
    await this.dispatcher.enqueue(next).catch(() => undefined);
    return this.get(actor.id, id);
  }

  async cancel(userId: string, id: string): Promise<ShareView> {
    const share = await this.owned(userId, id);
    const cancelled = await this.transitions.cancel(share.id, userId);
    if (!cancelled) {
      throw new DomainError(409, 'publishing.not_cancellable', `This post is ${share.state.replace('_', ' ')} and can no longer be cancelled.`);
    }
    return this.get(userId, id);
  }

  /** Failed or waiting for a reconnect: publish now (the account must be connected again). */
  async retry(userId: string, id: string): Promise<ShareView> {
    const share = await this.owned(userId, id);
    if (!['failed', 'needs_reconnect'].includes(share.state)) {
      throw new DomainError(409, 'publishing.not_retryable', `Only failed posts can be retried; this one is ${share.state.replace('_', ' ')}.`);
    }
    const account = (await this.connectedAccounts(userId)).get(share.network);
    if (!account || account.status !== 'connected') {
      throw new DomainError(409, 'publishing.not_connected', `Reconnect ${NetworkNames[share.network]} first, then retry.`);
    }
    await this.dataSource.getRepository(Share).update({ id, state: share.state }, { accountId: account.id });
    const next = await this.transitions.reschedule(id, this.clock.now(), ['failed', 'needs_reconnect'], { resetFailures: true });
    if (!next) throw new DomainError(409, 'publishing.not_retryable', 'This post changed meanwhile; reload and try again.');
    await this.dispatcher.enqueue(next).catch(() => undefined);
    return this.get(userId, id);
  }

  /** The advocate's answer when Chorus cannot tell whether a post went out. */
  async confirm(userId: string, id: string, body: ConfirmShareRequest): Promise<ShareView> {
    const share = await this.owned(userId, id);
    if (share.state !== 'outcome_unknown' || !share.needsConfirmation) {
      throw new DomainError(409, 'publishing.nothing_to_confirm', 'This post is not waiting for your confirmation.');
    }
    if (body.appeared) {
      if (body.postUrl) this.checkPostUrl(share.network, body.postUrl);
      const done = await this.transitions.published(id, { remoteId: null, url: body.postUrl ?? null, publishedAt: share.unknownSince ?? this.clock.now() }, ['outcome_unknown']);
      if (!done) throw new DomainError(409, 'publishing.nothing_to_confirm', 'This post changed meanwhile; reload.');
    } else {
      const next = await this.transitions.reschedule(id, this.clock.now(), ['outcome_unknown'], { resetFailures: true });
      if (!next) throw new DomainError(409, 'publishing.nothing_to_confirm', 'This post changed meanwhile; reload.');
      await this.dispatcher.enqueue(next).catch(() => undefined);
    }
    return this.get(userId, id);
  }

  async checkTime(userId: string, body: CheckTimeRequest): Promise<CheckTimeResult> {
    const at = new Date(body.at);
    const now = this.clock.now();
    if (at.getTime() < now.getTime() - PAST_TOLERANCE_MS) return { allowed: false, reasons: ['This time is in the past.'] };
    const rules = await this.rules.forAdvocate(userId);
    const others = await this.rules.plannedPosts(userId, at, at, body.excludeShareId);
    const reasons = limitViolations(rules.limits, others, { at, network: body.network });
    return { allowed: reasons.length === 0, reasons };
  }

  private checkLimits(limits: LimitRules, others: PlannedPost[], at: Date, networks: NetworkName[], field: string): void {
    networks.forEach((network) => this.checks.limits(limits, others, { at, network }, field));
  }

  /** X originality and the guidelines of every target, at the share's time. */
  private async measure(
    actor: EnforcementActor,
    item: FeedItem,
    body: CreateSharesRequest,
    at: Date,
    xThreshold: number,
  ): Promise<Array<{ version: number; similarity: number | null }>> {
    const measured: Array<{ version: number; similarity: number | null }> = [];
    for (const [i, target] of body.targets.entries()) {
      const similarity =
        target.network === 'x'
          ? await this.checks.xOriginality(actor.id, item, target.text, xThreshold, `targets[${i}].text`)
          : null;
      const version = await this.checks.guidelines(
        actor,
        { text: target.text, network: target.network, contentItemId: item.id, at, acknowledgedRuleIds: target.acknowledgedRuleIds ?? [] },
        `targets[${i}]`,
      );
      measured.push({ version, similarity });
    }
    return measured;
  }

  private async timeOf(
    userId: string,
    body: CreateSharesRequest,
    networks: NetworkName[],
    limits: Parameters<typeof nextQueueSlot>[1],
    schedule: Parameters<typeof nextQueueSlot>[0],
    now: Date,
    manager?: EntityManager,
  ): Promise<Date> {
    if (body.timing === 'now') return now;
    if (body.timing === 'scheduled') {
      if (!body.scheduledAt) throw fieldError(400, 'validation_failed', 'scheduledAt', 'is required when timing is scheduled');
      return this.futureTime(body.scheduledAt);
    }
    const horizon = new Date(now.getTime() + 60 * 86_400_000);
    const others = await this.rules.plannedPosts(userId, now, horizon, undefined, manager);
    const slot = nextQueueSlot(schedule, limits, others, networks, now);
    if (!slot) {
      throw fieldError(
        422,
        'publishing.no_queue_slot',
        'timing',
        schedule.slots.length === 0
          ? 'is queue, but you have no weekly posting slots yet: set them up under My posts → Schedule'
          : 'is queue, but none of your slots in the next four weeks is free within the limits',
      );
    }
    return slot;
  }

  private futureTime(iso: string): Date {
    const at = new Date(iso);
    const now = this.clock.now();
    if (at.getTime() < now.getTime() - PAST_TOLERANCE_MS) throw fieldError(400, 'validation_failed', 'scheduledAt', 'must not be in the past');
    if (at.getTime() > now.getTime() + MAX_AHEAD_DAYS * 86_400_000) {
      throw fieldError(400, 'validation_failed', 'scheduledAt', `must be within ${MAX_AHEAD_DAYS} days`);
    }
    return at.getTime() < now.getTime() ? now : at;
  }

  private checkPostUrl(network: NetworkName, url: string): void {
    const host = network === 'x' ? /^(www\.)?(x|twitter)\.com$/ : /^(www\.)?linkedin\.com$/;
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || parsed.protocol !== 'https:' || !host.test(parsed.hostname)) {
      throw fieldError(400, 'validation_failed', 'postUrl', `must be an https address on ${network === 'x' ? 'x.com' : 'linkedin.com'}`);
    }
  }

  private async visibleItem(userId: string, itemId: string): Promise<FeedItem> {
    const item = await this.feed.visibleItem(userId, itemId);
    if (!item) throw fieldError(404, 'publishing.item_not_found', 'contentItemId', 'is not in your feed (it may have expired)');
    return item;
  }

  private async connectedAccounts(userId: string): Promise<Map<NetworkName, { id: string; status: string }>> {
    const rows: Array<{ id: string; network: NetworkName; status: string }> = await this.dataSource.query(
      `SELECT id, network, status FROM connected_accounts WHERE user_id = $1`,
      [userId],
    );
    return new Map(rows.map((r) => [r.network, { id: r.id, status: r.status }]));
  }

  private async owned(userId: string, id: string): Promise<Share> {
    const share = isUuid(id) ? await this.dataSource.getRepository(Share).findOneBy({ id, userId }) : null;
    if (!share) throw notFound('The share');
    return share;
  }

  private async views(userId: string, ids: string[]): Promise<ShareView[]> {
    if (ids.length === 0) return [];
    const rows: ShareViewRow[] = await this.dataSource.query(
      `${SHARE_VIEW_SQL} WHERE s.user_id = $1 AND s.id = ANY($2::uuid[]) ORDER BY s.network`,
      [userId, ids.filter(isUuid)],
    );
    return rows.map((r) => toShareView(r, (code) => this.links.urlOf(code)));
  }
}
