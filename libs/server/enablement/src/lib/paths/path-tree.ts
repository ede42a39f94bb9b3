import type { AssignmentKind, Capability, LearningType, PracticeGoal, SkillPath } from '@chorus/shared/contracts';
import type { EntityManager } from 'typeorm';

export interface AssignmentNode {
  id: string;
  stepId: string;
  kind: AssignmentKind;
  title: string;
  learningType: LearningType | null;
  bodyMarkdown: string;
  url: string | null;
  goal: PracticeGoal | null;
  target: number | null;
}

export interface StepNode {
  id: string;
  name: string;
  description: string;
  unlocks: Capability[];
  assignments: AssignmentNode[];
}

export interface LevelNode {
  id: string;
  name: string;
  hours: number;
  steps: StepNode[];
}

export interface PathNode {
  id: string;
  name: string;
  description: string;
  groupIds: string[];
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
  levels: LevelNode[];
}

/**
 * Paths with their levels, steps and assignments in order: general paths (no groups) first, then by age,
 * which is also the order in which an advocate's default path is picked.
 */
export async function loadPathTrees(
  manager: EntityManager,
  filter: { ids?: string[]; activeOnly?: boolean } = {},
): Promise<PathNode[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.ids) {
    params.push(filter.ids);
    conditions.push(`p.id = ANY($${params.length}::uuid[])`);
  }
  if (filter.activeOnly) conditions.push('p.active');
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const paths: Array<Record<string, unknown>> = await manager.query(
    `SELECT p.id, p.name, p.description, p.group_ids, p.active, p.created_at, p.updated_at
       FROM skill_paths p ${where}
      ORDER BY (cardinality(p.group_ids) = 0) DESC, p.created_at, p.id`,
    params,
  );
  if (paths.length === 0) return [];
  const pathIds = paths.map((p) => p.id as string);
  // One after the other: the manager may be a transaction's single connection.
  const levels: Array<Record<string, unknown>> = await manager.query(
    `SELECT id, path_id, name, hours FROM skill_levels WHERE path_id = ANY($1::uuid[]) ORDER BY position, id`,
    [pathIds],
  );
  const steps: Array<Record<string, unknown>> = await manager.query(
    `SELECT s.id, s.level_id, s.name, s.description, s.unlocks FROM skill_steps s
       JOIN skill_levels l ON l.id = s.level_id WHERE l.path_id = ANY($1::uuid[]) ORDER BY s.position, s.id`,
    [pathIds],
  );
  const assignments: Array<Record<string, unknown>> = await manager.query(
    `SELECT a.id, a.step_id, a.kind, a.title, a.learning_type, a.body_markdown, a.url, a.goal, a.target
       FROM skill_assignments a JOIN skill_steps s ON s.id = a.step_id JOIN skill_levels l ON l.id = s.level_id
      WHERE l.path_id = ANY($1::uuid[]) ORDER BY a.position, a.id`,
    [pathIds],
  );
  const stepById = new Map<string, StepNode>();
  const stepsByLevel = group(steps, 'level_id', (s) => {
    const node: StepNode = {
      id: s.id as string,
      name: s.name as string,
      description: s.description as string,
      unlocks: (s.unlocks as Capability[]) ?? [],
      assignments: [],
    };
    stepById.set(node.id, node);
    return node;
  });
  for (const a of assignments) {
    stepById.get(a.step_id as string)?.assignments.push({
      id: a.id as string,
      stepId: a.step_id as string,
      kind: a.kind as AssignmentKind,
      title: a.title as string,
      learningType: (a.learning_type as LearningType | null) ?? null,
      bodyMarkdown: (a.body_markdown as string) ?? '',
      url: (a.url as string | null) ?? null,
      goal: (a.goal as PracticeGoal | null) ?? null,
      target: (a.target as number | null) ?? null,
    });
  }
  const levelsByPath = group(levels, 'path_id', (l) => ({
    id: l.id as string,
    name: l.name as string,
    hours: Number(l.hours),
    steps: stepsByLevel.get(l.id as string) ?? [],
  }));
  return paths.map((p) => ({
    id: p.id as string,
    name: p.name as string,
    description: p.description as string,
    groupIds: (p.group_ids as string[]) ?? [],
    active: p.active as boolean,
    createdAt: new Date(p.created_at as string),
    updatedAt: new Date(p.updated_at as string),
    levels: levelsByPath.get(p.id as string) ?? [],
  }));
}

/** Whether a path is rolled out to someone in these groups (no groups on the path: everyone). */
export function isAvailableTo(path: Pick<PathNode, 'groupIds' | 'active'>, userGroupIds: readonly string[]): boolean {
  return path.active && (path.groupIds.length === 0 || path.groupIds.some((g) => userGroupIds.includes(g)));
}

export function allSteps(path: PathNode): Array<StepNode & { levelName: string }> {
  return path.levels.flatMap((level) => level.steps.map((step) => ({ ...step, levelName: level.name })));
}

export function toSkillPath(path: PathNode): SkillPath {
  return {
    id: path.id,
    name: path.name,
    description: path.description,
    groupIds: path.groupIds,
    active: path.active,
    updatedAt: path.updatedAt.toISOString(),
    levels: path.levels.map((level) => ({
      id: level.id,
      name: level.name,
      hours: level.hours,
      steps: level.steps.map((step) => ({
        id: step.id,
        name: step.name,
        description: step.description,
        unlocks: step.unlocks,
        assignments: step.assignments.map((a) => ({
          id: a.id,
          kind: a.kind,
          title: a.title,
          learningType: a.learningType,
          bodyMarkdown: a.bodyMarkdown,
          url: a.url,
          goal: a.goal,
          target: a.target,
        })),
      })),
    })),
  };
}

function group<T>(rows: Array<Record<string, unknown>>, key: string, map: (row: Record<string, unknown>) => T): Map<string, T[]> {
  const result = new Map<string, T[]>();
  for (const row of rows) {
    const list = result.get(row[key] as string) ?? [];
    list.push(map(row));
    result.set(row[key] as string, list);
  }
  return result;
}
