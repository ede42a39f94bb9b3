import { DomainError } from '@chorus/server/core';
import { defaultPathDefinition } from './default-path';
import { parsePathDefinition } from './path-definition';

function fieldOf(body: unknown): string | undefined {
  try {
    parsePathDefinition(body);
  } catch (error) {
    if (error instanceof DomainError) return error.errors?.[0]?.field;
    throw error;
  }
  return undefined;
}

function withAssignment(assignment: Record<string, unknown>): unknown {
  const definition = defaultPathDefinition() as unknown as { levels: Array<{ steps: Array<{ assignments: unknown[] }> }> };
  definition.levels[0].steps[2].assignments[1] = assignment;
  return definition;
}

describe('parsePathDefinition', () => {
  it('accepts the default path', () => {
    const parsed = parsePathDefinition(defaultPathDefinition('Basics'));
    expect(parsed.name).toBe('Basics');
    expect(parsed.levels.map((l) => l.steps.length)).toEqual([5, 5]);
  });

  it('names the nested field of a practice goal without a valid target', () => {
    expect(fieldOf(withAssignment({ kind: 'practice', title: 'Share', goal: 'share_items', target: 0 }))).toBe(
      'levels[0].steps[2].assignments[1].target',
    );
    expect(fieldOf(withAssignment({ kind: 'practice', title: 'Share', goal: 'share_items', target: 1.5 }))).toBe(
      'levels[0].steps[2].assignments[1].target',
    );
  });

  it('caps connect_accounts at 2 and complete_profile at the checklist length', () => {
    expect(fieldOf(withAssignment({ kind: 'practice', title: 'Connect', goal: 'connect_accounts', target: 3 }))).toBe(
      'levels[0].steps[2].assignments[1].target',
    );
    expect(fieldOf(withAssignment({ kind: 'practice', title: 'Profile', goal: 'complete_profile', target: 6 }))).toBe(
      'levels[0].steps[2].assignments[1].target',
    );
    expect(fieldOf(withAssignment({ kind: 'practice', title: 'Profile', goal: 'complete_profile', target: 5 }))).toBeUndefined();
  });

  it('refuses unknown goals, kinds and capabilities', () => {
    expect(fieldOf(withAssignment({ kind: 'practice', title: 'X', goal: 'dance', target: 1 }))).toBe('levels[0].steps[2].assignments[1].goal');
    expect(fieldOf(withAssignment({ kind: 'quiz', title: 'X' }))).toBe('levels[0].steps[2].assignments[1].kind');
    const definition = defaultPathDefinition() as unknown as { levels: Array<{ steps: Array<{ unlocks: string[] }> }> };
    definition.levels[1].steps[0].unlocks = ['fly'];
    expect(fieldOf(definition)).toBe('levels[1].steps[0].unlocks[0]');
  });

  it('wants a title and a text or an http(s) link on learning items', () => {
    expect(fieldOf(withAssignment({ kind: 'learning', title: '', bodyMarkdown: 'x' }))).toBe('levels[0].steps[2].assignments[1].title');
    expect(fieldOf(withAssignment({ kind: 'learning', title: 'Learn' }))).toBe('levels[0].steps[2].assignments[1].bodyMarkdown');
    expect(fieldOf(withAssignment({ kind: 'learning', title: 'Learn', url: 'ftp://x.test/a' }))).toBe('levels[0].steps[2].assignments[1].url');
    expect(fieldOf(withAssignment({ kind: 'learning', title: 'Learn', url: 'https://x.test/a' }))).toBeUndefined();
  });

  it('limits levels, steps and assignments', () => {
    const definition = defaultPathDefinition();
    const many = { ...definition, levels: Array.from({ length: 11 }, () => definition.levels[0]) };
    expect(fieldOf(many)).toBe('levels');
    const steps = { ...definition, levels: [{ ...definition.levels[0], steps: Array.from({ length: 21 }, () => definition.levels[0].steps[0]) }] };
    expect(fieldOf(steps)).toBe('levels[0].steps');
    const assignments = Array.from({ length: 21 }, () => ({ kind: 'practice', title: 'Read', goal: 'read_items', target: 1 }));
    const wide = { ...definition, levels: [{ ...definition.levels[0], steps: [{ name: 'S', description: '', unlocks: [], assignments }] }] };
    expect(fieldOf(wide)).toBe('levels[0].steps[0].assignments');
  });

  it('refuses an id given twice', () => {
    const id = '7d0c5f5e-35c5-4d2b-9a53-2c2f7f3f9a11';
    const definition = defaultPathDefinition() as unknown as { levels: Array<{ id?: string; steps: Array<{ id?: string }> }> };
    definition.levels[0].id = id;
    definition.levels[1].steps[3].id = id;
    expect(fieldOf(definition)).toBe('levels[1].steps[3].id');
  });

  it('drops unknown fields and clears the other kind\'s fields', () => {
    const parsed = parsePathDefinition(withAssignment({ kind: 'practice', title: 'Read', goal: 'read_items', target: 2, url: 'https://x', extra: 1 }));
    expect(parsed.levels[0].steps[2].assignments[1]).toEqual({
      kind: 'practice', title: 'Read', learningType: null, bodyMarkdown: '', url: null, goal: 'read_items', target: 2,
    });
  });
});
