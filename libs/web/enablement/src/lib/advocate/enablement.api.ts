import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AmbassadorContact,
  AssignmentDetail,
  ContentSuggestion,
  ContentSuggestionRequest,
  MyPath,
  MyPoints,
  ProfileChecklist,
  ProfileChecklistItem,
} from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

export const ENABLEMENT_BASE = '/api/enablement';

/** The server may list the other paths rolled out to the advocate next to the one shown. */
export type MyPathView = MyPath & { available?: Array<{ id: string; name: string }> };

/** The advocate's side of enablement: their skill path, assignments, checklist, suggestions and points. */
@Injectable({ providedIn: 'root' })
export class AdvocateEnablementApi {
  private readonly http = inject(HttpClient);

  myPath(pathId?: string): Observable<MyPathView> {
    const params = pathId ? new HttpParams().set('pathId', pathId) : undefined;
    return this.http.get<MyPathView>(`${ENABLEMENT_BASE}/my-path`, { params });
  }

  assignment(id: string): Observable<AssignmentDetail> {
    return this.http.get<AssignmentDetail>(`${ENABLEMENT_BASE}/assignments/${encodeURIComponent(id)}`);
  }

  markDone(id: string): Observable<unknown> {
    return this.http.post(`${ENABLEMENT_BASE}/assignments/${encodeURIComponent(id)}/done`, {});
  }

  undoDone(id: string): Observable<unknown> {
    return this.http.delete(`${ENABLEMENT_BASE}/assignments/${encodeURIComponent(id)}/done`);
  }

  profileChecklist(): Observable<ProfileChecklist> {
    return this.http.get<ProfileChecklist>(`${ENABLEMENT_BASE}/profile-checklist`);
  }

  saveProfileChecklist(checked: ProfileChecklistItem[]): Observable<ProfileChecklist> {
    return this.http.put<ProfileChecklist>(`${ENABLEMENT_BASE}/profile-checklist`, { checked });
  }

  suggestContent(request: ContentSuggestionRequest): Observable<ContentSuggestion> {
    return this.http.post<ContentSuggestion>(`${ENABLEMENT_BASE}/content-suggestions`, request);
  }

  myPoints(cursor?: string | null): Observable<MyPoints> {
    const params = cursor ? new HttpParams().set('cursor', cursor) : undefined;
    return this.http.get<MyPoints>(`${ENABLEMENT_BASE}/points/me`, { params });
  }

  myAmbassadors(): Observable<AmbassadorContact[]> {
    return this.http.get<AmbassadorContact[]>(`${ENABLEMENT_BASE}/ambassadors/mine`);
  }
}
