import {
  CAPABILITIES,
  LEARNING_TYPES,
  PRACTICE_GOALS,
  PROFILE_CHECKLIST,
  type AssignmentDefinition,
  type Capability,
  type LearningType,
  type LevelDefinition,
  type PracticeGoal,
  type SkillPathDefinition,
  type StepDefinition,
} from '@chorus/shared/contracts';
import { invalid } from '@chorus/server/core';

export const MAX_LEVELS = 10;
export const MAX_STEPS = 20;
export const MAX_ASSIGNMENTS = 20;
/** LinkedIn and X: there is nothing else to connect. */
export const MAX_CONNECT_TARGET = 2;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Raw = Record<string, unknown>;

/**
 * Checks a lead's path definition as it came over the wire (the DTO passes the nested tree through) and
 * returns a clean copy holding only the known fields. Errors name the exact field, e.g.
 * `levels[0].steps[2].assignments[1].target`, so the editor can point at it.
 */
export function parsePathDefinition(body: unknown): SkillPathDefinition {
  const root = object(body, 'body');
  const levels = array(root['levels'], 'levels', MAX_LEVELS);
  if (levels.length === 0) throw invalid('levels', 'must hold at least one level');
  const definition: SkillPathDefinition = {
    name: text(root['name'], 'name', 120, true),
    description: optionalText(root['description'], 'description', 5000),
    groupIds: ids(root['groupIds'], 'groupIds'),
    active: root['active'] === undefined ? true : bool(root['active'], 'active'),
    levels: levels.map((level, i) => parseLevel(level, `levels[${i}]`)),
  };
  assertUniqueIds(definition);
  return definition;
}

function parseLevel(value: unknown, at: string): LevelDefinition {
  const raw = object(value, at);
  const hours = raw['hours'] === undefined ? 0 : raw['hours'];
  if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 0 || hours > 10_000) {
    throw invalid(`${at}.hours`, 'must be a whole number of hours from 0 to 10000');
  }
  return {
    ...optionalId(raw['id'], `${at}.id`),
    name: text(raw['name'], `${at}.name`, 80, true),
    hours,
    steps: array(raw['steps'], `${at}.steps`, MAX_STEPS).map((step, i) => parseStep(step, `${at}.steps[${i}]`)),
  };
}

function parseStep(value: unknown, at: string): StepDefinition {
  const raw = object(value, at);
  const unlocks = raw['unlocks'] === undefined ? [] : array(raw['unlocks'], `${at}.unlocks`, CAPABILITIES.length);
  unlocks.forEach((capability, i) => {
    if (!CAPABILITIES.includes(capability as Capability)) {
      throw invalid(`${at}.unlocks[${i}]`, `must be one of ${CAPABILITIES.join(', ')}`);
    }
  });
  return {
    ...optionalId(raw['id'], `${at}.id`),
    name: text(raw['name'], `${at}.name`, 80, true),
    description: optionalText(raw['description'], `${at}.description`, 2000),
    unlocks: [...new Set(unlocks as Capability[])],
    assignments: array(raw['assignments'], `${at}.assignments`, MAX_ASSIGNMENTS).map((a, i) =>
      parseAssignment(a, `${at}.assignments[${i}]`),
    ),
  };
}

function parseAssignment(value: unknown, at: string): AssignmentDefinition {
  const raw = object(value, at);
  const title = text(raw['title'], `${at}.title`, 200, true);
  const id = optionalId(raw['id'], `${at}.id`);
  if (raw['kind'] === 'learning') {
    const learningType = raw['learningType'] ?? 'tutorial';
    if (!LEARNING_TYPES.includes(learningType as LearningType)) {
      throw invalid(`${at}.learningType`, `must be one of ${LEARNING_TYPES.join(', ')}`);
    }
    const bodyMarkdown = optionalText(raw['bodyMarkdown'], `${at}.bodyMarkdown`, 50_000);
    const url = raw['url'] == null || raw['url'] === '' ? null : text(raw['url'], `${at}.url`, 2000, true);
    if (url !== null && !isHttpUrl(url)) throw invalid(`${at}.url`, 'must be an http(s) address');
    if (!bodyMarkdown.trim() && url === null) {
      throw invalid(`${at}.bodyMarkdown`, 'or url is required: a learning item needs a text or a link');
    }
    return { ...id, kind: 'learning', title, learningType: learningType as LearningType, bodyMarkdown, url, goal: null, target: null };
  }
  if (raw['kind'] === 'practice') {
    const goal = raw['goal'];
    if (!PRACTICE_GOALS.includes(goal as PracticeGoal)) {
      throw invalid(`${at}.goal`, `must be one of ${PRACTICE_GOALS.join(', ')}`);
    }
    const target = raw['target'];
    const max = maxTarget(goal as PracticeGoal);
    if (typeof target !== 'number' || !Number.isInteger(target) || target < 1 || target > max) {
      throw invalid(`${at}.target`, `must be a whole number from 1 to ${max}`);
    }
    return { ...id, kind: 'practice', title, learningType: null, bodyMarkdown: '', url: null, goal: goal as PracticeGoal, target };
  }
  throw invalid(`${at}.kind`, 'must be learning or practice');
}

/** The largest target a goal can ever reach. */
export function maxTarget(goal: PracticeGoal): number {
  if (goal === 'connect_accounts') return MAX_CONNECT_TARGET;
  if (goal === 'complete_profile') return PROFILE_CHECKLIST.length;
  return 10_000;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** An id given twice would make two rows fight over one record (and one of them lose its progress). */
function assertUniqueIds(definition: SkillPathDefinition): void {
  const seen = new Set<string>();
  const check = (id: string | undefined, at: string) => {
    if (!id) return;
    if (seen.has(id)) throw invalid(at, 'is used twice in this path');
    seen.add(id);
  };
  definition.levels.forEach((level, l) => {
    check(level.id, `levels[${l}].id`);
    level.steps.forEach((step, s) => {
      check(step.id, `levels[${l}].steps[${s}].id`);
      step.assignments.forEach((a, i) => check(a.id, `levels[${l}].steps[${s}].assignments[${i}].id`));
    });
  });
}

function object(value: unknown, at: string): Raw {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(at, 'must be an object');
  return value as Raw;
}

function array(value: unknown, at: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw invalid(at, 'must be a list');
  if (value.length > max) throw invalid(at, `must hold at most ${max} entries`);
  return value;
}

function text(value: unknown, at: string, max: number, required: boolean): string {
  if (typeof value !== 'string') throw invalid(at, 'must be a text');
  const trimmed = value.trim();
  if (required && !trimmed) throw invalid(at, 'must not be empty');
  if (trimmed.length > max) throw invalid(at, `must be at most ${max} characters`);
  return trimmed;
}

function optionalText(value: unknown, at: string, max: number): string {
  return value == null ? '' : text(value, at, max, false);
}

function bool(value: unknown, at: string): boolean {
  if (typeof value !== 'boolean') throw invalid(at, 'must be true or false');
  return value;
}

function optionalId(value: unknown, at: string): { id?: string } {
  if (value == null) return {};
  if (typeof value !== 'string' || !UUID.test(value)) throw invalid(at, 'must be an id of this path');
  return { id: value.toLowerCase() };
}

function ids(value: unknown, at: string): string[] {
  if (value == null) return [];
  const list = array(value, at, 500);
  list.forEach((id, i) => {
    if (typeof id !== 'string' || !UUID.test(id)) throw invalid(`${at}[${i}]`, 'must be a group id');
  });
  return [...new Set((list as string[]).map((id) => id.toLowerCase()))];
}
