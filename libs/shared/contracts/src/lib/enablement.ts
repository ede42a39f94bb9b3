import type { NetworkName } from './connections';

/**
 * Enablement: skill paths that tie training to practice, points, leaderboards, challenges and ambassadors.
 * A skill path has levels (Discoverer, Explorer), levels have steps (Watch, Join, Collect & Share,
 * Critique, Create), steps have assignments. A learning item is marked done by the advocate; a practice
 * goal is measured from what the advocate actually did and can never be ticked by hand.
 */

export const LEARNING_TYPES = ['tutorial', 'video', 'webinar', 'recording'] as const;
export type LearningType = (typeof LEARNING_TYPES)[number];

/** What a practice goal counts. */
export const PRACTICE_GOALS = [
  /** Curated items the advocate opened from the feed. */
  'read_items',
  /** LinkedIn and X both connected and healthy (target is always 2). */
  'connect_accounts',
  /** Items of the "perfect profile" checklist confirmed. */
  'complete_profile',
  /** Curated items shared: published shares only; failed or cancelled ones do not count. */
  'share_items',
  /** Items rated or commented on, plus edits suggested to suggested texts. */
  'critique_items',
  /** Content suggested by the advocate that curators approved. */
  'create_posts',
] as const;
export type PracticeGoal = (typeof PRACTICE_GOALS)[number];

export type AssignmentKind = 'learning' | 'practice';

