import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CreateGroupRequest,
  GroupMember,
  GroupMembersRequest,
  GroupSummary,
  UpdateGroupRequest,
} from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

/** Groups are read by curators, leads and admins (several features), and changed by admins. */
@Injectable({ providedIn: 'root' })
export class GroupsApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/groups';

  list(): Observable<GroupSummary[]> {
    return this.http.get<GroupSummary[]>(this.base);
  }

  members(groupId: string): Observable<GroupMember[]> {
    return this.http.get<GroupMember[]>(`${this.base}/${encodeURIComponent(groupId)}/members`);
  }

  create(request: CreateGroupRequest): Observable<GroupSummary> {
    return this.http.post<GroupSummary>(this.base, request);
  }

  update(groupId: string, request: UpdateGroupRequest): Observable<GroupSummary> {
    return this.http.patch<GroupSummary>(`${this.base}/${encodeURIComponent(groupId)}`, request);
  }

  delete(groupId: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${encodeURIComponent(groupId)}`);
  }

  addMembers(groupId: string, request: GroupMembersRequest): Observable<GroupMember[]> {
    return this.http.post<GroupMember[]>(`${this.base}/${encodeURIComponent(groupId)}/members`, request);
  }

  removeMember(groupId: string, userId: string): Observable<void> {
    return this.http.delete<void>(
      `${this.base}/${encodeURIComponent(groupId)}/members/${encodeURIComponent(userId)}`,
    );
  }
}
