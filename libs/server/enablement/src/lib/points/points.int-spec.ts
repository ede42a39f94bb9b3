import type {
  AmbassadorContact,
  AmbassadorOverview,
  Challenge,
  MyPoints,
  NetworkName,
  PointsLeaderboard,
  PointsSettings,
  PointValues,
} from '@chorus/shared/contracts';
import { Clock, ENABLEMENT_JOBS, QUEUES } from '@chorus/server/core';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { createGroup, createUser, startTestApi, startTestWorker, TestApi, TestClient } from '@chorus/server/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { ChallengeFinisher } from './challenge-finisher';
import { PointsLedger } from './points-ledger';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function fieldsOf(body: { errors?: Array<{ field: string }> }): string[] {
  return [...new Set((body.errors ?? []).map((e) => e.field))];
}

describe('points, leaderboards, challenges and ambassadors (API, real Postgres)', () => {
  let defaultTimeout = 0;
  let api: TestApi;
  let ledger: PointsLedger;
  let finisher: ChallengeFinisher;
  let clock: Clock;
  let admin: TestClient;
  let lead: TestClient;

  beforeAll(async () => {
    defaultTimeout = jasmine.DEFAULT_TIMEOUT_INTERVAL;
    jasmine.DEFAULT_TIMEOUT_INTERVAL = 30_000;
    // An API of its own: these specs move its clock.
    api = await startTestApi();
    ledger = api.app.get(PointsLedger);
    finisher = api.app.get(ChallengeFinisher);
    clock = api.app.get(Clock);
    admin = await signedIn(['admin']);
    lead = await signedIn(['lead']);
  }, 30_000);

  afterAll(async () => {
    jasmine.DEFAULT_TIMEOUT_INTERVAL = defaultTimeout;
    clock.setOffset(0);
    await api.close();
  });

  afterEach(() => clock.setOffset(0));

  async function signedIn(roles: Array<'advocate' | 'curator' | 'lead' | 'admin'>, options: { name?: string; groupIds?: string[] } = {}) {
    const user = await createUser(api.dataSource, { roles, ...options });
    const client = api.client();
    await client.login(user.email, user.password);
    return Object.assign(client, { user });
  }

  async function item(title: string, suggested: string[] = [], state = 'approved'): Promise<string> {
    const texts = suggested.map((text) => ({ id: randomUUID(), network: 'linkedin', text }));
    const [row] = await api.dataSource.query(
      `INSERT INTO content_items (origin, state, title, url, suggested_texts) VALUES ('curator', $1, $2, $3, $4::jsonb) RETURNING id`,
      [state, title, `https://example.com/${randomUUID()}`, JSON.stringify(texts)],
    );
    return row.id;
  }

  /** A published share with its tracked link; the text gets the link appended as the composer does. */
  async function share(userId: string, itemId: string, network: NetworkName, text: string, at = clock.now()) {
    const code = randomBytes(6).toString('base64url');
    const [link] = await api.dataSource.query(
      `INSERT INTO tracked_links (code, user_id, content_item_id, network, target_url)
       VALUES ($1, $2, $3, $4, 'https://example.com/') ON CONFLICT (user_id, content_item_id, network) DO UPDATE SET code = tracked_links.code
       RETURNING id`,
      [code, userId, itemId, network],
    );
    const [row] = await api.dataSource.query(
      `INSERT INTO shares (user_id, network, content_item_id, link_id, text, timing, state, scheduled_at, due_at,
                           published_at, post_url, remote_id)
       VALUES ($1, $2, $3, $4, $5, 'now', 'published', $6, $6, $6, $7, $8) RETURNING id`,
      [userId, network, itemId, link.id, `${text}\n\nhttps://chorus.test/l/${code}`, at, `https://${network}.example/p/${randomUUID()}`, randomUUID()],
    );
    return { shareId: row.id as string, linkId: link.id as string };
  }

  async function clicks(target: { shareId: string; linkId: string }, humans: number, bots = 0, at = clock.now()) {
    const rows = [...Array(humans).fill(false), ...Array(bots).fill(true)] as boolean[];
    for (const isBot of rows) {
      await api.dataSource.query(
        `INSERT INTO link_clicks (link_id, share_id, network, clicked_at, is_bot, visitor_key)
         VALUES ($1, $2, 'linkedin', $3, $4, $5)`,
        [target.linkId, target.shareId, at, isBot, randomBytes(32).toString('hex')],
      );
    }
  }

  /** A path with one level and one step, rolled out to the given groups only. */
  async function step(name: string, level: string, unlocks: string[], groupIds: string[]): Promise<string> {
    const [path] = await api.dataSource.query(
      `INSERT INTO skill_paths (name, group_ids, active) VALUES ($1, $2::uuid[], true) RETURNING id`,
      [`Path ${randomBytes(3).toString('hex')}`, groupIds],
    );
    const [lv] = await api.dataSource.query(
      `INSERT INTO skill_levels (path_id, position, name, hours) VALUES ($1, 0, $2, 20) RETURNING id`,
      [path.id, level],
    );
    const [st] = await api.dataSource.query(
      `INSERT INTO skill_steps (level_id, position, name, unlocks) VALUES ($1, 0, $2, $3::text[]) RETURNING id`,
      [lv.id, name, unlocks],
    );
    return st.id;
  }

  async function complete(userId: string, stepId: string, at = clock.now()): Promise<void> {
    await api.dataSource.query(`INSERT INTO step_completions (user_id, step_id, completed_at) VALUES ($1, $2, $3)`, [userId, stepId, at]);
  }

  async function award(userId: string, points: number, at: Date): Promise<void> {
    await api.dataSource.query(
      `INSERT INTO point_awards (user_id, reason, ref, points, label, awarded_at) VALUES ($1, 'share', $2, $3, 'Seeded', $4)`,
      [userId, randomUUID(), points, at],
    );
  }

  async function values(): Promise<PointValues> {
    const response = await admin.get<PointsSettings>('/api/enablement/points-settings');
    expect(response.status).toBe(200);
    return response.body.values;
  }

  async function awardsOf(userId: string) {
    return api.dataSource.query(
      `SELECT reason, ref, points, label FROM point_awards WHERE user_id = $1 ORDER BY reason, ref`,
      [userId],
    ) as Promise<Array<{ reason: string; ref: string; points: number; label: string }>>;
  }

  describe('ledger', () => {
    it('awards what the event log implies, once, whatever the number of syncs', async () => {
      const v = await values();
      const advocate = await signedIn(['advocate'], { name: 'Ledger Lena' });
      const tag = randomBytes(3).toString('hex');
      const itemId = await item(`Quarterly results ${tag}`, ['Our  quarter in numbers']);
      // Suggested text (extra spaces and the link aside): a share, not own text.
      const suggested = await share(advocate.user.id, itemId, 'linkedin', 'Our quarter in   numbers');
      // Her own words on X: a share and own text.
      const own = await share(advocate.user.id, itemId, 'x', 'What I learned from our quarter');
      await clicks(suggested, 3, 2);
      const stepId = await step('Watch', 'Discoverer', [], [randomUUID()]);
      await complete(advocate.user.id, stepId);

      await ledger.sync();
      await ledger.sync();
      const response = await advocate.get<MyPoints>('/api/enablement/points/me');
      expect(response.status).toBe(200);
      const expected = 2 * v.share + v.original_text + 3 * v.click + v.step_completed;
      expect(response.body.total).toBe(expected);
      expect(response.body.week).toBe(expected);
      expect(response.body.nextCursor).toBeNull();
      const labels = response.body.history.map((a) => a.label);
      expect(labels).toContain(`Shared “Quarterly results ${tag}” on LinkedIn`);
      expect(labels).toContain(`Shared “Quarterly results ${tag}” on X`);
      expect(labels).toContain('Completed “Watch” (Discoverer)');
      const awards = await awardsOf(advocate.user.id);
      expect(awards.filter((a) => a.reason === 'original_text').map((a) => a.ref)).toEqual([own.shareId]);
      expect(awards.filter((a) => a.reason === 'click').length).toBe(3);
      expect(awards.length).toBe(2 + 1 + 3 + 1);
    });

    it('applies changed values to new events only, and validates every value', async () => {
      const before = await values();
      const advocate = await signedIn(['advocate']);
      const itemId = await item(`Values ${randomBytes(3).toString('hex')}`, ['Read this']);
      const first = await share(advocate.user.id, itemId, 'linkedin', 'Read this');
      await ledger.sync();
      try {
        const changed = { ...before, share: before.share + 7 };
        const saved = await admin.put<PointsSettings>('/api/enablement/points-settings', { values: changed });
        expect(saved.status).toBe(200);
        expect(saved.body.values).toEqual(changed);
        const second = await share(advocate.user.id, itemId, 'x', 'Read this');
        await ledger.sync();
        const awards = await awardsOf(advocate.user.id);
        expect(awards.find((a) => a.ref === first.shareId)?.points).toBe(before.share);
        expect(awards.find((a) => a.ref === second.shareId)?.points).toBe(before.share + 7);
        const audit = await api.dataSource.query(
          `SELECT 1 FROM audit_events WHERE action = 'enablement.points_settings_updated' LIMIT 1`,
        );
        expect(audit.length).toBe(1);
      } finally {
        await admin.put('/api/enablement/points-settings', { values: before });
      }

      const missing = await admin.put('/api/enablement/points-settings', { values: { ...before, click: undefined } });
      expect(missing.status).toBe(400);
      expect(fieldsOf(missing.body)).toEqual(['values.click']);
      const tooHigh = await admin.put('/api/enablement/points-settings', { values: { ...before, share: 1001 } });
      expect(fieldsOf(tooHigh.body)).toEqual(['values.share']);
      const advocateTries = await advocate.put('/api/enablement/points-settings', { values: before });
      expect(advocateTries.status).toBe(403);
    });

    it('still pays for an event committed after a sync with a time just before it (overlap window)', async () => {
      const advocate = await signedIn(['advocate']);
      const itemId = await item(`Late ${randomBytes(3).toString('hex')}`);
      await ledger.sync();
      const late = await share(advocate.user.id, itemId, 'linkedin', 'Late', new Date(clock.now().getTime() - 10 * 60_000));
      const response = await advocate.get<MyPoints>('/api/enablement/points/me');
      expect(response.body.history.map((a) => a.reason)).toContain('share');
      expect((await awardsOf(advocate.user.id)).map((a) => a.ref)).toContain(late.shareId);
    });

    it('catches up in batches, each moving the watermark on', async () => {
      const advocate = await signedIn(['advocate']);
      const itemId = await item(`Batches ${randomBytes(3).toString('hex')}`);
      const target = await share(advocate.user.id, itemId, 'linkedin', 'Batched');
      await clicks(target, 7);
      ledger.batchSize = 2;
      try {
        await ledger.sync({ wait: true });
      } finally {
        ledger.batchSize = 20_000;
      }
      expect((await awardsOf(advocate.user.id)).filter((a) => a.reason === 'click').length).toBe(7);
    });

    it('pages the history newest first with a cursor', async () => {
      const advocate = await signedIn(['advocate']);
      const now = clock.now().getTime();
      for (let i = 0; i < 52; i++) await award(advocate.user.id, 1, new Date(now - i * 60_000));
      const first = await advocate.get<MyPoints>('/api/enablement/points/me');
      expect(first.body.total).toBe(52);
      expect(first.body.history.length).toBe(50);
      const second = await advocate.get<MyPoints>(`/api/enablement/points/me?cursor=${first.body.nextCursor}`);
      expect(second.body.history.length).toBe(2);
      expect(second.body.nextCursor).toBeNull();
      const ids = new Set([...first.body.history, ...second.body.history].map((a) => a.id));
      expect(ids.size).toBe(52);
      const bad = await advocate.get('/api/enablement/points/me?cursor=nonsense');
      expect(bad.status).toBe(400);
      expect(fieldsOf(bad.body)).toEqual(['cursor']);
    });
  });

  describe('leaderboard', () => {
    it('ranks the members of a group by points in the period and keeps opted-out names hidden', async () => {
      const tag = randomBytes(3).toString('hex');
      const groupA = await createGroup(api.dataSource, `A ${tag}`);
      const groupB = await createGroup(api.dataSource, `B ${tag}`);
      const a1 = await signedIn(['advocate'], { name: `Alma ${tag}`, groupIds: [groupA.id] });
      const a2 = await signedIn(['advocate'], { name: `Hidden ${tag}`, groupIds: [groupA.id] });
      const a3 = await signedIn(['advocate'], { name: `Ada ${tag}`, groupIds: [groupA.id] });
      const b1 = await signedIn(['advocate'], { name: `Bert ${tag}`, groupIds: [groupB.id] });
      await api.dataSource.query(`INSERT INTO leaderboard_opt_outs (user_id) VALUES ($1)`, [a2.user.id]);
      const now = clock.now().getTime();
      await award(a1.user.id, 30, new Date(now - DAY));
      await award(a2.user.id, 50, new Date(now - DAY));
      await award(a3.user.id, 10, new Date(now - 2 * DAY));
      await award(a3.user.id, 40, new Date(now - 20 * DAY));
      await award(b1.user.id, 100, new Date(now - DAY));

      const week = await a1.get<PointsLeaderboard>('/api/enablement/leaderboard');
      expect(week.status).toBe(200);
      expect(week.body.groupId).toBe(groupA.id);
      expect(week.body.entries.map((e) => [e.rank, e.name, e.userId, e.points, e.isMe, e.anonymous])).toEqual([
        [1, 'Anonymous advocate', null, 50, false, true],
        [2, `Alma ${tag}`, a1.user.id, 30, true, false],
        [3, `Ada ${tag}`, a3.user.id, 10, false, false],
      ]);
      expect(JSON.stringify(week.body)).not.toContain(`Hidden ${tag}`);
      expect(JSON.stringify(week.body)).not.toContain(a2.user.id);

      const month = await a1.get<PointsLeaderboard>('/api/enablement/leaderboard?period=month');
      expect(month.body.entries.map((e) => e.points)).toEqual([50, 50, 30]);

      const own = await a2.get<PointsLeaderboard>('/api/enablement/leaderboard');
      expect(own.body.entries[0]).toEqual(jasmine.objectContaining({ name: `Hidden ${tag}`, userId: a2.user.id, isMe: true }));

      expect((await a1.get(`/api/enablement/leaderboard?groupId=${groupB.id}`)).status).toBe(403);
      const forLead = await lead.get<PointsLeaderboard>(`/api/enablement/leaderboard?groupId=${groupB.id}`);
      expect(forLead.body.entries.map((e) => [e.name, e.points])).toEqual([[`Bert ${tag}`, 100]]);
      expect((await lead.get(`/api/enablement/leaderboard?groupId=${randomUUID()}`)).status).toBe(404);
      const bad = await a1.get('/api/enablement/leaderboard?period=year');
      expect(fieldsOf(bad.body)).toEqual(['period']);

      // A member without points still sees their own row, after the others.
      const idle = await signedIn(['advocate'], { name: `Idle ${tag}`, groupIds: [groupA.id] });
      const idleView = await idle.get<PointsLeaderboard>('/api/enablement/leaderboard');
      expect(idleView.body.entries.map((e) => [e.name, e.points, e.isMe])).toEqual([
        ['Anonymous advocate', 50, false],
        [`Alma ${tag}`, 30, false],
        [`Ada ${tag}`, 10, false],
        [`Idle ${tag}`, 0, true],
      ]);
    });
  });

  describe('challenges', () => {
    async function challengeSetup() {
      const tag = randomBytes(3).toString('hex');
      const group = await createGroup(api.dataSource, `C ${tag}`);
      const c1 = await signedIn(['advocate'], { name: `Cleo ${tag}`, groupIds: [group.id] });
      const c2 = await signedIn(['advocate'], { name: `Secret ${tag}`, groupIds: [group.id] });
      const c3 = await signedIn(['advocate'], { name: `Cato ${tag}`, groupIds: [group.id] });
      const outsider = await signedIn(['advocate'], { name: `Otto ${tag}` });
      await api.dataSource.query(`INSERT INTO leaderboard_opt_outs (user_id) VALUES ($1)`, [c2.user.id]);
      const featured = await item(`Featured ${tag}`);
      const other = await item(`Other ${tag}`);
      return { tag, group, c1, c2, c3, outsider, featured, other };
    }

    it('runs a clicks challenge, then finds and announces the winners once', async () => {
      const s = await challengeSetup();
      const now = clock.now().getTime();
      const created = await lead.post<Challenge>('/api/enablement/challenges', {
        title: `Click race ${s.tag}`,
        prize: 'A coffee with the CEO',
        metric: 'clicks',
        contentItemId: s.featured,
        groupId: s.group.id,
        startsAt: new Date(now - HOUR).toISOString(),
        endsAt: new Date(now + HOUR).toISOString(),
        winnerCount: 2,
      });
      expect(created.status).toBe(201);
      const id = created.body.id;
      await clicks(await share(s.c1.user.id, s.featured, 'linkedin', 'Look'), 3, 5);
      await clicks(await share(s.c2.user.id, s.featured, 'linkedin', 'Look'), 5);
      await clicks(await share(s.c3.user.id, s.other, 'linkedin', 'Look'), 10);

      const running = await s.c1.get<Challenge>(`/api/enablement/challenges/${id}`);
      expect(running.body.state).toBe('running');
      expect(running.body.standings.map((e) => [e.rank, e.name, e.score])).toEqual([
        [1, 'Anonymous advocate', 5],
        [2, `Cleo ${s.tag}`, 3],
      ]);
      expect(running.body.myScore).toBe(3);
      expect(running.body.winners).toBeNull();
      expect(JSON.stringify(running.body)).not.toContain(`Secret ${s.tag}`);
      expect((await s.c3.get<Challenge>(`/api/enablement/challenges/${id}`)).body.myScore).toBe(0);
      const list = await s.c1.get<Challenge[]>('/api/enablement/challenges');
      expect(list.body.map((c) => c.id)).toContain(id);
      expect((await s.outsider.get<Challenge[]>('/api/enablement/challenges')).body.map((c) => c.id)).not.toContain(id);
      expect((await s.outsider.get(`/api/enablement/challenges/${id}`)).status).toBe(404);

      clock.setOffset(2 * HOUR);
      expect(await finisher.finishDue()).toBeGreaterThanOrEqual(1);
      expect(await finisher.finishDue()).toBe(0);

      const ended = await s.c1.get<Challenge>(`/api/enablement/challenges/${id}`);
      expect(ended.body.state).toBe('ended');
      expect(ended.body.winners?.map((w) => [w.rank, w.name, w.userId, w.score])).toEqual([
        [1, 'Anonymous advocate', null, 5],
        [2, `Cleo ${s.tag}`, s.c1.user.id, 3],
      ]);
      expect(JSON.stringify(ended.body)).not.toContain(`Secret ${s.tag}`);
      const self = await s.c2.get<Challenge>(`/api/enablement/challenges/${id}`);
      expect(self.body.winners?.[0]).toEqual(jasmine.objectContaining({ name: `Secret ${s.tag}`, isMe: true }));

      const won = (await awardsOf(s.c1.user.id)).filter((a) => a.reason === 'challenge_won');
      expect(won.map((a) => [a.ref, a.label])).toEqual([[id, `Won the challenge “Click race ${s.tag}”`]]);
      expect((await awardsOf(s.c3.user.id)).filter((a) => a.reason === 'challenge_won')).toEqual([]);

      const notices = await api.dataSource.query(
        `SELECT user_id, title, body, link FROM notifications WHERE kind = 'challenge_ended' AND link = $1 ORDER BY title`,
        [`/challenges/${id}`],
      );
      expect(notices.length).toBe(3);
      expect(notices.find((n: { user_id: string }) => n.user_id === s.c1.user.id).title).toBe(`You won “Click race ${s.tag}”`);
      expect(notices.find((n: { user_id: string }) => n.user_id === s.c3.user.id).title).toBe(`“Click race ${s.tag}” has ended`);
      expect(JSON.stringify(notices)).not.toContain(`Secret ${s.tag}`);

      const edit = await lead.put(`/api/enablement/challenges/${id}`, {
        title: 'Too late',
        prize: 'x',
        metric: 'clicks',
        startsAt: new Date(now).toISOString(),
        endsAt: new Date(now + DAY).toISOString(),
      });
      expect(edit.status).toBe(409);
    });

    it('scores shares and points, lists running before scheduled before ended, and deletes', async () => {
      const s = await challengeSetup();
      const now = clock.now().getTime();
      const base = { prize: 'Lunch', groupId: s.group.id };
      const shares = await lead.post<Challenge>('/api/enablement/challenges', {
        ...base, title: 'Shares', metric: 'shares', startsAt: new Date(now - HOUR).toISOString(), endsAt: new Date(now + DAY).toISOString(),
      });
      const points = await lead.post<Challenge>('/api/enablement/challenges', {
        ...base, title: 'Points', metric: 'points', startsAt: new Date(now - HOUR).toISOString(), endsAt: new Date(now + 2 * DAY).toISOString(),
      });
      const later = await lead.post<Challenge>('/api/enablement/challenges', {
        ...base, title: 'Later', metric: 'clicks', startsAt: new Date(now + DAY).toISOString(), endsAt: new Date(now + 3 * DAY).toISOString(),
      });
      await share(s.c1.user.id, s.featured, 'linkedin', 'One');
      await share(s.c1.user.id, s.other, 'x', 'Two');
      await share(s.c3.user.id, s.other, 'linkedin', 'Three');
      const v = await values();

      const sharesView = await s.c3.get<Challenge>(`/api/enablement/challenges/${shares.body.id}`);
      expect(sharesView.body.standings.map((e) => [e.name, e.score])).toEqual([[`Cleo ${s.tag}`, 2], [`Cato ${s.tag}`, 1]]);
      const pointsView = await s.c3.get<Challenge>(`/api/enablement/challenges/${points.body.id}`);
      expect(pointsView.body.standings[0]).toEqual(jasmine.objectContaining({ name: `Cleo ${s.tag}` }));
      expect(pointsView.body.myScore).toBe(v.share + v.original_text);
      const laterView = await s.c3.get<Challenge>(`/api/enablement/challenges/${later.body.id}`);
      expect(laterView.body.state).toBe('scheduled');
      expect(laterView.body.standings).toEqual([]);

      const mine = (await s.c3.get<Challenge[]>('/api/enablement/challenges')).body.filter((c) => c.group?.id === s.group.id);
      expect(mine.map((c) => c.title)).toEqual(['Shares', 'Points', 'Later']);

      expect((await lead.delete(`/api/enablement/challenges/${later.body.id}`)).status).toBe(204);
      expect((await lead.delete(`/api/enablement/challenges/${later.body.id}`)).status).toBe(404);
    });

    it('validates a challenge field by field and lets only leads and admins manage them', async () => {
      const s = await challengeSetup();
      const now = clock.now().getTime();
      const valid = {
        title: 'Valid',
        prize: 'Cake',
        metric: 'clicks',
        startsAt: new Date(now).toISOString(),
        endsAt: new Date(now + DAY).toISOString(),
      };
      const draft = await item('Draft', [], 'draft');
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ ...valid, title: '' }, 'title'],
        [{ ...valid, title: 'x'.repeat(161) }, 'title'],
        [{ ...valid, prize: '' }, 'prize'],
        [{ ...valid, metric: 'likes' }, 'metric'],
        [{ ...valid, endsAt: valid.startsAt }, 'endsAt'],
        [{ ...valid, startsAt: 'tomorrow' }, 'startsAt'],
        [{ ...valid, winnerCount: 11 }, 'winnerCount'],
        [{ ...valid, contentItemId: randomUUID() }, 'contentItemId'],
        [{ ...valid, contentItemId: draft }, 'contentItemId'],
        [{ ...valid, groupId: randomUUID() }, 'groupId'],
      ];
      for (const [body, field] of cases) {
        const response = await lead.post('/api/enablement/challenges', body);
        expect(response.status).withContext(field).toBe(400);
        expect(fieldsOf(response.body)).withContext(JSON.stringify(body)).toEqual([field]);
      }
      expect((await s.c1.post('/api/enablement/challenges', valid)).status).toBe(403);
      const created = await admin.post<Challenge>('/api/enablement/challenges', { ...valid, contentItemId: s.featured });
      expect(created.status).toBe(201);
      expect(created.body.contentItem?.id).toBe(s.featured);
      const edited = await lead.put<Challenge>(`/api/enablement/challenges/${created.body.id}`, { ...valid, title: 'Edited', winnerCount: 3 });
      expect(edited.status).toBe(200);
      expect([edited.body.title, edited.body.winnerCount, edited.body.contentItem]).toEqual(['Edited', 3, null]);
      expect((await s.c1.delete(`/api/enablement/challenges/${created.body.id}`)).status).toBe(403);
      expect((await lead.delete(`/api/enablement/challenges/${created.body.id}`)).status).toBe(204);
    });
  });

  describe('worker', () => {
    async function until<T>(probe: () => Promise<T | null | undefined>, what: string): Promise<T> {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const value = await probe();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }

    it('schedules the sync and the challenge check, which pay points and finish challenges on their own', async () => {
      // Started here, not for the whole file: its syncs would otherwise race the other specs' explicit ones.
      const worker = await startTestWorker({ POINTS_SYNC_INTERVAL_SECONDS: '1', CHALLENGE_CHECK_INTERVAL_SECONDS: '1' });
      try {
        const queue = worker.app.get<Queue>(getQueueToken(QUEUES.enablement));
        const repeatable = (await queue.getRepeatableJobs()).map((j) => j.name).sort();
        expect(repeatable).toEqual([ENABLEMENT_JOBS.finishChallenges, ENABLEMENT_JOBS.syncPoints].sort());

        const advocate = await signedIn(['advocate']);
        const itemId = await item(`Worker ${randomBytes(3).toString('hex')}`);
        const { shareId } = await share(advocate.user.id, itemId, 'linkedin', 'By the worker');
        await until(
          async () => (await awardsOf(advocate.user.id)).find((a) => a.ref === shareId),
          'the share award',
        );

        const now = clock.now().getTime();
        const created = await lead.post<Challenge>('/api/enablement/challenges', {
          title: 'Over already',
          prize: 'Tea',
          metric: 'shares',
          startsAt: new Date(now - 2 * HOUR).toISOString(),
          endsAt: new Date(now - 1000).toISOString(),
        });
        expect(created.status).toBe(201);
        await until(
          async () =>
            (await api.dataSource.query(`SELECT finalized_at FROM challenges WHERE id = $1`, [created.body.id]))[0]
              ?.finalized_at,
          'the challenge to be finalized',
        );
      } finally {
        await worker.close();
      }
    });
  });

  describe('ambassadors', () => {
    it('proposes the most active advocates, marks and unmarks them, and shows them to their group', async () => {
      const tag = randomBytes(3).toString('hex');
      const group = await createGroup(api.dataSource, `Amb ${tag}`);
      const a1 = await signedIn(['advocate'], { name: `Top ${tag}`, groupIds: [group.id] });
      const a2 = await signedIn(['advocate'], { name: `Second ${tag}`, groupIds: [group.id] });
      const idle = await signedIn(['advocate'], { name: `Idle ${tag}`, groupIds: [group.id] });
      const outsider = await signedIn(['advocate'], { name: `Out ${tag}` });
      // A path rolled out to this group only, whose step unlocks the capability; a1 completed it.
      const stepId = await step('Create', 'Explorer', ['ambassador'], [group.id]);
      await complete(a1.user.id, stepId);
      const now = clock.now().getTime();
      await award(a1.user.id, 400, new Date(now - DAY));
      await award(a2.user.id, 300, new Date(now - DAY));
      await award(a2.user.id, 900, new Date(now - 100 * DAY));

      const overview = await lead.get<AmbassadorOverview>(`/api/enablement/ambassadors?groupId=${group.id}`);
      expect(overview.status).toBe(200);
      const v = await values();
      expect(overview.body.proposals.map((p) => [p.name, p.points, p.eligible])).toEqual([
        [`Top ${tag}`, 400 + v.step_completed, true],
        [`Second ${tag}`, 300, false],
      ]);
      expect(overview.body.ambassadors).toEqual([]);
      expect(overview.body.groups.map((g) => g.id)).toContain(group.id);

      const marked = await lead.put<AmbassadorContact>(`/api/enablement/ambassadors/${group.id}/${a1.user.id}`);
      expect(marked.status).toBe(200);
      expect(marked.body).toEqual({ userId: a1.user.id, name: `Top ${tag}`, email: a1.user.email, groupId: group.id, groupName: `Amb ${tag}` });
      expect((await lead.put(`/api/enablement/ambassadors/${group.id}/${a1.user.id}`)).status).toBe(200);
      const after = await lead.get<AmbassadorOverview>(`/api/enablement/ambassadors?groupId=${group.id}`);
      expect(after.body.ambassadors.map((a) => a.userId)).toEqual([a1.user.id]);
      expect(after.body.proposals.map((p) => p.userId)).toEqual([a2.user.id]);

      const mine = await idle.get<AmbassadorContact[]>('/api/enablement/ambassadors/mine');
      expect(mine.body.map((c) => [c.name, c.email])).toEqual([[`Top ${tag}`, a1.user.email]]);
      expect((await outsider.get<AmbassadorContact[]>('/api/enablement/ambassadors/mine')).body).toEqual([]);

      expect((await lead.put(`/api/enablement/ambassadors/${group.id}/${outsider.user.id}`)).status).toBe(409);
      // Only holders of the ambassador capability (here: who completed Explorer's "Create") can be marked.
      const ineligible = await lead.put<{ code: string; detail: string }>(`/api/enablement/ambassadors/${group.id}/${a2.user.id}`);
      expect(ineligible.status).toBe(409);
      expect(ineligible.body.code).toBe('enablement.not_eligible');
      expect(ineligible.body.detail).toContain('Create');
      expect((await lead.put(`/api/enablement/ambassadors/${group.id}/${randomUUID()}`)).status).toBe(404);
      expect((await lead.put(`/api/enablement/ambassadors/${randomUUID()}/${a1.user.id}`)).status).toBe(404);
      expect((await lead.get(`/api/enablement/ambassadors?groupId=${randomUUID()}`)).status).toBe(404);
      expect((await a1.get(`/api/enablement/ambassadors?groupId=${group.id}`)).status).toBe(403);
      expect((await a2.put(`/api/enablement/ambassadors/${group.id}/${a2.user.id}`)).status).toBe(403);

      expect((await lead.delete(`/api/enablement/ambassadors/${group.id}/${a1.user.id}`)).status).toBe(204);
      expect((await lead.delete(`/api/enablement/ambassadors/${group.id}/${a1.user.id}`)).status).toBe(404);
      expect((await idle.get<AmbassadorContact[]>('/api/enablement/ambassadors/mine')).body).toEqual([]);
      const audit = await api.dataSource.query(
        `SELECT action FROM audit_events WHERE target_id = $1 AND action LIKE 'enablement.ambassador_%' ORDER BY id`,
        [a1.user.id],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['enablement.ambassador_marked', 'enablement.ambassador_unmarked']);
    });
  });
});
