import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Challenge, ChallengeRequest, ChallengeStanding, ChallengeState } from '@chorus/shared/contracts';
import { Clock, conflict, invalid, notFound } from '@chorus/server/core';
import { Actor, AuditService, AuthenticatedUser } from '@chorus/server/identity';
import { DataSource } from 'typeorm';
import { ChallengeEntity } from '../entities';
import { isParticipant, scoreChallenge, ScoreRow } from './challenge-scores';
import { seesAllGroups } from './group-scope';
import { publicName } from './points-leaderboard.service';
import { PointsLedger } from './points-ledger';

const TOP = 10;
/** Ended challenges listed (newest first); older ones stay reachable by id. */
const ENDED_LISTED = 20;

interface ChallengeRow extends ChallengeEntity {
  itemTitle: string | null;
  groupName: string | null;
}

/** Challenges: leads set a period, a metric and a prize; standings are computed live from the event log. */
@Injectable()
export class ChallengesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: PointsLedger,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Running first (ending soonest), then scheduled (starting soonest), then the latest ended. */
  async list(user: AuthenticatedUser): Promise<Challenge[]> {
    const now = this.clock.now();
    const rows = await this.rows(user, null);
    const order = (c: ChallengeRow) => ['running', 'scheduled', 'ended'].indexOf(stateOf(c, now));
    const sorted = rows.sort((a, b) => {
      const byState = order(a) - order(b);
      if (byState !== 0) return byState;
      if (stateOf(a, now) === 'running') return a.endsAt.getTime() - b.endsAt.getTime();
      if (stateOf(a, now) === 'scheduled') return a.startsAt.getTime() - b.startsAt.getTime();
      return b.endsAt.getTime() - a.endsAt.getTime();
    });
    const shown = [
      ...sorted.filter((c) => stateOf(c, now) !== 'ended'),
      ...sorted.filter((c) => stateOf(c, now) === 'ended').slice(0, ENDED_LISTED),
    ];
    if (shown.some((c) => c.metric === 'points' && stateOf(c, now) === 'running')) await this.ledger.sync();
    const views: Challenge[] = [];
    for (const row of shown) views.push(await this.view(row, user.id, now));
    return views;
  }

  async get(user: AuthenticatedUser, id: string): Promise<Challenge> {
    const [row] = await this.rows(user, id);
    if (!row) throw notFound('The challenge');
    const now = this.clock.now();
    if (row.metric === 'points' && !row.finalizedAt) await this.ledger.sync();
    return this.view(row, user.id, now);
  }

  async create(actor: AuthenticatedUser, body: ChallengeRequest): Promise<Challenge> {
    const values = await this.checked(body);
    const id = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `INSERT INTO challenges (title, description, prize, metric, content_item_id, group_id, starts_at, ends_at,
                                 winner_count, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [...values, actor.id],
      );
      await this.audit.record(actor, auditEntry('enablement.challenge_created', row.id, body), manager);
      return row.id as string;
    });
    return this.get(actor, id);
  }

  async update(actor: AuthenticatedUser, id: string, body: ChallengeRequest): Promise<Challenge> {
    const values = await this.checked(body);
    await this.dataSource.transaction(async (manager) => {
      const [current] = await manager.query(
        `SELECT ends_at, finalized_at FROM challenges WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!current) throw notFound('The challenge');
      if (current.finalized_at) {
        throw conflict('enablement.challenge_finalized', 'This challenge has ended and its winners are announced; it can no longer be edited.');
      }
      await manager.query(
        `UPDATE challenges SET title = $1, description = $2, prize = $3, metric = $4, content_item_id = $5,
                group_id = $6, starts_at = $7, ends_at = $8, winner_count = $9, updated_at = now()
          WHERE id = $10`,
        [...values, id],
      );
      await this.audit.record(actor, auditEntry('enablement.challenge_updated', id, body), manager);
    });
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // DELETE … RETURNING comes back as [rows, count].
      const [[row]]: [Array<{ title: string }>, number] = await manager.query(
        `DELETE FROM challenges WHERE id = $1 RETURNING id, title`,
        [id],
      );
      if (!row) throw notFound('The challenge');
      await this.audit.record(
        actor,
        { action: 'enablement.challenge_deleted', targetType: 'challenge', targetId: id, details: { title: row.title } },
        manager,
      );
    });
  }

  /** What the DTO cannot check: the period's order and that the item and group exist. */
  private async checked(body: ChallengeRequest): Promise<unknown[]> {
    const title = body.title.trim();
    const prize = body.prize.trim();
    if (!title) throw invalid('title', 'must not be blank');
    if (!prize) throw invalid('prize', 'must not be blank');
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    if (Number.isNaN(startsAt.getTime())) throw invalid('startsAt', 'must be a date-time');
    if (Number.isNaN(endsAt.getTime())) throw invalid('endsAt', 'must be a date-time');
    if (endsAt <= startsAt) throw invalid('endsAt', 'must be after startsAt');
    if (body.contentItemId) {
      const [item] = await this.dataSource.query(`SELECT state FROM content_items WHERE id = $1`, [body.contentItemId]);
      if (!item) throw invalid('contentItemId', 'is not a content item');
      if (item.state !== 'approved') throw invalid('contentItemId', 'must be an approved (published) content item');
    }
    if (body.groupId) {
      const [group] = await this.dataSource.query(`SELECT 1 FROM groups WHERE id = $1`, [body.groupId]);
      if (!group) throw invalid('groupId', 'is not a group');
    }
    return [
      title,
      body.description?.trim() ?? '',
      prize,
      body.metric,
      body.contentItemId ?? null,
      body.groupId ?? null,
      startsAt,
      endsAt,
      body.winnerCount ?? 1,
    ];
  }

  /** Challenges the caller may see: for everyone or their groups; leads and admins see all. */
  private rows(user: AuthenticatedUser, id: string | null): Promise<ChallengeRow[]> {
    return this.dataSource
      .query(
        `SELECT c.*, ci.title AS item_title, g.name AS group_name
           FROM challenges c
           LEFT JOIN content_items ci ON ci.id = c.content_item_id
           LEFT JOIN groups g ON g.id = c.group_id
          WHERE ($1::uuid IS NULL OR c.id = $1)
            AND ($3::boolean OR c.group_id IS NULL
                 OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = c.group_id AND gm.user_id = $2))`,
        [id, user.id, seesAllGroups(user)],
      )
      .then((rows: Array<Record<string, unknown>>) => rows.map(challengeRow));
  }

  private async view(row: ChallengeRow, me: string, now: Date): Promise<Challenge> {
    const state = stateOf(row, now);
    const manager = this.dataSource.manager;
    const standings =
      state === 'scheduled' ? [] : await scoreChallenge(manager, row, { limit: TOP, include: me });
    const mine = standings.find((s) => s.userId === me);
    const participates = state !== 'scheduled' && !mine && (await isParticipant(manager, row.groupId, me));
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      prize: row.prize,
      metric: row.metric,
      contentItem: row.contentItemId ? { id: row.contentItemId, title: row.itemTitle ?? '' } : null,
      group: row.groupId ? { id: row.groupId, name: row.groupName ?? '' } : null,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      winnerCount: row.winnerCount,
      state,
      standings: standings.map((s) => standingOf(s, me)),
      winners: row.finalizedAt ? await this.winners(row.id, me) : null,
      myScore: mine ? mine.score : participates ? 0 : null,
    };
  }

  private async winners(challengeId: string, me: string): Promise<ChallengeStanding[]> {
    const rows: ScoreRow[] = await this.dataSource.query(
      `SELECT w.user_id AS "userId", coalesce(nullif(u.name, ''), 'Unnamed advocate') AS name, w.score,
              w.rank AS position, (o.user_id IS NOT NULL) AS "optedOut"
         FROM challenge_winners w JOIN users u ON u.id = w.user_id
         LEFT JOIN leaderboard_opt_outs o ON o.user_id = w.user_id
        WHERE w.challenge_id = $1 ORDER BY w.rank`,
      [challengeId],
    );
    return rows.map((r) => standingOf(r, me));
  }
}

