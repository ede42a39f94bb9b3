import { AnalyticsRollups } from '@chorus/server/analytics';
import { Clock } from '@chorus/server/core';
import { newCode } from '@chorus/server/links';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const HISTORY_DAYS = 60;

/**
 * Whose reach history is seeded, and how often they share (chance per day). Sanne de Vries is left out on
 * purpose: the publishing e2e counts every published post on her My posts page and every post with a tracked
 * link on the sandbox, so a history of hers would break it.
 */
const HISTORY: Array<{ email: string; handle: string; perDay: number }> = [
  { email: 'advocate@chorus.example', handle: 'ada_advocate', perDay: 0.4 },
  { email: 'jonas.becker@chorus.example', handle: 'jonas_becker', perDay: 0.28 },
];

/** The demo advocate who asked not to be named on leaderboards. */
const OPTED_OUT = 'jonas.becker@chorus.example';

/** Own words for each post (X refuses texts too close to the suggestion or to colleagues' posts). */
const OPENERS = [
  'We shipped this after months of customer interviews, proud of the team:',
  'If you run infrastructure in the DACH region, this one is for you:',
  'A short read that answers the question I hear most in customer calls:',
  'Three of my accounts asked about exactly this last quarter:',
  'Bookmarking this for the next architecture workshop:',
  'Honest numbers, no marketing gloss, worth your time:',
  'My colleagues explain it better than any slide deck could:',
  'This changed how I talk to CIOs about risk:',
];

/** Where the seeded posts' ids start: recognisable, so a second seed finds them and adds nothing. */
const X_ID_BASE = 1_900_000_000_000_000_000n;
const LINKEDIN_URN_PREFIX = 'urn:li:share:71000000000';

/** Mulberry32: a small seeded generator, so every fresh database gets the same history. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface SeededShare {
  id?: string;
  userId: string;
  handle: string;
  network: 'linkedin' | 'x';
  itemId: string;
  targetUrl: string;
  publishedAt: Date;
  serial: number;
}

interface Click {
  linkId: string;
  shareId: string;
  network: string;
  at: Date;
  referrer: string | null;
  bot: boolean;
  visitor: string;
}

interface Snapshot {
  shareId: string;
  at: Date;
  impressions: number;
  reactions: number;
  comments: number;
  reposts: number;
  linkClicks: number;
  impressionsDelta: number;
  engagementsDelta: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * About 60 days of reach history so that dashboards, My reach and leaderboards are not empty on a fresh
 * `npm start`: published shares of the demo advocates on approved demo items (with their tracked links),
 * human and bot clicks with visitor keys, X metrics snapshots with deltas, finished metric polling (so the
 * poller never reads the fake remote ids), a leaderboard opt-out, and the rollups of those days. Deterministic
 * and idempotent: once the history exists (or the demo advocates or items are gone) it adds nothing.
 */
export async function seedDemoAnalytics(dataSource: DataSource, now = new Date()): Promise<{ sharesCreated: number }> {
  const seeded = await dataSource.transaction(async (manager) => {
    // One seeder at a time (two processes starting at once), then look for an earlier history.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('demo:analytics-history'))`);
    return seedHistory(manager, now);
  });
  if (!seeded) return { sharesCreated: 0 };
  await new AnalyticsRollups(dataSource, new Clock()).rebuild(seeded.from, seeded.to);
  return { sharesCreated: seeded.shares };
}

