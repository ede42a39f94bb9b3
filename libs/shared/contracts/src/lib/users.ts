import { GroupRef } from './auth';
import { Role } from './roles';

export const USER_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  groups: GroupRef[];
  status: UserStatus;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface InviteUserRequest {
  email: string;
  name?: string;
  roles: Role[];
  groupIds?: string[];
}

/** Returned to the admin who invited: the link is also mailed, and can be copied when mail is not set up. */
export interface InvitationCreated {
  user: UserSummary;
  inviteUrl: string;
  expiresAt: string;
}

export interface UpdateUserRequest {
  name?: string;
  roles?: Role[];
  groupIds?: string[];
}

export interface UserListQuery {
  search?: string;
  status?: UserStatus;
  role?: Role;
  groupId?: string;
}
