import { SkillPath, SkillPathDefinition } from '@chorus/shared/contracts';

/** A loaded path as the PUT body (ids kept so that advocates keep their progress). */
export function toDefinition(path: SkillPath): SkillPathDefinition {
  return {
    name: path.name,
    description: path.description,
    groupIds: [...path.groupIds],
    active: path.active,
    levels: path.levels.map((level) => ({
      id: level.id,
      name: level.name,
      hours: level.hours,
      steps: level.steps.map((step) => ({
        id: step.id,
        name: step.name,
        description: step.description,
        unlocks: [...step.unlocks],
        assignments: step.assignments.map((a) => ({ ...a })),
      })),
    })),
  };
}
