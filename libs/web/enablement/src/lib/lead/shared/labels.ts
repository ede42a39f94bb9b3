import {
  Capability,
  ChallengeMetric,
  LearningType,
  PointReason,
  PointsPeriod,
  PracticeGoal,
} from '@chorus/shared/contracts';

export const GOAL_LABELS: Readonly<Record<PracticeGoal, string>> = {
  read_items: 'Read curated items',
  connect_accounts: 'Connect LinkedIn and X',
  complete_profile: 'Complete the profile checklist',
  share_items: 'Share curated items',
  critique_items: 'Rate, comment on or suggest edits to items',
  create_posts: 'Get own suggested posts approved',
};

export const LEARNING_TYPE_LABELS: Readonly<Record<LearningType, string>> = {
  tutorial: 'Tutorial',
  video: 'Video',
  webinar: 'Webinar',
  recording: 'Recording',
};

export const CAPABILITY_LABELS: Readonly<Record<Capability, string>> = {
  suggest_content: 'Suggest content for the feed',
  ambassador: 'Appear as ambassador',
};

export const PERIOD_LABELS: Readonly<Record<PointsPeriod, string>> = {
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
};

export const METRIC_LABELS: Readonly<Record<ChallengeMetric, string>> = {
  clicks: 'Most clicks',
  shares: 'Most shares',
  points: 'Most points',
};

/** What a challenge's score counts, for "your score: 12 clicks". */
export const METRIC_UNITS: Readonly<Record<ChallengeMetric, string>> = {
  clicks: 'clicks',
  shares: 'shares',
  points: 'points',
};

export const REASON_LABELS: Readonly<Record<PointReason, { label: string; explanation: string }>> = {
  share: { label: 'Share', explanation: 'For each curated item shared (published shares only).' },
  click: { label: 'Click earned', explanation: 'For each human click a share earns.' },
  original_text: {
    label: 'Original text',
    explanation: 'Extra for a share written in the advocate’s own words instead of the suggested text.',
  },
  step_completed: { label: 'Step completed', explanation: 'For each skill path step completed.' },
  challenge_won: { label: 'Challenge won', explanation: 'For each winner of a challenge when it ends.' },
};

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const count = new Intl.NumberFormat('en');

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDate = (iso: string) => date.format(new Date(iso));
export const formatCount = (value: number) => count.format(value);
export const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
