import { Clock, loadConfig, migrateWithLock, parseEncryptionKeys, SecretBox } from '@chorus/server/core';
import { seedSandboxNetworkApps } from '@chorus/server/demo';
import { installDefaultRuleSet } from '@chorus/server/guidelines';
import { newCode } from '@chorus/server/links';
import { createApi, standaloneDataSource } from '@chorus/server/platform';
import { ShareDispatcher } from '@chorus/server/publishing';
import { SandboxPost, SandboxProcess, startSandboxProcess } from '@chorus/server/testing';
import {
  AppProcess,
  createDatabase,
  databaseUrl,
  dataDir,
  dropDatabase,
  freePort,
  REPO_ROOT,
  spawnApp,
  startServices,
} from '@chorus/tools';
import Bull from 'bull';
import Redis from 'ioredis';
import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, WriteStream } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DataSource } from 'typeorm';
import { CpuGroups, cpuUse, CpuUse, describeCpu, findProcesses, snapshot } from './publish-cpu';
import { connectAdvocates, linkCodeOf, Network, percentile, pool, rng, shareText } from './publish-fixtures';

/**
 * `npm run bench:publish`: 10,000 shares of 1,000 advocates (5 on LinkedIn and 5 on X each, so no
 * advocate comes near X's 100 posts / 15 min or LinkedIn's daily quota) fall due within one minute. Two
 * real worker processes publish them to the sandbox; one is SIGKILLed once 30 % are published. Counted
 * from Postgres and from the sandbox's own record of posts: published, duplicates, lost, outcome_unknown
 * (and how each was settled), lateness and throughput — beside the same 10,000 jobs with the same delays
 * through a Bull processor that does nothing (two processes, one killed at 30 % as well), in the same run.
 */
const ADVOCATES = Number(process.env['BENCH_ADVOCATES'] ?? 1000);
const PER_NETWORK = 5;
const ITEMS = 10;
const WINDOW_MS = 60_000;
const LEAD_MS = Number(process.env['BENCH_LEAD_SECONDS'] ?? 25) * 1000;
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 50);
const KILL_FRACTION = 0.3;
const SETTLE_MS = Number(process.env['BENCH_SETTLE_SECONDS'] ?? 240) * 1000;
const GOAL_P99_S = 5;
const PUBLIC_URL = 'https://chorus.bench.example';
const WORKER_ENV = {
  PUBLISH_CONCURRENCY: String(CONCURRENCY),
  // The lease must outlast the slowest live publish (the worker warns below 4 × NETWORK_TIMEOUT_MS); the
  // sandbox answers on loopback in milliseconds, so a 3 s network timeout allows a 15 s lease.
  NETWORK_TIMEOUT_MS: '3000',
  PUBLISH_LEASE_SECONDS: '15',
  PUBLISH_RECONCILE_INTERVAL_SECONDS: '2',
  PUBLISH_RESOLVE_DELAY_SECONDS: '2',
};

const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface PlannedShare {
  userId: string;
  accountId: string;
  network: Network;
  itemId: string;
  linkId: string;
  code: string;
  text: string;
  offsetMs: number;
}

interface RunReport {
  jobs: number;
  done: number;
  duplicates: number | null;
  lost: number;
  unknown: string;
  failed: number;
  lateness: number[];
  /** Completions per second between the 10th and the 90th percentile completion (tails left out). */
  throughput: number;
  /** From the last job's due time to the last completion. */
  drainMs: number;
  killed: string;
  /** CPU from the first due time until worker A was killed (both workers running). */
  cpu: string;
  cpuPerUnitMs: number | null;
}

/** Steady-state rate: the middle 80 % of completions over the time they took. */
function steadyThroughput(finishedAt: number[]): number {
  const sorted = [...finishedAt].sort((a, b) => a - b);
  const from = sorted[Math.floor(sorted.length * 0.1)];
  const to = sorted[Math.floor(sorted.length * 0.9)];
  return to > from ? (Math.floor(sorted.length * 0.9) - Math.floor(sorted.length * 0.1)) / ((to - from) / 1000) : NaN;
}

function workersCpuMs(use: CpuUse | null, units: number): number | null {
  if (!use || units === 0) return null;
  const seconds = Object.entries(use.bySeconds)
    .filter(([group]) => group.startsWith('worker'))
    .reduce((sum, [, value]) => sum + value, 0);
  return (seconds * 1000) / units;
}

