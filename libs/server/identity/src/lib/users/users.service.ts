import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type {
  InvitationCreated,
  InviteUserRequest,
  UpdateUserRequest,
  UserListQuery,
  UserSummary,
} from '@chorus/shared/contracts';
import { APP_CONFIG, AppConfig, conflict, DomainError, invalid, MailOutbox, notFound } from '@chorus/server/core';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { Actor, AuditService } from '../audit/audit.service';
import { OneTimeTokensService } from '../auth/one-time-tokens.service';
import { SessionsService } from '../auth/sessions.service';
import { Group, GroupMember, User } from '../entities';
import { groupsOf, toUserSummary } from './user-views';

const INVITE_TTL_MINUTES = 7 * 24 * 60;
const LIST_LIMIT = 500;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: OneTimeTokensService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly mail: MailOutbox,
  ) {}

  async list(query: UserListQuery): Promise<UserSummary[]> {
    const qb = this.users.createQueryBuilder('u').orderBy('u.name').addOrderBy('u.email').take(LIST_LIMIT);
    if (query.search) {
      const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(u.name ILIKE :pattern OR u.email ILIKE :pattern)', {
        pattern,
      });
    }
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.groupId) {
      qb.andWhere('EXISTS (SELECT 1 FROM group_members m WHERE m.user_id = u.id AND m.group_id = :groupId)', {
        groupId: query.groupId,
      });
    }
    const users = await qb.getMany();
    return this.summaries(this.dataSource.manager, users);
  }

  async get(id: string): Promise<UserSummary> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw notFound('User', 'users.not_found');
    const [summary] = await this.summaries(this.dataSource.manager, [user]);
    return summary;
  }

  async invite(actor: Actor, request: InviteUserRequest): Promise<InvitationCreated> {
    const { user, token, expiresAt } = await this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(User, { email: request.email })) {
        throw new DomainError(409, 'users.email_taken', 'email is already used by another user.', [
          { field: 'email', message: 'is already used by another user' },
        ]);
      }
      const created = await manager.save(
        manager.create(User, {
          email: request.email,
          name: request.name ?? '',
          roles: request.roles,
          status: 'invited',
        }),
      );
      await this.setGroups(manager, created.id, request.groupIds ?? []);
      const issued = await this.tokens.issue(created.id, 'invite', INVITE_TTL_MINUTES, manager);
      await this.audit.record(
        actor,
        {
          action: 'user.invited',
          targetType: 'user',
          targetId: created.id,
          details: { email: created.email, roles: created.roles },
        },
        manager,
      );
      return { user: created, ...issued };
    });
    return this.sendInvite(actor, user, token, expiresAt);
  }

  /** A fresh link for someone who has not accepted yet; the earlier link stops working. */
  async resendInvite(actor: Actor, id: string): Promise<InvitationCreated> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw notFound('User', 'users.not_found');
    if (user.status !== 'invited')
      throw conflict('users.not_invited', 'This user has already accepted their invitation.');
    const { token, expiresAt } = await this.tokens.issue(user.id, 'invite', INVITE_TTL_MINUTES);
    await this.audit.record(actor, {
      action: 'user.invite_resent',
      targetType: 'user',
      targetId: user.id,
    });
    return this.sendInvite(actor, user, token, expiresAt);
  }

  async update(actor: Actor, id: string, request: UpdateUserRequest): Promise<UserSummary> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { id });
      if (!user) throw notFound('User', 'users.not_found');
      const changes: Record<string, unknown> = {};
      if (request.roles) {
        if (id === actor.id && user.roles.includes('admin') && !request.roles.includes('admin')) {
          throw conflict('users.self_lockout', 'You cannot remove your own admin role. Ask another admin.');
        }
        changes['roles'] = { from: user.roles, to: request.roles };
        user.roles = request.roles;
      }
      if (request.name !== undefined) user.name = request.name;
      await manager.save(user);
      if (request.groupIds) {
        changes['groupIds'] = request.groupIds;
        await this.setGroups(manager, id, request.groupIds);
      }
      await this.audit.record(
        actor,
        {
          action: 'user.updated',
          targetType: 'user',
          targetId: id,
          details: changes,
        },
        manager,
      );
    });
    return this.get(id);
  }

  async setActive(actor: Actor, id: string, active: boolean): Promise<UserSummary> {
    if (id === actor.id && !active) throw conflict('users.self_lockout', 'You cannot deactivate your own account.');
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, {
        where: { id },
        select: ['id', 'status', 'passwordHash'],
      });
      if (!user) throw notFound('User', 'users.not_found');
      // A reactivated user who never set a password goes back to "invited", not "active".
      const status = active ? (user.passwordHash ? 'active' : 'invited') : 'deactivated';
      await manager.update(User, id, { status });
      if (!active) await this.sessions.revokeAllFor(id, undefined, manager);
      await this.audit.record(
        actor,
        {
          action: active ? 'user.reactivated' : 'user.deactivated',
          targetType: 'user',
          targetId: id,
        },
        manager,
      );
    });
    return this.get(id);
  }

  private async sendInvite(actor: Actor, user: User, token: string, expiresAt: Date): Promise<InvitationCreated> {
    const inviteUrl = `${this.config.PUBLIC_URL}/invite?token=${token}`;
    await this.mail.send({
      to: user.email,
      subject: 'You are invited to Chorus',
      text: [
        `Hello ${user.name || user.email},`,
        '',
        `${actor.email} invited you to Chorus, where you find curated posts to share on your LinkedIn and X profiles.`,
        `Open this link to choose your password (valid until ${expiresAt.toUTCString()}):`,
        '',
        inviteUrl,
      ].join('\n'),
    });
    return {
      user: await this.get(user.id),
      inviteUrl,
      expiresAt: expiresAt.toISOString(),
    };
  }

  private async setGroups(manager: EntityManager, userId: string, groupIds: string[]): Promise<void> {
    if (groupIds.length > 0) {
      const found = await manager.countBy(Group, { id: In(groupIds) });
      if (found !== groupIds.length) throw invalid('groupIds', 'contains a group that does not exist');
    }
    await manager.delete(GroupMember, { userId });
    if (groupIds.length > 0)
      await manager.insert(
        GroupMember,
        groupIds.map((groupId) => ({ groupId, userId })),
      );
  }

  private async summaries(manager: EntityManager, users: User[]): Promise<UserSummary[]> {
    const groups = await groupsOf(
      manager,
      users.map((u) => u.id),
    );
    return users.map((u) => toUserSummary(u, groups.get(u.id) ?? []));
  }
}
