import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Leaderboard, LeaderboardEntry, LeaderboardPeriod, LeaderboardQuery } from '@chorus/shared/contracts';
import { forbidden, notFound } from '@chorus/server/core';
import type { AuthenticatedUser } from '@chorus/server/identity';
import { DataSource } from 'typeorm';
import { lastDays } from './date-range';
import { ReportContextService } from './report-context.service';

export const PERIOD_DAYS: Record<LeaderboardPeriod, number> = { week: 7, month: 30, quarter: 90 };
export const ANONYMOUS = 'Anonymous advocate';
const TOP = 10;

interface RankedRow {
  userId: string;
  name: string;
  optedOut: boolean;
  rank: number;
  clicks: number;
  shares: number;
}

/** Friendly competition: who earned the most clicks in a group, with opted-out advocates kept anonymous. */
@Injectable()
export class LeaderboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contexts: ReportContextService,
  ) {}

  async leaderboard(user: AuthenticatedUser, query: LeaderboardQuery): Promise<Leaderboard> {
    const period = query.period ?? 'week';
    const range = lastDays(PERIOD_DAYS[period], this.contexts.today());
    const seesAll = user.roles.includes('lead') || user.roles.includes('admin');
    const [own, all] = await Promise.all([this.groupsOf(user.id), seesAll ? this.allGroups() : null]);
    const group = query.groupId ? await this.pick(query.groupId, own, all) : (own[0] ?? null);
    const rows: RankedRow[] = await this.dataSource.query(
      `WITH totals AS (
         SELECT a.user_id, sum(a.clicks)::float8 AS clicks, sum(a.shares)::float8 AS shares
           FROM analytics_advocate_daily a
          WHERE a.day BETWEEN $1::date AND $2::date AND ($3::uuid IS NULL OR $3::uuid = ANY(a.group_ids))
          GROUP BY a.user_id
         HAVING sum(a.clicks) > 0 OR sum(a.shares) > 0
       ), ranked AS (
         SELECT t.*, coalesce(nullif(u.name, ''), 'Unnamed advocate') AS name, rank() OVER (ORDER BY t.clicks DESC, t.shares DESC)::int AS rank,
                row_number() OVER (ORDER BY t.clicks DESC, t.shares DESC, t.user_id) AS position
           FROM totals t JOIN users u ON u.id = t.user_id AND u.status = 'active'
       )
       SELECT r.user_id AS "userId", r.name, r.rank, r.clicks, r.shares, (o.user_id IS NOT NULL) AS "optedOut"
         FROM ranked r LEFT JOIN leaderboard_opt_outs o ON o.user_id = r.user_id
        WHERE r.position <= ${TOP} OR r.user_id = $4
        ORDER BY r.position`,
      [range.from, range.to, group?.id ?? null, user.id],
    );
    return {
      period,
      ...range,
      groupId: group?.id ?? null,
      groupName: group?.name ?? null,
      groups: all ?? own,
      entries: rows.map((row) => entryOf(row, user.id)),
    };
  }

  /** A group the caller asked for: their own, or any for leads and admins (who get 404 for unknown ids). */
  private async pick(
    groupId: string,
    own: Array<{ id: string; name: string }>,
    all: Array<{ id: string; name: string }> | null,
  ): Promise<{ id: string; name: string }> {
    const group = (all ?? own).find((g) => g.id === groupId);
    if (group) return group;
    if (all) throw notFound('Group');
    throw forbidden('analytics.not_a_member', 'You can only see the leaderboards of your own groups.');
  }

  private groupsOf(userId: string): Promise<Array<{ id: string; name: string }>> {
    return this.dataSource.query(
      `SELECT g.id, g.name FROM group_members gm JOIN groups g ON g.id = gm.group_id
        WHERE gm.user_id = $1 ORDER BY g.name`,
      [userId],
    );
  }

  private allGroups(): Promise<Array<{ id: string; name: string }>> {
    return this.dataSource.query(`SELECT id, name FROM groups ORDER BY name`);
  }
}

/** The caller always sees themself; others who opted out are shown without name or id. */
function entryOf(row: RankedRow, me: string): LeaderboardEntry {
  const isMe = row.userId === me;
  const hidden = row.optedOut && !isMe;
  return {
    rank: row.rank,
    userId: hidden ? null : row.userId,
    name: hidden ? ANONYMOUS : row.name,
    isMe,
    clicks: row.clicks,
    shares: row.shares,
  };
}
