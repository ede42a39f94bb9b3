import type { ChallengeMetric } from '@chorus/shared/contracts';
import { EntityManager } from 'typeorm';

export interface ScoreRow {
  userId: string;
  name: string;
  score: number;
  position: number;
  optedOut: boolean;
}

export interface ScoredChallenge {
  metric: ChallengeMetric;
  contentItemId: string | null;
  groupId: string | null;
  startsAt: Date;
  endsAt: Date;
}

/** Per advocate: the score and when they last scored in the period ([startsAt, endsAt)). $1 start, $2 end, $3 item. */
const EVENTS: Record<ChallengeMetric, string> = {
  clicks: `SELECT l.user_id, count(*)::float8 AS score, max(c.clicked_at) AS last
             FROM link_clicks c JOIN tracked_links l ON l.id = c.link_id
            WHERE c.clicked_at >= $1 AND c.clicked_at < $2 AND NOT c.is_bot
              AND ($3::uuid IS NULL OR l.content_item_id = $3)
            GROUP BY l.user_id`,
  shares: `SELECT s.user_id, count(*)::float8 AS score, max(s.published_at) AS last
             FROM shares s
            WHERE s.state = 'published' AND s.published_at >= $1 AND s.published_at < $2
              AND ($3::uuid IS NULL OR s.content_item_id = $3)
            GROUP BY s.user_id`,
  // A challenge's own prize never counts towards another: challenge_won is left out. Points are not tied to
  // an item; $3 is still typed so that every metric takes the same parameters.
  points: `SELECT p.user_id, sum(p.points)::float8 AS score, max(p.awarded_at) AS last
             FROM point_awards p
            WHERE p.awarded_at >= $1 AND p.awarded_at < $2 AND p.reason <> 'challenge_won'
              AND ($3::uuid IS NULL OR $3::uuid IS NOT NULL)
            GROUP BY p.user_id`,
};

/**
 * The participants with a score above zero, best first. Participants are the active members of the
 * challenge's group (everyone active when it has none). Ties go to whoever reached the score first (the
 * earlier last counted event), then by user id so that the order is stable.
 * `limit` keeps the top rows; `include` adds that user's row wherever it ranks.
 */
export async function scoreChallenge(
  manager: EntityManager,
  challenge: ScoredChallenge,
  options: { limit: number; include?: string | null },
): Promise<ScoreRow[]> {
  return manager.query(
    `WITH events AS (${EVENTS[challenge.metric]}),
     ranked AS (
       SELECT e.user_id, coalesce(nullif(u.name, ''), 'Unnamed advocate') AS name, e.score,
              row_number() OVER (ORDER BY e.score DESC, e.last ASC, e.user_id)::int AS position
         FROM events e JOIN users u ON u.id = e.user_id AND u.status = 'active'
        WHERE e.score > 0
          AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = $4 AND gm.user_id = e.user_id))
     )
     SELECT r.user_id AS "userId", r.name, r.score, r.position, (o.user_id IS NOT NULL) AS "optedOut"
       FROM ranked r LEFT JOIN leaderboard_opt_outs o ON o.user_id = r.user_id
      WHERE r.position <= $5 OR r.user_id = $6
      ORDER BY r.position`,
    [challenge.startsAt, challenge.endsAt, challenge.contentItemId, challenge.groupId, options.limit, options.include ?? null],
  );
}

/** Whether the user takes part: an active member of the group, or anyone active when there is no group. */
export async function isParticipant(manager: EntityManager, groupId: string | null, userId: string): Promise<boolean> {
  const rows = await manager.query(
    `SELECT 1 FROM users u WHERE u.id = $2 AND u.status = 'active'
        AND ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = $1 AND gm.user_id = u.id))`,
    [groupId, userId],
  );
  return rows.length > 0;
}
