import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AnalyticsQuery,
  LeaderboardPreference,
  MyReach,
  NETWORK_NAMES,
  NetworkName,
  ShareReachRow,
} from '@chorus/shared/contracts';
import { DataSource } from 'typeorm';
import { resolveRange } from './date-range';
import { reachTotals } from './emv';
import { rollupWhere, sumColumns } from './reach-sql';
import { buildSeries, DayNetworkSums } from './reach-series';
import { ReportContextService } from './report-context.service';

/** How many of the advocate's shares their page lists. */
const MY_SHARES_LIMIT = 100;

interface ShareFigures {
  shareId: string;
  network: NetworkName;
  contentItemId: string | null;
  title: string | null;
  postUrl: string | null;
  publishedAt: Date;
  clicks: number;
  uniqueClicks: number;
  impressions: number;
  engagements: number;
  metricsAt: Date | null;
}

/** The advocate's own reach and leaderboard preference. */
@Injectable()
export class MyReachService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contexts: ReportContextService,
  ) {}

  async myReach(userId: string, query: Pick<AnalyticsQuery, 'from' | 'to'>): Promise<MyReach> {
    const range = resolveRange(query, this.contexts.today());
    const params: unknown[] = [userId];
    const where = rollupWhere('a', { ...range, groupId: null, network: null }, params);
    const [context, daily, shares, preference] = await Promise.all([
      this.contexts.load(),
      this.dataSource.query(
        `SELECT a.day::text AS day, a.network, ${sumColumns('a')}
           FROM analytics_advocate_daily a WHERE a.user_id = $1 AND ${where} GROUP BY a.day, a.network`,
        params,
      ) as Promise<DayNetworkSums[]>,
      this.shares(userId, range),
      this.preference(userId),
    ]);
    const activeDays = new Map(
      [...new Set(daily.filter((row) => row.shares > 0).map((row) => row.day))].map((day) => [day, 1]),
    );
    const reports = (network: NetworkName) => context.reporting.has(network);
    return {
      from: range.from,
      to: range.to,
      totals: reachTotals(daily, NETWORK_NAMES, context.emv, context.reporting),
      series: buildSeries(range, daily, activeDays, NETWORK_NAMES, context),
      shares: shares.map(
        (s): ShareReachRow => ({
          shareId: s.shareId,
          network: s.network,
          contentItemId: s.contentItemId,
          title: s.title,
          postUrl: s.postUrl,
          publishedAt: new Date(s.publishedAt).toISOString(),
          clicks: s.clicks,
          uniqueClicks: s.uniqueClicks,
          impressions: reports(s.network) ? s.impressions : null,
          engagements: reports(s.network) ? s.engagements : null,
          metricsAt: reports(s.network) && s.metricsAt ? new Date(s.metricsAt).toISOString() : null,
        }),
      ),
      availability: context.availability,
      emv: context.emv,
      showOnLeaderboards: preference.showOnLeaderboards,
      updatedAt: context.updatedAt,
    };
  }

  async preference(userId: string): Promise<LeaderboardPreference> {
    const rows = await this.dataSource.query(`SELECT 1 FROM leaderboard_opt_outs WHERE user_id = $1`, [userId]);
    return { showOnLeaderboards: rows.length === 0 };
  }

  async setPreference(userId: string, preference: LeaderboardPreference): Promise<LeaderboardPreference> {
    if (preference.showOnLeaderboards) {
      await this.dataSource.query(`DELETE FROM leaderboard_opt_outs WHERE user_id = $1`, [userId]);
    } else {
      await this.dataSource.query(
        `INSERT INTO leaderboard_opt_outs (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING`,
        [userId],
      );
    }
    return this.preference(userId);
  }

  /** The shares published in the range (newest first) with what each earned over all time (share rollup). */
  private shares(userId: string, range: { from: string; to: string }): Promise<ShareFigures[]> {
    return this.dataSource.query(
      `SELECT s.id AS "shareId", s.network, s.content_item_id AS "contentItemId", ci.title, s.post_url AS "postUrl",
              s.published_at AS "publishedAt", f.clicks, f."uniqueClicks", f.impressions, f.engagements,
              m.observed_at AS "metricsAt"
         FROM (SELECT * FROM shares
                WHERE user_id = $1 AND state = 'published'
                  AND published_at >= $3::date::timestamp AT TIME ZONE 'UTC'
                  AND published_at < ($4::date + 1)::timestamp AT TIME ZONE 'UTC'
                ORDER BY published_at DESC, id LIMIT $2) s
         LEFT JOIN content_items ci ON ci.id = s.content_item_id
         CROSS JOIN LATERAL (SELECT ${sumColumns('d')} FROM analytics_share_daily d WHERE d.share_id = s.id) f
         LEFT JOIN LATERAL (SELECT max(x.observed_at) AS observed_at FROM share_metric_snapshots x
                             WHERE x.share_id = s.id) m ON true
        ORDER BY s.published_at DESC, s.id`,
      [userId, MY_SHARES_LIMIT, range.from, range.to],
    );
  }
}
