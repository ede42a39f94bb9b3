import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Capability, CapabilityState } from '@chorus/shared/contracts';
import { Clock } from '@chorus/server/core';
import { NotificationsService } from '@chorus/server/publishing';
import { DataSource } from 'typeorm';
import { allSteps, isAvailableTo, loadPathTrees, type PathNode } from './path-tree';
import { capabilityStates, newlyCompleteSteps, type GoalCounts, type UserActivity } from './progress-rules';

const BATCH = 500;

/** One advocate's evaluated state: the paths rolled out to them and what they did. */
export interface UserProgress extends UserActivity {
  userId: string;
  name: string;
  createdAt: Date;
  groupIds: string[];
  /** Active paths available to the user, in default order. */
  paths: PathNode[];
}

/**
 * Measures practice goals from real activity (reads, connections, checklist, published shares, reactions
 * and text suggestions, approved suggestions) and records steps the first time they are complete. Counts
 * for a whole batch of users come from one query.
 */
@Injectable()
export class ProgressService {
  private readonly logger = new Logger('Progress');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async evaluate(userId: string): Promise<UserProgress> {
    const [progress] = await this.evaluateMany([userId]);
    return progress;
  }

  /** Every active advocate with a path rolled out to them, in batches; returns how many were evaluated. */
  async evaluateAll(): Promise<number> {
    let after = '00000000-0000-0000-0000-000000000000';
    let total = 0;
    for (;;) {
      const rows: Array<{ id: string }> = await this.dataSource.query(
        `SELECT u.id FROM users u
          WHERE u.id > $1 AND u.status = 'active' AND 'advocate' = ANY(u.roles)
            AND EXISTS (SELECT 1 FROM skill_paths p WHERE p.active AND (cardinality(p.group_ids) = 0
                 OR p.group_ids && ARRAY(SELECT gm.group_id FROM group_members gm WHERE gm.user_id = u.id)))
          ORDER BY u.id LIMIT $2`,
        [after, BATCH],
      );
      if (rows.length === 0) return total;
      await this.evaluateMany(rows.map((r) => r.id));
      total += rows.length;
      after = rows[rows.length - 1].id;
    }
  }

  async capabilities(userId: string): Promise<CapabilityState[]> {
    const progress = await this.evaluate(userId);
    return capabilityStates(progress.paths, progress.completions);
  }

  async hasCapability(userId: string, capability: Capability): Promise<boolean> {
    const states = await this.capabilities(userId);
    return states.find((s) => s.capability === capability)?.unlocked ?? false;
  }

  /** Evaluates the users (unknown ids are left out) and records newly complete steps. */
  async evaluateMany(userIds: string[]): Promise<UserProgress[]> {
    if (userIds.length === 0) return [];
    if (userIds.length > BATCH) {
      const result: UserProgress[] = [];
      for (let i = 0; i < userIds.length; i += BATCH) result.push(...(await this.evaluateMany(userIds.slice(i, i + BATCH))));
      return result;
    }
    const [paths, users] = await Promise.all([
      loadPathTrees(this.dataSource.manager, { activeOnly: true }),
      this.measure(userIds),
    ]);
    const fresh: Array<{ userId: string; stepId: string }> = [];
    for (const user of users) {
      user.paths = paths.filter((p) => isAvailableTo(p, user.groupIds));
      for (const path of user.paths) {
        for (const step of newlyCompleteSteps(path, user)) fresh.push({ userId: user.userId, stepId: step.id });
      }
    }
    if (fresh.length > 0) await this.record(fresh, users);
    return users;
  }

