import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock, randomToken, sha256Hex } from '@chorus/server/core';
import { EntityManager, Not, Repository } from 'typeorm';
import { Session, User } from '../entities';
import { AuthenticatedUser } from './cookies';

/** How stale last_seen_at may get before a request slides the expiry forward (saves a write per request). */
const TOUCH_AFTER_MS = 5 * 60_000;

export interface ResolvedSession {
  sessionId: string;
  user: AuthenticatedUser;
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  get ttlMs(): number {
    return this.config.SESSION_TTL_HOURS * 3_600_000;
  }

  async create(userId: string, userAgent: string | undefined, manager?: EntityManager): Promise<string> {
    const repository = manager ? manager.getRepository(Session) : this.sessions;
    const token = randomToken();
    const now = this.clock.now();
    await repository.insert({
      tokenHash: sha256Hex(token),
      userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.ttlMs),
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return token;
  }

  /** The active user behind a session token, or null for unknown, expired or deactivated. */
  async resolve(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token || token.length > 100) return null;
    const now = this.clock.now();
    const row = await this.sessions
      .createQueryBuilder('s')
      .innerJoin(User, 'u', 'u.id = s.user_id')
      .select(['s.id AS session_id', 's.last_seen_at AS last_seen_at', 's.expires_at AS expires_at'])
      .addSelect(['u.id AS user_id', 'u.email AS email', 'u.name AS name', 'u.roles AS roles', 'u.status AS status'])
      .where('s.token_hash = :hash', { hash: sha256Hex(token) })
      .getRawOne<{
        session_id: string;
        last_seen_at: Date;
        expires_at: Date;
        user_id: string;
        email: string;
        name: string;
        roles: AuthenticatedUser['roles'];
        status: string;
      }>();
    if (!row || row.expires_at <= now || row.status !== 'active') return null;
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await this.sessions.update(row.session_id, {
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.ttlMs),
      });
    }
    return {
      sessionId: row.session_id,
      user: {
        id: row.user_id,
        email: row.email,
        name: row.name,
        roles: row.roles,
      },
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  /** Signs a user out everywhere (optionally except the current browser). */
  async revokeAllFor(userId: string, exceptSessionId?: string, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(Session) : this.sessions;
    await repository.delete(exceptSessionId ? { userId, id: Not(exceptSessionId) } : { userId });
  }
}
