import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type {
  CreateGroupRequest,
  GroupMember as GroupMemberView,
  GroupSummary,
  UpdateGroupRequest,
} from '@chorus/shared/contracts';
import { invalid, notFound } from '@chorus/server/core';
import { DataSource, In, Repository } from 'typeorm';
import { Actor, AuditService } from '../audit/audit.service';
import { Group, GroupMember, User } from '../entities';

@Injectable()
export class GroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Group) private readonly groups: Repository<Group>,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<GroupSummary[]> {
    const rows = await this.groups
      .createQueryBuilder('g')
      .leftJoin(GroupMember, 'm', 'm.group_id = g.id')
      .select(['g.id AS id', 'g.name AS name', 'g.description AS description', 'g.created_at AS created_at'])
      .addSelect('count(m.user_id)::int', 'member_count')
      .groupBy('g.id')
      .orderBy('g.name')
      .getRawMany<{
        id: string;
        name: string;
        description: string;
        created_at: Date;
        member_count: number;
      }>();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      memberCount: r.member_count,
      createdAt: r.created_at.toISOString(),
    }));
  }

  async get(id: string): Promise<GroupSummary> {
    const group = (await this.list()).find((g) => g.id === id);
    if (!group) throw notFound('Group', 'groups.not_found');
    return group;
  }

  async members(id: string): Promise<GroupMemberView[]> {
    await this.assertExists(id);
    const users = await this.dataSource
      .createQueryBuilder(User, 'u')
      .innerJoin(GroupMember, 'm', 'm.user_id = u.id')
      .where('m.group_id = :id', { id })
      .orderBy('u.name')
      .addOrderBy('u.email')
      .getMany();
    return users.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      roles: [...u.roles].sort(),
      status: u.status,
      lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
    }));
  }

  async create(actor: Actor, request: CreateGroupRequest): Promise<GroupSummary> {
    const id = await this.dataSource.transaction(async (manager) => {
      const group = await manager.save(
        manager.create(Group, {
          name: request.name,
          description: request.description ?? '',
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'group.created',
          targetType: 'group',
          targetId: group.id,
          details: { name: group.name },
        },
        manager,
      );
      return group.id;
    });
    return this.get(id);
  }

  async update(actor: Actor, id: string, request: UpdateGroupRequest): Promise<GroupSummary> {
    await this.dataSource.transaction(async (manager) => {
      const group = await manager.findOneBy(Group, { id });
      if (!group) throw notFound('Group', 'groups.not_found');
      if (request.name !== undefined) group.name = request.name;
      if (request.description !== undefined) group.description = request.description;
      await manager.save(group);
      await this.audit.record(
        actor,
        {
          action: 'group.updated',
          targetType: 'group',
          targetId: id,
          details: { ...request },
        },
        manager,
      );
    });
    return this.get(id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const group = await manager.findOneBy(Group, { id });
      if (!group) throw notFound('Group', 'groups.not_found');
      await manager.delete(Group, { id });
      await this.audit.record(
        actor,
        {
          action: 'group.deleted',
          targetType: 'group',
          targetId: id,
          details: { name: group.name },
        },
        manager,
      );
    });
  }

  async addMembers(actor: Actor, id: string, userIds: string[]): Promise<GroupMemberView[]> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Group, { id }))) throw notFound('Group', 'groups.not_found');
      const found = await manager.countBy(User, { id: In(userIds) });
      if (found !== userIds.length) throw invalid('userIds', 'contains a user that does not exist');
      await manager
        .createQueryBuilder()
        .insert()
        .into(GroupMember)
        .values(userIds.map((userId) => ({ groupId: id, userId })))
        .orIgnore()
        .execute();
      await this.audit.record(
        actor,
        {
          action: 'group.members_added',
          targetType: 'group',
          targetId: id,
          details: { userIds },
        },
        manager,
      );
    });
    return this.members(id);
  }

  async removeMember(actor: Actor, id: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(GroupMember, { groupId: id, userId });
      if (!result.affected) throw notFound('Membership', 'groups.member_not_found');
      await this.audit.record(
        actor,
        {
          action: 'group.member_removed',
          targetType: 'group',
          targetId: id,
          details: { userId },
        },
        manager,
      );
    });
  }

  private async assertExists(id: string): Promise<void> {
    if (!(await this.groups.existsBy({ id }))) throw notFound('Group', 'groups.not_found');
  }
}