async function seedHistory(
  manager: EntityManager,
  now: Date,
): Promise<{ shares: number; from: string; to: string } | null> {
  const random = seededRandom(20_260_601);
  const advocates: Array<{ id: string; email: string; groupIds: string[] }> = await manager.query(
    `SELECT u.id, u.email, coalesce(array_agg(gm.group_id) FILTER (WHERE gm.group_id IS NOT NULL), '{}') AS "groupIds"
       FROM users u LEFT JOIN group_members gm ON gm.user_id = u.id
      WHERE u.email = ANY($1) AND u.status = 'active' GROUP BY u.id, u.email`,
    [HISTORY.map((h) => h.email)],
  );
  const items: Array<{ id: string; url: string; title: string; audienceIds: string[] }> = await manager.query(
    `SELECT id, url, title, audience_ids AS "audienceIds" FROM content_items
      WHERE state = 'approved' AND url IS NOT NULL AND canonical_url LIKE 'https://demo.chorus.example/%'
      ORDER BY canonical_url`,
  );
  if (advocates.length === 0 || items.length === 0) return null;
  const existing: unknown[] = await manager.query(
    `SELECT 1 FROM shares
      WHERE user_id = ANY($1::uuid[])
        AND ((network = 'x' AND remote_id LIKE $2) OR (network = 'linkedin' AND remote_id LIKE $3)) LIMIT 1`,
    [advocates.map((a) => a.id), `${X_ID_BASE.toString().slice(0, 10)}%`, `${LINKEDIN_URN_PREFIX}%`],
  );
  if (existing.length > 0) return null;

  // The shares: on most days one or other advocate posts one of the items their groups see, in office hours.
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const shares: SeededShare[] = [];
  for (let daysAgo = HISTORY_DAYS; daysAgo >= 1; daysAgo--) {
    for (const history of HISTORY) {
      const advocate = advocates.find((a) => a.email === history.email);
      const chance = random();
      if (!advocate || chance >= history.perDay) continue;
      const visible = items.filter(
        (i) => i.audienceIds.length === 0 || i.audienceIds.some((g) => advocate.groupIds.includes(g)),
      );
      if (visible.length === 0) continue;
      const item = pick(visible, random);
      const publishedAt = new Date(today - daysAgo * DAY + 7 * HOUR + Math.floor(random() * 9 * HOUR));
      shares.push({
        userId: advocate.id,
        handle: history.handle,
        network: random() < 0.6 ? 'linkedin' : 'x',
        itemId: item.id,
        targetUrl: item.url,
        publishedAt,
        serial: shares.length + 1,
      });
    }
  }
  if (shares.length === 0) return null;

  const publicUrl = (process.env['PUBLIC_URL'] ?? 'http://localhost:3000').replace(/\/+$/, '');
  const clicks: Click[] = [];
  const snapshots: Snapshot[] = [];
  for (const share of shares) {
    // The advocate's link for this item and network, as LinksService.ensure issues it.
    const [link]: Array<{ id: string; code: string }> = await manager.query(
      `INSERT INTO tracked_links (code, user_id, content_item_id, network, target_url, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, content_item_id, network) DO UPDATE SET target_url = tracked_links.target_url
       RETURNING id, code`,
      [
        newCode(),
        share.userId,
        share.itemId,
        share.network,
        share.targetUrl,
        new Date(share.publishedAt.getTime() - 5 * 60_000),
      ],
    );
    const remoteId =
      share.network === 'x'
        ? (X_ID_BASE + BigInt(share.serial)).toString()
        : `${LINKEDIN_URN_PREFIX}${String(share.serial).padStart(8, '0')}`;
    const postUrl =
      share.network === 'x'
        ? `https://x.com/${share.handle}/status/${remoteId}`
        : `https://www.linkedin.com/feed/update/${remoteId}/`;
    const text = `${pick(OPENERS, random)} ${publicUrl}/l/${link.code}`;

    // X reports figures, read 1 h, 6 h, 1, 3 and 7 days after posting; LinkedIn (self-serve) does not.
    const reads = share.network === 'x' ? metricReads(share.publishedAt, now, random) : [];
    const last = reads[reads.length - 1];
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO shares (user_id, network, content_item_id, link_id, text, timing, state, scheduled_at, due_at, dispatch,
                           attempts, remote_id, post_url, published_at, impressions, engagements, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'now', 'published', $6, $6, 1, 1, $7, $8, $6, $9, $10, $11, $6)
       RETURNING id`,
      [
        share.userId,
        share.network,
        share.itemId,
        link.id,
        text,
        share.publishedAt,
        remoteId,
        postUrl,
        last ? last.impressions : null,
        last ? last.reactions + last.comments + last.reposts : null,
        new Date(share.publishedAt.getTime() - 60_000),
      ],
    );
    share.id = row.id;
    snapshots.push(...reads.map((r) => ({ ...r, shareId: row.id })));
    clicks.push(...clicksOf(share, link.id, now, random));
  }

  await manager.query(
    `INSERT INTO link_clicks (link_id, share_id, network, clicked_at, referrer_host, is_bot, visitor_key)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::timestamptz[], $5::varchar[], $6::boolean[], $7::char(64)[])
      ORDER BY 4`,
    [
      clicks.map((c) => c.linkId),
      clicks.map((c) => c.shareId),
      clicks.map((c) => c.network),
      clicks.map((c) => c.at.toISOString()),
      clicks.map((c) => c.referrer),
      clicks.map((c) => c.bot),
      clicks.map((c) => c.visitor),
    ],
  );
  if (snapshots.length > 0) {
    await manager.query(
      `INSERT INTO share_metric_snapshots (share_id, network, observed_at, impressions, reactions, comments, reposts,
                                           link_clicks, impressions_delta, engagements_delta)
       SELECT s, 'x', o, i, re, c, rp, lc, di, de
         FROM unnest($1::uuid[], $2::timestamptz[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[], $9::int[])
              AS t(s, o, i, re, c, rp, lc, di, de)
        ORDER BY o`,
      [
        snapshots.map((s) => s.shareId),
        snapshots.map((s) => s.at.toISOString()),
        snapshots.map((s) => s.impressions),
        snapshots.map((s) => s.reactions),
        snapshots.map((s) => s.comments),
        snapshots.map((s) => s.reposts),
        snapshots.map((s) => s.linkClicks),
        snapshots.map((s) => s.impressionsDelta),
        snapshots.map((s) => s.engagementsDelta),
      ],
    );
    // Each read was billed once per UTC day (the admin's X spend page shows them).
    await manager.query(
      `INSERT INTO x_post_reads (day, share_id)
       SELECT DISTINCT (o AT TIME ZONE 'UTC')::date, s FROM unnest($1::uuid[], $2::timestamptz[]) AS t(s, o)
       ON CONFLICT DO NOTHING`,
      [snapshots.map((s) => s.shareId), snapshots.map((s) => s.at.toISOString())],
    );
  }
  // Polling is over for every seeded share: their remote ids are made up, the networks never saw them.
  await manager.query(
    `INSERT INTO share_metric_states (share_id, status, next_poll_at, polls, last_polled_at)
     SELECT s.id, 'finished', NULL, count(m.id)::int, max(m.observed_at)
       FROM shares s LEFT JOIN share_metric_snapshots m ON m.share_id = s.id
      WHERE s.id = ANY($1::uuid[]) GROUP BY s.id
     ON CONFLICT (share_id) DO NOTHING`,
    [shares.map((s) => s.id)],
  );
  const optedOut = advocates.find((a) => a.email === OPTED_OUT);
  if (optedOut) {
    await manager.query(`INSERT INTO leaderboard_opt_outs (user_id) VALUES ($1) ON CONFLICT DO NOTHING`, [optedOut.id]);
  }
  const day = (at: number) => new Date(at).toISOString().slice(0, 10);
  return { shares: shares.length, from: day(today - HISTORY_DAYS * DAY), to: day(today) };
}

/** Human clicks fading over the days after posting (some visitors come back the same day), and link previewers. */
function clicksOf(share: SeededShare, linkId: string, now: Date, random: () => number): Click[] {
  const clicks: Click[] = [];
  const posted = share.publishedAt.getTime();
  const base = { linkId, shareId: share.id as string, network: share.network };
  const bots = share.network === 'x' ? ['Twitterbot', 'Slackbot'] : ['LinkedInBot', 'Slackbot', 'Googlebot'];
  for (let b = 0; b < 1 + Math.floor(random() * 3); b++) {
    const at = new Date(posted + Math.floor(random() * 10 * 60_000));
    clicks.push({
      ...base,
      at,
      referrer: null,
      bot: true,
      visitor: sha256(`demo-bot:${pick(bots, random)}:${at.toISOString().slice(0, 10)}`),
    });
  }
  const humans = share.network === 'linkedin' ? 4 + Math.floor(random() * 22) : 2 + Math.floor(random() * 14);
  const visitors: string[] = [];
  for (let h = 0; h < humans; h++) {
    // Exponential delay, mean 30 hours; nothing in the future.
    const at = posted + Math.floor(-Math.log(1 - random()) * 30 * HOUR);
    if (at >= now.getTime()) continue;
    const returning = visitors.length > 0 && random() < 0.15;
    const visitor = returning ? pick(visitors, random) : `demo-visitor:${share.serial}:${h}`;
    if (!returning) visitors.push(visitor);
    const referrer =
      random() < 0.3 ? null : share.network === 'x' ? 't.co' : random() < 0.5 ? 'lnkd.in' : 'www.linkedin.com';
    const date = new Date(at);
    clicks.push({
      ...base,
      at: date,
      referrer,
      bot: false,
      visitor: sha256(`${visitor}:${date.toISOString().slice(0, 10)}`),
    });
  }
  return clicks;
}

/** Cumulative X figures at each read so far, with the deltas against the previous read. */
function metricReads(posted: Date, now: Date, random: () => number): Omit<Snapshot, 'shareId'>[] {
  const finalImpressions = 150 + Math.floor(random() * 2400);
  const finalEngagements = Math.floor(finalImpressions * (0.01 + random() * 0.04));
  const reads: Array<[number, number]> = [
    [1 * HOUR, 0.35],
    [6 * HOUR, 0.6],
    [24 * HOUR, 0.85],
    [72 * HOUR, 0.95],
    [168 * HOUR, 1],
  ];
  const snapshots: Omit<Snapshot, 'shareId'>[] = [];
  let previous = { impressions: 0, engagements: 0 };
  for (const [after, share] of reads) {
    const at = new Date(posted.getTime() + after);
    if (at.getTime() > now.getTime()) break;
    const impressions = Math.floor(finalImpressions * share);
    const engagements = Math.floor(finalEngagements * share);
    const reactions = Math.floor(engagements * 0.7);
    const comments = Math.floor(engagements * 0.2);
    snapshots.push({
      at,
      impressions,
      reactions,
      comments,
      reposts: engagements - reactions - comments,
      linkClicks: Math.floor(impressions * 0.012),
      impressionsDelta: impressions - previous.impressions,
      engagementsDelta: engagements - previous.engagements,
    });
    previous = { impressions, engagements };
  }
  return snapshots;
}

function pick<T>(values: readonly T[], random: () => number): T {
  return values[Math.floor(random() * values.length)];
}