  private async record(fresh: Array<{ userId: string; stepId: string }>, users: UserProgress[]): Promise<void> {
    const now = this.clock.now();
    const inserted: Array<{ user_id: string; step_id: string; completed_at: Date }> = await this.dataSource.query(
      `INSERT INTO step_completions (user_id, step_id, completed_at)
       SELECT u, s, $3 FROM unnest($1::uuid[], $2::uuid[]) AS t(u, s)
       ON CONFLICT DO NOTHING RETURNING user_id, step_id, completed_at`,
      [fresh.map((f) => f.userId), fresh.map((f) => f.stepId), now],
    );
    const byId = new Map(users.map((u) => [u.userId, u]));
    for (const row of inserted) {
      const user = byId.get(row.user_id);
      if (!user) continue;
      (user.completions as Map<string, Date>).set(row.step_id, new Date(row.completed_at));
      const step = user.paths.flatMap(allSteps).find((s) => s.id === row.step_id);
      if (!step) continue;
      try {
        await this.notifications.notify({
          userId: user.userId,
          kind: 'step_completed',
          title: `You completed “${step.name}”`,
          body: step.unlocks.includes('suggest_content')
            ? `“${step.name}” (${step.levelName}) is done. You can now suggest content for the feed.`
            : `“${step.name}” (${step.levelName}) is done. See what is next on your path.`,
          link: '/learning',
          email: false,
        });
      } catch (error) {
        // The completion is recorded; a missing notification must not undo it.
        this.logger.warn(`Notifying a step completion failed: ${(error as Error).message}`);
      }
    }
    // Rows another evaluation inserted first are complete too, just not announced twice.
    for (const f of fresh) {
      const user = byId.get(f.userId);
      if (user && !user.completions.has(f.stepId)) (user.completions as Map<string, Date>).set(f.stepId, now);
    }
  }

  /** Every goal's count, learning completions, step completions and groups of the users, in one round trip. */
  private async measure(userIds: string[]): Promise<UserProgress[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT u.id, u.name, u.email, u.created_at,
              (SELECT count(*) FROM item_reads r WHERE r.user_id = u.id)::int AS read_items,
              (SELECT count(DISTINCT ca.network) FROM connected_accounts ca
                WHERE ca.user_id = u.id AND ca.status = 'connected'
                  AND (ca.access_token_expires_at > $2
                       OR (ca.refresh_token_enc IS NOT NULL
                           AND (ca.refresh_token_expires_at IS NULL OR ca.refresh_token_expires_at > $2))))::int
                AS connect_accounts,
              (SELECT count(*) FROM profile_checklist_items pc WHERE pc.user_id = u.id)::int AS complete_profile,
              (SELECT count(DISTINCT s.content_item_id) FROM shares s
                WHERE s.user_id = u.id AND s.state = 'published' AND s.content_item_id IS NOT NULL)::int AS share_items,
              ((SELECT count(*) FROM item_reactions ir WHERE ir.user_id = u.id)
                + (SELECT count(*) FROM text_suggestions ts WHERE ts.user_id = u.id))::int AS critique_items,
              (SELECT count(*) FROM content_items ci
                WHERE ci.origin = 'advocate' AND ci.approved_at IS NOT NULL
                  AND (ci.submitted_by = u.id OR ci.created_by = u.id))::int AS create_posts,
              ARRAY(SELECT lc.assignment_id FROM learning_completions lc WHERE lc.user_id = u.id) AS learned,
              ARRAY(SELECT gm.group_id FROM group_members gm WHERE gm.user_id = u.id) AS group_ids,
              COALESCE((SELECT json_agg(json_build_object('stepId', sc.step_id, 'at', sc.completed_at))
                          FROM step_completions sc WHERE sc.user_id = u.id), '[]') AS completions
         FROM users u WHERE u.id = ANY($1::uuid[])`,
      [userIds, this.clock.now()],
    );
    return rows.map((r) => {
      const counts: GoalCounts = {
        read_items: Number(r.read_items),
        connect_accounts: Number(r.connect_accounts),
        complete_profile: Number(r.complete_profile),
        share_items: Number(r.share_items),
        critique_items: Number(r.critique_items),
        create_posts: Number(r.create_posts),
      };
      const completions = new Map<string, Date>(
        (r.completions as Array<{ stepId: string; at: string }>).map((c) => [c.stepId, new Date(c.at)]),
      );
      return {
        userId: r.id as string,
        name: (r.name as string) || (r.email as string),
        createdAt: new Date(r.created_at as string),
        groupIds: (r.group_ids as string[]) ?? [],
        counts,
        learned: new Set((r.learned as string[]) ?? []),
        completions,
        paths: [],
      };
    });
  }
}