/** Capabilities a completed step can unlock. Without any step unlocking one, everybody has it. */
export const CAPABILITIES = ['suggest_content', 'ambassador'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** "The perfect profile": what an advocate confirms about their own LinkedIn / X profile. */
export const PROFILE_CHECKLIST = ['photo', 'headline', 'about', 'company', 'contact'] as const;
export type ProfileChecklistItem = (typeof PROFILE_CHECKLIST)[number];

// ——— Path definitions (leads edit them) ———

export interface AssignmentDefinition {
  /** Absent for a new assignment; kept for an existing one so that advocates keep their progress. */
  id?: string;
  kind: AssignmentKind;
  title: string;
  /** Learning items only. */
  learningType?: LearningType | null;
  /** Tutorial page body, Markdown (learning items). */
  bodyMarkdown?: string;
  /** Video, webinar or recording link (learning items). */
  url?: string | null;
  /** Practice goals only. */
  goal?: PracticeGoal | null;
  /** How many the goal needs (practice goals only, ≥ 1). */
  target?: number | null;
}

export interface StepDefinition {
  id?: string;
  name: string;
  description: string;
  /** What completing this step unlocks. */
  unlocks: Capability[];
  assignments: AssignmentDefinition[];
}

export interface LevelDefinition {
  id?: string;
  name: string;
  /** About how many hours the level takes ("Discoverer, about 20 hours"). */
  hours: number;
  steps: StepDefinition[];
}

export interface SkillPathDefinition {
  name: string;
  description: string;
  /** Groups the path is rolled out to; empty = everyone. */
  groupIds: string[];
  active: boolean;
  levels: LevelDefinition[];
}

export interface CreateSkillPathRequest {
  name: string;
  description?: string;
  groupIds?: string[];
  /** `default`: start from Discoverer / Explorer with Watch, Join, Collect & Share, Critique, Create. */
  template?: 'default' | 'empty';
}

export interface SkillPathSummary {
  id: string;
  name: string;
  description: string;
  groupIds: string[];
  active: boolean;
  levelCount: number;
  stepCount: number;
  /** Advocates the path is rolled out to. */
  advocateCount: number;
  updatedAt: string;
}

/** A path with ids on every level, step and assignment (what GET returns and PUT takes). */
export interface SkillPath extends SkillPathDefinition {
  id: string;
  levels: Array<LevelDefinition & { id: string; steps: Array<StepDefinition & { id: string; assignments: Array<AssignmentDefinition & { id: string }> }> }>;
  updatedAt: string;
}

// ——— The advocate's progress ———

export interface AssignmentProgress {
  id: string;
  kind: AssignmentKind;
  title: string;
  learningType: LearningType | null;
  url: string | null;
  goal: PracticeGoal | null;
  target: number | null;
  /** Learning items: 0 or 1. Practice goals: the measured count, capped at the target. */
  progress: number;
  done: boolean;
}

export interface StepProgress {
  id: string;
  name: string;
  description: string;
  unlocks: Capability[];
  complete: boolean;
  completedAt: string | null;
  assignments: AssignmentProgress[];
}

export interface LevelProgress {
  id: string;
  name: string;
  hours: number;
  complete: boolean;
  steps: StepProgress[];
}

/** What to do next, for the card on the feed. */
export interface NextAction {
  pathId: string;
  levelName: string;
  stepId: string;
  stepName: string;
  assignmentId: string;
  title: string;
  /** e.g. "Share 2 curated items — 1 of 2 done". */
  detail: string;
  /** Where the advocate does it, as a web route: `/feed`, `/connections`, `/learning/assignments/<id>`. */
  route: string;
  progress: number;
  target: number;
}

export interface MyPath {
  /** Null when no active path is rolled out to the advocate's groups. */
  path: { id: string; name: string; description: string } | null;
  levels: LevelProgress[];
  next: NextAction | null;
  /** Level names the advocate completed, in order. */
  levelsCompleted: string[];
  capabilities: CapabilityState[];
  /** Every active path rolled out to the advocate (default first), for switching with `?pathId=`. */
  available?: Array<{ id: string; name: string }>;
}

export interface CapabilityState {
  capability: Capability;
  unlocked: boolean;
  /** The step that unlocks it, when one does ("Critique" in "Discoverer"). */
  requiredStep: { id: string; name: string; levelName: string } | null;
}

export interface AssignmentDetail extends AssignmentProgress {
  bodyMarkdown: string;
  stepName: string;
  levelName: string;
}

export interface RecordReadRequest {
  contentItemId: string;
}

export interface ReactionRequest {
  /** 1–5 stars; at least one of rating and comment. */
  rating?: number | null;
  comment?: string | null;
}

export interface ItemReaction {
  contentItemId: string;
  rating: number | null;
  comment: string | null;
  updatedAt: string;
}

export interface TextSuggestionRequest {
  contentItemId: string;
  network: NetworkName;
  text: string;
}

export interface TextSuggestion {
  id: string;
  contentItemId: string;
  contentTitle: string;
  network: NetworkName;
  text: string;
  authorName: string;
  createdAt: string;
}

export interface ProfileChecklist {
  items: Array<{ item: ProfileChecklistItem; label: string; checked: boolean }>;
}

export interface UpdateProfileChecklistRequest {
  checked: ProfileChecklistItem[];
}

/** An advocate suggesting content for the curated feed; curators review it in the content workflow. */
export interface ContentSuggestionRequest {
  url: string;
  title?: string;
  /** Why colleagues should share it; shown to the curator. */
  note?: string;
}

export interface ContentSuggestion {
  contentItemId: string;
  title: string;
  state: string;
  createdAt: string;
}

// ——— The lead's progress matrix ———

export interface MatrixQuery {
  pathId?: string;
  groupId?: string;
}

export interface ProgressMatrix {
  pathId: string | null;
  groupId: string | null;
  steps: Array<{ id: string; name: string; levelName: string }>;
  rows: Array<{
    userId: string;
    name: string;
    /** stepId → ISO time of completion (absent: not complete). */
    completed: Record<string, string>;
    /** The first step not complete, null when the path is done. */
    currentStepId: string | null;
    /** Days since the last step was completed (or since the advocate joined), for stalls. */
    daysOnCurrentStep: number | null;
  }>;
  /** Per step: how many people are on it and how many have been there 14 days or more. */
  stalls: Array<{ stepId: string; current: number; stalled: number }>;
  groups: Array<{ id: string; name: string }>;
  paths: Array<{ id: string; name: string }>;
}

// ——— Points ———

export const POINT_REASONS = ['share', 'click', 'original_text', 'step_completed', 'challenge_won'] as const;
export type PointReason = (typeof POINT_REASONS)[number];

export type PointValues = Record<PointReason, number>;

export interface PointsSettings {
  values: PointValues;
}

export interface PointAward {
  id: string;
  reason: PointReason;
  /** e.g. "Shared “Quarterly results” on LinkedIn", "Completed “Watch”". */
  label: string;
  points: number;
  awardedAt: string;
}

export interface MyPoints {
  total: number;
  week: number;
  history: PointAward[];
  nextCursor: string | null;
}

export const POINTS_PERIODS = ['week', 'month', 'quarter'] as const;
export type PointsPeriod = (typeof POINTS_PERIODS)[number];

export interface PointsLeaderboardQuery {
  groupId?: string;
  period?: PointsPeriod;
}

export interface PointsLeaderboardEntry {
  rank: number;
  /** "Anonymous advocate" for someone who opted out (unless it is the caller). */
  name: string;
  /** Null for opted-out advocates (so nobody can link the row to a person), except the caller's own row. */
  userId: string | null;
  points: number;
  isMe: boolean;
  anonymous: boolean;
}

export interface PointsLeaderboard {
  period: PointsPeriod;
  from: string;
  to: string;
  groupId: string | null;
  groupName: string | null;
  groups: Array<{ id: string; name: string }>;
  entries: PointsLeaderboardEntry[];
}

// ——— Challenges ———

export const CHALLENGE_METRICS = ['clicks', 'shares', 'points'] as const;
export type ChallengeMetric = (typeof CHALLENGE_METRICS)[number];
export type ChallengeState = 'scheduled' | 'running' | 'ended';

export interface ChallengeRequest {
  title: string;
  description?: string;
  prize: string;
  metric: ChallengeMetric;
  /** Count only shares of / clicks on this (featured) item. */
  contentItemId?: string | null;
  /** Only members of this group take part; null = everyone. */
  groupId?: string | null;
  startsAt: string;
  endsAt: string;
  winnerCount?: number;
}

export interface ChallengeStanding {
  rank: number;
  name: string;
  userId: string | null;
  score: number;
  isMe: boolean;
  anonymous: boolean;
}

export interface Challenge {
  id: string;
  title: string;
  description: string;
  prize: string;
  metric: ChallengeMetric;
  contentItem: { id: string; title: string } | null;
  group: { id: string; name: string } | null;
  startsAt: string;
  endsAt: string;
  winnerCount: number;
  state: ChallengeState;
  /** Top 10 now (running) or final (ended). */
  standings: ChallengeStanding[];
  /** Set once the worker computed the result after the end. */
  winners: ChallengeStanding[] | null;
  myScore: number | null;
}

// ——— Ambassadors ———

export interface AmbassadorContact {
  userId: string;
  name: string;
  email: string;
  groupId: string;
  groupName: string;
}

export interface AmbassadorProposal {
  userId: string;
  name: string;
  groupId: string;
  groupName: string;
  /** Points in the last 90 days. */
  points: number;
  /** True when the advocate holds the `ambassador` capability (e.g. completed Explorer). */
  eligible: boolean;
}

export interface AmbassadorOverview {
  ambassadors: AmbassadorContact[];
  proposals: AmbassadorProposal[];
  groups: Array<{ id: string; name: string }>;
}

/** GET /api/enablement/items/:contentItemId/feedback — what advocates said about one item, for curators. */
export interface ItemFeedback {
  contentItemId: string;
  /** Reactions with a rating. */
  ratingCount: number;
  /** Mean of the ratings, two decimals; null without ratings. */
  averageRating: number | null;
  /** Ratings per star: index 0 counts 1 star, index 4 counts 5 stars. */
  distribution: number[];
  /** Reactions with a comment, newest first (at most 100). */
  comments: Array<{ authorName: string; rating: number | null; comment: string; updatedAt: string }>;
  /** Newest first. */
  textSuggestions: TextSuggestion[];
}
