import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AdvocateReachRow,
  AnalyticsExport,
  AnalyticsQuery,
  AnalyticsSettings,
  ContentReachRow,
  Leaderboard,
  LeaderboardPreference,
  LeaderboardQuery,
  LeadDashboard,
  MyReach,
  UpdateAnalyticsSettingsRequest,
  XReadSpend,
} from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

export const ANALYTICS_BASE = '/api/analytics';

type QueryValue = string | number | null | undefined;

/** Query parameters without the empty ones, in a stable order (from, to, groupId, network, then the rest). */
export function analyticsParams(query: Readonly<Record<string, QueryValue>>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(key, String(value));
  }
  return params;
}

/** A same-origin link to a CSV export with the report's filters (the session cookie authenticates it). */
export function exportUrl(kind: AnalyticsExport, query: AnalyticsQuery): string {
  const params = analyticsParams({ from: query.from, to: query.to, groupId: query.groupId, network: query.network });
  const search = params.toString();
  return `${ANALYTICS_BASE}/export/${kind}${search ? `?${search}` : ''}`;
}

/** Reach analytics: the lead's dashboard, an advocate's own reach, leaderboards and the admin's settings. */
@Injectable({ providedIn: 'root' })
export class AnalyticsApi {
  private readonly http = inject(HttpClient);

  dashboard(query: AnalyticsQuery): Observable<LeadDashboard> {
    return this.http.get<LeadDashboard>(`${ANALYTICS_BASE}/dashboard`, { params: this.filters(query) });
  }

  content(query: AnalyticsQuery, limit?: number): Observable<ContentReachRow[]> {
    return this.http.get<ContentReachRow[]>(`${ANALYTICS_BASE}/content`, { params: this.filters(query, limit) });
  }

  advocates(query: AnalyticsQuery, limit?: number): Observable<AdvocateReachRow[]> {
    return this.http.get<AdvocateReachRow[]>(`${ANALYTICS_BASE}/advocates`, { params: this.filters(query, limit) });
  }

  myReach(range: { from?: string; to?: string }): Observable<MyReach> {
    return this.http.get<MyReach>(`${ANALYTICS_BASE}/me`, {
      params: analyticsParams({ from: range.from, to: range.to }),
    });
  }

  leaderboard(query: LeaderboardQuery): Observable<Leaderboard> {
    return this.http.get<Leaderboard>(`${ANALYTICS_BASE}/leaderboard`, {
      params: analyticsParams({ period: query.period, groupId: query.groupId }),
    });
  }

  setLeaderboardPreference(preference: LeaderboardPreference): Observable<LeaderboardPreference> {
    return this.http.put<LeaderboardPreference>(`${ANALYTICS_BASE}/me/preferences`, preference);
  }

  settings(): Observable<AnalyticsSettings> {
    return this.http.get<AnalyticsSettings>(`${ANALYTICS_BASE}/settings`);
  }

  updateSettings(request: UpdateAnalyticsSettingsRequest): Observable<AnalyticsSettings> {
    return this.http.put<AnalyticsSettings>(`${ANALYTICS_BASE}/settings`, request);
  }

  xSpend(): Observable<XReadSpend> {
    return this.http.get<XReadSpend>(`${ANALYTICS_BASE}/x-spend`);
  }

  private filters(query: AnalyticsQuery, limit?: number): HttpParams {
    return analyticsParams({
      from: query.from,
      to: query.to,
      groupId: query.groupId,
      network: query.network,
      limit,
    });
  }
}
