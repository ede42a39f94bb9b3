import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { ChangePasswordRequest, SessionUser, UpdateProfileRequest } from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class ProfileApi {
  private readonly http = inject(HttpClient);

  updateProfile(request: UpdateProfileRequest): Observable<SessionUser> {
    return this.http.patch<SessionUser>('/api/auth/profile', request);
  }

  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password', request);
  }
}
