import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ClientRuleSet,
  GuidelinesCheckRequest,
  GuidelinesCheckResult,
  RuleSetVersionSummary,
  RuleSetVersionView,
  SaveRuleSetRequest,
  UpdateGuidelineRuleRequest,
} from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

export const GUIDELINES_EXPORT_URL = '/api/guidelines/rule-set/export';

/** The guidelines API: the organisation's versioned rule set and server-side checks. */
@Injectable({ providedIn: 'root' })
export class GuidelinesApi {
  private readonly http = inject(HttpClient);

  active(): Observable<RuleSetVersionView> {
    return this.http.get<RuleSetVersionView>('/api/guidelines/rule-set');
  }

  versions(): Observable<RuleSetVersionSummary[]> {
    return this.http.get<RuleSetVersionSummary[]>('/api/guidelines/rule-set/versions');
  }

  version(version: number): Observable<RuleSetVersionView> {
    return this.http.get<RuleSetVersionView>(`/api/guidelines/rule-set/versions/${version}`);
  }

  save(body: SaveRuleSetRequest): Observable<RuleSetVersionView> {
    return this.http.put<RuleSetVersionView>('/api/guidelines/rule-set', body);
  }

  importFile(body: SaveRuleSetRequest): Observable<RuleSetVersionView> {
    return this.http.post<RuleSetVersionView>('/api/guidelines/rule-set/import', body);
  }

  updateRule(ruleId: string, body: UpdateGuidelineRuleRequest): Observable<RuleSetVersionView> {
    return this.http.patch<RuleSetVersionView>(`/api/guidelines/rules/${encodeURIComponent(ruleId)}`, body);
  }

  check(body: GuidelinesCheckRequest): Observable<GuidelinesCheckResult> {
    return this.http.post<GuidelinesCheckResult>('/api/guidelines/check', body);
  }

  clientRuleSet(): Observable<ClientRuleSet> {
    return this.http.get<ClientRuleSet>('/api/guidelines/client-rule-set');
  }
}
