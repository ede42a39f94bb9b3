import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Clock, randomToken, sha256Hex } from '@chorus/server/core';
import { EntityManager, Repository } from 'typeorm';
import { OneTimeToken, OneTimeTokenPurpose } from '../entities';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

@Injectable()
export class OneTimeTokensService {
  constructor(
    @InjectRepository(OneTimeToken)
    private readonly tokens: Repository<OneTimeToken>,
    private readonly clock: Clock,
  ) {}

  /** Issuing a new link voids the user's earlier unused links of the same purpose. */
  async issue(
    userId: string,
    purpose: OneTimeTokenPurpose,
    ttlMinutes: number,
    manager?: EntityManager,
  ): Promise<IssuedToken> {
    const repository = manager ? manager.getRepository(OneTimeToken) : this.tokens;
    const now = this.clock.now();
    await repository
      .createQueryBuilder()
      .update()
      .set({ usedAt: now })
      .where('user_id = :userId AND purpose = :purpose AND used_at IS NULL', {
        userId,
        purpose,
      })
      .execute();
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + ttlMinutes * 60_000);
    await repository.insert({
      userId,
      purpose,
      tokenHash: sha256Hex(token),
      expiresAt,
      usedAt: null,
    });
    return { token, expiresAt };
  }

  /** The still-valid token's record, without using it up. */
  async peek(token: string, purpose: OneTimeTokenPurpose): Promise<OneTimeToken | null> {
    const record = await this.tokens.findOne({
      where: { tokenHash: sha256Hex(token), purpose },
    });
    if (!record || record.usedAt || record.expiresAt <= this.clock.now()) return null;
    return record;
  }

  /**
   * Uses the token up in one statement, so two concurrent requests with the same link cannot both win.
   * Returns the user id, or null when the token is unknown, used or expired.
   */
  async consume(token: string, purpose: OneTimeTokenPurpose, manager: EntityManager): Promise<string | null> {
    const now = this.clock.now();
    const rows: Array<{ user_id: string }> = await manager.query(
      `UPDATE one_time_tokens SET used_at = $1
        WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
        RETURNING user_id`,
      [now, sha256Hex(token), purpose],
    );
    // pg returns [rows, count] for UPDATE … RETURNING through TypeORM's query().
    const list = Array.isArray(rows[0]) ? (rows[0] as unknown as Array<{ user_id: string }>) : rows;
    return list[0]?.user_id ?? null;
  }
}
