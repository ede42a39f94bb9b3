import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AcceptInviteRequest,
  ForgotPasswordRequest,
  InvitationPreview,
  ResetPasswordRequest,
  SessionUser,
} from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

/** The signed-out calls: password reset and invitations. Sign-in itself lives in AuthStore. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  forgotPassword(request: ForgotPasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password/forgot', request);
  }

  resetPassword(request: ResetPasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password/reset', request);
  }

  previewInvite(token: string): Observable<InvitationPreview> {
    return this.http.get<InvitationPreview>(`/api/auth/invites/${encodeURIComponent(token)}`);
  }

  acceptInvite(request: AcceptInviteRequest): Observable<SessionUser> {
    return this.http.post<SessionUser>('/api/auth/invites/accept', request);
  }
}
