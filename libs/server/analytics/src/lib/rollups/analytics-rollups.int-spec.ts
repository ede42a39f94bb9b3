import type { NetworkName } from '@chorus/shared/contracts';
import { Clock } from '@chorus/server/core';
import { createGroup, createUser, startTestApi, TestApi } from '@chorus/server/testing';
import { at, RawClick, ReachFixture } from '../reports/testing/reach-fixture';
import { AnalyticsRollups } from './analytics-rollups';
import { addDays, eachDay } from './utc-days';

interface AdvocateDay {
  day: string;
  user_id: string;
  network: string;
  group_ids: string[];
  shares: number;
  clicks: number;
  unique_clicks: number;
  bot_clicks: number;
  impressions: number;
  engagements: number;
}

/** Days long past, one block per spec: nothing else in the run's database writes events there. */
let nextBase = Date.UTC(2001, 0, 1);
function freshDays(): string {
  const day = new Date(nextBase).toISOString().slice(0, 10);
  nextBase += 40 * 86_400_000;
  return day;
}

describe('analytics rollups (real Postgres)', () => {
  let api: TestApi;
  let rollups: AnalyticsRollups;
  let kit: ReachFixture;

  beforeAll(async () => {
    api = await startTestApi();
    rollups = api.app.get(AnalyticsRollups);
    kit = new ReachFixture(api.dataSource);
  }, 30_000);

  afterAll(async () => {
    await api.close();
  });

  function advocateDays(userIds: string[]): Promise<AdvocateDay[]> {
    return api.dataSource.query(
      `SELECT day::text AS day, user_id, network, group_ids::text[] AS group_ids, shares, clicks, unique_clicks,
              bot_clicks, impressions, engagements
         FROM analytics_advocate_daily WHERE user_id = ANY($1) ORDER BY day, user_id, network`,
      [userIds],
    );
  }

  it('counts bots apart, one unique per visitor per link per day, two on two days', async () => {
    const day = freshDays();
    const next = addDays(day, 1);
    const user = await createUser(api.dataSource);
    const item = await kit.item();
    const { shareId, linkId } = await kit.share(user.id, item, 'linkedin', at(day, 8));
    const click = (when: Date, visitor: string, isBot = false): RawClick => ({
      linkId,
      shareId,
      network: 'linkedin',
      at: when,
      visitor,
      isBot,
    });
    await kit.clicks([
      click(at(day, 9), 'a'),
      click(at(day, 10), 'a'),
      click(at(day, 11), 'b'),
      click(at(day, 12), 'bot', true),
      click(at(day, 13), 'bot', true),
      click(at(next, 9), 'a'),
    ]);
    await rollups.rebuild(day, next);

    const rows = await advocateDays([user.id]);
    expect(rows.map((r) => [r.day, r.shares, r.clicks, r.unique_clicks, r.bot_clicks])).toEqual([
      [day, 1, 3, 2, 2],
      [next, 0, 1, 1, 0],
    ]);
    const [total] = await api.dataSource.query(
      `SELECT sum(unique_clicks)::int AS uniques FROM analytics_share_daily WHERE share_id = $1`,
      [shareId],
    );
    expect(total.uniques).withContext('the same visitor on two days counts twice').toBe(3);
  });

  it('equals the sums of random raw events, per advocate, day and network, and per share', async () => {
    const from = freshDays();
    const days = eachDay(from, addDays(from, 5));
    const group = await createGroup(api.dataSource);
    const users = await Promise.all([0, 1, 2, 3].map(() => createUser(api.dataSource, { groupIds: [group.id] })));
    const items = await Promise.all([0, 1, 2].map(() => kit.item()));
    const expected = new Map<string, AdvocateDay>();
    const perShare = new Map<string, { clicks: number; uniques: number; bots: number; impressions: number }>();
    const cell = (day: string, userId: string, network: string) => {
      const key = `${day}|${userId}|${network}`;
      const row = expected.get(key) ?? {
        day,
        user_id: userId,
        network,
        group_ids: [group.id],
        shares: 0,
        clicks: 0,
        unique_clicks: 0,
        bot_clicks: 0,
        impressions: 0,
        engagements: 0,
      };
      expected.set(key, row);
      return row;
    };
    const random = (n: number) => Math.floor(Math.random() * n);
    const clicks: RawClick[] = [];
    const after = addDays(days[days.length - 1], 1);
    for (const user of users) {
      for (const item of items) {
        for (const network of ['linkedin', 'x'] as NetworkName[]) {
          if (Math.random() < 0.3) continue;
          const published = days[random(3)];
          const { shareId, linkId } = await kit.share(user.id, item, network, at(published, random(24), random(60)));
          cell(published, user.id, network).shares += 1;
          const figures = { clicks: 0, uniques: 0, bots: 0, impressions: 0, engagements: 0 };
          for (const day of days.filter((d) => d >= published)) {
            const visitors = new Set<string>();
            for (let i = random(6); i > 0; i--) {
              const visitor = `v${random(4)}`;
              const isBot = Math.random() < 0.2;
              clicks.push({ linkId, shareId, network, at: at(day, random(24), random(60)), visitor, isBot });
              const row = cell(day, user.id, network);
              if (isBot) {
                row.bot_clicks += 1;
                figures.bots += 1;
              } else {
                row.clicks += 1;
                figures.clicks += 1;
                if (!visitors.has(visitor)) {
                  visitors.add(visitor);
                  row.unique_clicks += 1;
                  figures.uniques += 1;
                }
              }
            }
            if (Math.random() < 0.5) {
              const impressions = random(500);
              const engagements = random(20);
              await kit.snapshot(shareId, network, at(day, random(24)), impressions, engagements);
              cell(day, user.id, network).impressions += impressions;
              cell(day, user.id, network).engagements += engagements;
              figures.impressions += impressions;
            }
          }
          perShare.set(shareId, figures);
          // Events of the day after the range: a rebuild of the range must not take them in.
          clicks.push({ linkId, shareId, network, at: at(after, 0, 0), visitor: 'late' });
          await kit.snapshot(shareId, network, at(after, 0, 0), 1000, 1000);
        }
      }
    }
    await kit.clicks(clicks);
    await rollups.rebuild(days[0], days[days.length - 1]);

    const actual = await advocateDays(users.map((u) => u.id));
    const sort = (rows: AdvocateDay[]) =>
      [...rows].sort((a, b) => `${a.day}${a.user_id}${a.network}`.localeCompare(`${b.day}${b.user_id}${b.network}`));
    expect(sort(actual)).toEqual(sort([...expected.values()]));
    expect(actual.length).toBeGreaterThan(5);

    const shareRows: Array<{ share_id: string; clicks: number; uniques: number; bots: number; impressions: number }> =
      await api.dataSource.query(
        `SELECT share_id, sum(clicks)::int AS clicks, sum(unique_clicks)::int AS uniques, sum(bot_clicks)::int AS bots,
                sum(impressions)::int AS impressions
           FROM analytics_share_daily WHERE share_id = ANY($1) GROUP BY share_id`,
        [[...perShare.keys()]],
      );
    const actualPerShare = new Map(shareRows.map(({ share_id, ...figures }) => [share_id, figures]));
    for (const [shareId, figures] of perShare) {
      const { clicks: c, uniques, bots, impressions } = figures;
      expect(actualPerShare.get(shareId) ?? { clicks: 0, uniques: 0, bots: 0, impressions: 0 })
        .withContext(shareId)
        .toEqual({ clicks: c, uniques, bots, impressions });
    }

    // The group rollup (everyone, and the one group all four are in) equals the expected cells per day and network.
    const perDayNetwork = new Map<
      string,
      { shares: number; clicks: number; impressions: number; active: Set<string> }
    >();
    for (const row of expected.values()) {
      const key = `${row.day}|${row.network}`;
      const sums = perDayNetwork.get(key) ?? { shares: 0, clicks: 0, impressions: 0, active: new Set<string>() };
      sums.shares += row.shares;
      sums.clicks += row.clicks;
      sums.impressions += row.impressions;
      if (row.shares > 0) sums.active.add(row.user_id);
      perDayNetwork.set(key, sums);
    }
    const expectedGroupRows = [...perDayNetwork.entries()]
      .map(([key, sums]) => ({
        key,
        shares: sums.shares,
        clicks: sums.clicks,
        impressions: sums.impressions,
        active: sums.active.size,
      }))
      .sort((a, b) => a.key.localeCompare(b.key));
    for (const groupId of [null, group.id]) {
      const groupRows: typeof expectedGroupRows = await api.dataSource.query(
        `SELECT day::text || '|' || network AS key, shares, clicks, impressions, active_advocates AS active
           FROM analytics_group_daily
          WHERE day BETWEEN $1::date AND $2::date AND group_id IS NOT DISTINCT FROM $3::uuid AND network IS NOT NULL
          ORDER BY key`,
        [days[0], days[days.length - 1], groupId],
      );
      expect(groupRows).withContext(`group ${groupId}`).toEqual(expectedGroupRows);
    }
    // The both-networks row counts an advocate active on both networks once.
    const bothNetworks: Array<{ day: string; active: number }> = await api.dataSource.query(
      `SELECT day::text AS day, active_advocates AS active FROM analytics_group_daily
        WHERE day BETWEEN $1::date AND $2::date AND group_id IS NULL AND network IS NULL ORDER BY day`,
      [days[0], days[days.length - 1]],
    );
    for (const { day, active } of bothNetworks) {
      const users = new Set([...expected.values()].filter((r) => r.day === day && r.shares > 0).map((r) => r.user_id));
      expect(active).withContext(day).toBe(users.size);
    }
    // The item rollup (everyone) equals the share rows summed per item, day and network.
    const itemDiff: unknown[] = await api.dataSource.query(
      `(SELECT day, content_item_id, network, shares, clicks, unique_clicks, impressions FROM analytics_item_daily
         WHERE day BETWEEN $1::date AND $2::date AND group_id IS NULL
        EXCEPT
        SELECT day, content_item_id, network, sum(shares)::int, sum(clicks)::int, sum(unique_clicks)::int, sum(impressions)::int
          FROM analytics_share_daily WHERE day BETWEEN $1::date AND $2::date AND content_item_id IS NOT NULL
         GROUP BY day, content_item_id, network)
       UNION ALL
       (SELECT day, content_item_id, network, sum(shares)::int, sum(clicks)::int, sum(unique_clicks)::int, sum(impressions)::int
          FROM analytics_share_daily WHERE day BETWEEN $1::date AND $2::date AND content_item_id IS NOT NULL
         GROUP BY day, content_item_id, network
        EXCEPT
        SELECT day, content_item_id, network, shares, clicks, unique_clicks, impressions FROM analytics_item_daily
         WHERE day BETWEEN $1::date AND $2::date AND group_id IS NULL)`,
      [days[0], days[days.length - 1]],
    );
    expect(itemDiff).toEqual([]);
    const itemRows: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM analytics_item_daily WHERE day BETWEEN $1::date AND $2::date AND group_id = $3`,
      [days[0], days[days.length - 1], group.id],
    );
    expect(itemRows[0].n).toBeGreaterThan(0);
  }, 30_000);

  it('replaces a day when it is rolled up again, also concurrently, never doubling it', async () => {
    const day = freshDays();
    const user = await createUser(api.dataSource);
    const item = await kit.item();
    const { shareId, linkId } = await kit.share(user.id, item, 'x', at(day, 7));
    await kit.clicks([{ linkId, shareId, network: 'x', at: at(day, 9) }]);

    await rollups.rollUp([day]);
    await rollups.rollUp([day]);
    await Promise.all([rollups.rollUp([day]), rollups.rollUp([day]), rollups.rebuild(day, day)]);

    const rows = await advocateDays([user.id]);
    expect(rows.map((r) => [r.shares, r.clicks])).toEqual([[1, 1]]);
    const [shareRows] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM analytics_share_daily WHERE user_id = $1`,
      [user.id],
    );
    expect(shareRows.n).toBe(1);

    await kit.clicks([{ linkId, shareId, network: 'x', at: at(day, 10) }]);
    await rollups.rollUp([day]);
    expect((await advocateDays([user.id])).map((r) => r.clicks))
      .withContext('new events are picked up')
      .toEqual([2]);
  });

  it('keeps clicks before the share was published (share_id null) with the link owner', async () => {
    const day = freshDays();
    const user = await createUser(api.dataSource);
    const item = await kit.item();
    const linkId = await kit.link(user.id, item, 'linkedin');
    await kit.clicks([{ linkId, shareId: null, network: 'linkedin', at: at(day, 9) }]);
    await rollups.rollUp([day]);
    const rows = await api.dataSource.query(
      `SELECT share_id, content_item_id, clicks FROM analytics_share_daily WHERE user_id = $1`,
      [user.id],
    );
    expect(rows).toEqual([{ share_id: null, content_item_id: item, clicks: 1 }]);
  });

  it("snapshots the advocate's groups (sorted) when the day is rolled up", async () => {
    const day = freshDays();
    const [g1, g2, g3] = await Promise.all([
      createGroup(api.dataSource),
      createGroup(api.dataSource),
      createGroup(api.dataSource),
    ]);
    const user = await createUser(api.dataSource, { groupIds: [g1.id, g2.id] });
    const { shareId, linkId } = await kit.share(user.id, await kit.item(), 'x', at(day, 7));
    await kit.clicks([{ linkId, shareId, network: 'x', at: at(addDays(day, 1), 9) }]);
    await rollups.rollUp([day]);
    await api.dataSource.query(`DELETE FROM group_members WHERE user_id = $1 AND group_id = $2`, [user.id, g1.id]);
    await api.dataSource.query(`INSERT INTO group_members (group_id, user_id) VALUES ($1, $2)`, [g3.id, user.id]);
    await rollups.rollUp([addDays(day, 1)]);

    const rows = await advocateDays([user.id]);
    expect(rows.map((r) => [r.day, r.group_ids])).toEqual([
      [day, [g1.id, g2.id].sort()],
      [addDays(day, 1), [g2.id, g3.id].sort()],
    ]);
  });

  it('rolls up yesterday and today by the injected clock and records when', async () => {
    const clock = api.app.get(Clock);
    const today = freshDays();
    clock.setOffset(Date.parse(`${today}T00:30:00Z`) - Date.now());
    try {
      const user = await createUser(api.dataSource);
      const { shareId, linkId } = await kit.share(user.id, await kit.item(), 'x', at(addDays(today, -1), 23, 50));
      await kit.clicks([
        { linkId, shareId, network: 'x', at: at(today, 0, 10) },
        { linkId, shareId, network: 'x', at: at(addDays(today, -2), 0, 10) },
      ]);
      await rollups.rollUp();
      const rows = await advocateDays([user.id]);
      expect(rows.map((r) => [r.day, r.shares, r.clicks])).toEqual([
        [addDays(today, -1), 1, 0],
        [today, 0, 1],
      ]);
      const [state] = await api.dataSource.query(`SELECT rolled_up_at FROM analytics_rollup_state WHERE id = 1`);
      expect(Math.abs(new Date(state.rolled_up_at).getTime() - clock.now().getTime())).toBeLessThan(5000);
    } finally {
      clock.setOffset(0);
    }
  });

  it('refuses malformed days', async () => {
    await expectAsync(rollups.rollUp(['2026-02-30'])).toBeRejectedWithError(/Not a day/);
    await expectAsync(rollups.rebuild('2026-01-01', 'soon')).toBeRejectedWithError(/Not a day/);
  });
});
