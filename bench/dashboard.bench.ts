import { AnalyticsRollups } from '@chorus/server/analytics';
import { Clock, migrateWithLock } from '@chorus/server/core';
import { PasswordHasher } from '@chorus/server/identity';
import { standaloneDataSource } from '@chorus/server/platform';
import { startBenchApi } from './bench-api';
import { createDatabase, databaseUrl, dataDir, dropDatabase, startServices } from '@chorus/tools';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * `npm run bench:dashboard`: a year of a synthetic organisation (2,000 advocates in 12 groups, 5,000 items,
 * 1,000,000 published shares on LinkedIn and X, 10,000,000 tracked-link clicks with ~8 % bots and repeat
 * visitors, metrics snapshots for the X posts) loaded with set-based SQL into a throwaway database; then
 * `AnalyticsRollups.rebuild` over the whole year; then the lead's dashboard queries (`/api/analytics/
 * dashboard`, `/content`, `/advocates`) over HTTP, signed in as a lead, for several filter mixes — beside
 * the same headline figures computed straight from the raw tables, so the value of the rollups shows.
 * `BENCH_DASHBOARD_SCALE=0.01` loads 1 % of the shares and clicks for a quick run. Ends with one TARGET line.
 */
const SCALE = Number(process.env['BENCH_DASHBOARD_SCALE'] ?? 1);
const SHARES = Math.max(1000, Math.round(1_000_000 * SCALE));
const CLICKS = Math.max(10_000, Math.round(10_000_000 * SCALE));
const ADVOCATES = 2000;
const GROUPS = 12;
const ITEMS = 5000;
/** Advocates who share regularly; the others share a few times a year. */
const CORE = 700;
const DAYS = 365;
/** Click chunks, oldest first: each is written in time order, as a live table grows. */
const CLICK_CHUNKS = 24;
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 40);
const WARMUP = 3;
const BASELINE_RUNS = Number(process.env['BENCH_BASELINE_RUNS'] ?? 10);
const GOAL_MS = 300;
const LEAD_EMAIL = 'lead@bench.test';
const ADMIN_EMAIL = 'admin@bench.test';
const PASSWORD = 'bench-password';

const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const fmt = (n: number) => n.toLocaleString('en-US');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}

/**
 * Runs a load with the table's secondary indexes and foreign keys dropped, then puts them back exactly as the
 * migrations made them (definitions read from the catalogue), so the measured schema is the real one.
 */
async function withoutIndexes(db: Client, tables: string[], load: () => Promise<void>): Promise<void> {
  const indexes: Array<{ name: string; def: string }> = (
    await db.query(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
        WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype IN ('p', 'u'))`,
      [tables],
    )
  ).rows;
  const foreignKeys: Array<{ table: string; name: string; def: string }> = (
    await db.query(
      `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def
         FROM pg_constraint c WHERE c.contype = 'f' AND (c.conrelid::regclass::text = ANY($1) OR c.confrelid::regclass::text = ANY($1))`,
      [tables],
    )
  ).rows;
  for (const fk of foreignKeys) await db.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT "${fk.name}"`);
  for (const index of indexes) await db.query(`DROP INDEX "${index.name}"`);
  await load();
  const started = Date.now();
  for (const index of indexes) await db.query(index.def);
  for (const fk of foreignKeys) await db.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT "${fk.name}" ${fk.def}`);
  log(`  indexes and foreign keys of ${tables.join(', ')} rebuilt in ${seconds(started)}`);
}

/** The synthetic organisation and its year, all set-based SQL on one session (one seed: same data each run). */
/** A loading session: no waiting for WAL flushes, room to sort and hash, no JIT. */
async function loadingSession(url: string): Promise<Client> {
  const db = new Client({ connectionString: url });
  await db.connect();
  await db.query(`SET synchronous_commit = off`);
  await db.query(`SET work_mem = '512MB'`);
  await db.query(`SET maintenance_work_mem = '1GB'`);
  // The generated statements look huge to the planner before their temp tables are analysed: no JIT.
  await db.query(`SET jit = off`);
  return db;
}

