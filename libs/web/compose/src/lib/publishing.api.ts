import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CheckTimeRequest,
  CheckTimeResult,
  ComposeDraft,
  ConfirmShareRequest,
  CreateSharesRequest,
  CreateSharesResponse,
  OriginalityRequest,
  OriginalityResult,
  Page,
  PostingSchedule,
  ShareListQuery,
  ShareView,
  UpdateShareRequest,
} from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

/** The advocate's side of publishing: the composer, their shares and their posting schedule. */
@Injectable({ providedIn: 'root' })
export class PublishingApi {
  private readonly http = inject(HttpClient);

  draft(contentItemId: string): Observable<ComposeDraft> {
    return this.http.get<ComposeDraft>(`/api/compose/${encodeURIComponent(contentItemId)}`);
  }

  originality(request: OriginalityRequest): Observable<OriginalityResult> {
    return this.http.post<OriginalityResult>('/api/compose/originality', request);
  }

  share(request: CreateSharesRequest): Observable<CreateSharesResponse> {
    return this.http.post<CreateSharesResponse>('/api/shares', request);
  }

  checkTime(request: CheckTimeRequest): Observable<CheckTimeResult> {
    return this.http.post<CheckTimeResult>('/api/shares/check-time', request);
  }

  shares(query: ShareListQuery): Observable<Page<ShareView>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue;
      params = params.set(key, String(value));
    }
    return this.http.get<Page<ShareView>>('/api/shares', { params });
  }

  update(id: string, request: UpdateShareRequest): Observable<ShareView> {
    return this.http.patch<ShareView>(`/api/shares/${encodeURIComponent(id)}`, request);
  }

  cancel(id: string): Observable<ShareView> {
    return this.http.post<ShareView>(`/api/shares/${encodeURIComponent(id)}/cancel`, {});
  }

  retry(id: string): Observable<ShareView> {
    return this.http.post<ShareView>(`/api/shares/${encodeURIComponent(id)}/retry`, {});
  }

  confirm(id: string, request: ConfirmShareRequest): Observable<ShareView> {
    return this.http.post<ShareView>(`/api/shares/${encodeURIComponent(id)}/confirm`, request);
  }

  schedule(): Observable<PostingSchedule> {
    return this.http.get<PostingSchedule>('/api/me/posting-schedule');
  }

  saveSchedule(schedule: PostingSchedule): Observable<PostingSchedule> {
    return this.http.put<PostingSchedule>('/api/me/posting-schedule', schedule);
  }
}
