/**
 * The rollup statements. Days are UTC calendar days; the rollup tables take the first and last day (`date`,
 * inclusive), the raw tables the instants they span (`timestamptz`, half-open), so that each is read by a
 * range scan on its time index (link_clicks.clicked_at, share_metric_snapshots.observed_at).
 */

/** Serialises rollups across processes: two workers never delete and insert the same days at once. */
export const ROLLUP_LOCK = `SELECT pg_advisory_xact_lock(hashtext('analytics:rollup'))`;

export const DELETE_SHARE_DAYS = `DELETE FROM analytics_share_daily WHERE day BETWEEN $1::date AND $2::date`;
export const DELETE_ADVOCATE_DAYS = `DELETE FROM analytics_advocate_daily WHERE day BETWEEN $1::date AND $2::date`;

/**
 * One row per (day, share, advocate, item, network). Clicks are pre-aggregated per link and share before
 * the join, so tracked_links is joined once per link-day rather than once per click; unique clicks are
 * distinct visitor keys among human clicks per link/share per day (the key changes daily anyway). Clicks
 * whose link has no published share yet keep share_id null. The advocate's groups are read now: reports
 * by group follow membership at the time the day was rolled up.
 */
export const INSERT_SHARE_DAYS /* $1 start, $2 end (timestamptz) */ = `
  WITH published AS (
    SELECT (s.published_at AT TIME ZONE 'UTC')::date AS day, s.id AS share_id, s.user_id, s.content_item_id,
           s.network, 1 AS shares, 0 AS clicks, 0 AS unique_clicks, 0 AS bot_clicks, 0 AS impressions,
           0 AS engagements
      FROM shares s
     WHERE s.state = 'published' AND s.published_at >= $1::timestamptz AND s.published_at < $2::timestamptz
  ), clicks AS (
    SELECT c.day, c.share_id, l.user_id, l.content_item_id, l.network, 0, c.clicks, c.unique_clicks,
           c.bot_clicks, 0, 0
      FROM (SELECT (k.clicked_at AT TIME ZONE 'UTC')::date AS day, k.link_id, k.share_id,
                   count(*) FILTER (WHERE NOT k.is_bot) AS clicks,
                   count(DISTINCT k.visitor_key) FILTER (WHERE NOT k.is_bot) AS unique_clicks,
                   count(*) FILTER (WHERE k.is_bot) AS bot_clicks
              FROM link_clicks k
             WHERE k.clicked_at >= $1::timestamptz AND k.clicked_at < $2::timestamptz
             GROUP BY 1, k.link_id, k.share_id) c
      JOIN tracked_links l ON l.id = c.link_id
  ), metrics AS (
    SELECT m.day, m.share_id, s.user_id, s.content_item_id, s.network, 0, 0, 0, 0, m.impressions, m.engagements
      FROM (SELECT (x.observed_at AT TIME ZONE 'UTC')::date AS day, x.share_id,
                   sum(x.impressions_delta) AS impressions, sum(x.engagements_delta) AS engagements
              FROM share_metric_snapshots x
             WHERE x.observed_at >= $1::timestamptz AND x.observed_at < $2::timestamptz
             GROUP BY 1, x.share_id) m
      JOIN shares s ON s.id = m.share_id
  ), events AS (
    SELECT * FROM published UNION ALL SELECT * FROM clicks UNION ALL SELECT * FROM metrics
  ), grouped AS (
    SELECT day, share_id, user_id, content_item_id, network, sum(shares) AS shares, sum(clicks) AS clicks,
           sum(unique_clicks) AS unique_clicks, sum(bot_clicks) AS bot_clicks, sum(impressions) AS impressions,
           sum(engagements) AS engagements
      FROM events
     GROUP BY day, share_id, user_id, content_item_id, network
  ), memberships AS (
    SELECT gm.user_id, array_agg(gm.group_id ORDER BY gm.group_id) AS group_ids
      FROM group_members gm
     WHERE gm.user_id IN (SELECT DISTINCT user_id FROM grouped)
     GROUP BY gm.user_id
  )
  INSERT INTO analytics_share_daily (day, share_id, user_id, content_item_id, network, group_ids, shares, clicks,
                                     unique_clicks, bot_clicks, impressions, engagements)
  SELECT g.day, g.share_id, g.user_id, g.content_item_id, g.network, coalesce(m.group_ids, '{}'), g.shares,
         g.clicks, g.unique_clicks, g.bot_clicks, g.impressions, g.engagements
    FROM grouped g LEFT JOIN memberships m ON m.user_id = g.user_id`;

/** The advocate's day per network: the share rows just written, summed (their group_ids are one snapshot). */
export const INSERT_ADVOCATE_DAYS = `
  INSERT INTO analytics_advocate_daily (day, user_id, network, group_ids, shares, clicks, unique_clicks,
                                        bot_clicks, impressions, engagements)
  SELECT day, user_id, network, min(group_ids), sum(shares), sum(clicks), sum(unique_clicks), sum(bot_clicks),
         sum(impressions), sum(engagements)
    FROM analytics_share_daily
   WHERE day BETWEEN $1::date AND $2::date
   GROUP BY day, user_id, network`;

export const MARK_ROLLED_UP = `UPDATE analytics_rollup_state SET rolled_up_at = $1 WHERE id = 1`;

export const DELETE_ITEM_DAYS = `DELETE FROM analytics_item_daily WHERE day BETWEEN $1::date AND $2::date`;
export const DELETE_GROUP_DAYS = `DELETE FROM analytics_group_daily WHERE day BETWEEN $1::date AND $2::date`;

const SUMS = `sum(shares), sum(clicks), sum(unique_clicks), sum(bot_clicks), sum(impressions), sum(engagements)`;

/**
 * Per item, network and group (and once with group null for everyone), from the share rows just written:
 * an item's day is a handful of rows where its shares' days are thousands, which keeps top content fast.
 */
export const INSERT_ITEM_DAYS = `
  INSERT INTO analytics_item_daily (day, content_item_id, network, group_id, shares, clicks, unique_clicks,
                                    bot_clicks, impressions, engagements)
  SELECT s.day, s.content_item_id, s.network, g.group_id, ${SUMS}
    FROM analytics_share_daily s
    CROSS JOIN LATERAL (SELECT NULL::uuid AS group_id UNION ALL SELECT unnest(s.group_ids)) g
   WHERE s.day BETWEEN $1::date AND $2::date AND s.content_item_id IS NOT NULL
   GROUP BY s.day, s.content_item_id, s.network, g.group_id`;

/**
 * Per group (null: everyone) and network, plus a row with network null for both networks — the only one
 * whose advocate count is distinct across networks. Summed from the advocate rows just written.
 */
export const INSERT_GROUP_DAYS = `
  INSERT INTO analytics_group_daily (day, network, group_id, shares, clicks, unique_clicks, bot_clicks,
                                     impressions, engagements, active_advocates)
  SELECT a.day, n.network, g.group_id, ${SUMS}, count(DISTINCT a.user_id) FILTER (WHERE a.shares > 0)
    FROM analytics_advocate_daily a
    CROSS JOIN LATERAL (SELECT NULL::uuid AS group_id UNION ALL SELECT unnest(a.group_ids)) g
    CROSS JOIN LATERAL (SELECT a.network::varchar AS network UNION ALL SELECT NULL::varchar) n
   WHERE a.day BETWEEN $1::date AND $2::date
   GROUP BY a.day, n.network, g.group_id`;
