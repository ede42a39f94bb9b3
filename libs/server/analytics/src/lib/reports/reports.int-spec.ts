import type {
  AdvocateReachRow,
  ContentReachRow,
  LeadDashboard,
  Leaderboard,
  MetricsAvailability,
  MyReach,
  NetworkName,
} from '@chorus/shared/contracts';
import { Clock } from '@chorus/server/core';
import { createGroup, createUser, startTestApi, TestApi, TestClient } from '@chorus/server/testing';
import { randomBytes } from 'node:crypto';
import { MetricsAvailabilityService } from '../metrics/metrics-availability.service';
import { AnalyticsRollups } from '../rollups/analytics-rollups';
import { addDays, utcDay } from '../rollups/utc-days';
import { at, RawClick, ReachFixture } from './testing/reach-fixture';

/** Three days long past per seeded organisation: nothing else in the run's database has events there. */
let nextBase = Date.UTC(2003, 0, 1);
function freshRange(): string[] {
  const from = new Date(nextBase).toISOString().slice(0, 10);
  nextBase += 10 * 86_400_000;
  return [from, addDays(from, 1), addDays(from, 2)];
}

/** The distinct fields a 400 names. */
function fieldsOf(body: { errors?: Array<{ field: string }> }): string[] {
  return [...new Set((body.errors ?? []).map((e) => e.field))];
}

const X_ONLY: MetricsAvailability[] = [
  { network: 'linkedin', available: false, reason: 'no metrics for self-serve apps' },
  { network: 'x', available: true, reason: null },
];