async function main(): Promise<void> {
  const external = process.env['DATABASE_URL'];
  const services = external && process.env['REDIS_URL'] ? null : await startServices(dataDir(), log);
  const adminUrl = external ?? (services as NonNullable<typeof services>).postgres.adminUrl;
  const redisUrl = process.env['REDIS_URL'] ?? (services as NonNullable<typeof services>).redis.url;
  const database = `chorus_bench_${randomBytes(4).toString('hex')}`;
  const prefix = database;
  const logDir = mkdtempSync(join(tmpdir(), 'chorus-bench-publish-'));
  const secrets = {
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
  };
  const now = new Date();
  const previousMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const linkedInVersion = `${previousMonth.getUTCFullYear()}${String(previousMonth.getUTCMonth() + 1).padStart(2, '0')}`;
  await createDatabase(adminUrl, database);
  const url = databaseUrl(adminUrl, database);
  const cleanups: Array<() => Promise<unknown>> = [];
  try {
    const ds = await standaloneDataSource(url).initialize();
    cleanups.push(() => ds.destroy());
    await migrateWithLock(ds);
    const sandbox = await startSandboxProcess();
    cleanups.push(() => sandbox.stop());
    log(`sandbox on ${sandbox.url}; worker and baseline logs in ${logDir}`);
    log(
      `${ADVOCATES} advocates × ${PER_NETWORK} LinkedIn + ${PER_NETWORK} X shares due within ${WINDOW_MS / 1000} s, starting ${LEAD_MS / 1000} s after the workers are up; ` +
        `2 workers, ${Object.entries(WORKER_ENV).map(([k, v]) => `${k}=${v}`).join(' ')}; worker A SIGKILLed at ${KILL_FRACTION * 100} % done`,
    );

    const plan = await seed(ds, sandbox, secrets.ENCRYPTION_KEYS, linkedInVersion);

    const baseline = await runBaseline(redisUrl, prefix, plan, logDir);

    const env: Record<string, string> = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      DATABASE_URL: url,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: prefix,
      ...secrets,
      PUBLIC_URL,
      NETWORK_SANDBOX_PORT: String(sandbox.httpPort),
      SMTP_URL: `smtp://127.0.0.1:${sandbox.smtpPort}`,
      MAIL_LOG_CONTENT: 'false',
      MIGRATE_ON_START: 'false',
      LINKEDIN_DEFAULT_VERSION: linkedInVersion,
      ...WORKER_ENV,
    };
    const publish = await runPublish(ds, sandbox, env, plan, logDir, cleanups);

    printReport(publish, baseline);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    await deleteQueueKeys(redisUrl, prefix).catch(() => undefined);
    if (!process.env['BENCH_KEEP_DATABASE']) await dropDatabase(adminUrl, database).catch(() => undefined);
    else log(`kept database ${database}`);
    await services?.stop();
  }
}

/** Org, advocates with connected accounts, items and tracked links; the shares themselves come later. */
async function seed(
  ds: DataSource,
  sandbox: SandboxProcess,
  encryptionKeys: string,
  linkedInVersion: string,
): Promise<PlannedShare[]> {
  const started = Date.now();
  const box = new SecretBox(parseEncryptionKeys(encryptionKeys));
  await seedSandboxNetworkApps(ds, box, linkedInVersion);
  // The default guidelines pack, as any organisation has it after its first check.
  await ds.transaction((manager) => installDefaultRuleSet(manager));
  const users: Array<{ id: string; name: string }> = await ds.query(
    `INSERT INTO users (email, name, roles, status)
     SELECT 'advocate' || lpad(u::text, 4, '0') || '@bench.example', 'Advocate ' || lpad(u::text, 4, '0'), '{advocate}', 'active'
       FROM generate_series(1, ${ADVOCATES}) u ORDER BY u RETURNING id, name`,
  );
  const items: Array<{ id: string; canonical_url: string }> = await ds.query(
    `INSERT INTO content_items (origin, state, title, summary, language, featured, approved_at, feed_at, suggested_texts, url, canonical_url)
     SELECT 'curator', 'approved', 'Launch story ' || i, 'What we shipped this week, part ' || i, 'en', false, now(), now(),
            jsonb_build_array(jsonb_build_object('id', gen_random_uuid(), 'network', 'linkedin', 'text', 'Proud of part ' || i || ' of our launch #employee')),
            'https://www.example.com/news/launch-' || i, 'https://www.example.com/news/launch-' || i
       FROM generate_series(1, ${ITEMS}) i ORDER BY i RETURNING id, canonical_url`,
  );
  log(`connecting ${users.length} advocates to LinkedIn and X through the sandbox's OAuth …`);
  const connected = await connectAdvocates(ds, box, sandbox, users, linkedInVersion);

  const random = rng(20261125);
  const drafts: Array<Omit<PlannedShare, 'linkId' | 'offsetMs'>> = [];
  connected.forEach((advocate, u) => {
    for (let k = 0; k < PER_NETWORK; k++) {
      const item = items[(u + k) % ITEMS];
      for (const network of ['linkedin', 'x'] as const) {
        drafts.push({
          userId: advocate.userId,
          accountId: advocate.accounts[network],
          network,
          itemId: item.id,
          code: newCode(),
          text: shareText(random),
        });
      }
    }
  });
  const linkIds = new Map<string, string>();
  for (let start = 0; start < drafts.length; start += 2000) {
    const chunk = drafts.slice(start, start + 2000);
    const rows: Array<{ id: string; code: string }> = await ds.query(
      `INSERT INTO tracked_links (code, user_id, content_item_id, network, target_url)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[], $5::text[]) RETURNING id, code`,
      [
        chunk.map((d) => d.code),
        chunk.map((d) => d.userId),
        chunk.map((d) => d.itemId),
        chunk.map((d) => d.network),
        chunk.map((d) => items.find((i) => i.id === d.itemId)?.canonical_url ?? ''),
      ],
    );
    for (const row of rows) linkIds.set(row.code, row.id);
  }
  // Shuffled, then spread evenly over the minute: every advocate's ten posts land somewhere in it.
  const order = drafts.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const plan = order.map((index, position) => ({
    ...drafts[index],
    linkId: linkIds.get(drafts[index].code) as string,
    offsetMs: Math.floor((position * WINDOW_MS) / order.length),
  }));
  await ds.query('ANALYZE');
  log(`seeded ${users.length} advocates, ${users.length * 2} connected accounts, ${plan.length} tracked links in ${seconds(Date.now() - started)}`);
  return plan;
}

