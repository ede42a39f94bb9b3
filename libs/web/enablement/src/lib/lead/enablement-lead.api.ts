import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AmbassadorOverview,
  Challenge,
  ChallengeRequest,
  ContentReachRow,
  CreateSkillPathRequest,
  LeaderboardPreference,
  MatrixQuery,
  PointsLeaderboard,
  PointsLeaderboardQuery,
  PointsSettings,
  ProgressMatrix,
  SkillPath,
  SkillPathDefinition,
  SkillPathSummary,
} from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

export const ENABLEMENT_BASE = '/api/enablement';

type QueryValue = string | number | null | undefined;

/** Query parameters without the empty ones. */
export function queryParams(query: Readonly<Record<string, QueryValue>>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(key, String(value));
  }
  return params;
}

const id = (value: string) => encodeURIComponent(value);

/** The lead's and admin's side of enablement, plus leaderboards and challenges for everybody. */
@Injectable({ providedIn: 'root' })
export class EnablementLeadApi {
  private readonly http = inject(HttpClient);

  paths(): Observable<SkillPathSummary[]> {
    return this.http.get<SkillPathSummary[]>(`${ENABLEMENT_BASE}/paths`);
  }

  createPath(request: CreateSkillPathRequest): Observable<SkillPath> {
    return this.http.post<SkillPath>(`${ENABLEMENT_BASE}/paths`, request);
  }

  path(pathId: string): Observable<SkillPath> {
    return this.http.get<SkillPath>(`${ENABLEMENT_BASE}/paths/${id(pathId)}`);
  }

  updatePath(pathId: string, definition: SkillPathDefinition): Observable<SkillPath> {
    return this.http.put<SkillPath>(`${ENABLEMENT_BASE}/paths/${id(pathId)}`, definition);
  }

  deletePath(pathId: string): Observable<void> {
    return this.http.delete<void>(`${ENABLEMENT_BASE}/paths/${id(pathId)}`);
  }

  matrix(query: MatrixQuery): Observable<ProgressMatrix> {
    return this.http.get<ProgressMatrix>(`${ENABLEMENT_BASE}/matrix`, {
      params: queryParams({ pathId: query.pathId, groupId: query.groupId }),
    });
  }

  pointsSettings(): Observable<PointsSettings> {
    return this.http.get<PointsSettings>(`${ENABLEMENT_BASE}/points-settings`);
  }

  updatePointsSettings(settings: PointsSettings): Observable<PointsSettings> {
    return this.http.put<PointsSettings>(`${ENABLEMENT_BASE}/points-settings`, settings);
  }

  leaderboard(query: PointsLeaderboardQuery): Observable<PointsLeaderboard> {
    return this.http.get<PointsLeaderboard>(`${ENABLEMENT_BASE}/leaderboard`, {
      params: queryParams({ groupId: query.groupId, period: query.period }),
    });
  }

  /** Whether the caller shows by name on leaderboards (advocates and curators have one). */
  preference(): Observable<LeaderboardPreference> {
    return this.http.get<LeaderboardPreference>('/api/analytics/me/preferences');
  }

  setPreference(preference: LeaderboardPreference): Observable<LeaderboardPreference> {
    return this.http.put<LeaderboardPreference>('/api/analytics/me/preferences', preference);
  }

  challenges(): Observable<Challenge[]> {
    return this.http.get<Challenge[]>(`${ENABLEMENT_BASE}/challenges`);
  }

  challenge(challengeId: string): Observable<Challenge> {
    return this.http.get<Challenge>(`${ENABLEMENT_BASE}/challenges/${id(challengeId)}`);
  }

  createChallenge(request: ChallengeRequest): Observable<Challenge> {
    return this.http.post<Challenge>(`${ENABLEMENT_BASE}/challenges`, request);
  }

  updateChallenge(challengeId: string, request: ChallengeRequest): Observable<Challenge> {
    return this.http.put<Challenge>(`${ENABLEMENT_BASE}/challenges/${id(challengeId)}`, request);
  }

  deleteChallenge(challengeId: string): Observable<void> {
    return this.http.delete<void>(`${ENABLEMENT_BASE}/challenges/${id(challengeId)}`);
  }

  ambassadors(groupId?: string | null): Observable<AmbassadorOverview> {
    return this.http.get<AmbassadorOverview>(`${ENABLEMENT_BASE}/ambassadors`, {
      params: queryParams({ groupId }),
    });
  }

  makeAmbassador(groupId: string, userId: string): Observable<void> {
    return this.http.put<void>(`${ENABLEMENT_BASE}/ambassadors/${id(groupId)}/${id(userId)}`, {});
  }

  removeAmbassador(groupId: string, userId: string): Observable<void> {
    return this.http.delete<void>(`${ENABLEMENT_BASE}/ambassadors/${id(groupId)}/${id(userId)}`);
  }

  /**
   * Items to feature in a challenge: the most clicked content of the last 90 days (the content list
   * itself is for curators; leads may read the reach reports).
   */
  featurableContent(): Observable<ContentReachRow[]> {
    const to = new Date();
    const from = new Date(to.getTime() - 89 * 86_400_000);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    return this.http.get<ContentReachRow[]>('/api/analytics/content', {
      params: queryParams({ from: day(from), to: day(to), limit: 100 }),
    });
  }
}