async function load(url: string): Promise<void> {
  const db = await loadingSession(url);
  try {
    await loadOn(db, url);
  } finally {
    await db.query(`DROP TABLE IF EXISTS bench_year, bench_sp`).catch(() => undefined);
    await db.end();
  }
}

async function loadOn(db: Client, url: string): Promise<void> {
  await db.query(`SELECT setseed(0.2026)`);
  const step = async (label: string, sql: string) => {
    const started = Date.now();
    const result = await db.query(sql);
    log(`  ${label}: ${result.rowCount !== null ? `${fmt(result.rowCount)} rows, ` : ''}${seconds(started)}`);
  };

  // The year: shares (and clicks) fall in [start, end); the last share is an hour old.
  await db.query(`CREATE UNLOGGED TABLE bench_year AS
    SELECT date_trunc('second', now()) - interval '${DAYS} days' AS start,
           interval '${DAYS} days' - interval '1 hour' AS span, date_trunc('second', now()) AS now`);
  await db.query(`ALTER TABLE bench_year ADD start_e float8, ADD span_e float8, ADD now_e float8`);
  await db.query(
    `UPDATE bench_year SET start_e = extract(epoch FROM start), span_e = extract(epoch FROM span), now_e = extract(epoch FROM now)`,
  );
  await db.query(`ANALYZE bench_year`);

  await step(
    'groups',
    `INSERT INTO groups (name, description) SELECT 'Bench group ' || lpad(g::text, 2, '0'), 'Synthetic' FROM generate_series(1, ${GROUPS}) g`,
  );
  await step(
    'advocates',
    `INSERT INTO users (email, name, roles, status, created_at)
     SELECT 'advocate' || u || '@bench.test', 'Advocate ' || u, '{advocate}', 'active', (SELECT start FROM bench_year) - interval '30 days'
       FROM generate_series(1, ${ADVOCATES}) u`,
  );
  await db.query(`CREATE TEMP TABLE adv AS
    SELECT row_number() OVER (ORDER BY u.created_at, u.email) AS n, u.id FROM users u WHERE u.roles @> '{advocate}'`);
  await db.query(`CREATE TEMP TABLE grp AS SELECT row_number() OVER (ORDER BY name) - 1 AS k, id FROM groups`);
  // Every advocate in one group (sizes uneven), every sixth also in a second one.
  await step(
    'group memberships',
    `INSERT INTO group_members (group_id, user_id)
     SELECT DISTINCT g.id, a.id FROM adv a
       JOIN LATERAL (VALUES (floor(${GROUPS} * power(((a.n * 7919) % 997) / 997.0, 1.4))::int),
                            (CASE WHEN a.n % 6 = 0 THEN ((a.n * 7 + 3) % ${GROUPS})::int END)) v(k) ON v.k IS NOT NULL
       JOIN grp g ON g.k = v.k`,
  );
  // Items approved through the year, oldest first.
  await step(
    'content items',
    `INSERT INTO content_items (origin, state, title, summary, language, url, canonical_url, approved_at, feed_at, created_at, suggested_texts)
     SELECT 'curator', 'approved', 'Bench item ' || i || ': what we learned about cloud security', 'Summary ' || i,
            'en', 'https://bench.example.com/items/' || i, 'https://bench.example.com/items/' || i,
            y.start + y.span * (i - 1) / ${ITEMS}, y.start + y.span * (i - 1) / ${ITEMS}, y.start + y.span * (i - 1) / ${ITEMS},
            '[{"id":"00000000-0000-4000-8000-000000000001","network":"linkedin","text":"Read this"}]'
       FROM generate_series(1, ${ITEMS}) i, bench_year y`,
  );
  await db.query(`CREATE TEMP TABLE itm AS
    SELECT row_number() OVER (ORDER BY approved_at, id) AS k, id, url FROM content_items`);
  await db.query(`ANALYZE adv, grp, itm`);

  // The shares' plan, in publishing order (r): one slot of the year each, a skewed pick of advocates (a core
  // of regulars, a few of them sharing a lot; the rest a few times a year), the items of the last days before the slot, 58 % LinkedIn.
  await step(
    'share plan',
    `CREATE TEMP TABLE plan AS
     SELECT r, published_at, u, greatest(1, least(${ITEMS}, ceil(frac * ${ITEMS})::int - floor(power(random(), 2) * 60)::int)) AS c,
            CASE WHEN random() < 0.58 THEN 'linkedin' ELSE 'x' END AS network,
            floor(-ln(1 - random()) * 900)::int + 20 AS imp, random() AS eng_rate
       FROM (SELECT r, y.start + y.span * ((r - 1 + random()) / ${SHARES}) AS published_at,
                    (r - 0.5) / ${SHARES} AS frac, CASE WHEN random() < 0.995 THEN 1 + floor(power(random(), 1.5) * ${CORE}) ELSE 1 + floor(random() * ${ADVOCATES}) END::int AS u
               FROM generate_series(1, ${SHARES}) r, bench_year y OFFSET 0) p`,
  );
  await db.query(`ANALYZE plan`);
  // One tracked link per advocate × item × network (a re-share of the same item reuses it).
  await step(
    'link plan',
    `CREATE TEMP TABLE link_plan AS
     SELECT DISTINCT ON (u, c, network) u, c, network, r, published_at, gen_random_uuid() AS link_id
       FROM plan ORDER BY u, c, network, r`,
  );
  await step(
    'share plan joined',
    `CREATE UNLOGGED TABLE bench_sp AS
     SELECT p.r, p.published_at, extract(epoch FROM p.published_at)::float8 AS pub_e, p.network, gen_random_uuid() AS share_id, a.id AS user_id, i.id AS item_id, lp.link_id,
            CASE WHEN p.network = 'x' THEN p.imp END AS imp,
            CASE WHEN p.network = 'x' THEN floor(p.imp * (0.01 + p.eng_rate * 0.04))::int END AS eng
       FROM plan p JOIN link_plan lp USING (u, c, network) JOIN adv a ON a.n = p.u JOIN itm i ON i.k = p.c`,
  );
  await db.query(`CREATE UNIQUE INDEX ON bench_sp (r)`);
  await db.query(`ANALYZE bench_sp`);
  await db.query(`ANALYZE link_plan`);
  // When the network's figures were read after publishing, and what share of the final figures each saw.
  await db.query(`CREATE TEMP TABLE reads (k, wait, f, fprev) AS VALUES
    (1, interval '1 hour', 0.35, 0.0), (2, interval '6 hours', 0.6, 0.35), (3, interval '1 day', 0.85, 0.6),
    (4, interval '3 days', 0.95, 0.85), (5, interval '7 days', 1.0, 0.95)`);
  await db.query(`ANALYZE reads`);

  await withoutIndexes(db, ['tracked_links', 'shares'], async () => {
    await step(
      'tracked links',
      `INSERT INTO tracked_links (id, code, user_id, content_item_id, network, target_url, created_at)
       SELECT lp.link_id, 'bk' || to_hex(lp.r), a.id, i.id, lp.network, i.url, lp.published_at - interval '2 minutes'
         FROM link_plan lp JOIN adv a ON a.n = lp.u JOIN itm i ON i.k = lp.c ORDER BY lp.r`,
    );
    await step(
      'published shares',
      `INSERT INTO shares (id, user_id, network, content_item_id, link_id, text, timing, state, scheduled_at, due_at,
                           dispatch, attempts, guidelines_version, remote_id, post_url, published_at, impressions,
                           engagements, created_at, updated_at)
       SELECT sp.share_id, sp.user_id, sp.network, sp.item_id, sp.link_id, 'Worth a read, in my view https://chorus.bench/l/bk' || to_hex(sp.r),
              'now', 'published', sp.published_at - interval '1 minute', sp.published_at - interval '1 minute', 1, 1, 1,
              'bench-' || sp.r,
              CASE WHEN sp.network = 'x' THEN 'https://x.com/bench/status/' || sp.r ELSE 'https://www.linkedin.com/feed/update/urn:li:share:' || sp.r END,
              sp.published_at,
              floor(sp.imp * (SELECT max(f) FROM reads WHERE sp.published_at + wait <= y.now)),
              floor(sp.eng * (SELECT max(f) FROM reads WHERE sp.published_at + wait <= y.now)),
              sp.published_at - interval '1 minute', sp.published_at
         FROM bench_sp AS sp, bench_year y ORDER BY sp.r`,
    );
  });
  await withoutIndexes(db, ['share_metric_snapshots'], async () => {
    await step(
      'X metrics snapshots',
      `INSERT INTO share_metric_snapshots (share_id, network, observed_at, impressions, reactions, comments, reposts,
                                           link_clicks, impressions_delta, engagements_delta)
       SELECT sp.share_id, 'x', sp.published_at + rd.wait, floor(sp.imp * rd.f), floor(sp.eng * rd.f * 0.7),
              floor(sp.eng * rd.f * 0.2), floor(sp.eng * rd.f) - floor(sp.eng * rd.f * 0.7) - floor(sp.eng * rd.f * 0.2),
              floor(sp.imp * rd.f * 0.012), floor(sp.imp * rd.f) - floor(sp.imp * rd.fprev),
              floor(sp.eng * rd.f) - floor(sp.eng * rd.fprev)
         FROM bench_sp AS sp CROSS JOIN reads rd CROSS JOIN bench_year y
        WHERE sp.network = 'x' AND sp.published_at + rd.wait <= y.now
        ORDER BY sp.published_at + rd.wait`,
    );
  });
  await step(
    'metric poll states',
    `INSERT INTO share_metric_states (share_id, status, next_poll_at, polls, last_polled_at, last_error)
     SELECT sp.share_id,
            CASE WHEN sp.network = 'linkedin' THEN 'unavailable' WHEN sp.published_at + interval '7 days' <= y.now THEN 'finished' ELSE 'active' END,
            CASE WHEN sp.network = 'x' AND sp.published_at + interval '7 days' > y.now THEN sp.published_at + interval '7 days' END,
            CASE WHEN sp.network = 'x' THEN (SELECT count(*) FROM reads WHERE sp.published_at + wait <= y.now) ELSE 0 END,
            CASE WHEN sp.network = 'x' THEN sp.published_at + (SELECT max(wait) FROM reads WHERE sp.published_at + wait <= y.now) END,
            CASE WHEN sp.network = 'linkedin' THEN 'LinkedIn does not report metrics to self-serve apps' END
       FROM bench_sp AS sp, bench_year y`,
  );

  // Clicks, in time order: a click time, then a share published shortly before it (exponential delay, mean
  // 1.5 days; bots — link previewers — within minutes), picked among 64 neighbouring shares with a strong
  // skew so that a few posts take many clicks. Humans: 18 % come back to the same link the same day (three
  // returning visitors per link and day); bots are ~40 crawlers a day across all links.
  // Two sessions (the machine's two cores) take the chunks in turn; each chunk has its own seed.
  await withoutIndexes(db, ['link_clicks'], async () => {
    const perChunk = Math.ceil(CLICKS / CLICK_CHUNKS);
    const started = Date.now();
    let next = 0;
    let done = 0;
    const second = await loadingSession(url);
    const worker = async (session: Client) => {
      for (let chunk = next++; chunk < CLICK_CHUNKS; chunk = next++) {
        const amount = Math.min(perChunk, CLICKS - chunk * perChunk);
        await session.query(`SELECT setseed($1)`, [chunk / CLICK_CHUNKS]);
        await session.query(
          `WITH raw AS MATERIALIZED (
           SELECT g, y.start_e + y.span_e * ((${chunk} + random()) / ${CLICK_CHUNKS}) AS t, random() < 0.08 AS bot,
                  random() AS d, random() AS pick, random() AS back, random() AS ref, random() AS late
             FROM generate_series(1, ${amount}) g, bench_year y
         ), picked AS (
           SELECT p.*, least(${SHARES}, greatest(1, p.r0 - (p.r0 - 1) % 64 + floor(64 * power(p.pick, 3))::int)) AS r
             FROM (SELECT raw.*, greatest(1, least(${SHARES}, 1 + floor(
                            (raw.t - y.start_e - CASE WHEN raw.bot THEN raw.d * 600
                                                      ELSE least(-ln(1 - raw.d) * 129600, (raw.t - y.start_e) * raw.d) END)
                            / y.span_e * ${SHARES})::int)) AS r0
                     FROM raw, bench_year y) p
         ), clicks AS (
           SELECT c.g, c.bot, c.back, c.ref, sp.share_id, sp.link_id, sp.network,
                  least(y.now_e, greatest(c.t, sp.pub_e + c.late * 300)) AS at
             FROM picked c JOIN bench_sp sp ON sp.r = c.r, bench_year y
         )
         INSERT INTO link_clicks (link_id, share_id, network, clicked_at, referrer_host, is_bot, visitor_key)
         SELECT link_id, share_id, network, to_timestamp(at),
                CASE WHEN bot OR ref < 0.3 THEN NULL WHEN network = 'x' THEN 't.co' WHEN ref < 0.6 THEN 'lnkd.in' ELSE 'www.linkedin.com' END,
                bot,
                encode(sha256(convert_to(
                  CASE WHEN bot THEN 'bot:' || floor(at / 86400)::int || ':' || floor(back * 40)::int
                       WHEN back < 0.18 THEN link_id || ':' || floor(at / 86400)::int || ':back' || floor(back * 100)::int % 3
                       ELSE link_id || ':${chunk}:' || g END, 'UTF8')), 'hex')
           FROM clicks ORDER BY at`,
        );
        done += amount;
        log(`  clicks: ${fmt(done)} of ${fmt(CLICKS)} (${fmt(Math.round(done / ((Date.now() - started) / 1000)))}/s)`);
      }
    };
    try {
      await Promise.all([worker(db), worker(second)]);
    } finally {
      await second.end();
    }
  });
}

