import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AmbassadorContact, AmbassadorOverview, AmbassadorProposal } from '@chorus/shared/contracts';
import { Clock, conflict, notFound } from '@chorus/server/core';
import { Actor, AuditService } from '@chorus/server/identity';
import { DataSource } from 'typeorm';
import { ProgressService } from '../paths/progress.service';
import { GroupScope } from './group-scope';
import { PointsLedger } from './points-ledger';

const PROPOSALS_PER_GROUP = 5;
const PROPOSAL_DAYS = 90;

const CONTACT_COLUMNS = `a.user_id AS "userId", coalesce(nullif(u.name, ''), u.email) AS name, u.email,
  a.group_id AS "groupId", g.name AS "groupName"`;

/**
 * Whether the advocate holds the `ambassador` capability: they completed a step that unlocks it, or no
 * active path has such a step (then everybody holds it). `user` is the SQL expression of the user id.
 */
const ELIGIBLE = (user: string) => `(
  EXISTS (SELECT 1 FROM step_completions sc JOIN skill_steps st ON st.id = sc.step_id
           WHERE sc.user_id = ${user} AND 'ambassador' = ANY(st.unlocks))
  OR NOT EXISTS (SELECT 1 FROM skill_steps st JOIN skill_levels lv ON lv.id = st.level_id
                  JOIN skill_paths p ON p.id = lv.path_id
                 WHERE p.active AND 'ambassador' = ANY(st.unlocks)))`;

/** Ambassadors: leads mark the contacts of a group; the system proposes the most active eligible advocates. */
@Injectable()
export class AmbassadorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: PointsLedger,
    private readonly scope: GroupScope,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly progress: ProgressService,
  ) {}

  /** One group, or every group when none is named. */
  async overview(groupId?: string): Promise<AmbassadorOverview> {
    const groups = await this.scope.all();
    if (groupId && !groups.some((g) => g.id === groupId)) throw notFound('The group');
    await this.ledger.sync();
    const since = new Date(this.clock.now().getTime() - PROPOSAL_DAYS * 86_400_000);
    const [ambassadors, proposals] = await Promise.all([
      this.dataSource.query(
        `SELECT ${CONTACT_COLUMNS} FROM ambassadors a JOIN users u ON u.id = a.user_id JOIN groups g ON g.id = a.group_id
          WHERE ($1::uuid IS NULL OR a.group_id = $1) ORDER BY g.name, name`,
        [groupId ?? null],
      ) as Promise<AmbassadorContact[]>,
      this.dataSource.query(
        `WITH candidates AS (
           SELECT gm.user_id, gm.group_id, g.name AS group_name, coalesce(nullif(u.name, ''), u.email) AS name,
                  (SELECT coalesce(sum(p.points), 0) FROM point_awards p
                    WHERE p.user_id = gm.user_id AND p.awarded_at > $2 AND p.awarded_at <= $3)::int AS points
             FROM group_members gm JOIN users u ON u.id = gm.user_id JOIN groups g ON g.id = gm.group_id
            WHERE ($1::uuid IS NULL OR gm.group_id = $1) AND u.status = 'active' AND 'advocate' = ANY(u.roles)
              AND NOT EXISTS (SELECT 1 FROM ambassadors a WHERE a.user_id = gm.user_id AND a.group_id = gm.group_id)
         ), ranked AS (
           SELECT c.*, row_number() OVER (PARTITION BY c.group_id ORDER BY c.points DESC, c.user_id) AS position
             FROM candidates c WHERE c.points > 0
         )
         SELECT r.user_id AS "userId", r.name, r.group_id AS "groupId", r.group_name AS "groupName", r.points,
                ${ELIGIBLE('r.user_id')} AS eligible
           FROM ranked r WHERE r.position <= ${PROPOSALS_PER_GROUP}
          ORDER BY r.group_name, r.group_id, r.position`,
        [groupId ?? null, since, this.clock.now()],
      ) as Promise<AmbassadorProposal[]>,
    ]);
    return { ambassadors, proposals, groups };
  }

  async mark(actor: Actor, groupId: string, userId: string): Promise<AmbassadorContact> {
    await this.dataSource.transaction(async (manager) => {
      const [group] = await manager.query(`SELECT 1 FROM groups WHERE id = $1`, [groupId]);
      if (!group) throw notFound('The group');
      const [user] = await manager.query(
        `SELECT u.status, EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = $1 AND gm.user_id = u.id) AS member
           FROM users u WHERE u.id = $2`,
        [groupId, userId],
      );
      if (!user) throw notFound('The user');
      if (user.status !== 'active' || !user.member) {
        throw conflict('enablement.not_an_active_member', 'Only an active member of the group can be its ambassador.');
      }
      await this.requireAmbassadorCapability(userId);
      const inserted = await manager.query(
        `INSERT INTO ambassadors (user_id, group_id, marked_by) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, group_id) DO NOTHING RETURNING user_id`,
        [userId, groupId, actor.id],
      );
      if (inserted.length) {
        await this.audit.record(
          actor,
          { action: 'enablement.ambassador_marked', targetType: 'user', targetId: userId, details: { groupId } },
          manager,
        );
      }
    });
    const [contact] = await this.contacts(`a.user_id = $1 AND a.group_id = $2`, [userId, groupId]);
    return contact;
  }

  /** Ambassadors must hold the capability their path unlocks for it (by default: Explorer's "Create"). */
  private async requireAmbassadorCapability(userId: string): Promise<void> {
    const state = (await this.progress.capabilities(userId)).find((c) => c.capability === 'ambassador');
    if (!state || state.unlocked) return;
    const step = state.requiredStep;
    throw conflict(
      'enablement.not_eligible',
      step
        ? `Only advocates who completed “${step.name}” (${step.levelName}) can be ambassadors.`
        : 'This advocate has not unlocked the ambassador capability yet.',
    );
  }

  async unmark(actor: Actor, groupId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // DELETE … RETURNING comes back as [rows, count].
      const [deleted]: [unknown[], number] = await manager.query(
        `DELETE FROM ambassadors WHERE user_id = $1 AND group_id = $2 RETURNING user_id`,
        [userId, groupId],
      );
      if (!deleted.length) throw notFound('The ambassador');
      await this.audit.record(
        actor,
        { action: 'enablement.ambassador_unmarked', targetType: 'user', targetId: userId, details: { groupId } },
        manager,
      );
    });
  }

  /** The ambassadors of the caller's groups: the people to ask. */
  mine(userId: string): Promise<AmbassadorContact[]> {
    return this.contacts(
      `u.status = 'active' AND EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = a.group_id AND gm.user_id = $1)`,
      [userId],
    );
  }

  private contacts(where: string, params: unknown[]): Promise<AmbassadorContact[]> {
    return this.dataSource.query(
      `SELECT ${CONTACT_COLUMNS} FROM ambassadors a JOIN users u ON u.id = a.user_id JOIN groups g ON g.id = a.group_id
        WHERE ${where} ORDER BY g.name, name`,
      params,
    );
  }
}
