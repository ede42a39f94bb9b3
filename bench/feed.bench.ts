import { migrateWithLock } from '@chorus/server/core';
import { standaloneDataSource } from '@chorus/server/platform';
import { startBenchApi } from './bench-api';
import { createDatabase, databaseUrl, dataDir, dropDatabase, startServices } from '@chorus/tools';
import { randomBytes } from 'node:crypto';

/**
 * `npm run bench:feed`: 100,000 approved items and 10,000 users in a throwaway database, the real API on a
 * free port, feed requests for random users over HTTP beside /api/health/live. Ends with one TARGET line.
 */
const ITEMS = 100_000;
const USERS = 10_000;
const GROUPS = 20;
const TOPICS = 12;
const REQUESTS = Number(process.env["BENCH_REQUESTS"] ?? 400);
const GOAL_MS = 50;

const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const external = process.env['DATABASE_URL'];
  const services = external ? null : await startServices(dataDir(), log);
  const adminUrl = external ?? (services as NonNullable<typeof services>).postgres.adminUrl;
  const redisUrl = process.env['REDIS_URL'] ?? (services as NonNullable<typeof services>).redis.url;
  const database = `chorus_bench_${randomBytes(4).toString('hex')}`;
  await createDatabase(adminUrl, database);
  const url = databaseUrl(adminUrl, database);
  try {
    const ds = await standaloneDataSource(url).initialize();
    await migrateWithLock(ds);
    log(`seeding ${ITEMS} items and ${USERS} users …`);
    const started = Date.now();
    await ds.query(`INSERT INTO groups (name, description) SELECT 'Group ' || g, '' FROM generate_series(1, ${GROUPS}) g`);
    await ds.query(`INSERT INTO topics (name) SELECT 'Topic ' || t FROM generate_series(1, ${TOPICS}) t`);
    await ds.query(
      `INSERT INTO users (email, name, roles, status) SELECT 'bench' || u || '@chorus.test', 'Bench ' || u, '{advocate}', 'active' FROM generate_series(1, ${USERS}) u`,
    );
    await ds.query(`INSERT INTO group_members (group_id, user_id)
      SELECT DISTINCT g.id, u.id FROM users u CROSS JOIN generate_series(1, 2) n CROSS JOIN LATERAL (
        SELECT id FROM groups ORDER BY md5(u.id::text || n::text) LIMIT 1) g`);
    const words = ['cloud', 'security', 'customer', 'platform', 'migration', 'analytics', 'Sicherheit', 'Kunden', 'Rechenzentrum', 'Plattform', 'klant', 'beveiliging'];
    await ds.query(
      `INSERT INTO content_items (origin, state, title, summary, language, topic_ids, audience_ids, featured, approved_at, feed_at, publish_at, expires_at, suggested_texts, canonical_url)
       SELECT 'curator', 'approved',
              'Item ' || i || ' about ' || (ARRAY[${words.map((w) => `'${w}'`).join(',')}])[1 + i % ${words.length}],
              'Summary ' || i || ' on ' || (ARRAY[${words.map((w) => `'${w}'`).join(',')}])[1 + (i * 7) % ${words.length}],
              (ARRAY['en','de','nl','fr','es'])[1 + i % 5],
              ARRAY[(SELECT id FROM topics ORDER BY name OFFSET i % ${TOPICS} LIMIT 1)],
              CASE WHEN i % 3 = 0 THEN ARRAY[(SELECT id FROM groups ORDER BY name OFFSET i % ${GROUPS} LIMIT 1)] ELSE '{}'::uuid[] END,
              i % 500 = 0,
              now() - (i || ' minutes')::interval,
              CASE WHEN i % 50 = 0 THEN now() + interval '1 day' ELSE now() - (i || ' minutes')::interval END,
              CASE WHEN i % 50 = 0 THEN now() + interval '1 day' END,
              CASE WHEN i % 40 = 0 THEN now() - interval '1 minute' END,
              '[{"id":"00000000-0000-4000-8000-000000000001","network":"linkedin","text":"Read this"}]',
              'https://bench.example.com/items/' || i
         FROM generate_series(1, ${ITEMS}) i`,
    );
    await ds.query('ANALYZE');
    log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const userIds: string[] = (await ds.query(`SELECT id FROM users`)).map((r: { id: string }) => r.id);
    const topicIds: string[] = (await ds.query(`SELECT id FROM topics`)).map((r: { id: string }) => r.id);
    await ds.destroy();

    const app = await startBenchApi(url, redisUrl, database);
    const base = app.url;
    try {
      // Sessions are made directly (the login path hashes passwords with argon2, which is not what we measure).
      const sessionCookies = await makeSessions(url, userIds.slice(0, 200));
      const feedTimes: number[] = [];
      const byVariant: number[][] = [];
      const healthTimes: number[] = [];
      const time = async (path: string, cookie?: string) => {
        const t = performance.now();
        const response = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.slice(0, 200)}`);
        return { ms: performance.now() - t, body };
      };
      for (let i = 0; i < 20; i++) await time('/api/health/live');
      for (let i = 0; i < REQUESTS; i++) {
        const cookie = sessionCookies[i % sessionCookies.length];
        const variant = i % 4;
        const topic = topicIds[i % topicIds.length];
        let path = '/api/feed?limit=20';
        if (variant === 1) path += `&topicId=${topic}`;
        if (variant === 2) path += `&q=${encodeURIComponent(words[i % words.length])}`;
        const first = await time(path, cookie);
        feedTimes.push(first.ms);
        (byVariant[variant] ??= []).push(first.ms);
        if (variant === 3) {
          let cursor = JSON.parse(first.body).nextCursor as string;
          for (let p = 0; p < 3 && cursor; p++) {
            const later = await time(`${path}&cursor=${encodeURIComponent(cursor)}`, cookie);
            cursor = JSON.parse(later.body).nextCursor;
            if (p === 2) {
              feedTimes.push(later.ms);
              (byVariant[4] ??= []).push(later.ms);
            }
          }
        }
        healthTimes.push((await time('/api/health/live')).ms);
      }
      const p95 = percentile(feedTimes, 95);
      ['first page', 'topicId', 'q', 'first page (paged)', 'fourth page'].forEach((name, v) =>
        log(`  ${name}: p50 ${percentile(byVariant[v] ?? [0], 50).toFixed(1)} ms, p95 ${percentile(byVariant[v] ?? [0], 95).toFixed(1)} ms`),
      );
      log(`feed:   ${feedTimes.length} requests, p50 ${percentile(feedTimes, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
      log(`health: ${healthTimes.length} requests, p50 ${percentile(healthTimes, 50).toFixed(1)} ms, p95 ${percentile(healthTimes, 95).toFixed(1)} ms`);
      process.stdout.write(`TARGET feed-p95: ${p95.toFixed(1)} ms (goal < ${GOAL_MS} ms) ${p95 < GOAL_MS ? 'met' : 'missed'}\n`);
    } finally {
      await app.close();
    }
  } finally {
    if (!process.env['BENCH_KEEP_DATABASE']) await dropDatabase(adminUrl, database).catch(() => undefined);
    else log(`kept database ${database}`);
    await services?.stop();
  }
}

/** Session rows as the identity library stores them: the cookie carries the token, the row its SHA-256. */
async function makeSessions(url: string, userIds: string[]): Promise<string[]> {
  const { createHash } = await import('node:crypto');
  const ds = await standaloneDataSource(url).initialize();
  const cookies: string[] = [];
  for (const userId of userIds) {
    const token = randomBytes(32).toString('base64url');
    await ds.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
      userId,
      createHash('sha256').update(token).digest('hex'),
    ]);
    cookies.push(`chorus_session=${token}`);
  }
  await ds.destroy();
  return cookies;
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
