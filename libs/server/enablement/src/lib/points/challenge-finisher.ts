import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@chorus/server/core';
import { NotificationsService } from '@chorus/server/publishing';
import { DataSource, EntityManager } from 'typeorm';
import { scoreChallenge, ScoreRow } from './challenge-scores';
import { PointsLedger } from './points-ledger';
import { PointsSettingsService } from './points-settings.service';

interface Finished {
  id: string;
  title: string;
  prize: string;
  metric: string;
  winners: ScoreRow[];
  /** Who hears about the result: the group's active members, or everyone who scored. */
  audience: string[];
}

/**
 * Computes the winners of challenges whose end has passed, once: each challenge is finalised in its own
 * transaction holding its row (FOR UPDATE SKIP LOCKED, so two workers never finish the same one), which
 * writes the winners, pays the challenge_won points and sets finalized_at together. The in-app
 * announcement follows the commit: a crash in between loses the notices, never pays or announces twice.
 */
@Injectable()
export class ChallengeFinisher {
  private readonly logger = new Logger('ChallengeFinisher');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: PointsLedger,
    private readonly settings: PointsSettingsService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** Finishes every challenge that is due; returns how many. */
  async finishDue(): Promise<number> {
    const now = this.clock.now();
    // Points challenges rank by the ledger: bring it up to date first (waiting for a running sync).
    await this.ledger.sync({ wait: true });
    let count = 0;
    for (;;) {
      const finished = await this.dataSource.transaction((manager) => this.finishOne(manager, now));
      if (!finished) return count;
      count++;
      await this.announce(finished);
    }
  }

  private async finishOne(manager: EntityManager, now: Date): Promise<Finished | null> {
    const [row] = await manager.query(
      `SELECT id, title, prize, metric, content_item_id, group_id, starts_at, ends_at, winner_count
         FROM challenges WHERE ends_at <= $1 AND finalized_at IS NULL
        ORDER BY ends_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [now],
    );
    if (!row) return null;
    const challenge = {
      metric: row.metric,
      contentItemId: row.content_item_id,
      groupId: row.group_id,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
    };
    // Everyone who scored (ties resolved by who got there first, see scoreChallenge); the top ones win.
    const scored = await scoreChallenge(manager, challenge, { limit: 2_147_483_647 });
    const winners = scored.slice(0, row.winner_count);
    const values = await this.settings.values(manager);
    for (const winner of winners) {
      await manager.query(
        `INSERT INTO challenge_winners (challenge_id, user_id, rank, score) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [row.id, winner.userId, winner.position, winner.score],
      );
      if (values.challenge_won > 0) {
        await manager.query(
          `INSERT INTO point_awards (user_id, reason, ref, points, label, awarded_at)
           VALUES ($1, 'challenge_won', $2, $3, $4, $5)
           ON CONFLICT (user_id, reason, ref) DO NOTHING`,
          [winner.userId, row.id, values.challenge_won, `Won the challenge “${row.title.slice(0, 200)}”`, row.ends_at],
        );
      }
    }
    await manager.query(`UPDATE challenges SET finalized_at = $2 WHERE id = $1`, [row.id, now]);
    const audience: string[] = row.group_id
      ? (
          await manager.query(
            `SELECT u.id FROM group_members gm JOIN users u ON u.id = gm.user_id
              WHERE gm.group_id = $1 AND u.status = 'active'`,
            [row.group_id],
          )
        ).map((u: { id: string }) => u.id)
      : scored.map((s) => s.userId);
    return { id: row.id, title: row.title, prize: row.prize, metric: row.metric, winners, audience };
  }

  /** Winners hear they won; everyone else that it ended. Names stay off the notice (opt-outs). */
  private async announce(finished: Finished): Promise<void> {
    const won = new Map(finished.winners.map((w) => [w.userId, w]));
    const everyone = new Set([...finished.audience, ...won.keys()]);
    for (const userId of everyone) {
      const winner = won.get(userId);
      try {
        await this.notifications.notify({
          userId,
          kind: 'challenge_ended',
          title: winner ? `You won “${finished.title}”` : `“${finished.title}” has ended`,
          body: winner
            ? `You finished #${winner.position} with ${winner.score} ${finished.metric}. Your prize: ${finished.prize}.`
            : finished.winners.length
              ? `The challenge has ended. See the final standings and the winners.`
              : `The challenge has ended without a winner: nobody scored.`,
          link: `/challenges/${finished.id}`,
          email: false,
        });
      } catch (error) {
        this.logger.warn(`Announcing challenge ${finished.id} to ${userId} failed: ${(error as Error).message}`);
      }
    }
  }
}
