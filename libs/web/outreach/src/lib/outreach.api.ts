import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ChatWebhook,
  ChatWebhookRequest,
  ChatWebhookTestResult,
  CurrentPulse,
  DigestPreview,
  DigestRunResult,
  OutreachPreferences,
  OutreachSettings,
  PulseAnswerRequest,
  PulseMailAnswerRequest,
  PulseResults,
  PulseResultsQuery,
  PulseSurvey,
  PulseSurveyRequest,
  UnsubscribeResult,
} from '@chorus/shared/contracts';
import { map, Observable } from 'rxjs';

export const OUTREACH_BASE = '/api/outreach';

const id = (value: string) => encodeURIComponent(value);

/** Staying in touch: mail preferences, digests, the pulse survey and chat webhooks. */
@Injectable({ providedIn: 'root' })
export class OutreachApi {
  private readonly http = inject(HttpClient);

  preferences(): Observable<OutreachPreferences> {
    return this.http.get<OutreachPreferences>(`${OUTREACH_BASE}/preferences`);
  }

  updatePreferences(preferences: OutreachPreferences): Observable<OutreachPreferences> {
    return this.http.put<OutreachPreferences>(`${OUTREACH_BASE}/preferences`, preferences);
  }

  settings(): Observable<OutreachSettings> {
    return this.http.get<OutreachSettings>(`${OUTREACH_BASE}/settings`);
  }

  updateSettings(settings: OutreachSettings): Observable<OutreachSettings> {
    return this.http.put<OutreachSettings>(`${OUTREACH_BASE}/settings`, settings);
  }

  unsubscribe(token: string): Observable<UnsubscribeResult> {
    return this.http.post<UnsubscribeResult>(`${OUTREACH_BASE}/unsubscribe`, { token });
  }

  runDigests(): Observable<DigestRunResult> {
    return this.http.post<DigestRunResult>(`${OUTREACH_BASE}/digests/run`, {});
  }

  digestPreview(): Observable<DigestPreview> {
    return this.http.get<DigestPreview>(`${OUTREACH_BASE}/digests/preview`);
  }

  currentPulse(): Observable<CurrentPulse> {
    return this.http.get<CurrentPulse>(`${OUTREACH_BASE}/pulse/current`);
  }

  answerPulse(surveyId: string, request: PulseAnswerRequest): Observable<void> {
    return this.http.post(`${OUTREACH_BASE}/pulse/${id(surveyId)}/answers`, request).pipe(map(() => undefined));
  }

  answerPulseFromMail(request: PulseMailAnswerRequest): Observable<void> {
    return this.http.post(`${OUTREACH_BASE}/pulse/mail-answers`, request).pipe(map(() => undefined));
  }

  surveys(): Observable<PulseSurvey[]> {
    return this.http.get<PulseSurvey[]>(`${OUTREACH_BASE}/pulse/surveys`);
  }

  createSurvey(request: PulseSurveyRequest): Observable<PulseSurvey> {
    return this.http.post<PulseSurvey>(`${OUTREACH_BASE}/pulse/surveys`, request);
  }

  deleteSurvey(surveyId: string): Observable<void> {
    return this.http.delete<void>(`${OUTREACH_BASE}/pulse/surveys/${id(surveyId)}`);
  }

  pulseResults(query: PulseResultsQuery): Observable<PulseResults> {
    let params = new HttpParams();
    if (query.groupId) params = params.set('groupId', query.groupId);
    if (query.weeks) params = params.set('weeks', String(query.weeks));
    return this.http.get<PulseResults>(`${OUTREACH_BASE}/pulse/results`, { params });
  }

  webhooks(): Observable<ChatWebhook[]> {
    return this.http.get<ChatWebhook[]>(`${OUTREACH_BASE}/webhooks`);
  }

  createWebhook(request: ChatWebhookRequest): Observable<ChatWebhook> {
    return this.http.post<ChatWebhook>(`${OUTREACH_BASE}/webhooks`, request);
  }

  updateWebhook(webhookId: string, request: Partial<ChatWebhookRequest>): Observable<ChatWebhook> {
    return this.http.patch<ChatWebhook>(`${OUTREACH_BASE}/webhooks/${id(webhookId)}`, request);
  }

  deleteWebhook(webhookId: string): Observable<void> {
    return this.http.delete<void>(`${OUTREACH_BASE}/webhooks/${id(webhookId)}`);
  }

  testWebhook(webhookId: string): Observable<ChatWebhookTestResult> {
    return this.http.post<ChatWebhookTestResult>(`${OUTREACH_BASE}/webhooks/${id(webhookId)}/test`, {});
  }
}
