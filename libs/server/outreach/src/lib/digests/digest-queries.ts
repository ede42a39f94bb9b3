import type { EntityManager } from 'typeorm';
import type { DigestItem } from './digest-render';

/** The SQL behind digests and nudges, shared by the sender, the planner, the preview and the bench. */

export interface Recipient {
  id: string;
  email: string;
  name: string;
}

/** An item the advocate's feed shows now ($1 = now, $2 = user). */
const IN_FEED = `ci.state = 'approved' AND ci.feed_at <= $1
  AND (ci.expires_at IS NULL OR ci.expires_at > $1)
  AND (ci.audience_ids = '{}' OR ci.audience_ids && ARRAY(SELECT gm.group_id FROM group_members gm WHERE gm.user_id = $2))`;

/** …that the advocate ($2) has not shared or scheduled already (a cancelled share does not count). */
const NOT_SHARED_YET = `NOT EXISTS (SELECT 1 FROM shares sh WHERE sh.user_id = $2 AND sh.content_item_id = ci.id AND sh.state <> 'cancelled')`;

const ITEM_COLUMNS = `ci.id, ci.title, ci.summary, ci.url, ci.featured, s.name AS source_name`;

interface ItemRow {
  id: string;
  title: string;
  summary: string;
  url: string | null;
  featured: boolean;
  source_name: string | null;
}

/** Who gets mail: active advocates and curators (the people who share). */
export const MAIL_AUDIENCE = `u.status = 'active' AND u.roles && ARRAY['advocate', 'curator']::text[]`;

export async function loadRecipient(db: EntityManager, userId: string): Promise<Recipient | null> {
  const rows: Recipient[] = await db.query(
    `SELECT u.id, u.email, u.name FROM users u WHERE u.id = $1 AND ${MAIL_AUDIENCE}`,
    [userId],
  );
  return rows[0] ?? null;
}

/** Items that went live in the feed after `since` and the advocate has not shared: featured first, then newest. */
export async function loadDigestItems(
  db: EntityManager,
  userId: string,
  since: Date,
  now: Date,
  limit: number,
): Promise<DigestItem[]> {
  const rows: ItemRow[] = await db.query(
    `SELECT ${ITEM_COLUMNS} FROM content_items ci LEFT JOIN sources s ON s.id = ci.source_id
      WHERE ${IN_FEED} AND ${NOT_SHARED_YET} AND ci.feed_at > $3
      ORDER BY ci.featured DESC, ci.feed_at DESC, ci.id DESC LIMIT $4`,
    [now, userId, since, limit],
  );
  return rows.map(toItem);
}

/** The best fresh item the advocate has not shared yet (not counting cancelled shares), or null. */
export async function loadNudgeItem(
  db: EntityManager,
  userId: string,
  freshSince: Date,
  now: Date,
): Promise<DigestItem | null> {
  const rows: ItemRow[] = await db.query(
    `SELECT ${ITEM_COLUMNS} FROM content_items ci LEFT JOIN sources s ON s.id = ci.source_id
      WHERE ${IN_FEED} AND ci.feed_at > $3
        AND ${NOT_SHARED_YET}
      ORDER BY ci.featured DESC, ci.feed_at DESC, ci.id DESC LIMIT 1`,
    [now, userId, freshSince],
  );
  return rows.length > 0 ? toItem(rows[0]) : null;
}

/** When the advocate's last digest went out (other than `exceptPeriod`), or null. */
export async function lastDigestAt(db: EntityManager, userId: string, exceptPeriod: string): Promise<Date | null> {
  const rows: Array<{ at: Date | null }> = await db.query(
    `SELECT max(sent_at) AS at FROM outreach_deliveries WHERE user_id = $1 AND kind = 'digest' AND period_key <> $2`,
    [userId, exceptPeriod],
  );
  return rows[0]?.at ?? null;
}

/**
 * Advocates to nudge ($1 = the cut-off now − nudgeAfterDays, $2 = the day's period key, $3 = one user or null
 * for all): nudges on, no published share since the cut-off (or never, and joined before it), not nudged
 * since the cut-off, and not nudged today.
 */
export const NUDGE_CANDIDATES = `
  SELECT u.id FROM users u LEFT JOIN outreach_preferences p ON p.user_id = u.id
   WHERE u.status = 'active' AND u.roles @> ARRAY['advocate']::text[] AND coalesce(p.nudges, true)
     AND ($3::uuid IS NULL OR u.id = $3::uuid)
     AND u.created_at <= $1
     AND NOT EXISTS (SELECT 1 FROM shares sh WHERE sh.user_id = u.id AND sh.state = 'published' AND sh.published_at > $1)
     AND NOT EXISTS (SELECT 1 FROM outreach_deliveries d WHERE d.user_id = u.id AND d.kind = 'nudge'
                       AND (d.sent_at > $1 OR d.period_key = $2))`;

function toItem(row: ItemRow): DigestItem {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    url: row.url,
    featured: row.featured,
    sourceName: row.source_name,
  };
}
