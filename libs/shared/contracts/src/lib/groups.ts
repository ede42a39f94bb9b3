export interface GroupSummary {
  id: string;
  name: string;
  description: string;
  memberCount: number;
  createdAt: string;
}

export interface GroupMember {
  id: string;
  name: string;
  email: string;
  roles: string[];
  status: string;
  lastLoginAt: string | null;
}

export interface CreateGroupRequest {
  name: string;
  description?: string;
}

export type UpdateGroupRequest = Partial<CreateGroupRequest>;

export interface GroupMembersRequest {
  userIds: string[];
}
