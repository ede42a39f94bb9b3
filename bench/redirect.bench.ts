import { migrateWithLock } from '@chorus/server/core';
import { newCode } from '@chorus/server/links';
import { standaloneDataSource } from '@chorus/server/platform';
import { startBenchApi } from './bench-api';
import { createDatabase, databaseUrl, dataDir, dropDatabase, startServices } from '@chorus/tools';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * `npm run bench:redirect`: `GET /l/<code>` of the real API (1,000 links in a throwaway database, clicks
 * buffered and written to Postgres as in production) against a bare `node:http` server answering a fixed
 * 302, in the same run, in alternating rounds. The load comes from autocannon in a separate process, a fixed
 * number of requests per round (so every request sent is answered and can be counted); requests/s are
 * those of the whole run, so they include Postgres writing the clicks on the same machine. Ends with two
 * TARGET lines.
 */
const LINKS = 1000;
const USERS = 100;
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 100_000);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50);
const ROUNDS = 3;
const WARMUP_REQUESTS = 5000;
const GOAL_RATIO = 0.7;
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';

const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);

interface LoadRequest {
  url: string;
  paths: string[];
  amount: number;
}

interface LoadResult {
  sent: number;
  completed: number;
  redirects: number;
  other: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
}

/** The load generator: runs in a child process so that it does not share the servers' event loop. */
async function runLoad(request: LoadRequest): Promise<LoadResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const autocannon = require('autocannon') as (options: object) => Promise<Record<string, any>>;
  // Static requests (autocannon builds each once): every code, from 250 visitors behind a proxy (the API
  // trusts X-Forwarded-For), with a browser's user agent and LinkedIn as the referrer.
  // Each connection walks the list from its start: a random rotation spreads the rounds over all codes.
  const offset = Math.floor(Math.random() * request.paths.length);
  const paths = [...request.paths.slice(offset), ...request.paths.slice(0, offset)];
  const requests = paths.map((path, i) => ({
    method: 'GET',
    path,
    headers: { 'user-agent': UA, referer: 'https://www.linkedin.com/', 'x-forwarded-for': `198.51.100.${i % 250}` },
  }));
  const result = await autocannon({
    url: request.url,
    connections: CONNECTIONS,
    amount: request.amount,
    timeout: 10,
    requests,
  });
  const redirects = Number(result['statusCodeStats']?.['302']?.count ?? 0);
  const completed = Number(result['requests'].total);
  return {
    sent: Number(result['requests'].sent),
    completed,
    redirects,
    other: completed - redirects,
    errors: Number(result['errors']),
    seconds: Number(result['duration']),
    rps: completed / Number(result['duration']),
    p50: Number(result['latency'].p50),
    p99: Number(result['latency'].p99),
  };
}

/** All rounds together: requests/s over the total time, the median p50 and p99 of the rounds. */
function summary(rounds: LoadResult[]): LoadResult {
  const sum = (f: (r: LoadResult) => number) => rounds.reduce((total, r) => total + f(r), 0);
  const median = (f: (r: LoadResult) => number) => rounds.map(f).sort((a, b) => a - b)[Math.floor(rounds.length / 2)];
  return {
    sent: sum((r) => r.sent),
    completed: sum((r) => r.completed),
    redirects: sum((r) => r.redirects),
    other: sum((r) => r.other),
    errors: sum((r) => r.errors),
    seconds: sum((r) => r.seconds),
    rps: sum((r) => r.completed) / sum((r) => r.seconds),
    p50: median((r) => r.p50),
    p99: median((r) => r.p99),
  };
}

function load(request: LoadRequest): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--load'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (message) => resolve(message as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load generator exited with ${code}`))));
    child.send(request);
  });
}

