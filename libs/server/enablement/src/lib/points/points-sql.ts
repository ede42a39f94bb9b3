/**
 * The ledger's statements. Each reads one event stream in a window [$1 watermark minus an overlap, $3 upper
 * bound) — the overlap so that an event committed a little after a later one is still seen, the upper bound
 * (null: none) so that catching up on a long history goes in batches — and inserts one award per event
 * with ON CONFLICT DO NOTHING on (user_id, reason, ref): re-reading the overlap never pays twice. It returns
 * the new watermark: the upper bound, or the newest event it saw, capped at the database's now() so that
 * events stamped by a clock running ahead (tests, demos) never push it past events still to come.
 */

/** How far back each sync re-reads behind its watermark; longer than any commit delay (click buffer, jobs). */
export const SYNC_OVERLAP = `interval '15 minutes'`;

/** Serialises syncs across API and worker processes. */
export const SYNC_LOCK_KEY = `hashtext('enablement:points-sync')`;

const FROM = `coalesce($1::timestamptz - ${SYNC_OVERLAP}, '-infinity'::timestamptz)`;
const BEFORE = (column: string) => `($3::timestamptz IS NULL OR ${column} < $3::timestamptz)`;
const UNTIL = (column: string) => `least(coalesce($3::timestamptz, max(${column})), now())`;

/**
 * Where a batch ends: the time of the $2-th event at or after the watermark $1 (null when fewer remain).
 * Each stream's time index serves it (the partial published index for shares).
 */
export const BATCH_END = {
  shares: `SELECT published_at AS at FROM shares WHERE state = 'published'
             AND published_at >= coalesce($1::timestamptz, '-infinity') ORDER BY published_at OFFSET $2 LIMIT 1`,
  clicks: `SELECT clicked_at AS at FROM link_clicks
            WHERE clicked_at >= coalesce($1::timestamptz, '-infinity') ORDER BY clicked_at OFFSET $2 LIMIT 1`,
  steps: `SELECT completed_at AS at FROM step_completions
           WHERE completed_at >= coalesce($1::timestamptz, '-infinity') ORDER BY completed_at OFFSET $2 LIMIT 1`,
} as const;

const NETWORK_NAME = (column: string) => `CASE ${column} WHEN 'linkedin' THEN 'LinkedIn' WHEN 'x' THEN 'X' ELSE ${column} END`;

/** The item's title, or the share's first eight words when the item is gone. */
const SUBJECT = `left(coalesce(nullif(ci.title, ''),
  array_to_string((regexp_split_to_array(btrim(s.text), '\\s+'))[1:8], ' ')), 120)`;

/**
 * Text compared for "own text": links removed (the composer swaps the item's address for the tracked link
 * or appends it), whitespace collapsed, case folded.
 */
const normalised = (expression: string) =>
  `lower(btrim(regexp_replace(regexp_replace(${expression}, 'https?://\\S+', '', 'g'), '\\s+', ' ', 'g')))`;

/** $1 watermark, $2 points per share, $3 upper bound. */
export const SYNC_SHARES = `
  WITH bound AS (
    SELECT ${UNTIL('published_at')} AS until FROM shares
     WHERE state = 'published' AND published_at >= ${FROM} AND ${BEFORE('published_at')}
  ), awarded AS (
    INSERT INTO point_awards (user_id, reason, ref, points, label, awarded_at)
    SELECT s.user_id, 'share', s.id::text, $2::int,
           'Shared “' || ${SUBJECT} || '” on ' || ${NETWORK_NAME('s.network')}, s.published_at
      FROM shares s LEFT JOIN content_items ci ON ci.id = s.content_item_id
     WHERE s.state = 'published' AND s.published_at >= ${FROM} AND ${BEFORE('s.published_at')} AND $2::int > 0
    ON CONFLICT (user_id, reason, ref) DO NOTHING
    RETURNING 1
  )
  SELECT (SELECT until FROM bound) AS until, (SELECT count(*) FROM awarded)::int AS awarded`;

