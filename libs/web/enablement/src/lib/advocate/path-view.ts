import {
  AssignmentProgress,
  Capability,
  CapabilityState,
  LearningType,
  LevelProgress,
  NextAction,
  PracticeGoal,
  StepProgress,
} from '@chorus/shared/contracts';

export type StepState = 'complete' | 'current' | 'todo';

export const STEP_STATE_LABELS: Readonly<Record<StepState, string>> = {
  complete: 'Complete',
  current: 'Current step',
  todo: 'To do',
};

export const STEP_STATE_ICONS: Readonly<Record<StepState, string>> = {
  complete: 'check_circle',
  current: 'adjust',
  todo: 'radio_button_unchecked',
};

export const LEARNING_TYPE_LABELS: Readonly<Record<LearningType, string>> = {
  tutorial: 'Tutorial',
  video: 'Video',
  webinar: 'Webinar',
  recording: 'Recording',
};

export const LEARNING_TYPE_ICONS: Readonly<Record<LearningType, string>> = {
  tutorial: 'article',
  video: 'play_circle',
  webinar: 'record_voice_over',
  recording: 'play_circle',
};

export const CAPABILITY_LABELS: Readonly<Record<Capability, string>> = {
  suggest_content: 'suggest content for the feed',
  ambassador: 'become an ambassador for your group',
};

/** What the advocate does for each practice goal, in words. */
export const GOAL_DESCRIPTIONS: Readonly<Record<PracticeGoal, string>> = {
  read_items: 'Curated items you open from the feed.',
  connect_accounts: 'LinkedIn and X both connected and working.',
  complete_profile: 'Items of the “perfect profile” checklist you confirmed.',
  share_items: 'Curated items you shared that were published.',
  critique_items: 'Items you rated or commented on, and better texts you suggested.',
  create_posts: 'Content you suggested that the curators approved.',
};

export const GOAL_ACTIONS: Readonly<Record<PracticeGoal, string>> = {
  read_items: 'Open the feed',
  connect_accounts: 'Connect your accounts',
  complete_profile: 'Open the checklist',
  share_items: 'Share from the feed',
  critique_items: 'Rate items in the feed',
  create_posts: 'Suggest content',
};

/** Steps keyed by id with their state: the first incomplete step of the first incomplete level is current. */
export function stepStates(levels: readonly LevelProgress[]): Map<string, StepState> {
  const states = new Map<string, StepState>();
  let currentFound = false;
  for (const level of levels) {
    for (const step of level.steps) {
      if (step.complete) {
        states.set(step.id, 'complete');
      } else if (!currentFound && !level.complete) {
        states.set(step.id, 'current');
        currentFound = true;
      } else {
        states.set(step.id, 'todo');
      }
    }
  }
  return states;
}

export function doneCount(step: StepProgress): number {
  return step.assignments.filter((assignment) => assignment.done).length;
}

/** "1 of 2" for a practice goal, "Done" / "To do" for a learning item. */
export function assignmentProgressText(assignment: AssignmentProgress): string {
  if (assignment.kind === 'practice') {
    return `${Math.min(assignment.progress, assignment.target ?? assignment.progress)} of ${assignment.target ?? 1}`;
  }
  return assignment.done ? 'Done' : 'To do';
}

export function progressPercent(progress: number, target: number | null | undefined): number {
  const goal = target && target > 0 ? target : 1;
  return Math.max(0, Math.min(100, Math.round((progress / goal) * 100)));
}

/** Where to go to make progress on a practice goal: the server's route when it is the next action, else by goal. */
export function goalRoute(assignment: AssignmentProgress, next: NextAction | null): string {
  if (next && next.assignmentId === assignment.id && next.route) return next.route;
  switch (assignment.goal) {
    case 'connect_accounts':
      return '/connections';
    case 'complete_profile':
    case 'create_posts':
      return `/learning/assignments/${assignment.id}`;
    default:
      return '/feed';
  }
}

/** "Completing Critique lets you suggest content for the feed." */
export function unlockSentence(step: StepProgress): string | null {
  if (!step.unlocks.length) return null;
  const what = step.unlocks.map((capability) => CAPABILITY_LABELS[capability] ?? capability).join(' and ');
  return `Completing ${step.name} lets you ${what}.`;
}

/** Why a capability is still locked, naming the step that unlocks it. */
export function lockNote(state: CapabilityState | undefined, capability: Capability): string {
  const what = CAPABILITY_LABELS[capability] ?? capability;
  if (state?.requiredStep) {
    return `Complete the ${state.requiredStep.name} step in ${state.requiredStep.levelName} to ${what}.`;
  }
  return `This unlocks later on your path: then you can ${what}.`;
}
