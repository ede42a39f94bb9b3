import { Role } from './roles';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export interface LoginRequest {
  email: string;
  password: string;
}

export interface GroupRef {
  id: string;
  name: string;
}

/** The signed-in user as the client sees it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  groups: GroupRef[];
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface UpdateProfileRequest {
  name: string;
}

export interface ForgotPasswordRequest {
  email: string;
}

export interface ResetPasswordRequest {
  token: string;
  newPassword: string;
}

export interface InvitationPreview {
  email: string;
  name: string;
  expiresAt: string;
}

export interface AcceptInviteRequest {
  token: string;
  name: string;
  password: string;
}

export interface CsrfTokenResponse {
  token: string;
}