/** The same jobs, same delays, through a processor that does nothing: what Bull alone costs. */
async function runBaseline(redisUrl: string, prefix: string, plan: PlannedShare[], logDir: string): Promise<RunReport> {
  const names: Record<Network, string> = { linkedin: 'bench-noop-linkedin', x: 'bench-noop-x' };
  const queues: Record<Network, Bull.Queue> = {
    linkedin: new Bull(names.linkedin, redisUrl, { prefix }),
    x: new Bull(names.x, redisUrl, { prefix }),
  };
  const workers = [0, 1].map((n) => spawnBaselineWorker(n, redisUrl, prefix, Object.values(names), logDir));
  try {
    await Promise.all(workers.map((w) => w.ready));
    const t0 = Date.now() + LEAD_MS;
    const lastDue = t0 + plan[plan.length - 1].offsetMs;
    await pool(plan, 200, async (share, j) => {
      const dueAt = t0 + share.offsetMs;
      await queues[share.network].add(
        'publish',
        { j, dueAt },
        // The publish jobs' options, except that completed jobs stay so their timestamps can be read.
        { jobId: `baseline-${j}-0`, delay: Math.max(0, dueAt - Date.now()), attempts: 1, removeOnComplete: false, removeOnFail: false },
      );
    });
    log(`baseline: ${plan.length} no-op jobs enqueued; first due in ${seconds(t0 - Date.now())}`);
    const groups: CpuGroups = {
      'worker A': [workers[0].child.pid as number],
      'worker B': [workers[1].child.pid as number],
      'redis-server (shared)': findProcesses((cmd) => cmd.startsWith('redis-server')),
      bench: [process.pid],
    };
    await sleep(Math.max(0, t0 - Date.now()));
    const cpuFrom = snapshot(groups);
    let cpu: CpuUse | null = null;
    let cpuUnits = 0;
    let killed = '-';
    const deadline = lastDue + SETTLE_MS;
    let lastProgress = 0;
    while (Date.now() < deadline) {
      const counts = await Promise.all(Object.values(queues).map((q) => q.getJobCounts()));
      const completed = counts.reduce((sum, c) => sum + c.completed, 0);
      const failed = counts.reduce((sum, c) => sum + c.failed, 0);
      if (killed === '-' && completed >= KILL_FRACTION * plan.length) {
        cpu = cpuUse(groups, cpuFrom, snapshot(groups));
        cpuUnits = completed;
        workers[0].child.kill('SIGKILL');
        killed = `at ${completed} completed (t0+${seconds(Date.now() - t0)})`;
        log(`baseline: SIGKILLed worker A ${killed}`);
      }
      if (Date.now() - lastProgress > 10_000) {
        lastProgress = Date.now();
        log(`baseline: t0${Date.now() >= t0 ? '+' : '-'}${seconds(Math.abs(Date.now() - t0))} completed ${completed}, failed ${failed}`);
      }
      if (completed + failed >= plan.length) break;
      await sleep(250);
    }
    const jobs = (await Promise.all(Object.values(queues).map((q) => q.getCompleted(0, -1)))).flat();
    const failedJobs = (await Promise.all(Object.values(queues).map((q) => q.getFailed(0, -1)))).flat();
    const lateness = jobs.map((job) => ((job.processedOn ?? 0) - (job.data as { dueAt: number }).dueAt) / 1000);
    const finished = jobs.map((job) => job.finishedOn ?? 0);
    const unique = new Set(jobs.map((job) => job.id)).size;
    return {
      jobs: plan.length,
      done: unique,
      duplicates: null,
      lost: plan.length - unique - failedJobs.length,
      unknown: 'n/a',
      failed: failedJobs.length,
      lateness,
      throughput: steadyThroughput(finished),
      drainMs: Math.max(...finished) - lastDue,
      killed,
      cpu: describeCpu(cpu, cpuUnits, 'jobs'),
      cpuPerUnitMs: workersCpuMs(cpu, cpuUnits),
    };
  } finally {
    for (const worker of workers) await worker.stop();
    await Promise.all(Object.values(queues).map((q) => q.close()));
  }
}