export function stateOf(challenge: { startsAt: Date; endsAt: Date }, now: Date): ChallengeState {
  if (now < challenge.startsAt) return 'scheduled';
  return now < challenge.endsAt ? 'running' : 'ended';
}

export function standingOf(row: ScoreRow, me: string): ChallengeStanding {
  return { rank: row.position, score: row.score, ...publicName(row, me) };
}

function challengeRow(r: Record<string, unknown>): ChallengeRow {
  return {
    id: r['id'] as string,
    title: r['title'] as string,
    description: r['description'] as string,
    prize: r['prize'] as string,
    metric: r['metric'] as ChallengeRow['metric'],
    contentItemId: (r['content_item_id'] as string | null) ?? null,
    groupId: (r['group_id'] as string | null) ?? null,
    startsAt: r['starts_at'] as Date,
    endsAt: r['ends_at'] as Date,
    winnerCount: r['winner_count'] as number,
    finalizedAt: (r['finalized_at'] as Date | null) ?? null,
    createdById: (r['created_by'] as string | null) ?? null,
    createdAt: r['created_at'] as Date,
    updatedAt: r['updated_at'] as Date,
    itemTitle: (r['item_title'] as string | null) ?? null,
    groupName: (r['group_name'] as string | null) ?? null,
  };
}

function auditEntry(action: string, id: string, body: ChallengeRequest) {
  return { action, targetType: 'challenge', targetId: id, details: { ...body } };
}