describe('analytics reports (API, real Postgres)', () => {
  // Each spec seeds an organisation and rolls it up: more than Jasmine's default 5 s on a busy machine.
  let defaultTimeout = 0;
  beforeAll(() => {
    defaultTimeout = jasmine.DEFAULT_TIMEOUT_INTERVAL;
    jasmine.DEFAULT_TIMEOUT_INTERVAL = 30_000;
  });
  afterAll(() => {
    jasmine.DEFAULT_TIMEOUT_INTERVAL = defaultTimeout;
  });

  let api: TestApi;
  let kit: ReachFixture;
  let rollups: AnalyticsRollups;
  let lead: TestClient;
  let admin: TestClient;

  beforeAll(async () => {
    api = await startTestApi();
    kit = new ReachFixture(api.dataSource);
    rollups = api.app.get(AnalyticsRollups);
    lead = await clientFor(['lead']);
    admin = await clientFor(['admin']);
  }, 30_000);

  afterAll(async () => {
    await api.close();
  });

  async function clientFor(roles: Array<'advocate' | 'curator' | 'lead' | 'admin'>, userId?: string) {
    const user = userId
      ? await api.dataSource.query(`SELECT email FROM users WHERE id = $1`, [userId]).then(([u]) => u)
      : await createUser(api.dataSource, { roles });
    const client = api.client();
    await client.login(user.email, 'test-password-123');
    return client;
  }

  function clicks(linkId: string, shareId: string, network: NetworkName, when: Date, humans: number, bots = 0) {
    const list: RawClick[] = [];
    for (let i = 0; i < humans; i++) list.push({ linkId, shareId, network, at: when, visitor: `h${i}` });
    for (let i = 0; i < bots; i++) list.push({ linkId, shareId, network, at: when, visitor: 'bot', isBot: true });
    return kit.clicks(list);
  }

  /**
   * Group A (a1, a2 opted out, a3 idle) and group B (b1), on three past days:
   * a1: LinkedIn share of item 1 on day 0 with 3 human + 1 bot clicks and a LinkedIn snapshot (5000, 50);
   *     X share of item 2 on day 1 with 2 clicks and an X snapshot (1000 impressions, 10 engagements).
   * a2: X share of item 1 on day 1 with 6 clicks.  b1: LinkedIn share of item 1 on day 0 with 7 clicks.
   */
  async function seedOrganisation() {
    const days = freshRange();
    const tag = randomBytes(3).toString('hex');
    const groupA = await createGroup(api.dataSource, `A ${tag}`);
    const groupB = await createGroup(api.dataSource, `B ${tag}`);
    const a1 = await createUser(api.dataSource, { name: 'Anna One', groupIds: [groupA.id] });
    const a2 = await createUser(api.dataSource, { name: 'Arne Two', groupIds: [groupA.id] });
    const a3 = await createUser(api.dataSource, { name: 'Idle Three', groupIds: [groupA.id] });
    const b1 = await createUser(api.dataSource, { name: 'Bea One', groupIds: [groupB.id] });
    await api.dataSource.query(`INSERT INTO leaderboard_opt_outs (user_id) VALUES ($1)`, [a2.id]);
    const item1 = await kit.item(`First ${tag}`);
    const item2 = await kit.item(`Second ${tag}`);

    const a1li = await kit.share(a1.id, item1, 'linkedin', at(days[0], 8));
    await clicks(a1li.linkId, a1li.shareId, 'linkedin', at(days[0], 9), 3, 1);
    await kit.snapshot(a1li.shareId, 'linkedin', at(days[0], 20), 5000, 50);
    const a1x = await kit.share(a1.id, item2, 'x', at(days[1], 8));
    await clicks(a1x.linkId, a1x.shareId, 'x', at(days[1], 9), 2);
    await kit.snapshot(a1x.shareId, 'x', at(days[1], 20), 1000, 10);
    const a2x = await kit.share(a2.id, item1, 'x', at(days[1], 7));
    await clicks(a2x.linkId, a2x.shareId, 'x', at(days[1], 10), 6);
    const b1li = await kit.share(b1.id, item1, 'linkedin', at(days[0], 7));
    await clicks(b1li.linkId, b1li.shareId, 'linkedin', at(days[0], 10), 7);

    await rollups.rebuild(days[0], days[2]);
    const range = `from=${days[0]}&to=${days[2]}`;
    return { days, range, groupA, groupB, a1, a2, a3, b1, item1, item2, a1x };
  }

  describe('lead dashboard', () => {
    it('counts only the members of the filtered group, bots apart, with every day of the range', async () => {
      const org = await seedOrganisation();
      const response = await lead.get<LeadDashboard>(`/api/analytics/dashboard?${org.range}&groupId=${org.groupA.id}`);
      expect(response.status).toBe(200);
      const body = response.body;
      expect(body.groupId).toBe(org.groupA.id);
      expect([body.totals.shares, body.totals.clicks, body.totals.uniqueClicks, body.totals.botClicks]).toEqual([
        3, 11, 11, 1,
      ]);
      expect(body.participation).toEqual({ enrolled: 3, active: 2, rate: 2 / 3 });
      expect(body.series.map((d) => [d.day, d.shares, d.clicks, d.activeAdvocates])).toEqual([
        [org.days[0], 1, 3, 1],
        [org.days[1], 2, 8, 2],
        [org.days[2], 0, 0, 0],
      ]);
      expect(body.networks.map((n) => [n.network, n.totals.shares, n.totals.clicks])).toEqual([
        ['linkedin', 1, 3],
        ['x', 2, 8],
      ]);

      const b = await lead.get<LeadDashboard>(`/api/analytics/dashboard?${org.range}&groupId=${org.groupB.id}`);
      expect([b.body.totals.shares, b.body.totals.clicks]).withContext('only b1').toEqual([1, 7]);
      expect(b.body.participation).toEqual({ enrolled: 1, active: 1, rate: 1 });

      const rows = new Map(body.groups.map((g) => [g.groupId, g]));
      expect(rows.get(org.groupA.id)?.totals.clicks).toBe(11);
      expect(rows.get(org.groupA.id)?.participation).toEqual({ enrolled: 3, active: 2, rate: 2 / 3 });
      expect(rows.get(org.groupB.id)?.totals.clicks).toBe(7);
      expect(rows.get(org.groupB.id)?.name).toBe(org.groupB.name);

      const xOnly = await lead.get<LeadDashboard>(
        `/api/analytics/dashboard?${org.range}&groupId=${org.groupA.id}&network=x`,
      );
      expect([xOnly.body.totals.shares, xOnly.body.totals.clicks, xOnly.body.totals.botClicks]).toEqual([2, 8, 0]);
      expect(xOnly.body.networks.map((n) => n.network)).toEqual(['x']);
    });

    it('follows membership on the day: a move to another group takes only later days along', async () => {
      const org = await seedOrganisation();
      await api.dataSource.query(`DELETE FROM group_members WHERE user_id = $1`, [org.a1.id]);
      await api.dataSource.query(`INSERT INTO group_members (group_id, user_id) VALUES ($1, $2)`, [
        org.groupB.id,
        org.a1.id,
      ]);
      const later = await kit.share(org.a1.id, org.item2, 'linkedin', at(org.days[2], 9));
      await clicks(later.linkId, later.shareId, 'linkedin', at(org.days[2], 10), 4);
      await rollups.rollUp([org.days[2]]);

      const a = await lead.get<LeadDashboard>(`/api/analytics/dashboard?${org.range}&groupId=${org.groupA.id}`);
      const b = await lead.get<LeadDashboard>(`/api/analytics/dashboard?${org.range}&groupId=${org.groupB.id}`);
      expect([a.body.totals.shares, a.body.totals.clicks]).withContext("a1's days in A stay with A").toEqual([3, 11]);
      expect([b.body.totals.shares, b.body.totals.clicks]).withContext("b1, plus a1's day in B").toEqual([2, 11]);
      expect(a.body.participation.enrolled).toBe(2);
      expect(b.body.participation).toEqual({ enrolled: 2, active: 2, rate: 1 });

      const advocatesOfA = await lead.get<AdvocateReachRow[]>(
        `/api/analytics/advocates?${org.range}&groupId=${org.groupA.id}`,
      );
      const a1InA = advocatesOfA.body.find((row) => row.userId === org.a1.id);
      expect(a1InA?.totals.clicks).toBe(5);
      expect(a1InA?.groups).withContext('groups are current').toEqual([org.groupB.name]);
    });

    it("computes EMV with the admin's rates, counting metrics only of networks that report them", async () => {
      const org = await seedOrganisation();
      const rates = { linkedin: { cpm: 40, cpc: 3, cpe: 2 }, x: { cpm: 12, cpc: 0.7, cpe: 0.9 } };
      const saved = await admin.put('/api/analytics/settings', { currency: 'EUR', emvRates: rates });
      expect(saved.status).toBe(200);
      spyOn(api.app.get(MetricsAvailabilityService), 'all').and.resolveTo(X_ONLY);

      const { body } = await lead.get<LeadDashboard>(`/api/analytics/dashboard?${org.range}&groupId=${org.groupA.id}`);
      expect(body.emv.rates).toEqual(rates);
      expect(body.emv.currency).toBe('EUR');
      expect(body.availability).toEqual(X_ONLY);
      // LinkedIn: 3 clicks (its 5000 impressions are not reported); X: 1000 impressions, 8 clicks, 10 engagements.
      const emv = 3 * 3 + (1000 * 12) / 1000 + 8 * 0.7 + 10 * 0.9;
      expect(body.totals.emv).toBeCloseTo(emv, 2);
      expect(body.totals.impressions).toBe(1000);
      expect(body.totals.engagements).toBe(10);
      expect(body.totals.ctr).toBeCloseTo(8 / 1000, 6);
      const linkedin = body.networks.find((n) => n.network === 'linkedin');
      expect(linkedin?.totals.impressions).withContext('unknown, not 0').toBeNull();
      expect(linkedin?.totals.emv).toBeCloseTo(9, 2);
      expect(body.series[1].emv).toBeCloseTo(12 + 8 * 0.7 + 9, 2);
    });

    it('lists content and advocates by clicks, names shown to leads with the opt-out flag', async () => {
      const org = await seedOrganisation();
      const content = await lead.get<ContentReachRow[]>(`/api/analytics/content?${org.range}&groupId=${org.groupA.id}`);
      expect(content.status).toBe(200);
      expect(content.body.map((c) => [c.contentItemId, c.totals.clicks, c.totals.shares])).toEqual([
        [org.item1, 9, 2],
        [org.item2, 2, 1],
      ]);
      expect(content.body[0].title).toMatch(/^First /);
      const one = await lead.get<ContentReachRow[]>(
        `/api/analytics/content?${org.range}&groupId=${org.groupA.id}&limit=1`,
      );
      expect(one.body.map((c) => c.contentItemId)).toEqual([org.item1]);

      const advocates = await lead.get<AdvocateReachRow[]>(
        `/api/analytics/advocates?${org.range}&groupId=${org.groupA.id}`,
      );
      expect(advocates.body.map((a) => [a.name, a.hiddenFromLeaderboards, a.totals.clicks])).toEqual([
        ['Arne Two', true, 6],
        ['Anna One', false, 5],
      ]);
      expect(advocates.body[0].groups).toEqual([org.groupA.name]);
    });

    it('exports every row as a CSV attachment, and 404s unknown tables', async () => {
      const org = await seedOrganisation();
      for (let i = 0; i < 11; i++) {
        const share = await kit.share(org.b1.id, await kit.item(`Extra ${i}`), 'x', at(org.days[2], 8));
        await clicks(share.linkId, share.shareId, 'x', at(org.days[2], 9), 1);
      }
      await rollups.rollUp([org.days[2]]);
      const response = await lead.get<string>(`/api/analytics/export/content?${org.range}&groupId=${org.groupB.id}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="chorus-content-${org.days[0]}-${org.days[2]}.csv"`,
      );
      const lines = response.body.trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'content_item_id,title,url,shares,clicks,unique_clicks,bot_clicks,impressions,engagements,ctr,emv',
      );
      expect(lines.length).withContext('header + 12 items, not the top 10').toBe(13);
      expect(lines[1]).toContain(`${org.item1},First `);

      const days = await lead.get<string>(`/api/analytics/export/days?${org.range}`);
      expect(days.body.trimEnd().split('\r\n').length).toBe(4);
      for (const table of ['groups', 'networks', 'advocates']) {
        const other = await admin.get<string>(`/api/analytics/export/${table}?${org.range}`);
        expect(other.status).withContext(table).toBe(200);
      }
      const unknown = await lead.get(`/api/analytics/export/secrets?${org.range}`);
      expect(unknown.status).toBe(404);
    });
  });

  describe('access and validation', () => {
    it('refuses the lead reports to advocates (403) and names every bad field (400)', async () => {
      const advocate = await clientFor(['advocate']);
      const forbidden = await advocate.get('/api/analytics/dashboard');
      expect(forbidden.status).toBe(403);
      expect((await advocate.get('/api/analytics/export/days')).status).toBe(403);

      const cases: Array<[string, string]> = [
        ['/api/analytics/dashboard?from=2026-13-01', 'from'],
        ['/api/analytics/dashboard?to=2026-02-30', 'to'],
        ['/api/analytics/dashboard?from=2026-03-02&to=2026-03-01', 'to'],
        ['/api/analytics/dashboard?from=2024-01-01&to=2025-01-01', 'from'],
        ['/api/analytics/dashboard?groupId=sales', 'groupId'],
        ['/api/analytics/dashboard?network=facebook', 'network'],
        ['/api/analytics/content?limit=0', 'limit'],
        ['/api/analytics/advocates?limit=101', 'limit'],
        ['/api/analytics/advocates?limit=ten', 'limit'],
        ['/api/analytics/export/content?network=myspace', 'network'],
      ];
      for (const [url, field] of cases) {
        const response = await lead.get(url);
        expect(response.status).withContext(url).toBe(400);
        expect(fieldsOf(response.body)).withContext(url).toEqual([field]);
      }
      const advocateCases: Array<[string, string]> = [
        ['/api/analytics/leaderboard?period=year', 'period'],
        ['/api/analytics/leaderboard?groupId=1', 'groupId'],
        ['/api/analytics/me?from=01.03.2026', 'from'],
      ];
      for (const [url, field] of advocateCases) {
        const response = await advocate.get(url);
        expect(response.status).withContext(url).toBe(400);
        expect(fieldsOf(response.body)).withContext(url).toEqual([field]);
      }
      const badPreference = await advocate.put('/api/analytics/me/preferences', { showOnLeaderboards: 'yes' });
      expect(badPreference.status).toBe(400);
      expect(fieldsOf(badPreference.body)).toEqual(['showOnLeaderboards']);
    });
  });

  describe('leaderboard', () => {
    /** Group A: a1 (10 clicks), a2 opted out (50), eleven colleagues (12…22), one 20 days ago (100); B: b1 (30). */
    async function seedToday() {
      const today = utcDay(api.app.get(Clock).now());
      const tag = randomBytes(3).toString('hex');
      const groupA = await createGroup(api.dataSource, `A ${tag}`);
      const groupB = await createGroup(api.dataSource, `B ${tag}`);
      const item = await kit.item();
      const advocate = async (name: string, groupId: string, clickCount: number, daysAgo = 0) => {
        const user = await createUser(api.dataSource, { name, groupIds: [groupId] });
        const share = await kit.share(user.id, item, 'x', new Date(Date.now() - daysAgo * 86_400_000 - 60_000));
        await clicks(
          share.linkId,
          share.shareId,
          'x',
          new Date(Date.now() - daysAgo * 86_400_000 - 30_000),
          clickCount,
        );
        return user;
      };
      const a1 = await advocate('Anna One', groupA.id, 10);
      const a2 = await advocate('Arne Two', groupA.id, 50);
      await api.dataSource.query(`INSERT INTO leaderboard_opt_outs (user_id) VALUES ($1)`, [a2.id]);
      for (let i = 0; i < 11; i++) await advocate(`Colleague ${i}`, groupA.id, 12 + i);
      const old = await advocate('Old Timer', groupA.id, 100, 20);
      const b1 = await advocate('Bea One', groupB.id, 30);
      await rollups.rollUp([today, addDays(today, -1), utcDay(new Date(Date.now() - 20 * 86_400_000 - 60_000))]);
      return { groupA, groupB, a1, a2, b1, old };
    }

    it("ranks the caller's first group by clicks, keeps the caller, and hides opted-out colleagues", async () => {
      const org = await seedToday();
      const a1 = await clientFor(['advocate'], org.a1.id);
      const response = await a1.get<Leaderboard>('/api/analytics/leaderboard');
      expect(response.status).toBe(200);
      const board = response.body;
      expect([board.period, board.groupId, board.groupName]).toEqual(['week', org.groupA.id, org.groupA.name]);
      expect(board.groups).toEqual([{ id: org.groupA.id, name: org.groupA.name }]);
      expect(board.entries.length).withContext('top 10 plus the caller').toBe(11);
      expect(board.entries.slice(0, 10).map((e) => e.clicks)).toEqual([50, 22, 21, 20, 19, 18, 17, 16, 15, 14]);
      expect(board.entries[10]).toEqual({
        rank: 13,
        userId: org.a1.id,
        name: 'Anna One',
        isMe: true,
        clicks: 10,
        shares: 1,
      });
      expect(board.entries[0]).toEqual({
        rank: 1,
        userId: null,
        name: 'Anonymous advocate',
        isMe: false,
        clicks: 50,
        shares: 1,
      });
      expect(board.entries.map((e) => e.userId)).not.toContain(org.b1.id);
      expect(board.entries.map((e) => e.userId))
        .withContext('20 days ago is outside the week')
        .not.toContain(org.old.id);

      const month = await a1.get<Leaderboard>('/api/analytics/leaderboard?period=month');
      expect(month.body.entries[0]).toEqual(jasmine.objectContaining({ userId: org.old.id, clicks: 100, rank: 1 }));
      expect([month.body.period, month.body.from]).toEqual(['month', addDays(month.body.to, -29)]);

      const a2 = await clientFor(['advocate'], org.a2.id);
      const own = await a2.get<Leaderboard>('/api/analytics/leaderboard');
      expect(own.body.entries[0])
        .withContext('the caller always sees themself')
        .toEqual({ rank: 1, userId: org.a2.id, name: 'Arne Two', isMe: true, clicks: 50, shares: 1 });
    });

    it('refuses other groups to advocates (403) but not to leads', async () => {
      const org = await seedToday();
      const a1 = await clientFor(['advocate'], org.a1.id);
      const refused = await a1.get(`/api/analytics/leaderboard?groupId=${org.groupB.id}`);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('analytics.not_a_member');

      const response = await lead.get<Leaderboard>(`/api/analytics/leaderboard?groupId=${org.groupB.id}`);
      expect(response.status).toBe(200);
      expect(response.body.entries.map((e) => [e.userId, e.clicks])).toEqual([[org.b1.id, 30]]);
      expect(response.body.groups.map((g) => g.id)).toContain(org.groupA.id);
    });
  });

  describe("the advocate's own reach", () => {
    it('lists their shares newest first with all-time figures, metrics only where reported', async () => {
      const org = await seedOrganisation();
      spyOn(api.app.get(MetricsAvailabilityService), 'all').and.resolveTo(X_ONLY);
      const a1 = await clientFor(['advocate'], org.a1.id);
      const response = await a1.get<MyReach>(`/api/analytics/me?${org.range}`);
      expect(response.status).toBe(200);
      const reach = response.body;
      expect(reach.shares.map((s) => [s.network, s.clicks, s.uniqueClicks, s.impressions, s.engagements])).toEqual([
        ['x', 2, 2, 1000, 10],
        ['linkedin', 3, 3, null, null],
      ]);
      expect(reach.shares[0].metricsAt).toBe(at(org.days[1], 20).toISOString());
      expect(reach.shares[1].metricsAt).toBeNull();
      expect([reach.totals.shares, reach.totals.clicks, reach.totals.botClicks, reach.totals.impressions]).toEqual([
        2, 5, 1, 1000,
      ]);
      expect(reach.series.map((d) => d.activeAdvocates)).toEqual([1, 1, 0]);
      expect(reach.showOnLeaderboards).toBeTrue();
      // The list follows the range: the days after the shares were published list none of them.
      const later = await a1.get<MyReach>(`/api/analytics/me?from=${org.days[2]}&to=${addDays(org.days[2], 1)}`);
      expect(later.body.shares).toEqual([]);
    });

    it('keeps the leaderboard preference', async () => {
      const advocate = await clientFor(['advocate']);
      expect((await advocate.get('/api/analytics/me/preferences')).body).toEqual({ showOnLeaderboards: true });
      const off = await advocate.put('/api/analytics/me/preferences', { showOnLeaderboards: false });
      expect([off.status, off.body]).toEqual([200, { showOnLeaderboards: false }]);
      expect((await advocate.get('/api/analytics/me/preferences')).body).toEqual({ showOnLeaderboards: false });
      expect((await advocate.get<MyReach>('/api/analytics/me')).body.showOnLeaderboards).toBeFalse();
      await advocate.put('/api/analytics/me/preferences', { showOnLeaderboards: true });
      expect((await advocate.get('/api/analytics/me/preferences')).body).toEqual({ showOnLeaderboards: true });
    });
  });
});
