import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CreateSkillPathRequest,
  SkillPath,
  SkillPathDefinition,
  SkillPathSummary,
} from '@chorus/shared/contracts';
import { invalid, notFound } from '@chorus/server/core';
import { Actor, AuditService } from '@chorus/server/identity';
import { DataSource, EntityManager } from 'typeorm';
import { defaultPathDefinition } from './default-path';
import { parsePathDefinition } from './path-definition';
import { loadPathTrees, toSkillPath } from './path-tree';

/** Lead/admin editing of skill paths: the whole tree is saved at once, keeping ids (and so progress). */
@Injectable()
export class PathsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SkillPathSummary[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT p.id, p.name, p.description, p.group_ids, p.active, p.updated_at,
              (SELECT count(*) FROM skill_levels l WHERE l.path_id = p.id)::int AS level_count,
              (SELECT count(*) FROM skill_steps s JOIN skill_levels l ON l.id = s.level_id WHERE l.path_id = p.id)::int AS step_count,
              (SELECT count(*) FROM users u WHERE u.status = 'active' AND 'advocate' = ANY(u.roles)
                 AND (cardinality(p.group_ids) = 0 OR EXISTS (SELECT 1 FROM group_members gm
                      WHERE gm.user_id = u.id AND gm.group_id = ANY(p.group_ids))))::int AS advocate_count
         FROM skill_paths p
        ORDER BY (cardinality(p.group_ids) = 0) DESC, p.created_at, p.id`,
    );
    return rows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      description: r.description as string,
      groupIds: (r.group_ids as string[]) ?? [],
      active: r.active as boolean,
      levelCount: Number(r.level_count),
      stepCount: Number(r.step_count),
      advocateCount: Number(r.advocate_count),
      updatedAt: new Date(r.updated_at as string).toISOString(),
    }));
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<SkillPath> {
    const [path] = await loadPathTrees(manager, { ids: [id] });
    if (!path) throw notFound('The skill path');
    return toSkillPath(path);
  }

  async create(actor: Actor, body: CreateSkillPathRequest): Promise<SkillPath> {
    const template = body.template ?? 'default';
    const base: SkillPathDefinition =
      template === 'default'
        ? defaultPathDefinition(body.name)
        : { name: body.name, description: '', groupIds: [], active: true, levels: [{ name: 'Discoverer', hours: 20, steps: [] }] };
    const definition = parsePathDefinition({
      ...base,
      name: body.name,
      description: body.description ?? base.description,
      groupIds: body.groupIds ?? [],
    });
    return this.dataSource.transaction(async (manager) => {
      await this.assertGroups(manager, definition.groupIds);
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO skill_paths (name, description, group_ids, active) VALUES ($1, $2, $3::uuid[], $4) RETURNING id`,
        [definition.name, definition.description, definition.groupIds, definition.active],
      );
      await this.writeTree(manager, row.id, definition);
      await this.audit.record(
        actor,
        { action: 'enablement.path_created', targetType: 'skill_path', targetId: row.id, details: { name: definition.name, template } },
        manager,
      );
      return this.get(row.id, manager);
    });
  }

  async update(actor: Actor, id: string, body: unknown): Promise<SkillPath> {
    const definition = parsePathDefinition(body);
    return this.dataSource.transaction(async (manager) => {
      const locked: unknown[] = await manager.query(`SELECT id FROM skill_paths WHERE id = $1 FOR UPDATE`, [id]);
      if (locked.length === 0) throw notFound('The skill path');
      await this.assertGroups(manager, definition.groupIds);
      await manager.query(
        `UPDATE skill_paths SET name = $2, description = $3, group_ids = $4::uuid[], active = $5, updated_at = now() WHERE id = $1`,
        [id, definition.name, definition.description, definition.groupIds, definition.active],
      );
      await this.writeTree(manager, id, definition);
      await this.audit.record(
        actor,
        {
          action: 'enablement.path_updated',
          targetType: 'skill_path',
          targetId: id,
          details: { name: definition.name, groupIds: definition.groupIds, active: definition.active },
        },
        manager,
      );
      return this.get(id, manager);
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const deleted: [Array<{ name: string }>, number] = await manager.query(
        `DELETE FROM skill_paths WHERE id = $1 RETURNING name`,
        [id],
      );
      if (deleted[0].length === 0) throw notFound('The skill path');
      await this.audit.record(
        actor,
        { action: 'enablement.path_deleted', targetType: 'skill_path', targetId: id, details: { name: deleted[0][0].name } },
        manager,
      );
    });
  }

  private async assertGroups(manager: EntityManager, groupIds: string[]): Promise<void> {
    if (groupIds.length === 0) return;
    const found: Array<{ id: string }> = await manager.query(`SELECT id FROM groups WHERE id = ANY($1::uuid[])`, [groupIds]);
    const known = new Set(found.map((g) => g.id));
    const index = groupIds.findIndex((g) => !known.has(g));
    if (index >= 0) throw invalid(`groupIds[${index}]`, 'is not an existing group');
  }

  /**
   * Makes the stored tree equal to the definition: given ids are updated in place (so completions stay),
   * rows no longer listed are deleted, new ones inserted; positions follow array order.
   */
  private async writeTree(manager: EntityManager, pathId: string, definition: SkillPathDefinition): Promise<void> {
    const existing: Array<{ kind: string; id: string }> = await manager.query(
      `SELECT 'level' AS kind, l.id FROM skill_levels l WHERE l.path_id = $1
       UNION ALL SELECT 'step', s.id FROM skill_steps s JOIN skill_levels l ON l.id = s.level_id WHERE l.path_id = $1
       UNION ALL SELECT 'assignment', a.id FROM skill_assignments a JOIN skill_steps s ON s.id = a.step_id
                 JOIN skill_levels l ON l.id = s.level_id WHERE l.path_id = $1`,
      [pathId],
    );
    const known = { level: new Set<string>(), step: new Set<string>(), assignment: new Set<string>() };
    for (const row of existing) known[row.kind as keyof typeof known].add(row.id);
    const kept = { level: new Set<string>(), step: new Set<string>(), assignment: new Set<string>() };
    definition.levels.forEach((level, l) => {
      keep(known.level, kept.level, level.id, `levels[${l}].id`);
      level.steps.forEach((step, s) => {
        keep(known.step, kept.step, step.id, `levels[${l}].steps[${s}].id`);
        step.assignments.forEach((a, i) => keep(known.assignment, kept.assignment, a.id, `levels[${l}].steps[${s}].assignments[${i}].id`));
      });
    });
    // Children first: a kept step may move to a new level, a kept assignment to another step.
    await removeMissing(manager, 'skill_assignments', known.assignment, kept.assignment);
    await removeMissing(manager, 'skill_steps', known.step, kept.step);
    await removeMissing(manager, 'skill_levels', known.level, kept.level);

    for (const [l, level] of definition.levels.entries()) {
      const levelId = await upsert(
        manager,
        level.id,
        `UPDATE skill_levels SET path_id = $2, position = $3, name = $4, hours = $5 WHERE id = $1`,
        `INSERT INTO skill_levels (path_id, position, name, hours) VALUES ($1, $2, $3, $4) RETURNING id`,
        [pathId, l, level.name, level.hours],
      );
      for (const [s, step] of level.steps.entries()) {
        const stepId = await upsert(
          manager,
          step.id,
          `UPDATE skill_steps SET level_id = $2, position = $3, name = $4, description = $5, unlocks = $6::text[] WHERE id = $1`,
          `INSERT INTO skill_steps (level_id, position, name, description, unlocks) VALUES ($1, $2, $3, $4, $5::text[]) RETURNING id`,
          [levelId, s, step.name, step.description, step.unlocks],
        );
        for (const [i, a] of step.assignments.entries()) {
          await upsert(
            manager,
            a.id,
            `UPDATE skill_assignments SET step_id = $2, position = $3, kind = $4, title = $5, learning_type = $6,
                    body_markdown = $7, url = $8, goal = $9, target = $10 WHERE id = $1`,
            `INSERT INTO skill_assignments (step_id, position, kind, title, learning_type, body_markdown, url, goal, target)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
            [stepId, i, a.kind, a.title, a.learningType ?? null, a.bodyMarkdown ?? '', a.url ?? null, a.goal ?? null, a.target ?? null],
          );
        }
      }
    }
  }
}

function keep(known: Set<string>, kept: Set<string>, id: string | undefined, at: string): void {
  if (!id) return;
  if (!known.has(id)) throw invalid(at, 'is not part of this path (leave it out for something new)');
  kept.add(id);
}

async function removeMissing(manager: EntityManager, table: string, known: Set<string>, kept: Set<string>): Promise<void> {
  const gone = [...known].filter((id) => !kept.has(id));
  if (gone.length) await manager.query(`DELETE FROM ${table} WHERE id = ANY($1::uuid[])`, [gone]);
}

/** `update` takes ($1 id, …values) and `insert` (…values); values start with the parent id. */
async function upsert(manager: EntityManager, id: string | undefined, update: string, insert: string, values: unknown[]): Promise<string> {
  if (id) {
    await manager.query(update, [id, ...values]);
    return id;
  }
  const rows: Array<{ id: string }> = await manager.query(insert, values);
  return rows[0].id;
}