/** The headline figures straight from the raw tables, as a report without rollups would compute them. */
const RAW_TOTALS = `
  WITH enrolled AS (
    SELECT u.id FROM users u
     WHERE u.status = 'active' AND u.roles @> '{advocate}'
       AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.user_id = u.id AND gm.group_id = $3))
  ), shared AS (
    SELECT count(*) AS shares, count(DISTINCT s.user_id) FILTER (WHERE s.user_id IN (SELECT id FROM enrolled)) AS active
      FROM shares s
     WHERE s.state = 'published' AND s.published_at >= $1 AND s.published_at < $2
       AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.user_id = s.user_id AND gm.group_id = $3))
  ), clicked AS (
    SELECT count(*) FILTER (WHERE NOT k.is_bot) AS clicks, count(*) FILTER (WHERE k.is_bot) AS bot_clicks
      FROM link_clicks k JOIN tracked_links l ON l.id = k.link_id
     WHERE k.clicked_at >= $1 AND k.clicked_at < $2
       AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.user_id = l.user_id AND gm.group_id = $3))
  ), uniques AS (
    SELECT coalesce(sum(n), 0) AS unique_clicks FROM (
      SELECT count(DISTINCT k.visitor_key) AS n
        FROM link_clicks k JOIN tracked_links l ON l.id = k.link_id
       WHERE NOT k.is_bot AND k.clicked_at >= $1 AND k.clicked_at < $2
         AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.user_id = l.user_id AND gm.group_id = $3))
       GROUP BY k.link_id, k.share_id, (k.clicked_at AT TIME ZONE 'UTC')::date) per_link_day
  ), measured AS (
    SELECT coalesce(sum(m.impressions_delta), 0) AS impressions, coalesce(sum(m.engagements_delta), 0) AS engagements
      FROM share_metric_snapshots m JOIN shares s ON s.id = m.share_id
     WHERE m.observed_at >= $1 AND m.observed_at < $2
       AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.user_id = s.user_id AND gm.group_id = $3))
  )
  SELECT (SELECT count(*) FROM enrolled)::int AS enrolled, shared.active::int, shared.shares::int, clicked.clicks::int,
         uniques.unique_clicks::int, clicked.bot_clicks::int, measured.impressions::bigint, measured.engagements::bigint
    FROM shared, clicked, uniques, measured`;

