import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PointsLeaderboard, PointsLeaderboardEntry, PointsLeaderboardQuery } from '@chorus/shared/contracts';
import { ANONYMOUS, PERIOD_DAYS } from '@chorus/server/analytics';
import { Clock } from '@chorus/server/core';
import type { AuthenticatedUser } from '@chorus/server/identity';
import { DataSource } from 'typeorm';
import { GroupScope } from './group-scope';
import { PointsLedger } from './points-ledger';

const TOP = 10;
const DAY_MS = 86_400_000;

interface RankedRow {
  userId: string;
  name: string;
  points: number;
  rank: number;
  optedOut: boolean;
}

/** Points earned in the last 7 / 30 / 90 days by the current members of a group; opted-out people unnamed. */
@Injectable()
export class PointsLeaderboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: PointsLedger,
    private readonly scope: GroupScope,
    private readonly clock: Clock,
  ) {}

  async leaderboard(user: AuthenticatedUser, query: PointsLeaderboardQuery): Promise<PointsLeaderboard> {
    const period = query.period ?? 'week';
    const { group, groups } = await this.scope.resolve(user, query.groupId);
    await this.ledger.sync();
    const to = this.clock.now();
    const from = new Date(to.getTime() - PERIOD_DAYS[period] * DAY_MS);
    const rows: RankedRow[] = await this.dataSource.query(
      `WITH members AS (
         SELECT u.id, coalesce(nullif(u.name, ''), 'Unnamed advocate') AS name FROM users u
          WHERE u.status = 'active'
            AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = $3 AND gm.user_id = u.id))
       ), totals AS (
         SELECT m.id AS user_id, m.name, coalesce(sum(p.points), 0)::int AS points
           FROM members m
           LEFT JOIN point_awards p ON p.user_id = m.id AND p.awarded_at > $1 AND p.awarded_at <= $2
          GROUP BY m.id, m.name
       ), ranked AS (
         SELECT t.*, rank() OVER (ORDER BY t.points DESC)::int AS rank,
                row_number() OVER (ORDER BY t.points DESC, t.user_id) AS position
           FROM totals t
       )
       SELECT r.user_id AS "userId", r.name, r.points, r.rank, (o.user_id IS NOT NULL) AS "optedOut"
         FROM ranked r LEFT JOIN leaderboard_opt_outs o ON o.user_id = r.user_id
        WHERE (r.position <= ${TOP} AND r.points > 0) OR r.user_id = $4
        ORDER BY r.position`,
      [from, to, group?.id ?? null, user.id],
    );
    return {
      period,
      from: from.toISOString(),
      to: to.toISOString(),
      groupId: group?.id ?? null,
      groupName: group?.name ?? null,
      groups,
      entries: rows.map((row) => ({ rank: row.rank, points: row.points, ...publicName(row, user.id) })),
    };
  }
}

/** The caller always sees themself; anyone else who opted out is shown without name or id. */
export function publicName(
  row: { userId: string; name: string; optedOut: boolean },
  me: string,
): Pick<PointsLeaderboardEntry, 'name' | 'userId' | 'isMe' | 'anonymous'> {
  const isMe = row.userId === me;
  const hidden = row.optedOut && !isMe;
  return { name: hidden ? ANONYMOUS : row.name, userId: hidden ? null : row.userId, isMe, anonymous: hidden };
}
