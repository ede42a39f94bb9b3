import { Logger } from '@nestjs/common';
import { Clock, loadConfig, MailMessage, MailOutbox, migrateWithLock, SmtpMailer } from '@chorus/server/core';
import type { AuditService } from '@chorus/server/identity';
import {
  DigestPlanner,
  DigestSender,
  loadDigestItems,
  mailLinks,
  OutreachSettingsService,
  renderDigestMail,
  SignedLinks,
  utcDayKey,
} from '@chorus/server/outreach';
import { standaloneDataSource } from '@chorus/server/platform';
import type { NotificationsService } from '@chorus/server/publishing';
import { createDatabase, databaseUrl, dataDir, dropDatabase, startServices } from '@chorus/tools';
import type Bull from 'bull';
import { simpleParser } from 'mailparser';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * `npm run bench:digest`: 10,000 advocates in 10 groups with daily digests on, and 20 approved items of the
 * last day (8 for everyone, 12 for one group each), in a throwaway database. Then, side by side:
 *   (a) render — one advocate's digest items rendered (HTML + text + signed links) 10,000 times, no I/O;
 *   (b0) build only — the same as (b) with the mail dropped: Postgres and rendering without SMTP;
 *   (b) send — every advocate's digest through the real code path of the worker's send job
 *       (`DigestSender.send`: delivery row, items query, render, mail) with the mail handed straight to
 *       `SmtpMailer` (nodemailer over SMTP) instead of the Bull mail queue, into an in-process SMTP server
 *       that counts what arrives.
 * Memory (RSS and heap) is sampled every 25 ms in both. Ends with TARGET lines; the goals are ours (the
 * issue sets no numbers). BENCH_DIGEST_ADVOCATES and BENCH_DIGEST_CONCURRENCY change the size and the
 * number of digests built at once (the worker's send-digest concurrency is 4 per process);
 * BENCH_DIGEST_SMTP_QUERY (e.g. `?pool=false`) is appended to the SMTP URL.
 */
const ADVOCATES = Number(process.env['BENCH_DIGEST_ADVOCATES'] ?? 10_000);
const CONCURRENCY = Number(process.env['BENCH_DIGEST_CONCURRENCY'] ?? 8);
const GROUPS = 10;
const ITEMS_FOR_ALL = 8;
const GROUP_ITEMS = 12;
const PUBLIC_URL = 'https://chorus.bench.example';
const GOAL_SEND_RATE = 100;
const GOAL_PEAK_RSS_MB = 512;

const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);
const fmt = (n: number) => n.toLocaleString('en-US');
const mb = (bytes: number) => bytes / 1_048_576;

/** Peak RSS and heap while a phase runs, sampled on a timer (plus once at the start and end). */
class MemorySampler {
  private timer: NodeJS.Timeout | null = null;
  peakRss = 0;
  peakHeap = 0;

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), 25);
  }

  stop(): void {
    this.sample();
    if (this.timer) clearInterval(this.timer);
  }

  private sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, rss);
    this.peakHeap = Math.max(this.peakHeap, heapUsed);
  }
}

