import {
  CAPABILITIES,
  type AssignmentProgress,
  type CapabilityState,
  type LearningType,
  type LevelProgress,
  type NextAction,
  type PracticeGoal,
} from '@chorus/shared/contracts';
import { allSteps, type AssignmentNode, type PathNode, type StepNode } from './path-tree';

export type GoalCounts = Record<PracticeGoal, number>;

/** What one advocate did, as the progress rules need it. */
export interface UserActivity {
  counts: GoalCounts;
  /** Learning items marked done. */
  learned: ReadonlySet<string>;
  /** stepId → when it was first complete. */
  completions: ReadonlyMap<string, Date>;
}

const GOAL_ROUTES: Record<PracticeGoal, string | null> = {
  read_items: '/feed',
  share_items: '/feed',
  critique_items: '/feed',
  connect_accounts: '/connections',
  complete_profile: null,
  create_posts: '/learning',
};

const LEARNING_VERBS: Record<LearningType, string> = {
  tutorial: 'Read the tutorial',
  video: 'Watch the video',
  webinar: 'Join the webinar',
  recording: 'Watch the recording',
};

export function assignmentProgress(assignment: AssignmentNode, activity: UserActivity): AssignmentProgress {
  const learning = assignment.kind === 'learning';
  const target = learning ? 1 : (assignment.target ?? 1);
  const measured = learning
    ? activity.learned.has(assignment.id) ? 1 : 0
    : Math.min(activity.counts[assignment.goal as PracticeGoal] ?? 0, target);
  return {
    id: assignment.id,
    kind: assignment.kind,
    title: assignment.title,
    learningType: assignment.learningType,
    url: assignment.url,
    goal: assignment.goal,
    target: assignment.target,
    progress: measured,
    done: measured >= target,
  };
}

/** Complete right now: every assignment done. A step without assignments never is (nothing was done). */
export function isStepDoneNow(step: StepNode, activity: UserActivity): boolean {
  return step.assignments.length > 0 && step.assignments.every((a) => assignmentProgress(a, activity).done);
}

/**
 * The steps that became complete now and are not recorded yet. Levels go in order: a step of a later level
 * only completes once every step of the earlier levels did (Explorer's "Join" is not done by connecting two
 * accounts on day one); within a level the steps may complete in any order.
 */
export function newlyCompleteSteps(path: PathNode, activity: UserActivity): StepNode[] {
  const fresh: StepNode[] = [];
  let earlierLevelsComplete = true;
  for (const level of path.levels) {
    let levelComplete = level.steps.length > 0;
    for (const step of level.steps) {
      let complete = activity.completions.has(step.id);
      if (!complete && earlierLevelsComplete && isStepDoneNow(step, activity)) {
        fresh.push(step);
        complete = true;
      }
      if (!complete) levelComplete = false;
    }
    earlierLevelsComplete &&= levelComplete;
  }
  return fresh;
}

export function levelProgress(path: PathNode, activity: UserActivity): LevelProgress[] {
  return path.levels.map((level) => {
    const steps = level.steps.map((step) => {
      const at = activity.completions.get(step.id) ?? null;
      return {
        id: step.id,
        name: step.name,
        description: step.description,
        unlocks: step.unlocks,
        complete: at !== null,
        completedAt: at ? at.toISOString() : null,
        assignments: step.assignments.map((a) => assignmentProgress(a, activity)),
      };
    });
    return { id: level.id, name: level.name, hours: level.hours, complete: steps.length > 0 && steps.every((s) => s.complete), steps };
  });
}

export function isPathComplete(path: PathNode, activity: UserActivity): boolean {
  const steps = allSteps(path);
  return steps.length > 0 && steps.every((s) => activity.completions.has(s.id));
}

/** The first open assignment of the first step not complete yet, as the feed card shows it. */
export function nextAction(path: PathNode, activity: UserActivity): NextAction | null {
  for (const step of allSteps(path)) {
    if (activity.completions.has(step.id)) continue;
    for (const assignment of step.assignments) {
      const progress = assignmentProgress(assignment, activity);
      if (progress.done) continue;
      const target = assignment.kind === 'learning' ? 1 : (assignment.target ?? 1);
      return {
        pathId: path.id,
        levelName: step.levelName,
        stepId: step.id,
        stepName: step.name,
        assignmentId: assignment.id,
        title: assignment.title,
        detail: nextDetail(assignment, progress.progress, target),
        route: nextRoute(assignment),
        progress: progress.progress,
        target,
      };
    }
  }
  return null;
}

export function nextDetail(assignment: Pick<AssignmentNode, 'kind' | 'title' | 'learningType'>, progress: number, target: number): string {
  if (assignment.kind === 'learning') return `${LEARNING_VERBS[assignment.learningType ?? 'tutorial']}: ${assignment.title}`;
  return `${assignment.title} — ${progress} of ${target} done`;
}

export function nextRoute(assignment: Pick<AssignmentNode, 'id' | 'kind' | 'goal'>): string {
  const route = assignment.kind === 'practice' && assignment.goal ? GOAL_ROUTES[assignment.goal] : null;
  return route ?? `/learning/assignments/${assignment.id}`;
}

/**
 * A capability no available step unlocks belongs to everyone; otherwise completing any step that unlocks
 * it grants it. `requiredStep` is the first such step (default path first), for "Complete … to …".
 */
export function capabilityStates(paths: PathNode[], completions: ReadonlyMap<string, Date>): CapabilityState[] {
  return CAPABILITIES.map((capability) => {
    const steps = paths.flatMap((p) => allSteps(p)).filter((s) => s.unlocks.includes(capability));
    if (steps.length === 0) return { capability, unlocked: true, requiredStep: null };
    const first = steps[0];
    return {
      capability,
      unlocked: steps.some((s) => completions.has(s.id)),
      requiredStep: { id: first.id, name: first.name, levelName: first.levelName },
    };
  });
}

/** Path order for the default: first not completed, general before group-specific, then by age (input order). */
export function defaultPath(paths: PathNode[], activity: UserActivity): PathNode | null {
  return paths.find((p) => !isPathComplete(p, activity)) ?? paths[0] ?? null;
}
