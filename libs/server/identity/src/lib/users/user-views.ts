import type { GroupRef, SessionUser, UserSummary } from '@chorus/shared/contracts';
import { EntityManager, In } from 'typeorm';
import { Group, GroupMember, User } from '../entities';

/** Each user's groups, in one query for a whole page of users. */
export async function groupsOf(manager: EntityManager, userIds: string[]): Promise<Map<string, GroupRef[]>> {
  const byUser = new Map<string, GroupRef[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await manager
    .createQueryBuilder(GroupMember, 'm')
    .innerJoin(Group, 'g', 'g.id = m.group_id')
    .select(['m.user_id AS user_id', 'g.id AS id', 'g.name AS name'])
    .where({ userId: In(userIds) })
    .orderBy('g.name')
    .getRawMany<{ user_id: string; id: string; name: string }>();
  for (const row of rows) byUser.get(row.user_id)?.push({ id: row.id, name: row.name });
  return byUser;
}

export function toUserSummary(user: User, groups: GroupRef[]): UserSummary {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: [...user.roles].sort(),
    groups,
    status: user.status,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
  };
}

export async function toSessionUser(
  manager: EntityManager,
  user: Pick<User, 'id' | 'email' | 'name' | 'roles'>,
): Promise<SessionUser> {
  const groups = (await groupsOf(manager, [user.id])).get(user.id) ?? [];
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: [...user.roles].sort(),
    groups,
  };
}