interface PhaseResult {
  name: string;
  messages: number;
  seconds: number;
  rate: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/** An SMTP server that accepts everything and counts messages; the first one is kept to check its parts. */
async function startCountingSmtp(): Promise<{
  port: number;
  count(): number;
  first(): Buffer | null;
  close(): Promise<void>;
}> {
  let received = 0;
  let first: Buffer | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1000,
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      const keep = first === null;
      stream.on('data', (chunk: Buffer) => keep && chunks.push(chunk));
      stream.on('end', () => {
        received += 1;
        if (keep && first === null) first = Buffer.concat(chunks);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.on('error', (error: Error) => log(`smtp: ${error.message}`));
  return {
    port: (server.server.address() as AddressInfo).port,
    count: () => received,
    first: () => first,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The worker's outbox is a Bull queue in front of SmtpMailer; here the mail goes to SmtpMailer directly. */
class DirectOutbox extends MailOutbox {
  sent = 0;
  constructor(private readonly mailer: SmtpMailer) {
    super();
  }
  async send(message: MailMessage): Promise<void> {
    await this.mailer.deliver(message);
    this.sent += 1;
  }
}

class DroppingOutbox extends MailOutbox {
  async send(): Promise<void> {
    // Dropped on purpose: this phase measures building only.
  }
}

/** Runs `task(0 … count-1)`, CONCURRENCY at a time. */
async function inLanes(count: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < count; i = next++) await task(i);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
}

async function seed(ds: import('typeorm').DataSource): Promise<void> {
  await ds.query(
    `INSERT INTO groups (name, description) SELECT 'Bench group ' || lpad(g::text, 2, '0'), 'Synthetic' FROM generate_series(1, ${GROUPS}) g`,
  );
  await ds.query(
    `INSERT INTO users (email, name, roles, status, created_at)
     SELECT 'advocate' || u || '@bench.test', 'Advocate ' || u, '{advocate}', 'active', now() - interval '1 day'
       FROM generate_series(1, ${ADVOCATES}) u`,
  );
  await ds.query(`CREATE TEMP TABLE grp AS SELECT row_number() OVER (ORDER BY name) - 1 AS k, id FROM groups`);
  await ds.query(
    `INSERT INTO group_members (group_id, user_id)
     SELECT g.id, u.id FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM users) u JOIN grp g ON g.k = u.n % ${GROUPS}`,
  );
  await ds.query(
    `INSERT INTO outreach_preferences (user_id, digest, nudges, pulse_mail) SELECT id, 'daily', true, true FROM users`,
  );
  // Items of the last day: a few for everyone, the others for one group each; some featured; HTML-worthy titles.
  await ds.query(
    `INSERT INTO content_items (origin, state, title, summary, language, url, canonical_url, approved_at, feed_at,
                                audience_ids, featured)
     SELECT 'curator', 'approved', 'Bench item ' || i || ': what we learned about cloud security & "zero trust"',
            'A summary of item ' || i || ' with <angle brackets> and enough words to look like a real teaser of an article.',
            'en', 'https://bench.example.com/items/' || i, 'https://bench.example.com/items/' || i,
            now() - (i || ' minutes')::interval * 50, now() - (i || ' minutes')::interval * 50,
            CASE WHEN i <= ${ITEMS_FOR_ALL} THEN '{}'::uuid[] ELSE ARRAY[(SELECT id FROM grp WHERE k = i % ${GROUPS})] END,
            i % 7 = 0
       FROM generate_series(1, ${ITEMS_FOR_ALL + GROUP_ITEMS}) i`,
  );
  await ds.query('ANALYZE');
}

async function main(): Promise<void> {
  // The services log through Nest's static logger (a debug line per mail): the bench prints its own lines.
  Logger.overrideLogger(false);
  const external = process.env['DATABASE_URL'];
  const services = external ? null : await startServices(dataDir(), log);
  const adminUrl = external ?? (services as NonNullable<typeof services>).postgres.adminUrl;
  const redisUrl = process.env['REDIS_URL'] ?? services?.redis.url ?? 'redis://127.0.0.1:6379';
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
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

  // Throughput depends on what else the machine runs: say so beside the figures.
  log(
    `machine: ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} (1 / 5 / 15 min)`,
  );
  const smtp = await startCountingSmtp();
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url,
    REDIS_URL: redisUrl,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    PUBLIC_URL,
    // As an admin would set it; SmtpMailer pools connections unless the URL says `?pool=false`.
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}${process.env['BENCH_DIGEST_SMTP_QUERY'] ?? ''}`,
    MAIL_LOG_CONTENT: 'false',
    MIGRATE_ON_START: 'false',
    WEB_DIST_DIR: '/nonexistent',
  });
  const ds = await standaloneDataSource(url).initialize();
  const mailer = new SmtpMailer(config);
  try {
    await migrateWithLock(ds);
    log(
      `seeding ${fmt(ADVOCATES)} advocates in ${GROUPS} groups (daily digests on), ${ITEMS_FOR_ALL + GROUP_ITEMS} approved items …`,
    );
    const seeded = Date.now();
    await seed(ds);
    log(`seeded in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);

    const clock = new Clock();
    const links = new SignedLinks(config);
    // Only the settings are read (the audit trail is for updates); nudges are not part of this bench.
    const settingsService = new OutreachSettingsService(ds, {} as AuditService);
    const settings = await settingsService.settings();
    const outbox = new DirectOutbox(mailer);
    const sender = new DigestSender(ds, settingsService, links, outbox, {} as NotificationsService, clock);
    const results: PhaseResult[] = [];

    // (a) Render only: one advocate's items, 10,000 renders with each advocate's own signed links.
    const userIds: string[] = (await ds.query(`SELECT id FROM users ORDER BY email`)).map((r: { id: string }) => r.id);
    const sample = await loadDigestItems(
      ds.manager,
      userIds[0],
      new Date(Date.now() - 86_400_000),
      clock.now(),
      settings.digestMaxItems,
    );
    log(`(a) rendering one digest of ${sample.length} items × ${fmt(userIds.length)} (no sending) …`);
    let bytes = 0;
    for (let i = 0; i < 200; i++)
      renderDigestMail({
        kind: 'digest',
        cadence: 'daily',
        recipientName: 'Warm up',
        items: sample,
        links: mailLinks(links, userIds[i % userIds.length], 'digest'),
      });
    const renderMemory = new MemorySampler();
    renderMemory.start();
    const renderStarted = performance.now();
    for (let i = 0; i < userIds.length; i++) {
      const mail = renderDigestMail({
        kind: 'digest',
        cadence: 'daily',
        recipientName: `Advocate ${i + 1}`,
        items: sample,
        links: mailLinks(links, userIds[i], 'digest'),
      });
      bytes += mail.html.length + mail.text.length;
    }
    const renderSeconds = (performance.now() - renderStarted) / 1000;
    renderMemory.stop();
    results.push({
      name: '(a) render only',
      messages: userIds.length,
      seconds: renderSeconds,
      rate: userIds.length / renderSeconds,
      peakRssMb: mb(renderMemory.peakRss),
      peakHeapMb: mb(renderMemory.peakHeap),
    });
    log(`    ${fmt(userIds.length)} renders, ${(bytes / userIds.length / 1024).toFixed(1)} KiB HTML + text each`);

    // The tick's planning query over everyone (what the hourly job does before queueing the send jobs).
    const planner = new DigestPlanner(ds, { addBulk: async () => [] } as unknown as Bull.Queue, settingsService, clock);
    const planStarted = performance.now();
    const due = (await planner.due(clock.now(), true)).filter((job) => job.kind === 'digest');
    log(`planning: ${fmt(due.length)} digests due, found in ${(performance.now() - planStarted).toFixed(0)} ms`);

    // (b0) The same build without SMTP (mail dropped): what Postgres and rendering cost on their own.
    log(`(b0) building ${fmt(due.length)} digests without sending (mail dropped), ${CONCURRENCY} at a time …`);
    const dropSender = new DigestSender(
      ds,
      settingsService,
      links,
      new DroppingOutbox(),
      {} as NotificationsService,
      clock,
    );
    const yesterday = utcDayKey(new Date(clock.now().getTime() - 86_400_000));
    const buildMemory = new MemorySampler();
    buildMemory.start();
    const buildStarted = performance.now();
    let built = 0;
    await inLanes(due.length, async (i) => {
      if ((await dropSender.send({ ...due[i], periodKey: yesterday }, settings)) === 'sent') built += 1;
    });
    const buildSeconds = (performance.now() - buildStarted) / 1000;
    buildMemory.stop();
    results.push({
      name: '(b0) build only, no SMTP',
      messages: built,
      seconds: buildSeconds,
      rate: built / buildSeconds,
      peakRssMb: mb(buildMemory.peakRss),
      peakHeapMb: mb(buildMemory.peakHeap),
    });
    // Forget those deliveries, so that (b) builds the same digests again.
    await ds.query(`DELETE FROM outreach_deliveries`);

    // (b) Build and send every digest: the send job's code path, CONCURRENCY at a time, into the SMTP server.
    log(`(b) building and sending ${fmt(due.length)} digests through nodemailer SMTP, ${CONCURRENCY} at a time …`);
    const outcomes = new Map<string, number>();
    const sendMemory = new MemorySampler();
    sendMemory.start();
    const sendStarted = performance.now();
    await inLanes(due.length, async (i) => {
      const outcome = await sender.send(due[i], settings);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      if ((i + 1) % 2500 === 0) log(`    ${fmt(i + 1)} of ${fmt(due.length)}`);
    });
    const sendSeconds = (performance.now() - sendStarted) / 1000;
    sendMemory.stop();
    const caught = smtp.count();
    results.push({
      name: '(b) build + send via SMTP',
      messages: caught,
      seconds: sendSeconds,
      rate: caught / sendSeconds,
      peakRssMb: mb(sendMemory.peakRss),
      peakHeapMb: mb(sendMemory.peakHeap),
    });
    const [rows] = await ds.query(
      `SELECT count(*)::int AS deliveries, round(avg(cardinality(item_ids)), 1)::float AS items
         FROM outreach_deliveries WHERE kind = 'digest' AND period_key = $1`,
      [utcDayKey(clock.now())],
    );
    log(
      `    outcomes: ${[...outcomes].map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}; SMTP server received ${fmt(caught)}; ` +
        `${fmt(rows.deliveries)} delivery rows, ${rows.items} items per digest`,
    );
    const first = smtp.first();
    if (first) {
      const parsed = await simpleParser(first);
      const raw = first.toString('utf8');
      const header = (name: string) => (new RegExp(`^${name}:`, 'mi').test(raw) ? 'yes' : 'NO');
      log(
        `    first message: "${parsed.subject}", text ${parsed.text ? 'yes' : 'NO'}, HTML ${parsed.html ? 'yes' : 'NO'}, ` +
          `List-Unsubscribe ${header('List-Unsubscribe')}, List-Unsubscribe-Post ${header('List-Unsubscribe-Post')}`,
      );
    }
    // The same period again: the delivery rows make it a no-op.
    const again = await sender.send(due[0], settings);
    log(`    a second send of the same period: ${again}`);

    log('results:');
    log(
      `  ${'phase'.padEnd(28)} ${'messages'.padStart(9)} ${'seconds'.padStart(8)} ${'msg/s'.padStart(9)} ${'peak RSS'.padStart(10)} ${'peak heap'.padStart(10)}`,
    );
    for (const r of results) {
      log(
        `  ${r.name.padEnd(28)} ${fmt(r.messages).padStart(9)} ${r.seconds.toFixed(2).padStart(8)} ${fmt(Math.round(r.rate)).padStart(9)} ${`${r.peakRssMb.toFixed(0)} MB`.padStart(10)} ${`${r.peakHeapMb.toFixed(0)} MB`.padStart(10)}`,
      );
    }
    const send = results[results.length - 1];
    const peakRss = Math.max(...results.map((r) => r.peakRssMb));
    log('goals are ours: the issue sets no numbers for digests.');
    process.stdout.write(
      `TARGET digest_send_rate: ${Math.round(send.rate)} msg/s (goal ≥ ${GOAL_SEND_RATE} msg/s) ${send.rate >= GOAL_SEND_RATE ? 'met' : 'missed'}\n`,
    );
    process.stdout.write(
      `TARGET digest_peak_rss: ${peakRss.toFixed(0)} MB (goal ≤ ${GOAL_PEAK_RSS_MB} MB) ${peakRss <= GOAL_PEAK_RSS_MB ? 'met' : 'missed'}\n`,
    );
  } finally {
    mailer.onModuleDestroy();
    await ds.destroy().catch(() => undefined);
    await smtp.close();
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
