import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AdvocateReachRow,
  AnalyticsQuery,
  ContentReachRow,
  GroupReachRow,
  LeadDashboard,
  NETWORK_NAMES,
  NetworkName,
  NetworkReachRow,
} from '@chorus/shared/contracts';
import { DataSource } from 'typeorm';
import { resolveRange } from './date-range';
import { NetworkSums, reachTotals } from './emv';
import { participation } from './participation';
import { ENROLLED_ADVOCATE, perGroupWhere, ReachFilter, rollupWhere, sumColumns } from './reach-sql';
import { buildSeries, DayNetworkSums, groupBy } from './reach-series';
import { ReportContext, ReportContextService } from './report-context.service';

type Keyed<K extends string> = NetworkSums & Record<K, string>;

/** The lead's reports. Everything is read from the rollup tables, never from the raw clicks. */
@Injectable()
export class ReportQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contexts: ReportContextService,
  ) {}

  filterOf(query: AnalyticsQuery): ReachFilter {
    return {
      ...resolveRange(query, this.contexts.today()),
      groupId: query.groupId ?? null,
      network: query.network ?? null,
    };
  }

  async dashboard(query: AnalyticsQuery): Promise<LeadDashboard> {
    const filter = this.filterOf(query);
    const networks = networksOf(filter);
    const [context, daily, activeByDay, overall, groups] = await Promise.all([
      this.contexts.load(),
      this.daily(filter),
      this.activeByDay(filter),
      this.participation(filter),
      this.groupFigures(filter),
    ]);
    const byNetwork = sumByNetwork(daily);
    return {
      from: filter.from,
      to: filter.to,
      groupId: filter.groupId,
      network: filter.network,
      participation: overall,
      totals: reachTotals(byNetwork, networks, context.emv, context.reporting),
      series: buildSeries(filter, daily, activeByDay, networks, context),
      groups: groupRows(groups, networks, context),
      networks: networks.map(
        (network): NetworkReachRow => ({
          network,
          totals: reachTotals(
            byNetwork.filter((row) => row.network === network),
            [network],
            context.emv,
            context.reporting,
          ),
        }),
      ),
      availability: context.availability,
      emv: context.emv,
      updatedAt: context.updatedAt,
    };
  }

  /** Content ranked by human clicks, then shares; `limit` null: every item (exports). */
  async topContent(query: AnalyticsQuery, limit: number | null = 10): Promise<ContentReachRow[]> {
    const filter = this.filterOf(query);
    const params: unknown[] = [];
    const where = perGroupWhere('s', filter, params);
    params.push(limit);
    const [context, rows]: [ReportContext, Array<Keyed<'contentItemId'> & { title: string; url: string }>] =
      await Promise.all([
        this.contexts.load(),
        this.dataSource.query(
          `WITH per AS (
           SELECT s.content_item_id, s.network, ${sumColumns('s')}
             FROM analytics_item_daily s
            WHERE ${where}
            GROUP BY s.content_item_id, s.network
         ), top AS (
           SELECT content_item_id, row_number() OVER (ORDER BY sum(clicks) DESC, sum(shares) DESC, content_item_id) AS rank
             FROM per GROUP BY content_item_id
            ORDER BY rank LIMIT $${params.length}
         )
         SELECT per.content_item_id AS "contentItemId", per.network, per.shares, per.clicks, per."uniqueClicks",
                per."botClicks", per.impressions, per.engagements, top.rank::int AS rank,
                coalesce(ci.title, 'Deleted item') AS title, coalesce(ci.url, '') AS url
           FROM per JOIN top ON top.content_item_id = per.content_item_id
           LEFT JOIN content_items ci ON ci.id = per.content_item_id
          ORDER BY top.rank`,
          params,
        ),
      ]);
    return [...groupBy(rows, (row) => row.contentItemId).values()].map((item) => ({
      contentItemId: item[0].contentItemId,
      title: item[0].title,
      url: item[0].url,
      totals: reachTotals(item, networksOf(filter), context.emv, context.reporting),
    }));
  }

  /** Advocates ranked by human clicks, then shares, by name (leads see everyone's); `limit` null: all. */
  async topAdvocates(query: AnalyticsQuery, limit: number | null = 10): Promise<AdvocateReachRow[]> {
    const filter = this.filterOf(query);
    const params: unknown[] = [];
    const where = rollupWhere('a', filter, params);
    params.push(limit);
    const [context, rows]: [
      ReportContext,
      Array<Keyed<'userId'> & { name: string; hidden: boolean; groups: string[] }>,
    ] = await Promise.all([
      this.contexts.load(),
      this.dataSource.query(
        `WITH per AS (
           SELECT a.user_id, a.network, ${sumColumns('a')}
             FROM analytics_advocate_daily a
            WHERE ${where}
            GROUP BY a.user_id, a.network
         ), top AS (
           SELECT user_id, row_number() OVER (ORDER BY sum(clicks) DESC, sum(shares) DESC, user_id) AS rank
             FROM per GROUP BY user_id
            ORDER BY rank LIMIT $${params.length}
         )
         SELECT per.user_id AS "userId", per.network, per.shares, per.clicks, per."uniqueClicks", per."botClicks",
                per.impressions, per.engagements,
                coalesce(nullif(u.name, ''), u.email, 'Former user') AS name,
                (o.user_id IS NOT NULL) AS hidden,
                coalesce((SELECT array_agg(g.name ORDER BY g.name)
                            FROM group_members gm JOIN groups g ON g.id = gm.group_id
                           WHERE gm.user_id = per.user_id), '{}') AS groups
           FROM per JOIN top ON top.user_id = per.user_id
           LEFT JOIN users u ON u.id = per.user_id
           LEFT JOIN leaderboard_opt_outs o ON o.user_id = per.user_id
          ORDER BY top.rank`,
        params,
      ),
    ]);
    return [...groupBy(rows, (row) => row.userId).values()].map((advocate) => ({
      userId: advocate[0].userId,
      name: advocate[0].name,
      hiddenFromLeaderboards: advocate[0].hidden,
      groups: advocate[0].groups,
      totals: reachTotals(advocate, networksOf(filter), context.emv, context.reporting),
    }));
  }

  private daily(filter: ReachFilter): Promise<DayNetworkSums[]> {
    const params: unknown[] = [];
    const where = perGroupWhere('g', filter, params);
    return this.dataSource.query(
      `SELECT g.day::text AS day, g.network, ${sumColumns('g')}
         FROM analytics_group_daily g WHERE ${where} GROUP BY g.day, g.network`,
      params,
    );
  }

  private async activeByDay(filter: ReachFilter): Promise<Map<string, number>> {
    const params: unknown[] = [];
    const where = perGroupWhere('g', filter, params, 'advocates');
    const rows: Array<{ day: string; active: number }> = await this.dataSource.query(
      `SELECT g.day::text AS day, sum(g.active_advocates)::int AS active
         FROM analytics_group_daily g WHERE ${where} GROUP BY g.day`,
      params,
    );
    return new Map(rows.map((row) => [row.day, row.active]));
  }

  /** Enrolled: advocates now (in the group, if filtered); active: those of them who shared in the range. */
  private async participation(filter: ReachFilter) {
    const params: unknown[] = [];
    const where = rollupWhere('a', filter, params);
    params.push(filter.groupId);
    const [row]: Array<{ enrolled: number; active: number }> = await this.dataSource.query(
      `WITH enrolled AS (
         SELECT u.id FROM users u
          WHERE ${ENROLLED_ADVOCATE}
            AND ($${params.length}::uuid IS NULL OR EXISTS (
                  SELECT 1 FROM group_members gm WHERE gm.user_id = u.id AND gm.group_id = $${params.length}::uuid))
       )
       SELECT (SELECT count(*) FROM enrolled)::int AS enrolled,
              (SELECT count(DISTINCT a.user_id) FROM analytics_advocate_daily a JOIN enrolled e ON e.id = a.user_id
                WHERE ${where} AND a.shares > 0)::int AS active`,
      params,
    );
    return participation(row.enrolled, row.active);
  }

  /**
   * Every group, with its figures by membership on the day (a row counts for each group the advocate was in)
   * and its participation (current members who are advocates; active: those who shared as members).
   * The group filter does not apply here: this is the comparison between groups.
   */
  private async groupFigures(filter: ReachFilter): Promise<GroupFigures> {
    const all: ReachFilter = { ...filter, groupId: null };
    const sumsParams: unknown[] = [filter.from, filter.to];
    const sumsNetwork = filter.network ? (sumsParams.push(filter.network), `g.network = $3`) : 'g.network IS NOT NULL';
    const activeParams: unknown[] = [];
    const activeWhere = rollupWhere('a', all, activeParams);
    const [groups, sums, counts] = await Promise.all([
      this.dataSource.query(`SELECT id, name FROM groups ORDER BY name`) as Promise<
        Array<{ id: string; name: string }>
      >,
      this.dataSource.query(
        `SELECT g.group_id::text AS "groupId", g.network, ${sumColumns('g')}
           FROM analytics_group_daily g
          WHERE g.day BETWEEN $1::date AND $2::date AND g.group_id IS NOT NULL AND ${sumsNetwork}
          GROUP BY g.group_id, g.network`,
        sumsParams,
      ) as Promise<Array<Keyed<'groupId'>>>,
      this.dataSource.query(
        `WITH enrolled AS (
           SELECT gm.group_id, gm.user_id FROM group_members gm JOIN users u ON u.id = gm.user_id
            WHERE ${ENROLLED_ADVOCATE}
         ), active AS (
           SELECT DISTINCT gid AS group_id, a.user_id
             FROM analytics_advocate_daily a CROSS JOIN LATERAL unnest(a.group_ids) AS gid
            WHERE ${activeWhere} AND a.shares > 0
         )
         SELECT e.group_id::text AS "groupId", count(*)::int AS enrolled, count(ac.user_id)::int AS active
           FROM enrolled e LEFT JOIN active ac ON ac.group_id = e.group_id AND ac.user_id = e.user_id
          GROUP BY e.group_id`,
        activeParams,
      ) as Promise<Array<{ groupId: string; enrolled: number; active: number }>>,
    ]);
    return { groups, sums, counts };
  }
}

