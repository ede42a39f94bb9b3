import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { forbidden, notFound } from '@chorus/server/core';
import type { AuthenticatedUser } from '@chorus/server/identity';
import { DataSource } from 'typeorm';

export interface GroupRef {
  id: string;
  name: string;
}

export function seesAllGroups(user: AuthenticatedUser): boolean {
  return user.roles.includes('lead') || user.roles.includes('admin');
}

/** Which groups a caller may look at: their own, or every group for leads and admins (as analytics does). */
@Injectable()
export class GroupScope {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The groups to offer in a picker, and the one asked for (default: the caller's first group by name). */
  async resolve(user: AuthenticatedUser, groupId?: string): Promise<{ group: GroupRef | null; groups: GroupRef[] }> {
    const [own, all] = await Promise.all([this.groupsOf(user.id), seesAllGroups(user) ? this.all() : null]);
    const groups = all ?? own;
    if (!groupId) return { group: own[0] ?? null, groups };
    const group = groups.find((g) => g.id === groupId);
    if (group) return { group, groups };
    if (all) throw notFound('The group');
    throw forbidden('enablement.not_a_member', 'You can only see the leaderboards of your own groups.');
  }

  groupsOf(userId: string): Promise<GroupRef[]> {
    return this.dataSource.query(
      `SELECT g.id, g.name FROM group_members gm JOIN groups g ON g.id = gm.group_id
        WHERE gm.user_id = $1 ORDER BY g.name, g.id`,
      [userId],
    );
  }

  all(): Promise<GroupRef[]> {
    return this.dataSource.query(`SELECT id, name FROM groups ORDER BY name, id`);
  }
}
