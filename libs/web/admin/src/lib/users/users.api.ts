import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  InvitationCreated,
  InviteUserRequest,
  UpdateUserRequest,
  UserListQuery,
  UserSummary,
} from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/admin/users';

  list(query: UserListQuery = {}): Observable<UserSummary[]> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (typeof value === 'string' && value.trim() !== '') params = params.set(key, value.trim());
    }
    return this.http.get<UserSummary[]>(this.base, { params });
  }

  invite(request: InviteUserRequest): Observable<InvitationCreated> {
    return this.http.post<InvitationCreated>(`${this.base}/invite`, request);
  }

  update(userId: string, request: UpdateUserRequest): Observable<UserSummary> {
    return this.http.patch<UserSummary>(`${this.base}/${encodeURIComponent(userId)}`, request);
  }

  deactivate(userId: string): Observable<UserSummary> {
    return this.http.post<UserSummary>(`${this.base}/${encodeURIComponent(userId)}/deactivate`, {});
  }

  reactivate(userId: string): Observable<UserSummary> {
    return this.http.post<UserSummary>(`${this.base}/${encodeURIComponent(userId)}/reactivate`, {});
  }

  /** A new invitation link for someone who has not accepted yet (the old link stops working). */
  resendInvite(userId: string): Observable<InvitationCreated> {
    return this.http.post<InvitationCreated>(`${this.base}/${encodeURIComponent(userId)}/invite`, {});
  }
}