function spawnBaselineWorker(n: number, redisUrl: string, prefix: string, queues: string[], logDir: string) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'bench/publish-baseline-worker.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: 'tsconfig.node.json',
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: prefix,
      PUBLISH_CONCURRENCY: String(CONCURRENCY),
      BASELINE_QUEUES: queues.join(','),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(join(logDir, `baseline-${'AB'[n]}.log`));
  const ready = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`baseline worker exited with ${code} before it was ready`)));
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        out.write(`${line}\n`);
        if (line === 'BASELINE_READY') resolve();
      });
    }
  });
  return { child, ready, stop: () => stopChild(child).finally(() => out.end()) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
  await exited;
  clearTimeout(timer);
}

interface WorkerHandle {
  app: AppProcess;
  log: WriteStream;
  problems: Map<string, number>;
  /** Sums of the reconciler's per-pass report (it logs a pass that changed anything). */
  reconciled: { passes: number; recreated: number; promoted: number; leasesExpired: number; resolvesQueued: number };
}

function startWorker(name: string, env: Record<string, string>, logDir: string, healthPort: number): WorkerHandle {
  const out = createWriteStream(join(logDir, `worker-${name}.log`));
  const problems = new Map<string, number>();
  const reconciled = { passes: 0, recreated: 0, promoted: 0, leasesExpired: 0, resolvesQueued: 0 };
  const app = spawnApp('worker', {
    env: { ...env, WORKER_HEALTH_PORT: String(healthPort) },
    output: (_name, line) => {
      out.write(`${line}\n`);
      if (line.includes('"msg":"reconciled shares"')) {
        const report = JSON.parse(line) as Record<string, number>;
        reconciled.passes++;
        for (const key of ['recreated', 'promoted', 'leasesExpired', 'resolvesQueued'] as const) reconciled[key] += report[key] ?? 0;
      }
      // pino levels: 40 warn, 50 error, 60 fatal; anything that is not JSON came from outside the logger.
      const level = /"level":(\d+)/.exec(line)?.[1];
      if (level && Number(level) < 40) return;
      const message = (/"msg":"([^"]{0,160})/.exec(line)?.[1] ?? line.slice(0, 160)).replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>');
      problems.set(message, (problems.get(message) ?? 0) + 1);
    },
  });
  return { app, log: out, problems, reconciled };
}

interface StateCounts {
  [state: string]: number;
}

async function stateCounts(ds: DataSource): Promise<{ counts: StateCounts; unflaggedUnknown: number; flaggedUnknown: number }> {
  const rows: Array<{ state: string; needs_confirmation: boolean; n: string }> = await ds.query(
    `SELECT state, needs_confirmation, count(*) AS n FROM shares GROUP BY state, needs_confirmation`,
  );
  const counts: StateCounts = {};
  let unflaggedUnknown = 0;
  let flaggedUnknown = 0;
  for (const row of rows) {
    counts[row.state] = (counts[row.state] ?? 0) + Number(row.n);
    if (row.state === 'outcome_unknown') {
      if (row.needs_confirmation) flaggedUnknown += Number(row.n);
      else unflaggedUnknown += Number(row.n);
    }
  }
  return { counts, unflaggedUnknown, flaggedUnknown };
}