interface GroupFigures {
  groups: Array<{ id: string; name: string }>;
  sums: Array<Keyed<'groupId'>>;
  counts: Array<{ groupId: string; enrolled: number; active: number }>;
}

function groupRows(figures: GroupFigures, networks: readonly NetworkName[], context: ReportContext): GroupReachRow[] {
  const sumsByGroup = groupBy(figures.sums, (row) => row.groupId);
  const countsByGroup = new Map(figures.counts.map((row) => [row.groupId, row]));
  return figures.groups.map((group) => ({
    groupId: group.id,
    name: group.name,
    participation: participation(countsByGroup.get(group.id)?.enrolled ?? 0, countsByGroup.get(group.id)?.active ?? 0),
    totals: reachTotals(sumsByGroup.get(group.id) ?? [], networks, context.emv, context.reporting),
  }));
}

/** The networks a report covers. */
export function networksOf(filter: { network: NetworkName | null }): readonly NetworkName[] {
  return filter.network ? [filter.network] : NETWORK_NAMES;
}

function sumByNetwork(rows: NetworkSums[]): NetworkSums[] {
  return [...groupBy(rows, (row) => row.network).entries()].map(([network, list]) => ({
    network,
    shares: list.reduce((n, r) => n + r.shares, 0),
    clicks: list.reduce((n, r) => n + r.clicks, 0),
    uniqueClicks: list.reduce((n, r) => n + r.uniqueClicks, 0),
    botClicks: list.reduce((n, r) => n + r.botClicks, 0),
    impressions: list.reduce((n, r) => n + r.impressions, 0),
    engagements: list.reduce((n, r) => n + r.engagements, 0),
  }));
}
