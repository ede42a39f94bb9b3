import type { PathNode } from './path-tree';
import { capabilityStates, defaultPath, newlyCompleteSteps, nextAction, type GoalCounts, type UserActivity } from './progress-rules';

const ZERO: GoalCounts = { read_items: 0, connect_accounts: 0, complete_profile: 0, share_items: 0, critique_items: 0, create_posts: 0 };

function path(id: string, groupIds: string[] = []): PathNode {
  const practice = (sid: string, goal: keyof GoalCounts, target: number, title: string) => ({
    id: `${sid}-a`, stepId: sid, kind: 'practice' as const, title, learningType: null, bodyMarkdown: '', url: null, goal, target,
  });
  return {
    id, name: id, description: '', groupIds, active: true, createdAt: new Date(0), updatedAt: new Date(0),
    levels: [
      {
        id: `${id}-l`, name: 'Discoverer', hours: 20,
        steps: [
          {
            id: `${id}-watch`, name: 'Watch', description: '', unlocks: [],
            assignments: [
              { id: `${id}-learn`, stepId: `${id}-watch`, kind: 'learning', title: 'Why we share', learningType: 'tutorial', bodyMarkdown: 'x', url: null, goal: null, target: null },
              practice(`${id}-watch`, 'read_items', 3, 'Read 3 curated items'),
            ],
          },
          { id: `${id}-share`, name: 'Collect & Share', description: '', unlocks: [], assignments: [practice(`${id}-share`, 'share_items', 2, 'Share 2 curated items')] },
          { id: `${id}-critique`, name: 'Critique', description: '', unlocks: ['suggest_content'], assignments: [practice(`${id}-critique`, 'critique_items', 3, 'Rate 3')] },
        ],
      },
    ],
  };
}

function activity(counts: Partial<GoalCounts>, learned: string[] = [], done: string[] = []): UserActivity {
  return { counts: { ...ZERO, ...counts }, learned: new Set(learned), completions: new Map(done.map((s) => [s, new Date()])) };
}

/** `path(id)` with a second level "Explorer" whose one step only needs shares. */
function twoLevels(id: string): PathNode {
  const base = path(id);
  const step = base.levels[0].steps[1];
  return {
    ...base,
    levels: [
      ...base.levels,
      { id: `${id}-l2`, name: 'Explorer', hours: 50, steps: [{ ...step, id: `${id}-x-share`, assignments: step.assignments.map((a) => ({ ...a, id: `${id}-x-a` })) }] },
    ],
  };
}

describe('progress rules', () => {
  it('completes steps within a level in any order, but a later level only after the earlier ones', () => {
    const p = twoLevels('p');
    // Two shares satisfy Discoverer's and Explorer's share steps, but Discoverer is not done yet.
    expect(newlyCompleteSteps(p, activity({ share_items: 2 })).map((s) => s.id)).toEqual(['p-share']);
    // Already recorded steps are not returned again; with Discoverer done, Explorer's step completes.
    const done = activity({ share_items: 2, read_items: 3, critique_items: 3 }, ['p-learn'], ['p-share']);
    expect(newlyCompleteSteps(p, done).map((s) => s.id)).toEqual(['p-watch', 'p-critique', 'p-x-share']);
  });

  it('points at the learning item first, with its route', () => {
    const next = nextAction(path('p'), activity({}));
    expect(next?.assignmentId).toBe('p-learn');
    expect(next?.route).toBe('/learning/assignments/p-learn');
    expect(next?.detail).toBe('Read the tutorial: Why we share');
  });

  it('says how far a practice goal is, capped at the target', () => {
    const next = nextAction(path('p'), activity({ share_items: 1 }, [], ['p-watch']));
    expect(next?.detail).toBe('Share 2 curated items — 1 of 2 done');
    expect(next?.route).toBe('/feed');
    expect(next?.progress).toBe(1);
    expect(next?.target).toBe(2);
  });

  it('has nothing next when every step is complete', () => {
    expect(nextAction(path('p'), activity({}, [], ['p-watch', 'p-share', 'p-critique']))).toBeNull();
  });

  it('unlocks a capability with the step that unlocks it, and gives unclaimed ones to everyone', () => {
    const locked = capabilityStates([path('p')], new Map());
    expect(locked.find((c) => c.capability === 'suggest_content')).toEqual({
      capability: 'suggest_content', unlocked: false, requiredStep: { id: 'p-critique', name: 'Critique', levelName: 'Discoverer' },
    });
    expect(locked.find((c) => c.capability === 'ambassador')?.unlocked).toBeTrue();
    const open = capabilityStates([path('p')], new Map([['p-critique', new Date()]]));
    expect(open.find((c) => c.capability === 'suggest_content')?.unlocked).toBeTrue();
  });

  it('defaults to the first path not completed', () => {
    const paths = [path('a'), path('b', ['g'])];
    expect(defaultPath(paths, activity({}))?.id).toBe('a');
    expect(defaultPath(paths, activity({}, [], ['a-watch', 'a-share', 'a-critique']))?.id).toBe('b');
  });
});
