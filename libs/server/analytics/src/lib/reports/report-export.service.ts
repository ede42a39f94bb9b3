import { Injectable } from '@nestjs/common';
import { ANALYTICS_EXPORTS, AnalyticsExport, AnalyticsQuery, ReachTotals } from '@chorus/shared/contracts';
import { notFound } from '@chorus/server/core';
import { CsvCell, toCsv } from './csv';
import { ReportQueries } from './report-queries.service';

const TOTALS_HEADER = ['shares', 'clicks', 'unique_clicks', 'bot_clicks', 'impressions', 'engagements', 'ctr', 'emv'];

function totalsCells(t: ReachTotals): CsvCell[] {
  return [t.shares, t.clicks, t.uniqueClicks, t.botClicks, t.impressions, t.engagements, t.ctr, t.emv];
}

export interface CsvExport {
  filename: string;
  csv: string;
}

/** The lead's reports as CSV: every row of the table, not only the top ten the dashboard shows. */
@Injectable()
export class ReportExport {
  constructor(private readonly reports: ReportQueries) {}

  async export(table: string, query: AnalyticsQuery): Promise<CsvExport> {
    if (!(ANALYTICS_EXPORTS as readonly string[]).includes(table)) throw notFound('Export', 'analytics.unknown_export');
    const { from, to } = this.reports.filterOf(query);
    const csv = await this.csvOf(table as AnalyticsExport, query);
    return { filename: `chorus-${table}-${from}-${to}.csv`, csv };
  }

  private async csvOf(table: AnalyticsExport, query: AnalyticsQuery): Promise<string> {
    switch (table) {
      case 'days': {
        const { series } = await this.reports.dashboard(query);
        return toCsv(
          ['day', 'shares', 'clicks', 'unique_clicks', 'impressions', 'engagements', 'emv', 'active_advocates'],
          series.map((d) => [
            d.day,
            d.shares,
            d.clicks,
            d.uniqueClicks,
            d.impressions,
            d.engagements,
            d.emv,
            d.activeAdvocates,
          ]),
        );
      }
      case 'groups': {
        const { groups } = await this.reports.dashboard(query);
        return toCsv(
          ['group_id', 'group', 'enrolled', 'active', 'participation_rate', ...TOTALS_HEADER],
          groups.map((g) => [
            g.groupId,
            g.name,
            g.participation.enrolled,
            g.participation.active,
            g.participation.rate,
            ...totalsCells(g.totals),
          ]),
        );
      }
      case 'networks': {
        const { networks } = await this.reports.dashboard(query);
        return toCsv(
          ['network', ...TOTALS_HEADER],
          networks.map((n) => [n.network, ...totalsCells(n.totals)]),
        );
      }
      case 'content': {
        const rows = await this.reports.topContent(query, null);
        return toCsv(
          ['content_item_id', 'title', 'url', ...TOTALS_HEADER],
          rows.map((c) => [c.contentItemId, c.title, c.url, ...totalsCells(c.totals)]),
        );
      }
      case 'advocates': {
        const rows = await this.reports.topAdvocates(query, null);
        return toCsv(
          ['user_id', 'name', 'hidden_from_leaderboards', 'groups', ...TOTALS_HEADER],
          rows.map((a) => [a.userId, a.name, a.hiddenFromLeaderboards, a.groups.join('; '), ...totalsCells(a.totals)]),
        );
      }
    }
  }
}
