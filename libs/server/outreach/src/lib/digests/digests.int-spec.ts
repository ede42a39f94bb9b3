import { getQueueToken } from '@nestjs/bull';
import type { OutreachPreferences, OutreachSettings } from '@chorus/shared/contracts';
import { Clock, MailMessage, QUEUES } from '@chorus/server/core';
import {
  createGroup,
  createUser,
  startTestApi,
  startTestWorker,
  TestApi,
  TestClient,
  testEnvironment,
  TestWorker,
} from '@chorus/server/testing';
import type { Queue } from 'bull';
import { randomBytes } from 'node:crypto';
import { SignedLinks } from '../links/signed-links';
import { unsubscribeToken } from '../links/unsubscribe-links';
import { DigestPlanner } from './digest-planner.service';
import { DigestSender } from './digest-sender.service';
import { NUDGE_SUBJECT } from './digest-render';
import { isoWeekKey, utcDayKey } from './periods';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/**
 * Every clock of this spec runs this far ahead: the digests' windows (the last day or week before "now")
 * then hold only this spec's items, whatever other spec files put in the shared database.
 */
const OFFSET = 3000 * DAY;
const SETTINGS: OutreachSettings = { digestHourUtc: 7, weeklyDigestDay: 1, digestMaxItems: 8, nudgeAfterDays: 0 };
const DEFAULT_SETTINGS: OutreachSettings = {
  digestHourUtc: 7,
  weeklyDigestDay: 1,
  digestMaxItems: 8,
  nudgeAfterDays: 14,
};

interface Item {
  id: string;
  title: string;
}