interface Headline {
  enrolled: number;
  active: number;
  shares: number;
  clicks: number;
  uniqueClicks: number;
  botClicks: number;
  impressions: number | null;
  engagements: number | null;
}

interface Mix {
  name: string;
  query(i: number): string;
}

async function signIn(base: string, email: string): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const csrf = ((await csrfResponse.json()) as { token: string }).token;
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `XSRF-TOKEN=${csrf}`, 'x-xsrf-token': csrf },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${email}: ${response.status} ${await response.text()}`);
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('chorus_session='));
  if (!session) throw new Error(`sign-in as ${email} set no session cookie`);
  return `${session}; XSRF-TOKEN=${csrf}`;
}

/**
 * The organisation's network apps, entered by the admin as in production: X reads post metrics (within the
 * default read budget), LinkedIn is a self-serve app without them — so the reports show X impressions.
 */
async function configureNetworkApps(base: string): Promise<void> {
  const cookie = await signIn(base, ADMIN_EMAIL);
  const csrf = cookie.split('XSRF-TOKEN=')[1];
  const apps = {
    x: { clientId: 'bench-x-client', clientSecret: 'bench-x-secret' },
    linkedin: { clientId: 'bench-linkedin-client', clientSecret: 'bench-linkedin-secret', apiVersion: '202610' },
  };
  for (const [network, body] of Object.entries(apps)) {
    const response = await fetch(`${base}/api/admin/network-apps/${network}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie, 'x-xsrf-token': csrf },
      body: JSON.stringify(body),
    });
    if (response.status !== 200) throw new Error(`${network} app: ${response.status} ${await response.text()}`);
  }
}