async function runPublish(
  ds: DataSource,
  sandbox: SandboxProcess,
  env: Record<string, string>,
  plan: PlannedShare[],
  logDir: string,
  cleanups: Array<() => Promise<unknown>>,
): Promise<RunReport & { extra: string[] }> {
  const workers = [startWorker('A', env, logDir, await freePort()), startWorker('B', env, logDir, await freePort())];
  cleanups.push(async () => {
    for (const worker of workers) {
      await worker.app.stop();
      worker.log.end();
    }
  });
  const bullQueues = ['publish-linkedin', 'publish-x', 'publishing'].map(
    (name) => new Bull(name, env['REDIS_URL'], { prefix: env['QUEUE_PREFIX'] }),
  );
  cleanups.push(() => Promise.all(bullQueues.map((q) => q.close())));
  // The real dispatcher: job id `<share id>-<dispatch>`, the publish queue of the network, the delay to due_at.
  const dispatcher = new ShareDispatcher(bullQueues[0], bullQueues[1], bullQueues[2], new Clock());
  await Promise.all(workers.map((w) => w.app.waitForLine(/Publishing with concurrency/, 120_000)));
  log('publish: both workers are up');

  const t0 = Date.now() + LEAD_MS;
  const enqueueStarted = Date.now();
  for (let start = 0; start < plan.length; start += 2000) {
    const chunk = plan.slice(start, start + 2000);
    const rows: Array<{ id: string; network: Network; dispatch: number; due_at: Date }> = await ds.query(
      `INSERT INTO shares (user_id, account_id, network, content_item_id, link_id, text, timing, state, scheduled_at, due_at, guidelines_version)
       SELECT u, a, n, c, l, t, 'scheduled', 'scheduled', s, s, 1
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::text[], $7::timestamptz[]) AS x(u, a, n, c, l, t, s)
       RETURNING id, network, dispatch, due_at`,
      [
        chunk.map((s) => s.userId),
        chunk.map((s) => s.accountId),
        chunk.map((s) => s.network),
        chunk.map((s) => s.itemId),
        chunk.map((s) => s.linkId),
        chunk.map((s) => s.text),
        chunk.map((s) => new Date(t0 + s.offsetMs)),
      ],
    );
    await pool(rows, 200, (row) =>
      dispatcher.enqueue({ id: row.id, network: row.network, dispatch: row.dispatch, dueAt: new Date(row.due_at) }),
    );
  }
  const lastDue = t0 + plan[plan.length - 1].offsetMs;
  log(`publish: ${plan.length} shares inserted and enqueued in ${seconds(Date.now() - enqueueStarted)}; first due in ${seconds(t0 - Date.now())}`);
  if (Date.now() > t0) log('publish: WARNING seeding took longer than the lead time; early shares start late');

  const database = new URL(env['DATABASE_URL']).pathname.slice(1);
  const discover = (): CpuGroups => ({
    'worker A': [workers[0].app.child.pid as number],
    'worker B': [workers[1].app.child.pid as number],
    'postgres backends of this run': findProcesses((cmd) => cmd.startsWith('postgres:') && cmd.includes(database)),
    'postgres background (shared)': findProcesses((cmd) => cmd.startsWith('postgres:') && !cmd.includes(' chorus_') && !/ postgres \S+ \S+\(/.test(cmd)),
    sandbox: findProcesses((cmd, ppid) => ppid === process.pid && cmd.includes('apps/sandbox/src/main.ts')),
    'redis-server (shared)': findProcesses((cmd) => cmd.startsWith('redis-server')),
    bench: [process.pid],
  });
  await sleep(Math.max(0, t0 - Date.now()));
  const startGroups = discover();
  const cpuFrom = snapshot(startGroups);
  let cpu: CpuUse | null = null;
  let cpuUnits = 0;
  const measureCpu = (published: number) => {
    const found = discover();
    const groups = Object.fromEntries(
      Object.entries(found).map(([group, pids]) => [group, [...new Set([...(startGroups[group] ?? []), ...pids])]]),
    );
    cpu = cpuUse(groups, cpuFrom, snapshot(groups));
    cpuUnits = published;
  };
  const observedUnknown = new Set<string>();
  const answered = { appeared: 0, notAppeared: 0 };
  let killed = '-';
  let killedAt = 0;
  let unknownFirstSeen = 0;
  let unknownLastSeen = 0;
  let lastProgress = 0;
  let api: Awaited<ReturnType<typeof startApi>> | null = null;
  let timedOut = false;
  const deadline = lastDue + SETTLE_MS;
  for (;;) {
    const { counts, unflaggedUnknown, flaggedUnknown } = await stateCounts(ds);
    for (const row of (await ds.query(`SELECT id FROM shares WHERE state = 'outcome_unknown'`)) as Array<{ id: string }>) {
      observedUnknown.add(row.id);
    }
    if (unflaggedUnknown + flaggedUnknown > 0) {
      unknownFirstSeen ||= Date.now();
      unknownLastSeen = Date.now();
    }
    const published = counts['published'] ?? 0;
    if (killed === '-' && published >= KILL_FRACTION * plan.length) {
      measureCpu(published);
      workers[0].app.child.kill('SIGKILL');
      killedAt = Date.now();
      killed = `at ${published} published (t0+${seconds(Date.now() - t0)})`;
      log(`publish: SIGKILLed worker A ${killed}`);
    }
    if (Date.now() - lastProgress > 10_000) {
      lastProgress = Date.now();
      log(`publish: t0${Date.now() >= t0 ? '+' : '-'}${seconds(Math.abs(Date.now() - t0))} ${JSON.stringify(counts)}`);
    }
    if (flaggedUnknown > 0) {
      // LinkedIn cannot be read back, so Chorus asked the advocate. Answer at once, as they would, from what
      // is on their profile (the sandbox's posts).
      api ??= await startApi(env, cleanups);
      const result = await answerConfirmations(ds, sandbox, api);
      answered.appeared += result.appeared;
      answered.notAppeared += result.notAppeared;
      log(`publish: answered ${result.appeared + result.notAppeared} "did it appear?" questions as the advocates (${result.appeared} yes, ${result.notAppeared} no)`);
      continue;
    }
    const busy = (counts['scheduled'] ?? 0) + (counts['publishing'] ?? 0) + unflaggedUnknown;
    if (Date.now() > lastDue && busy === 0) break;
    if (Date.now() > deadline) {
      timedOut = true;
      log(`publish: WARNING not settled ${seconds(SETTLE_MS)} after the last share was due: ${JSON.stringify(counts)}`);
      break;
    }
    await sleep(250);
  }
  const settledAt = Date.now();
  if (killed === '-') measureCpu((await stateCounts(ds)).counts['published'] ?? 0);

  // What Chorus recorded, and what the network has.
  const shares: Array<{
    id: string;
    network: Network;
    state: string;
    needs_confirmation: boolean;
    attempts: number;
    unknown_since: Date | null;
    failure_code: string | null;
    scheduled_at: Date;
    publishing_started_at: Date | null;
    published_at: Date | null;
    code: string;
  }> = await ds.query(
    `SELECT s.id, s.network, s.state, s.needs_confirmation, s.attempts, s.unknown_since, s.failure_code, s.scheduled_at,
            s.publishing_started_at, s.published_at, l.code
       FROM shares s JOIN tracked_links l ON l.id = s.link_id`,
  );
  const posts = (await sandbox.control.posts()).filter((p) => p.deletedAt === null);
  const postsByCode = new Map<string, SandboxPost[]>();
  let uncoded = 0;
  for (const post of posts) {
    const code = linkCodeOf(post);
    if (!code) {
      uncoded++;
      continue;
    }
    postsByCode.set(code, [...(postsByCode.get(code) ?? []), post]);
  }
  const duplicates = [...postsByCode.values()].reduce((sum, list) => sum + Math.max(0, list.length - 1), 0);
  const published = shares.filter((s) => s.state === 'published');
  const failedWithReason = shares.filter((s) => ['failed', 'needs_reconnect'].includes(s.state) && s.failure_code);
  const flagged = shares.filter((s) => s.state === 'outcome_unknown' && s.needs_confirmation);
  const unsettled = shares.length - published.length - failedWithReason.length - flagged.length;
  const publishedNotOnNetwork = published.filter((s) => !postsByCode.has(s.code)).length;
  const onNetworkNotPublished = shares.filter((s) => s.state !== 'published' && postsByCode.has(s.code)).length;
  const lost = unsettled + publishedNotOnNetwork;

  const everUnknown = shares.filter((s) => s.unknown_since !== null || s.attempts > 1 || observedUnknown.has(s.id));
  const foundByLookup = everUnknown.filter((s) => s.state === 'published' && s.attempts === 1 && s.network === 'x').length;
  const republished = everUnknown.filter((s) => s.attempts > 1).length;
  const unknownByNetwork = (network: Network) => everUnknown.filter((s) => s.network === network).length;

  const lateness = published.map((s) => ((s.published_at as Date).getTime() - s.scheduled_at.getTime()) / 1000);
  const networkLateness = published
    .map((s) => postsByCode.get(s.code)?.[0])
    .map((post, i) => (post ? (Date.parse(post.createdAt) - published[i].scheduled_at.getTime()) / 1000 : NaN))
    .filter((v) => !Number.isNaN(v));
  const everUnknownIds = new Set(everUnknown.map((s) => s.id));
  const clean = published.filter((s) => !everUnknownIds.has(s.id));
  const cleanLateness = clean.map((s) => ((s.published_at as Date).getTime() - s.scheduled_at.getTime()) / 1000);
  const claimWait = clean.map((s) => ((s.publishing_started_at as Date).getTime() - s.scheduled_at.getTime()) / 1000);
  const claimToPublished = clean.map((s) => ((s.published_at as Date).getTime() - (s.publishing_started_at as Date).getTime()) / 1000);
  const publishedAt = published.map((s) => (s.published_at as Date).getTime());
  const failureCodes = new Map<string, number>();
  for (const s of failedWithReason) failureCodes.set(`${s.state}/${s.failure_code}`, (failureCodes.get(`${s.state}/${s.failure_code}`) ?? 0) + 1);

  const extra = [
    `publish: settled ${seconds(settledAt - lastDue)} after the last share was due${timedOut ? ' (TIMED OUT)' : ''}`,
    `publish: sandbox posts ${posts.length} (LinkedIn ${posts.filter((p) => p.network === 'linkedin').length}, X ${posts.filter((p) => p.network === 'x').length}), without a tracked link ${uncoded}`,
    `publish: recorded published but not on the network ${publishedNotOnNetwork}; on the network but not recorded published ${onNetworkNotPublished}`,
    `publish: outcome_unknown at some point: ${everUnknown.length} (LinkedIn ${unknownByNetwork('linkedin')}, X ${unknownByNetwork('x')}) — ` +
      `X found on the network by the resolver ${foundByLookup}; published again after "not found" or "did not appear" ${republished}; ` +
      `LinkedIn answered by the advocate ${answered.appeared} appeared / ${answered.notAppeared} did not; still waiting ${flagged.length}` +
      ` (counted: unknown_since set, attempts > 1, or seen in outcome_unknown by the 250 ms poller)`,
    `publish: lateness of shares never outcome_unknown: p50 ${percentile(cleanLateness, 50).toFixed(2)} s, p99 ${percentile(cleanLateness, 99).toFixed(2)} s, max ${Math.max(...cleanLateness).toFixed(2)} s (${cleanLateness.length})`,
    `publish: lateness by the network's post time: p50 ${percentile(networkLateness, 50).toFixed(2)} s, p99 ${percentile(networkLateness, 99).toFixed(2)} s`,
    `publish: of which due → claimed (waiting for a free worker slot): p50 ${percentile(claimWait, 50).toFixed(2)} s, p99 ${percentile(claimWait, 99).toFixed(2)} s; ` +
      `claimed → network answered (checks + call): p50 ${percentile(claimToPublished, 50).toFixed(2)} s, p99 ${percentile(claimToPublished, 99).toFixed(2)} s`,
    `publish: CPU while both workers ran: ${describeCpu(cpu, cpuUnits, 'shares')}`,
    `publish: shares in outcome_unknown first seen ${unknownFirstSeen ? seconds(unknownFirstSeen - killedAt) : '-'} after the kill, last seen ${unknownLastSeen ? seconds(unknownLastSeen - killedAt) : '-'} after it (lease ${env['PUBLISH_LEASE_SECONDS']} s, reconcile every ${env['PUBLISH_RECONCILE_INTERVAL_SECONDS']} s)`,
    ...workers.map(
      (w, i) =>
        `publish: worker ${'AB'[i]} reconciler: ${w.reconciled.passes} passes that changed something; recreated ${w.reconciled.recreated} publish jobs, promoted ${w.reconciled.promoted}, expired ${w.reconciled.leasesExpired} leases, queued ${w.reconciled.resolvesQueued} resolves`,
    ),
    ...(failureCodes.size ? [`publish: failed ${[...failureCodes].map(([k, v]) => `${k} ${v}`).join(', ')}`] : []),
    ...workers.map(
      (w, i) =>
        `publish: worker ${'AB'[i]} warnings/errors: ${
          w.problems.size === 0
            ? 'none'
            : [...w.problems]
                .sort((a, b) => b[1] - a[1])
                .slice(0, 5)
                .map(([m, n]) => `${n}× ${m}`)
                .join(' | ')
        }`,
    ),
  ];
  return {
    jobs: shares.length,
    done: published.length,
    duplicates,
    lost,
    unknown: `${everUnknown.length} (${everUnknown.filter((s) => s.state === 'published').length} now published, ${flagged.length} awaiting advocate)`,
    failed: failedWithReason.length,
    lateness,
    throughput: steadyThroughput(publishedAt),
    drainMs: Math.max(...publishedAt) - lastDue,
    killed,
    cpu: describeCpu(cpu, cpuUnits, 'shares'),
    cpuPerUnitMs: workersCpuMs(cpu, cpuUnits),
    extra,
  };
}

/** The API in this process, only for the advocates' "did it appear?" answers. */
async function startApi(env: Record<string, string>, cleanups: Array<() => Promise<unknown>>) {
  const config = loadConfig({
    ...env,
    LOG_LEVEL: 'silent',
    API_PORT: '0',
    WEB_DIST_DIR: '/nonexistent',
    COOKIE_SECURE: 'false',
  });
  const app = await createApi(config, { quiet: true });
  await app.listen(0, '127.0.0.1');
  cleanups.push(() => app.close());
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const csrf = ((await (await fetch(`${base}/api/auth/csrf`)).json()) as { token: string }).token;
  return { base, csrf };
}

async function answerConfirmations(
  ds: DataSource,
  sandbox: SandboxProcess,
  api: { base: string; csrf: string },
): Promise<{ appeared: number; notAppeared: number }> {
  const pending: Array<{ id: string; user_id: string; code: string }> = await ds.query(
    `SELECT s.id, s.user_id, l.code FROM shares s JOIN tracked_links l ON l.id = s.link_id
      WHERE s.state = 'outcome_unknown' AND s.needs_confirmation`,
  );
  const posts = (await sandbox.control.posts()).filter((p) => p.deletedAt === null);
  const byCode = new Map(posts.map((p) => [linkCodeOf(p), p]));
  const sessions = new Map<string, string>();
  for (const userId of new Set(pending.map((p) => p.user_id))) {
    const token = randomBytes(32).toString('base64url');
    await ds.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
      userId,
      createHash('sha256').update(token).digest('hex'),
    ]);
    sessions.set(userId, token);
  }
  const result = { appeared: 0, notAppeared: 0 };
  await pool(pending, 8, async (share) => {
    const post = byCode.get(share.code);
    const response = await fetch(`${api.base}/api/shares/${share.id}/confirm`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `chorus_session=${sessions.get(share.user_id)}; XSRF-TOKEN=${api.csrf}`,
        'x-xsrf-token': api.csrf,
      },
      body: JSON.stringify(post ? { appeared: true, postUrl: post.url } : { appeared: false }),
    });
    if (!response.ok) throw new Error(`confirm ${share.id}: ${response.status} ${await response.text()}`);
    if (post) result.appeared++;
    else result.notAppeared++;
  });
  return result;
}