/** The baseline: the least a server can do for a redirect. */
function bareServer(location: string): Promise<Server> {
  const server = createServer((_req, res) => {
    res.writeHead(302, { location, 'cache-control': 'no-store' });
    res.end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
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
    await ds.query(
      `INSERT INTO users (email, name, roles, status) SELECT 'bench' || u || '@chorus.test', 'Bench ' || u, '{advocate}', 'active' FROM generate_series(1, ${USERS}) u`,
    );
    await ds.query(
      `INSERT INTO content_items (origin, state, title, url)
       SELECT 'curator', 'approved', 'Bench item ' || i || ': cloud security lessons', 'https://bench.example.com/items/' || i || '?ref=feed'
         FROM generate_series(1, ${LINKS / 10}) i`,
    );
    const users: string[] = (await ds.query(`SELECT id FROM users`)).map((r: { id: string }) => r.id);
    const items: Array<{ id: string; url: string }> = await ds.query(`SELECT id, url FROM content_items`);
    const codes: string[] = [];
    for (let i = 0; i < LINKS; i++) {
      const item = items[i % items.length];
      const code = newCode();
      codes.push(code);
      await ds.query(
        `INSERT INTO tracked_links (code, user_id, content_item_id, network, target_url) VALUES ($1, $2, $3, $4, $5)`,
        [code, users[Math.floor(i / items.length) % users.length], item.id, i % 2 ? 'x' : 'linkedin', item.url],
      );
    }
    log(`seeded ${LINKS} links`);

    const app = await startBenchApi(url, redisUrl, database);
    const chorusUrl = app.url;
    const paths = codes.map((c) => `/l/${c}`);
    const sample = await fetch(`${chorusUrl}${paths[0]}`, { redirect: 'manual', headers: { 'user-agent': UA } });
    const location = sample.headers.get('location') ?? '';
    if (sample.status !== 302 || !location) throw new Error(`/l/<code> answered ${sample.status}`);
    log(`sample: ${paths[0]} → 302 ${location}`);
    const bare = await bareServer(location);
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

    // Rounds alternate between the two servers, so that whatever else the machine does hits both alike.
    const baseline: LoadResult[] = [];
    const chorus: LoadResult[] = [];
    let sentToChorus = 1;
    try {
      log(`warm-up: ${WARMUP_REQUESTS} requests to each`);
      await load({ url: bareUrl, paths, amount: WARMUP_REQUESTS });
      sentToChorus += (await load({ url: chorusUrl, paths, amount: WARMUP_REQUESTS })).sent;
      const perRound = Math.ceil(REQUESTS / ROUNDS);
      log(`measuring: ${ROUNDS} rounds of ${perRound} requests over ${CONNECTIONS} connections to each server`);
      for (let round = 1; round <= ROUNDS; round++) {
        baseline.push(await load({ url: bareUrl, paths, amount: perRound }));
        chorus.push(await load({ url: chorusUrl, paths, amount: perRound }));
        sentToChorus += chorus[chorus.length - 1].sent;
        log(
          `  round ${round}: bare ${baseline[round - 1].rps.toFixed(0)} req/s, chorus ${chorus[round - 1].rps.toFixed(0)} req/s`,
        );
      }
    } finally {
      bare.close();
      // A clean shutdown writes the clicks still buffered.
      await app.close();
    }
    const [{ count: recorded }] = await ds.query(`SELECT count(*)::int AS count FROM link_clicks`);
    const [{ bots, visitors }] = await ds.query(
      `SELECT count(*) FILTER (WHERE is_bot)::int AS bots, count(DISTINCT visitor_key)::int AS visitors FROM link_clicks`,
    );
    await ds.destroy();

    const line = (name: string, rounds: LoadResult[]) => {
      const r = summary(rounds);
      log(
        `${name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms (median of rounds; ${r.completed} answered in ${r.seconds.toFixed(1)} s, ${r.redirects} × 302, ${r.other} other, ${r.errors} errors)`,
      );
      return r;
    };
    const base = line('bare node:http 302', baseline);
    const ours = line('chorus /l/<code>  ', chorus);
    const ratio = ours.rps / base.rps;
    log(`ratio: ${ratio.toFixed(2)} of the bare server's requests/s; p99 ${ours.p99} ms vs ${base.p99} ms`);
    log(
      `clicks: ${recorded} rows for ${sentToChorus} requests to /l/<code> (${bots} bots, ${visitors} distinct visitor keys)`,
    );
    const allAnswered = ours.redirects === ours.sent && ours.errors === 0;
    if (!allAnswered) log(`not every request was answered with a 302: ${ours.redirects} of ${ours.sent}`);
    process.stdout.write(
      `TARGET redirect-throughput-ratio: ${ratio.toFixed(2)} (goal >= ${GOAL_RATIO.toFixed(2)}) ${ratio >= GOAL_RATIO ? 'met' : 'missed'}\n`,
    );
    process.stdout.write(
      `TARGET redirect-clicks-recorded: ${recorded} of ${sentToChorus} (goal all) ${recorded === sentToChorus && allAnswered ? 'met' : 'missed'}\n`,
    );
  } finally {
    if (!process.env['BENCH_KEEP_DATABASE']) await dropDatabase(adminUrl, database).catch(() => undefined);
    else log(`kept database ${database}`);
    await services?.stop();
  }
}

if (process.argv[2] === '--load') {
  process.once('message', (request) => {
    runLoad(request as LoadRequest).then(
      (result) => process.send?.(result, () => process.exit(0)),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
} else {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      // House rule: a bench reports, it does not fail the build; but a crash is not a measurement.
      process.exit(1);
    },
  );
}