async function main(): Promise<void> {
  const external = process.env['DATABASE_URL'];
  const services = external ? null : await startServices(dataDir(), log);
  const adminUrl = external ?? (services as NonNullable<typeof services>).postgres.adminUrl;
  const redisUrl = process.env['REDIS_URL'] ?? (services as NonNullable<typeof services>).redis.url;
  const database = `chorus_bench_${randomBytes(4).toString('hex')}`;
  await createDatabase(adminUrl, database);
  const url = databaseUrl(adminUrl, database);
  let dropping = false;
  const cleanUp = async () => {
    if (dropping) return;
    dropping = true;
    if (!process.env['BENCH_KEEP_DATABASE']) await dropDatabase(adminUrl, database).catch(() => undefined);
    else log(`kept database ${database}`);
    await services?.stop();
  };
  // A bench of many minutes gets interrupted: the throwaway database goes with it.
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
  try {
    const ds = await standaloneDataSource(url).initialize();
    await migrateWithLock(ds);
    const passwordHash = await new PasswordHasher().hash(PASSWORD);
    await ds.query(
      `INSERT INTO users (email, name, roles, status, password_hash)
       VALUES ($1, 'Bench Lead', '{lead}', 'active', $3), ($2, 'Bench Admin', '{admin}', 'active', $3)`,
      [LEAD_EMAIL, ADMIN_EMAIL, passwordHash],
    );

    log(
      `loading ${fmt(ADVOCATES)} advocates in ${GROUPS} groups, ${fmt(ITEMS)} items, ${fmt(SHARES)} shares and ${fmt(CLICKS)} clicks over ${DAYS} days (scale ${SCALE}) …`,
    );
    const loadStarted = Date.now();
    await load(url);
    const loaded = Date.now();
    log(`loaded in ${seconds(loadStarted)}`);
    await ds.query('VACUUM ANALYZE');
    log(`vacuum analyze: ${seconds(loaded)}`);
    const [counts] = await ds.query(
      `SELECT (SELECT count(*) FROM shares)::int AS shares, (SELECT count(*) FROM link_clicks)::int AS clicks,
              (SELECT count(*) FILTER (WHERE is_bot) FROM link_clicks)::int AS bots,
              (SELECT count(*) FROM tracked_links)::int AS links, (SELECT count(*) FROM share_metric_snapshots)::int AS snapshots,
              (SELECT count(*) FROM group_members)::int AS memberships,
              pg_size_pretty(pg_database_size(current_database())) AS size`,
    );
    log(
      `data: ${fmt(counts.shares)} shares, ${fmt(counts.links)} tracked links, ${fmt(counts.clicks)} clicks (${((100 * counts.bots) / counts.clicks).toFixed(1)} % bots), ${fmt(counts.snapshots)} X metrics snapshots, ${fmt(counts.memberships)} memberships; database ${counts.size}; load total ${seconds(loadStarted)}`,
    );

    const today = utcDay(new Date());
    const yearFrom = addDays(today, -DAYS);
    log(`rebuilding the rollups ${yearFrom} … ${today} …`);
    const rebuildStarted = Date.now();
    await new AnalyticsRollups(ds, new Clock()).rebuild(yearFrom, today);
    const rebuildMs = Date.now() - rebuildStarted;
    const [rolled] = await ds.query(
      `SELECT (SELECT count(*) FROM analytics_share_daily)::int AS share_days, (SELECT count(*) FROM analytics_advocate_daily)::int AS advocate_days`,
    );
    await ds.query('ANALYZE analytics_share_daily, analytics_advocate_daily');
    log(
      `rebuild: ${(rebuildMs / 1000).toFixed(1)} s for ${DAYS + 1} days (${fmt(rolled.share_days)} share-day rows, ${fmt(rolled.advocate_days)} advocate-day rows)`,
    );

    const groups: string[] = (await ds.query(`SELECT id FROM groups ORDER BY name`)).map((r: { id: string }) => r.id);
    const from30 = addDays(today, -29);
    const from90 = addDays(today, -89);
    const networks = ['linkedin', 'x'];
    const mixes: Mix[] = [
      { name: 'last 30 days', query: () => `from=${from30}&to=${today}` },
      { name: 'last 90 days', query: () => `from=${from90}&to=${today}` },
      { name: 'group, 30 days', query: (i) => `from=${from30}&to=${today}&groupId=${groups[i % groups.length]}` },
      { name: 'network, 30 days', query: (i) => `from=${from30}&to=${today}&network=${networks[i % 2]}` },
      {
        name: 'group + network, 90 days',
        query: (i) =>
          `from=${from90}&to=${today}&groupId=${groups[(i * 5) % groups.length]}&network=${networks[i % 2]}`,
      },
    ];
    const endpoints = ['dashboard', 'content', 'advocates'];

    const app = await startBenchApi(url, redisUrl, database);
    const times = new Map<string, number[]>();
    let api30: Headline | null = null;
    let apiGroup: Headline | null = null;
    try {
      await configureNetworkApps(app.url);
      const cookie = await signIn(app.url, LEAD_EMAIL);
      const get = async (path: string) => {
        const started = performance.now();
        const response = await fetch(`${app.url}${path}`, { headers: { cookie } });
        const body = await response.text();
        const ms = performance.now() - started;
        if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.slice(0, 300)}`);
        return { ms, body };
      };
      log(
        `measuring: ${endpoints.length} reports × ${mixes.length} filter mixes, ${WARMUP} warm-up + ${REQUESTS} requests each, as a lead over HTTP`,
      );
      const measureStarted = Date.now();
      for (let i = -WARMUP; i < REQUESTS; i++) {
        for (const endpoint of endpoints) {
          for (const mix of mixes) {
            const { ms } = await get(`/api/analytics/${endpoint}?${mix.query(Math.max(0, i))}`);
            if (i < 0) continue;
            const key = `${endpoint}|${mix.name}`;
            times.set(key, [...(times.get(key) ?? []), ms]);
          }
        }
        if ((i + 1) % 10 === 0) log(`  round ${i + 1} of ${REQUESTS} (${seconds(measureStarted)})`);
      }
      const headline = async (query: string): Promise<Headline> => {
        const body = JSON.parse((await get(`/api/analytics/dashboard?${query}`)).body);
        return { ...body.participation, ...body.totals };
      };
      api30 = await headline(mixes[0].query(0));
      apiGroup = await headline(mixes[2].query(0));
    } finally {
      await app.close();
    }

    // The baseline: the same headline figures from the raw tables, on the same (warm) database.
    const window = [new Date(`${from30}T00:00:00Z`), new Date(`${addDays(today, 1)}T00:00:00Z`)];
    const baselineTimes: Record<string, number[]> = { 'last 30 days': [], 'group, 30 days': [] };
    let raw30: Headline | null = null;
    let rawGroup: Headline | null = null;
    log(`baseline: headline figures from the raw tables, 1 warm-up + ${BASELINE_RUNS} runs per mix`);
    for (let i = -1; i < BASELINE_RUNS; i++) {
      for (const [name, group] of [
        ['last 30 days', null],
        ['group, 30 days', groups[0]],
      ] as const) {
        const started = performance.now();
        const [row] = await ds.query(RAW_TOTALS, [...window, group]);
        const ms = performance.now() - started;
        const figures: Headline = {
          enrolled: row.enrolled,
          active: row.active,
          shares: row.shares,
          clicks: row.clicks,
          uniqueClicks: row.unique_clicks,
          botClicks: row.bot_clicks,
          impressions: Number(row.impressions),
          engagements: Number(row.engagements),
        };
        if (group) rawGroup = figures;
        else raw30 = figures;
        if (i >= 0) baselineTimes[name].push(ms);
      }
    }
    await ds.destroy();

    log('results (ms, over HTTP, as the lead):');
    const all: number[] = [];
    for (const endpoint of endpoints) {
      const perEndpoint: number[] = [];
      for (const mix of mixes) {
        const values = times.get(`${endpoint}|${mix.name}`) ?? [];
        perEndpoint.push(...values);
        log(
          `  /api/analytics/${endpoint.padEnd(9)} ${mix.name.padEnd(26)} p50 ${percentile(values, 50).toFixed(1).padStart(7)}  p95 ${percentile(values, 95).toFixed(1).padStart(7)}`,
        );
      }
      all.push(...perEndpoint);
      log(
        `  /api/analytics/${endpoint.padEnd(9)} ${'all mixes'.padEnd(26)} p50 ${percentile(perEndpoint, 50).toFixed(1).padStart(7)}  p95 ${percentile(perEndpoint, 95).toFixed(1).padStart(7)}`,
      );
    }
    const p95 = percentile(all, 95);
    log(
      `  all dashboard queries (${all.length} requests): p50 ${percentile(all, 50).toFixed(1)}, p95 ${p95.toFixed(1)}`,
    );
    for (const [name, values] of Object.entries(baselineTimes)) {
      const rollup = times.get(`dashboard|${name}`) ?? [];
      log(
        `  raw tables, SQL only (${name}): p50 ${percentile(values, 50).toFixed(1)}, p95 ${percentile(values, 95).toFixed(1)}  vs /dashboard over HTTP p95 ${percentile(rollup, 95).toFixed(1)}`,
      );
    }
    const compare = (name: string, rollup: Headline | null, raw: Headline | null) => {
      if (!rollup || !raw) return;
      const keys: Array<keyof Headline> = [
        'enrolled',
        'active',
        'shares',
        'clicks',
        'uniqueClicks',
        'botClicks',
        'impressions',
        'engagements',
      ];
      const differ = keys.filter((k) => rollup[k] !== raw[k]);
      log(
        `  figures, ${name}: ${keys.map((k) => `${k} ${rollup[k] === raw[k] ? fmt(Number(rollup[k])) : `${fmt(Number(rollup[k]))} (raw ${fmt(Number(raw[k]))})`}`).join(', ')} — ${differ.length === 0 ? 'rollups and raw tables agree' : `differ in ${differ.join(', ')}`}`,
      );
    };
    compare('last 30 days', api30, raw30);
    compare('group, 30 days', apiGroup, rawGroup);
    process.stdout.write(
      `TARGET dashboard_p95: ${p95.toFixed(1)} ms (goal < ${GOAL_MS} ms) ${p95 < GOAL_MS ? 'met' : 'missed'}\n`,
    );
  } finally {
    await cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    // House rule: a bench reports, it does not fail the build; but a crash is not a measurement.
    process.exit(1);
  },
);
