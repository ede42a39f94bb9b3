import { AssignmentProgress, LevelProgress, MyPath, StepProgress } from '@chorus/shared/contracts';

export function learningItem(id: string, title: string, done = false): AssignmentProgress {
  return {
    id,
    kind: 'learning',
    title,
    learningType: 'tutorial',
    url: null,
    goal: null,
    target: null,
    progress: done ? 1 : 0,
    done,
  };
}

export function practiceGoal(
  id: string,
  title: string,
  goal: AssignmentProgress['goal'],
  progress: number,
  target: number,
): AssignmentProgress {
  return {
    id,
    kind: 'practice',
    title,
    learningType: null,
    url: null,
    goal,
    target,
    progress,
    done: progress >= target,
  };
}

function step(
  id: string,
  name: string,
  assignments: AssignmentProgress[],
  over: Partial<StepProgress> = {},
): StepProgress {
  const complete = assignments.every((a) => a.done);
  return {
    id,
    name,
    description: `About ${name}`,
    unlocks: [],
    complete,
    completedAt: complete ? '2026-11-20T09:00:00Z' : null,
    assignments,
    ...over,
  };
}

/** Discoverer: Watch done, Join half-way (current), Collect & Share, Critique (unlocks suggesting), Create; Explorer untouched. */
export function myPath(over: Partial<MyPath> = {}): MyPath {
  const discoverer: LevelProgress = {
    id: 'l1',
    name: 'Discoverer',
    hours: 20,
    complete: false,
    steps: [
      step('s1', 'Watch', [
        practiceGoal('a1', 'Read 3 curated items', 'read_items', 3, 3),
        learningItem('a2', 'Why we share', true),
      ]),
      step('s2', 'Join', [
        practiceGoal('a3', 'Connect LinkedIn and X', 'connect_accounts', 1, 2),
        practiceGoal('a4', 'Complete your profile checklist', 'complete_profile', 0, 5),
        learningItem('a5', 'The perfect profile'),
      ]),
      step('s3', 'Collect & Share', [practiceGoal('a6', 'Share 2 curated items', 'share_items', 0, 2)]),
      step('s4', 'Critique', [practiceGoal('a7', 'Rate 3 items', 'critique_items', 0, 3)], {
        unlocks: ['suggest_content'],
      }),
      step('s5', 'Create', [practiceGoal('a8', 'Get a post approved', 'create_posts', 0, 1)]),
    ],
  };
  const explorer: LevelProgress = {
    id: 'l2',
    name: 'Explorer',
    hours: 50,
    complete: false,
    steps: [step('s6', 'Watch', [learningItem('a9', 'Advanced sharing')], { unlocks: ['ambassador'] })],
  };
  return {
    path: { id: 'p1', name: 'Social selling', description: 'From first share to your own posts.' },
    levels: [discoverer, explorer],
    next: {
      pathId: 'p1',
      levelName: 'Discoverer',
      stepId: 's2',
      stepName: 'Join',
      assignmentId: 'a3',
      title: 'Connect LinkedIn and X',
      detail: 'Connect LinkedIn and X — 1 of 2 done',
      route: '/connections',
      progress: 1,
      target: 2,
    },
    levelsCompleted: [],
    capabilities: [
      {
        capability: 'suggest_content',
        unlocked: false,
        requiredStep: { id: 's4', name: 'Critique', levelName: 'Discoverer' },
      },
      { capability: 'ambassador', unlocked: false, requiredStep: { id: 's6', name: 'Watch', levelName: 'Explorer' } },
    ],
    ...over,
  };
}