/**
 * $1 watermark, $2 points for own text, $3 upper bound (the share window). A published share counts as the advocate's own text when, links
 * and whitespace aside, it equals none of the item's suggested texts nor its title (what the composer
 * pre-fills when an item has no suggested text). Shares whose item is gone are skipped: nothing to compare
 * with. \`shares.similarity\` is not used: it is only measured on X and compares against colleagues too.
 */
export const SYNC_ORIGINAL_TEXTS = `
  WITH awarded AS (
  INSERT INTO point_awards (user_id, reason, ref, points, label, awarded_at)
  SELECT s.user_id, 'original_text', s.id::text, $2::int,
         'Wrote your own text for “' || ${SUBJECT} || '” on ' || ${NETWORK_NAME('s.network')}, s.published_at
    FROM shares s JOIN content_items ci ON ci.id = s.content_item_id
   WHERE s.state = 'published' AND s.published_at >= ${FROM} AND ${BEFORE('s.published_at')} AND $2::int > 0
     AND ${normalised('s.text')} <> ''
     AND ${normalised('s.text')} <> ${normalised('ci.title')}
     AND NOT EXISTS (
       SELECT 1 FROM jsonb_array_elements(ci.suggested_texts) t
        WHERE ${normalised(`t->>'text'`)} = ${normalised('s.text')})
  ON CONFLICT (user_id, reason, ref) DO NOTHING
  RETURNING 1
  )
  SELECT count(*)::int AS awarded FROM awarded`;

/**
 * $1 watermark, $2 points per click, $3 upper bound. Human clicks on the advocate's tracked links (the link's owner earned
 * them, as in the analytics rollups); a range scan on ix_link_clicks_clicked, never the whole table.
 */
export const SYNC_CLICKS = `
  WITH bound AS (
    SELECT ${UNTIL('clicked_at')} AS until FROM link_clicks WHERE clicked_at >= ${FROM} AND ${BEFORE('clicked_at')}
  ), awarded AS (
    INSERT INTO point_awards (user_id, reason, ref, points, label, awarded_at)
    SELECT l.user_id, 'click', c.id::text, $2::int,
           'Click on your post of “' || left(ci.title, 120) || '” on ' || ${NETWORK_NAME('c.network')}, c.clicked_at
      FROM link_clicks c
      JOIN tracked_links l ON l.id = c.link_id
      JOIN content_items ci ON ci.id = l.content_item_id
     WHERE c.clicked_at >= ${FROM} AND ${BEFORE('c.clicked_at')} AND NOT c.is_bot AND $2::int > 0
    ON CONFLICT (user_id, reason, ref) DO NOTHING
    RETURNING 1
  )
  SELECT (SELECT until FROM bound) AS until, (SELECT count(*) FROM awarded)::int AS awarded`;

/** $1 watermark, $2 points per completed step, $3 upper bound. */
export const SYNC_STEPS = `
  WITH bound AS (
    SELECT ${UNTIL('completed_at')} AS until FROM step_completions WHERE completed_at >= ${FROM} AND ${BEFORE('completed_at')}
  ), awarded AS (
    INSERT INTO point_awards (user_id, reason, ref, points, label, awarded_at)
    SELECT sc.user_id, 'step_completed', sc.step_id::text, $2::int,
           'Completed “' || st.name || '” (' || lv.name || ')', sc.completed_at
      FROM step_completions sc
      JOIN skill_steps st ON st.id = sc.step_id
      JOIN skill_levels lv ON lv.id = st.level_id
     WHERE sc.completed_at >= ${FROM} AND ${BEFORE('sc.completed_at')} AND $2::int > 0
    ON CONFLICT (user_id, reason, ref) DO NOTHING
    RETURNING 1
  )
  SELECT (SELECT until FROM bound) AS until, (SELECT count(*) FROM awarded)::int AS awarded`;
