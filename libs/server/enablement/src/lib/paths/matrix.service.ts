import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MatrixQuery, ProgressMatrix } from '@chorus/shared/contracts';
import { Clock, notFound } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import { allSteps, loadPathTrees } from './path-tree';
import { ProgressService } from './progress.service';

/** Someone on the same step this many days or more is stalled. */
export const STALL_DAYS = 14;
const DAY_MS = 86_400_000;

/** The lead's people × steps view of one path, for one group or everyone the path is rolled out to. */
@Injectable()
export class MatrixService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
    private readonly clock: Clock,
  ) {}

  async matrix(query: MatrixQuery): Promise<ProgressMatrix> {
    const [groups, paths]: Array<Array<{ id: string; name: string }>> = await Promise.all([
      this.dataSource.query(`SELECT id, name FROM groups ORDER BY lower(name), id`),
      this.dataSource.query(`SELECT id, name FROM skill_paths ORDER BY (cardinality(group_ids) = 0) DESC, created_at, id`),
    ]);
    if (query.groupId && !groups.some((g) => g.id === query.groupId)) throw notFound('The group');
    const pathId = query.pathId ?? paths[0]?.id ?? null;
    const empty: ProgressMatrix = { pathId, groupId: query.groupId ?? null, steps: [], rows: [], stalls: [], groups, paths };
    if (!pathId) return empty;
    const [path] = await loadPathTrees(this.dataSource.manager, { ids: [pathId] });
    if (!path) throw notFound('The skill path');
    const steps = allSteps(path);

    const audience = query.groupId ? [query.groupId] : path.groupIds;
    const people: Array<{ id: string }> = await this.dataSource.query(
      `SELECT u.id FROM users u
        WHERE u.status = 'active' AND 'advocate' = ANY(u.roles)
          AND (cardinality($1::uuid[]) = 0
               OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.user_id = u.id AND gm.group_id = ANY($1::uuid[])))`,
      [audience],
    );
    const evaluated = await this.progress.evaluateMany(people.map((p) => p.id));
    const now = this.clock.now().getTime();
    const rows = evaluated
      .map((user) => {
        const completed: Record<string, string> = {};
        // On the current step since the last completion, or since they joined when they completed none.
        let last: number | null = null;
        for (const step of steps) {
          const at = user.completions.get(step.id);
          if (!at) continue;
          completed[step.id] = at.toISOString();
          last = Math.max(last ?? 0, at.getTime());
        }
        last ??= user.createdAt.getTime();
        const current = steps.find((s) => !completed[s.id]) ?? null;
        return {
          userId: user.userId,
          name: user.name,
          completed,
          currentStepId: current?.id ?? null,
          daysOnCurrentStep: current ? Math.max(0, Math.floor((now - last) / DAY_MS)) : null,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
    const stalls = steps.map((step) => {
      const on = rows.filter((r) => r.currentStepId === step.id);
      return { stepId: step.id, current: on.length, stalled: on.filter((r) => (r.daysOnCurrentStep ?? 0) >= STALL_DAYS).length };
    });
    return {
      ...empty,
      steps: steps.map((s) => ({ id: s.id, name: s.name, levelName: s.levelName })),
      rows,
      stalls,
    };
  }
}
