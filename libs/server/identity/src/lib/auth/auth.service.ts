import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { InvitationPreview, SessionUser } from '@chorus/shared/contracts';
import { APP_CONFIG, AppConfig, Clock, DomainError, gone, invalid, MailOutbox } from '@chorus/server/core';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { User } from '../entities';
import { toSessionUser } from '../users/user-views';
import { AuthenticatedUser } from './cookies';
import { OneTimeTokensService } from './one-time-tokens.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';

const RESET_TTL_MINUTES = 60;

export interface SignedIn {
  user: SessionUser;
  sessionToken: string;
}

export interface ClientInfo {
  ip: string;
  userAgent?: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly tokens: OneTimeTokensService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly mail: MailOutbox,
    private readonly clock: Clock,
  ) {}

  async login(email: string, password: string, client: ClientInfo): Promise<SignedIn> {
    await this.throttle.assertAllowed(email, client.ip);
    const user = await this.users.findOne({
      where: { email },
      select: ['id', 'email', 'name', 'roles', 'status', 'passwordHash'],
    });
    const passwordOk = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !passwordOk) {
      await this.throttle.record(email, client.ip, false);
      throw new DomainError(401, 'auth.invalid_credentials', 'Wrong e-mail or password.');
    }
    if (user.status !== 'active') {
      // Only said after a correct password, so it reveals nothing to someone guessing.
      throw new DomainError(403, 'auth.deactivated', 'This account is deactivated. Ask your Chorus administrator.');
    }
    await this.throttle.record(email, client.ip, true);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(User, user.id, { lastLoginAt: this.clock.now() });
      const sessionToken = await this.sessions.create(user.id, client.userAgent, manager);
      await this.audit.record(user, { action: 'auth.signed_in', targetType: 'user', targetId: user.id }, manager);
      return { user: await toSessionUser(manager, user), sessionToken };
    });
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId);
  }

  async currentUser(user: AuthenticatedUser): Promise<SessionUser> {
    return toSessionUser(this.dataSource.manager, user);
  }

  async updateProfile(actor: AuthenticatedUser, name: string): Promise<SessionUser> {
    await this.users.update(actor.id, { name });
    return toSessionUser(this.dataSource.manager, { ...actor, name });
  }

  /** Other browsers are signed out; this one stays signed in. */
  async changePassword(actor: AuthenticatedUser, sessionId: string, current: string, next: string): Promise<void> {
    const user = await this.users.findOne({
      where: { id: actor.id },
      select: ['id', 'passwordHash'],
    });
    if (!(await this.hasher.verify(user?.passwordHash, current))) {
      throw invalid('currentPassword', 'is not your current password', 'auth.wrong_password');
    }
    if (current === next) throw invalid('newPassword', 'must differ from the current password');
    const hash = await this.hasher.hash(next);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, actor.id, { passwordHash: hash });
      await this.sessions.revokeAllFor(actor.id, sessionId, manager);
      await this.audit.record(
        actor,
        {
          action: 'auth.password_changed',
          targetType: 'user',
          targetId: actor.id,
        },
        manager,
      );
    });
  }

  /** Always answers the same way, so it cannot be used to find out who has an account. */
  async forgotPassword(email: string, client: ClientInfo): Promise<void> {
    await this.throttle.assertAllowed(email, client.ip);
    const user = await this.users.findOne({ where: { email } });
    if (!user || user.status !== 'active') {
      await this.throttle.record(email, client.ip, false);
      return;
    }
    const { token } = await this.tokens.issue(user.id, 'password_reset', RESET_TTL_MINUTES);
    await this.mail.send({
      to: user.email,
      subject: 'Reset your Chorus password',
      text: [
        `Hello ${user.name || user.email},`,
        '',
        `Someone asked to reset the password of your Chorus account. To choose a new password, open this link within ${RESET_TTL_MINUTES} minutes:`,
        '',
        `${this.config.PUBLIC_URL}/reset-password?token=${token}`,
        '',
        'If that was not you, ignore this mail: your password stays as it is.',
      ].join('\n'),
    });
  }

  async resetPassword(token: string, newPassword: string): Promise<void> {
    const hash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(token, 'password_reset', manager);
      if (!userId)
        throw gone('token.expired_or_used', 'This reset link has expired or was already used. Ask for a new one.');
      await manager.update(User, userId, { passwordHash: hash });
      await this.sessions.revokeAllFor(userId, undefined, manager);
      const user = await manager.findOneByOrFail(User, { id: userId });
      await this.audit.record(user, { action: 'auth.password_reset', targetType: 'user', targetId: userId }, manager);
    });
  }

  async previewInvite(token: string): Promise<InvitationPreview> {
    const record = await this.tokens.peek(token, 'invite');
    const user = record ? await this.users.findOneBy({ id: record.userId }) : null;
    if (!record || !user || user.status !== 'invited') {
      throw gone(
        'token.expired_or_used',
        'This invitation has expired or was already used. Ask your administrator for a new one.',
      );
    }
    return {
      email: user.email,
      name: user.name,
      expiresAt: record.expiresAt.toISOString(),
    };
  }

  async acceptInvite(token: string, name: string, password: string, client: ClientInfo): Promise<SignedIn> {
    const hash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(token, 'invite', manager);
      const user = userId ? await manager.findOneBy(User, { id: userId }) : null;
      if (!user || user.status !== 'invited') {
        throw gone(
          'token.expired_or_used',
          'This invitation has expired or was already used. Ask your administrator for a new one.',
        );
      }
      await manager.update(User, user.id, {
        name,
        passwordHash: hash,
        status: 'active',
        lastLoginAt: this.clock.now(),
      });
      const sessionToken = await this.sessions.create(user.id, client.userAgent, manager);
      await this.audit.record(
        user,
        {
          action: 'user.invite_accepted',
          targetType: 'user',
          targetId: user.id,
        },
        manager,
      );
      return {
        user: await toSessionUser(manager, { ...user, name }),
        sessionToken,
      };
    });
  }
}