function printReport(publish: RunReport & { extra: string[] }, baseline: RunReport): void {
  for (const line of publish.extra) log(line);
  log(`baseline: CPU while both workers ran: ${baseline.cpu}`);
  const fmt = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)} s` : 'n/a');
  const rows: Array<[string, string, string]> = [
    ['jobs (shares)', String(publish.jobs), String(baseline.jobs)],
    ['published / completed', String(publish.done), String(baseline.done)],
    ['duplicates (posts per link > 1)', String(publish.duplicates), 'n/a'],
    ['lost', String(publish.lost), String(baseline.lost)],
    ['outcome_unknown (counted apart)', publish.unknown, baseline.unknown],
    ['failed with a reason', String(publish.failed), String(baseline.failed)],
    ['lateness p50', fmt(percentile(publish.lateness, 50)), fmt(percentile(baseline.lateness, 50))],
    ['lateness p99', fmt(percentile(publish.lateness, 99)), fmt(percentile(baseline.lateness, 99))],
    ['lateness max', fmt(Math.max(...publish.lateness)), fmt(Math.max(...baseline.lateness))],
    ['throughput (10th → 90th pct completion)', `${publish.throughput.toFixed(1)} /s`, `${baseline.throughput.toFixed(1)} /s`],
    ['last done after last due', seconds(publish.drainMs), seconds(baseline.drainMs)],
    [
      'worker CPU per share / job',
      publish.cpuPerUnitMs === null ? 'n/a' : `${publish.cpuPerUnitMs.toFixed(2)} ms`,
      baseline.cpuPerUnitMs === null ? 'n/a' : `${baseline.cpuPerUnitMs.toFixed(2)} ms`,
    ],
    ['worker A SIGKILLed', publish.killed, baseline.killed],
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), ['metric', 'publish', 'baseline (no-op Bull)'][c].length));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  process.stdout.write(`\n${line(['metric', 'publish', 'baseline (no-op Bull)'])}\n`);
  process.stdout.write(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
  process.stdout.write('\n');
  const p99 = percentile(publish.lateness, 99);
  process.stdout.write(`TARGET publish-p99-lateness: ${p99.toFixed(2)} s (goal < ${GOAL_P99_S} s) ${p99 < GOAL_P99_S ? 'met' : 'missed'}\n`);
  process.stdout.write(`TARGET publish-duplicates: ${publish.duplicates} (goal 0) ${publish.duplicates === 0 ? 'met' : 'missed'}\n`);
  process.stdout.write(`TARGET publish-lost: ${publish.lost} (goal 0) ${publish.lost === 0 ? 'met' : 'missed'}\n`);
}

/** Bull's keys of this run (every queue under the run's prefix). */
async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