describe('outreach: digests, nudges, preferences and unsubscribe', () => {
  let api: TestApi;
  let worker: TestWorker;
  let admin: TestClient;
  let now: () => Date;
  let groupA: string;
  let groupB: string;
  const items: Record<string, Item> = {};

  let defaultTimeout = 0;
  beforeAll(() => {
    defaultTimeout = jasmine.DEFAULT_TIMEOUT_INTERVAL;
    jasmine.DEFAULT_TIMEOUT_INTERVAL = 40_000;
  });
  afterAll(() => {
    jasmine.DEFAULT_TIMEOUT_INTERVAL = defaultTimeout;
  });

  async function item(
    name: string,
    options: { audience?: string[]; ageMs?: number; featured?: boolean; state?: string; expiredMs?: number } = {},
  ): Promise<Item> {
    const at = new Date(now().getTime() - (options.ageMs ?? 2 * HOUR));
    const title = `${name} ${randomBytes(3).toString('hex')}`;
    const url = `https://news.example.com/${encodeURIComponent(title)}`;
    const [row] = await api.dataSource.query(
      `INSERT INTO content_items (origin, state, title, summary, url, canonical_url, approved_at, feed_at, audience_ids,
                                  featured, expires_at)
       VALUES ('curator', $1, $2, 'A summary', $3, $3, $4, $4, $5::uuid[], $6, $7) RETURNING id`,
      [
        options.state ?? 'approved',
        title,
        url,
        at,
        options.audience ?? [],
        options.featured ?? false,
        options.expiredMs ? new Date(now().getTime() - options.expiredMs) : null,
      ],
    );
    return { id: row.id, title };
  }

  async function person(
    roles: Array<'advocate' | 'curator' | 'lead' | 'admin'>,
    groupIds: string[],
    preferences?: Partial<OutreachPreferences>,
  ) {
    const user = await createUser(api.dataSource, { roles, groupIds });
    if (preferences) {
      await api.dataSource.query(
        `INSERT INTO outreach_preferences (user_id, digest, nudges, pulse_mail) VALUES ($1, $2, $3, $4)`,
        [user.id, preferences.digest ?? 'weekly', preferences.nudges ?? true, preferences.pulseMail ?? true],
      );
    }
    return user;
  }

  async function signedIn(user: { email: string; password: string }): Promise<TestClient> {
    const client = api.client();
    await client.login(user.email, user.password);
    return client;
  }

  async function settings(change: Partial<OutreachSettings>): Promise<void> {
    const response = await admin.put('/api/outreach/settings', change);
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(200);
  }

  const mailsTo = (sent: MailMessage[], email: string) => sent.filter((m) => m.to === email);
  const tokenOf = (mail: MailMessage) => {
    const match = mail.text.match(/\/unsubscribe\?token=(\S+)/);
    if (!match) throw new Error(`no unsubscribe link in ${mail.subject}`);
    return decodeURIComponent(match[1]);
  };

  async function until(what: string, check: () => boolean, ms = 20_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function drained(): Promise<void> {
    const queue = worker.app.get<Queue>(getQueueToken(QUEUES.outreach));
    const deadline = Date.now() + 20_000;
    for (;;) {
      const counts = await queue.getJobCounts();
      // (The repeatable tick always waits, delayed, for its next turn.)
      if (counts.waiting + counts.active === 0) return;
      if (Date.now() > deadline) throw new Error(`outreach queue not drained: ${JSON.stringify(counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  beforeAll(async () => {
    const overrides = {
      QUEUE_PREFIX: `${(await testEnvironment()).queuePrefix}_outreach`,
      // The spec runs ticks itself; the repeatable one must not fire in between.
      OUTREACH_TICK_INTERVAL_SECONDS: '86400',
    };
    api = await startTestApi(overrides);
    worker = await startTestWorker(overrides);
    api.app.get(Clock).setOffset(OFFSET);
    worker.app.get(Clock).setOffset(OFFSET);
    now = () => api.app.get(Clock).now();
    const adminUser = await createUser(api.dataSource, { roles: ['admin'] });
    admin = await signedIn(adminUser);
    await settings(SETTINGS);
    groupA = (await createGroup(api.dataSource)).id;
    groupB = (await createGroup(api.dataSource)).id;
    items['a'] = await item('For A', { audience: [groupA] });
    items['aFeatured'] = await item('Featured for A', { audience: [groupA], featured: true, ageMs: 5 * HOUR });
    items['b'] = await item('For B', { audience: [groupB] });
    items['all'] = await item('For everyone', { ageMs: 1 * HOUR });
    items['threeDays'] = await item('Three days old', { ageMs: 3 * DAY });
    items['tooOld'] = await item('Ten days old', { ageMs: 10 * DAY });
    items['expired'] = await item('Expired', { expiredMs: HOUR });
    items['draft'] = await item('Draft', { state: 'draft' });
  }, 60_000);

  afterAll(async () => {
    await admin?.put('/api/outreach/settings', DEFAULT_SETTINGS);
    await worker?.close();
    await api?.close();
  }, 30_000);

  it('"run now" mails, through the worker, each advocate and curator the digest of their groups, once per period', async () => {
    const daily = await person(['advocate'], [groupA], { digest: 'daily' });
    const weekly = await person(['advocate'], [groupB]);
    const curator = await person(['curator'], [groupA], { digest: 'daily' });
    const off = await person(['advocate'], [groupA], { digest: 'off' });
    const lead = await person(['lead'], [groupA], { digest: 'daily' });
    const left = await createUser(api.dataSource, { roles: ['advocate'], groupIds: [groupA], status: 'deactivated' });

    const run = await admin.post('/api/outreach/digests/run');
    expect(run.status).withContext(JSON.stringify(run.body)).toBe(200);
    expect(run.body.digests).toBeGreaterThanOrEqual(3);
    expect(run.body.nudges).toBe(0);
    await until('the three digests', () =>
      [daily, weekly, curator].every((u) => mailsTo(worker.mail.sent, u.email).length > 0),
    );
    await drained();

    const [dailyMail] = mailsTo(worker.mail.sent, daily.email);
    expect(dailyMail.subject).toBe('Your Chorus digest: 3 new posts to share');
    // Featured first, then newest; only the groups' items and everyone's, of the last day.
    const order = [items['aFeatured'], items['all'], items['a']].map((i) => dailyMail.text.indexOf(i.title));
    expect(order.every((at) => at >= 0))
      .withContext(dailyMail.text)
      .toBeTrue();
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    for (const absent of ['b', 'threeDays', 'tooOld', 'expired', 'draft']) {
      expect(dailyMail.text).withContext(absent).not.toContain(items[absent].title);
    }
    for (const present of ['a', 'aFeatured', 'all']) {
      expect(dailyMail.html).toContain(`href="http://chorus.test/compose/${items[present].id}"`);
      expect(dailyMail.text).toContain(`Share this: http://chorus.test/compose/${items[present].id}`);
    }
    expect(dailyMail.html).toContain('href="http://chorus.test/notifications"');
    expect(dailyMail.html).toMatch(/href="http:\/\/chorus\.test\/unsubscribe\?token=[^"]+"/);
    expect(dailyMail.headers?.['List-Unsubscribe']).toMatch(
      /^<http:\/\/chorus\.test\/api\/outreach\/unsubscribe\/one-click\?token=\S+>$/,
    );
    expect(dailyMail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    const [weeklyMail] = mailsTo(worker.mail.sent, weekly.email);
    expect(weeklyMail.subject).toBe('Your weekly Chorus digest: 3 new posts to share');
    for (const present of ['b', 'all', 'threeDays']) expect(weeklyMail.text).toContain(items[present].title);
    for (const absent of ['a', 'aFeatured', 'tooOld']) expect(weeklyMail.text).not.toContain(items[absent].title);

    expect(mailsTo(worker.mail.sent, curator.email)[0].subject).toBe('Your Chorus digest: 3 new posts to share');
    for (const nobody of [off, lead, left])
      expect(mailsTo(worker.mail.sent, nobody.email)).withContext(nobody.email).toEqual([]);

    const deliveries = await api.dataSource.query(
      `SELECT user_id, kind, period_key, cardinality(item_ids) AS items FROM outreach_deliveries WHERE user_id = ANY($1) ORDER BY period_key`,
      [[daily.id, weekly.id]],
    );
    expect(deliveries).toEqual(
      jasmine.arrayWithExactContents([
        { user_id: daily.id, kind: 'digest', period_key: utcDayKey(now()), items: 3 },
        { user_id: weekly.id, kind: 'digest', period_key: isoWeekKey(now()), items: 3 },
      ]),
    );

    // The same period again: nobody of these is planned, and a stray job sends nothing either.
    const planned = await api.app.get(DigestPlanner).due(now(), true);
    expect(planned.filter((j) => [daily.id, weekly.id, curator.id].includes(j.userId))).toEqual([]);
    expect((await admin.post('/api/outreach/digests/run')).status).toBe(200);
    await drained();
    expect(
      await worker.app.get(DigestSender).send({ userId: daily.id, kind: 'digest', periodKey: utcDayKey(now()) }),
    ).toBe('already_sent');
    for (const u of [daily, weekly, curator]) expect(mailsTo(worker.mail.sent, u.email).length).toBe(1);
  });

  it('starts the next digest after the previous one, and records nothing when there is nothing new', async () => {
    const sender = api.app.get(DigestSender);
    const user = await person(['advocate'], [groupA], { digest: 'daily' });
    const yesterday = utcDayKey(new Date(now().getTime() - DAY));
    // A digest went out three hours ago (yesterday's period): only what went live since then is new.
    await api.dataSource.query(
      `INSERT INTO outreach_deliveries (user_id, kind, period_key, sent_at) VALUES ($1, 'digest', $2, $3)`,
      [user.id, yesterday, new Date(now().getTime() - 3 * HOUR)],
    );
    expect(await sender.send({ userId: user.id, kind: 'digest', periodKey: utcDayKey(now()) })).toBe('sent');
    const [mail] = mailsTo(api.mail.sent, user.email);
    expect(mail.subject).toBe('Your Chorus digest: 2 new posts to share');
    expect(mail.text).toContain(items['a'].title);
    expect(mail.text).toContain(items['all'].title);
    expect(mail.text).not.toContain(items['aFeatured'].title);

    const quiet = await person(['advocate'], [], { digest: 'weekly' });
    const clock = api.app.get(Clock);
    clock.setOffset(OFFSET + 30 * DAY);
    try {
      const week = isoWeekKey(now());
      expect(await sender.send({ userId: quiet.id, kind: 'digest', periodKey: week })).toBe('nothing_new');
      const rows = await api.dataSource.query(`SELECT 1 FROM outreach_deliveries WHERE user_id = $1`, [quiet.id]);
      expect(rows).withContext('an empty digest is not recorded as sent').toEqual([]);
      expect(mailsTo(api.mail.sent, quiet.email)).toEqual([]);
    } finally {
      clock.setOffset(OFFSET);
    }
    // The wrong cadence for the person (they changed their mind after the tick): nothing.
    expect(await sender.send({ userId: quiet.id, kind: 'digest', periodKey: utcDayKey(now()) })).toBe('not_wanted');
  });

  it('the tick honours daily, weekly and off, the digest hour and the weekly day', async () => {
    const planner = api.app.get(DigestPlanner);
    const daily = await person(['advocate'], [], { digest: 'daily' });
    const weekly = await person(['advocate'], []);
    const off = await person(['advocate'], [], { digest: 'off' });
    const ids = [daily.id, weekly.id, off.id];
    // A Monday (the weekly day) in the spec's future.
    const monday = new Date(Date.UTC(2036, 0, 7));
    expect(monday.getUTCDay()).toBe(1);
    const at = (day: Date, hour: number) => new Date(day.getTime() + hour * HOUR);
    const mine = async (when: Date) =>
      (await planner.due(when)).filter((j) => j.kind === 'digest' && ids.includes(j.userId));

    expect(await mine(at(monday, 6)))
      .withContext('before the digest hour')
      .toEqual([]);
    expect(await mine(at(monday, 7))).toEqual(
      jasmine.arrayWithExactContents([
        { userId: daily.id, kind: 'digest', periodKey: '2036-01-07' },
        { userId: weekly.id, kind: 'digest', periodKey: '2036-W02' },
      ]),
    );
    expect(await mine(at(new Date(monday.getTime() + DAY), 9))).toEqual([
      { userId: daily.id, kind: 'digest', periodKey: '2036-01-08' },
    ]);
    await settings({ digestHourUtc: 10, weeklyDigestDay: 2 });
    try {
      expect(await mine(at(monday, 9))).toEqual([]);
      expect((await mine(at(new Date(monday.getTime() + DAY), 10))).map((j) => j.userId)).toEqual(
        jasmine.arrayWithExactContents([daily.id, weekly.id]),
      );
    } finally {
      await settings({ digestHourUtc: SETTINGS.digestHourUtc, weeklyDigestDay: SETTINGS.weeklyDigestDay });
    }
  });

  it('the unsubscribe link of the mail switches the digest off; forged links are 400 naming the token', async () => {
    const user = await person(['advocate'], [groupA], { digest: 'daily' });
    expect(await api.app.get(DigestSender).send({ userId: user.id, kind: 'digest', periodKey: utcDayKey(now()) })).toBe(
      'sent',
    );
    const token = tokenOf(mailsTo(api.mail.sent, user.email)[0]);
    const anonymous = api.client();
    const response = await anonymous.post('/api/outreach/unsubscribe', { token });
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(200);
    expect(response.body).toEqual({ kind: 'digest', email: user.email });
    const client = await signedIn(user);
    expect((await client.get('/api/outreach/preferences')).body).toEqual({
      digest: 'off',
      nudges: true,
      pulseMail: true,
    });
    // Again: still fine (a second click on the same link).
    expect((await anonymous.post('/api/outreach/unsubscribe', { token })).status).toBe(200);

    const links = api.app.get(SignedLinks);
    const [body, mac] = token.split('.');
    const forged = [
      `${Buffer.from(JSON.stringify({ u: user.id, k: 'nudges' })).toString('base64url')}.${mac}`,
      `${body}.${mac.slice(0, -2)}xx`,
      links.sign('pulse', { u: user.id, k: 'digest' }),
      links.sign('unsubscribe', { u: user.id, k: 'everything' }),
      links.sign('unsubscribe', { u: '00000000-0000-4000-8000-000000000000', k: 'digest' }),
      'nonsense',
    ];
    for (const bad of forged) {
      const refused = await anonymous.post('/api/outreach/unsubscribe', { token: bad });
      expect(refused.status).withContext(bad).toBe(400);
      expect(refused.body.code).toBe('outreach.invalid_token');
      expect(refused.body.errors).toEqual([jasmine.objectContaining({ field: 'token' })]);
    }
    for (const malformed of [{}, { token: '' }, { token: 42 }]) {
      const refused = await anonymous.post('/api/outreach/unsubscribe', malformed);
      expect(refused.status).withContext(JSON.stringify(malformed)).toBe(400);
      expect([...new Set(refused.body.errors.map((e: { field: string }) => e.field))]).toEqual(['token']);
    }
    expect((await client.get('/api/outreach/preferences')).body.nudges).toBe(true);
  });

  it('one-click unsubscribe (RFC 8058) works without session or CSRF cookie, per kind', async () => {
    const user = await person(['advocate'], [groupA]);
    const links = api.app.get(SignedLinks);
    const post = (token: string, payload = 'List-Unsubscribe=One-Click', type = 'application/x-www-form-urlencoded') =>
      api.app.inject({
        method: 'POST',
        url: `/api/outreach/unsubscribe/one-click?token=${encodeURIComponent(token)}`,
        headers: { 'content-type': type },
        payload,
      });
    const nudges = await post(unsubscribeToken(links, user.id, 'nudges'));
    expect(nudges.statusCode).withContext(nudges.body).toBe(200);
    expect(nudges.json()).toEqual({ kind: 'nudges', email: user.email });
    const pulse = await post(
      unsubscribeToken(links, user.id, 'pulse'),
      '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n',
      'multipart/form-data; boundary=x',
    );
    expect(pulse.statusCode).withContext(pulse.body).toBe(200);
    const client = await signedIn(user);
    expect((await client.get('/api/outreach/preferences')).body).toEqual({
      digest: 'weekly',
      nudges: false,
      pulseMail: false,
    });
    const forged = await post('abc.def');
    expect(forged.statusCode).toBe(400);
    expect(forged.json()).toEqual(
      jasmine.objectContaining({
        code: 'outreach.invalid_token',
        errors: [jasmine.objectContaining({ field: 'token' })],
      }),
    );
  });

  it('nudges quiet advocates once, with their best fresh unshared item, by mail and in the app', async () => {
    await settings({ nudgeAfterDays: 14 });
    try {
      const planner = api.app.get(DigestPlanner);
      const sender = api.app.get(DigestSender);
      const quiet = await person(['advocate'], [groupA]);
      const sharer = await person(['advocate'], [groupA]);
      const newcomer = await person(['advocate'], [groupA]);
      const optedOut = await person(['advocate'], [groupA], { nudges: false });
      const curator = await person(['curator'], [groupA]);
      await api.dataSource.query(`UPDATE users SET created_at = $2 WHERE id = $1`, [
        newcomer.id,
        new Date(now().getTime() - 3 * DAY),
      ]);
      const sharedAt = new Date(now().getTime() - 2 * DAY);
      await api.dataSource.query(
        `INSERT INTO shares (user_id, network, content_item_id, text, timing, state, scheduled_at, due_at, published_at)
         VALUES ($1, 'linkedin', $2, 'Worth a read', 'now', 'published', $3, $3, $3)`,
        [sharer.id, items['a'].id, sharedAt],
      );
      // The quiet advocate once tried to share the featured item (it failed): it is not offered again.
      await api.dataSource.query(
        `INSERT INTO shares (user_id, network, content_item_id, text, timing, state, scheduled_at, due_at)
         VALUES ($1, 'x', $2, 'Later', 'scheduled', 'failed', $3, $3)`,
        [quiet.id, items['aFeatured'].id, new Date(now().getTime() - 20 * DAY)],
      );

      const mine = [quiet, sharer, newcomer, optedOut, curator].map((u) => u.id);
      const planned = (await planner.due(now(), true)).filter((j) => j.kind === 'nudge' && mine.includes(j.userId));
      expect(planned).toEqual([{ userId: quiet.id, kind: 'nudge', periodKey: utcDayKey(now()) }]);

      expect(await sender.send(planned[0])).toBe('sent');
      const [mail] = mailsTo(api.mail.sent, quiet.email);
      expect(mail.subject).toBe(NUDGE_SUBJECT);
      // Featured first — but that one they already scheduled; then the newest of their feed.
      expect(mail.text).toContain(items['all'].title);
      expect(mail.html).toContain(`href="http://chorus.test/compose/${items['all'].id}"`);
      expect(mail.text).not.toContain(items['aFeatured'].title);
      expect(tokenOf(mail)).toBe(unsubscribeToken(api.app.get(SignedLinks), quiet.id, 'nudges'));
      const notes = await api.dataSource.query(`SELECT kind, link FROM notifications WHERE user_id = $1`, [quiet.id]);
      expect(notes).toEqual([{ kind: 'nudge', link: `/compose/${items['all'].id}` }]);

      // Not twice: not today, and not the next days either.
      expect(await sender.send(planned[0])).not.toBe('sent');
      const later = new Date(now().getTime() + 5 * DAY);
      const again = (await planner.due(later, true)).filter((j) => j.kind === 'nudge' && j.userId === quiet.id);
      expect(again).toEqual([]);
      expect(mailsTo(api.mail.sent, quiet.email).length).toBe(1);

      // No fresh item (the clock far ahead of every item): no nudge, nothing recorded.
      const clock = api.app.get(Clock);
      const lonely = await person(['advocate'], [groupB]);
      clock.setOffset(OFFSET + 60 * DAY);
      try {
        expect(await sender.send({ userId: lonely.id, kind: 'nudge', periodKey: utcDayKey(now()) })).toBe(
          'nothing_new',
        );
      } finally {
        clock.setOffset(OFFSET);
      }
      expect(await api.dataSource.query(`SELECT 1 FROM outreach_deliveries WHERE user_id = $1`, [lonely.id])).toEqual(
        [],
      );
      expect(mailsTo(api.mail.sent, lonely.email)).toEqual([]);
    } finally {
      await settings({ nudgeAfterDays: 0 });
    }
  });

  it('no nudges at all when the admin sets nudgeAfterDays to 0', async () => {
    const quiet = await person(['advocate'], [groupA]);
    const planned = await api.app.get(DigestPlanner).due(now(), true);
    expect(planned.filter((j) => j.kind === 'nudge')).toEqual([]);
    expect(await api.app.get(DigestSender).send({ userId: quiet.id, kind: 'nudge', periodKey: utcDayKey(now()) })).toBe(
      'not_wanted',
    );
  });

  it('keeps each person’s preferences, with defaults, validated', async () => {
    const user = await person(['advocate'], []);
    const client = await signedIn(user);
    expect((await client.get('/api/outreach/preferences')).body).toEqual({
      digest: 'weekly',
      nudges: true,
      pulseMail: true,
    });
    const updated = await client.put('/api/outreach/preferences', { digest: 'daily', pulseMail: false });
    expect(updated.status).withContext(JSON.stringify(updated.body)).toBe(200);
    expect(updated.body).toEqual({ digest: 'daily', nudges: true, pulseMail: false });
    expect((await client.get('/api/outreach/preferences')).body).toEqual({
      digest: 'daily',
      nudges: true,
      pulseMail: false,
    });
    const cases: Array<[unknown, string]> = [
      [{ digest: 'hourly' }, 'digest'],
      [{ digest: 1 }, 'digest'],
      [{ nudges: 'yes' }, 'nudges'],
      [{ pulseMail: null, nudges: 1 }, 'nudges'],
      [{ colour: 'red' }, 'colour'],
    ];
    for (const [body, field] of cases) {
      const response = await client.put('/api/outreach/preferences', body);
      expect(response.status).withContext(JSON.stringify(body)).toBe(400);
      expect([...new Set(response.body.errors.map((e: { field: string }) => e.field))])
        .withContext(JSON.stringify(body))
        .toEqual([field]);
    }
    expect((await client.get('/api/outreach/preferences')).body).toEqual({
      digest: 'daily',
      nudges: true,
      pulseMail: false,
    });
    // Someone else's preferences are their own.
    const other = await signedIn(await person(['lead'], []));
    expect((await other.get('/api/outreach/preferences')).body).toEqual({
      digest: 'weekly',
      nudges: true,
      pulseMail: true,
    });
  });

  it('lets admins change the settings within bounds, audited', async () => {
    const before = (await admin.get('/api/outreach/settings')).body;
    expect(before).toEqual(SETTINGS);
    const cases: Array<[unknown, string]> = [
      [{ digestHourUtc: 24 }, 'digestHourUtc'],
      [{ digestHourUtc: -1 }, 'digestHourUtc'],
      [{ digestHourUtc: 7.5 }, 'digestHourUtc'],
      [{ weeklyDigestDay: 0 }, 'weeklyDigestDay'],
      [{ weeklyDigestDay: 8 }, 'weeklyDigestDay'],
      [{ digestMaxItems: 0 }, 'digestMaxItems'],
      [{ digestMaxItems: 21 }, 'digestMaxItems'],
      [{ nudgeAfterDays: -1 }, 'nudgeAfterDays'],
      [{ nudgeAfterDays: 366 }, 'nudgeAfterDays'],
      [{ nudgeAfterDays: '3' }, 'nudgeAfterDays'],
      [{ hour: 3 }, 'hour'],
    ];
    for (const [body, field] of cases) {
      const response = await admin.put('/api/outreach/settings', body);
      expect(response.status).withContext(JSON.stringify(body)).toBe(400);
      expect([...new Set(response.body.errors.map((e: { field: string }) => e.field))])
        .withContext(JSON.stringify(body))
        .toEqual([field]);
    }
    expect((await admin.get('/api/outreach/settings')).body).toEqual(before);

    try {
      const change = { digestHourUtc: 23, digestMaxItems: 20, weeklyDigestDay: 7 };
      const response = await admin.put('/api/outreach/settings', change);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ ...SETTINGS, ...change });
      const [audit] = await api.dataSource.query(
        `SELECT target_type, target_id, details FROM audit_events WHERE action = 'outreach.settings_updated'
          ORDER BY id DESC LIMIT 1`,
      );
      expect(audit).toEqual({ target_type: 'outreach_settings', target_id: '1', details: change });
    } finally {
      await settings(SETTINGS);
    }
  });

  it('previews the caller’s digest without sending it', async () => {
    const user = await person(['advocate'], [groupB], { digest: 'daily' });
    const client = await signedIn(user);
    const preview = await client.get('/api/outreach/digests/preview');
    expect(preview.status).toBe(200);
    expect(preview.body.itemCount).toBe(2);
    expect(preview.body.subject).toBe('Your Chorus digest: 2 new posts to share');
    expect(preview.body.html).toContain(`href="http://chorus.test/compose/${items['b'].id}"`);
    expect(preview.body.text).toContain(items['all'].title);
    expect(mailsTo(api.mail.sent, user.email)).toEqual([]);
    expect(await api.dataSource.query(`SELECT 1 FROM outreach_deliveries WHERE user_id = $1`, [user.id])).toEqual([]);

    // What they shared (or scheduled) already is not offered again.
    await api.dataSource.query(
      `INSERT INTO shares (user_id, network, content_item_id, text, timing, state, scheduled_at, due_at)
       VALUES ($1, 'linkedin', $2, 'Mine', 'scheduled', 'scheduled', $3, $3)`,
      [user.id, items['b'].id, new Date(now().getTime() + DAY)],
    );
    const after = await client.get('/api/outreach/digests/preview');
    expect(after.body.itemCount).toBe(1);
    expect(after.body.html).not.toContain(`/compose/${items['b'].id}"`);
    expect(after.body.text).toContain(items['all'].title);
  });

  it('guards every route by role', async () => {
    const clients = {
      advocate: await signedIn(await person(['advocate'], [])),
      curator: await signedIn(await person(['curator'], [])),
      lead: await signedIn(await person(['lead'], [])),
    };
    const anonymous = api.client();
    expect((await anonymous.get('/api/outreach/preferences')).status).toBe(401);
    expect((await anonymous.get('/api/outreach/settings')).status).toBe(401);
    expect((await anonymous.post('/api/outreach/digests/run')).status).toBe(401);
    expect((await anonymous.get('/api/outreach/digests/preview')).status).toBe(401);
    for (const client of Object.values(clients)) {
      expect((await client.get('/api/outreach/settings')).status).toBe(403);
      expect((await client.put('/api/outreach/settings', { digestHourUtc: 3 })).status).toBe(403);
      expect((await client.post('/api/outreach/digests/run')).status).toBe(403);
      expect((await client.get('/api/outreach/preferences')).status).toBe(200);
    }
    expect((await clients.advocate.get('/api/outreach/digests/preview')).status).toBe(200);
    expect((await clients.curator.get('/api/outreach/digests/preview')).status).toBe(200);
    expect((await clients.lead.get('/api/outreach/digests/preview')).status).toBe(403);
    expect((await admin.get('/api/outreach/digests/preview')).status).toBe(403);
  });
});
