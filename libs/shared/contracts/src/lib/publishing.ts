import type { NetworkName } from './connections';
import type { GuidelineFinding } from './guidelines';

/**
 * Sharing and scheduling. A share is one post of one advocate on one network; sharing a feed item to
 * LinkedIn and X creates two shares. The database row is the source of truth for its state.
 */
export const SHARE_STATES = [
  'scheduled',
  'publishing',
  'published',
  'failed',
  'cancelled',
  'needs_reconnect',
  'outcome_unknown',
] as const;
export type ShareState = (typeof SHARE_STATES)[number];

/** How the time was chosen: now, a date-time the advocate picked, or the next free slot of their queue. */
export const SHARE_TIMINGS = ['now', 'scheduled', 'queue'] as const;
export type ShareTiming = (typeof SHARE_TIMINGS)[number];

/** One target of a share request: a network and the advocate's own text for it. */
export interface ShareTargetInput {
  network: NetworkName;
  text: string;
  /** Rule ids of `warn` guideline findings the advocate accepted for this text. */
  acknowledgedRuleIds?: string[];
}

/** POST /api/shares — share a feed item now, at a time, or in the next free queue slot. */
export interface CreateSharesRequest {
  contentItemId: string;
  targets: ShareTargetInput[];
  timing: ShareTiming;
  /** ISO 8601 with offset; required when `timing` is `scheduled`. */
  scheduledAt?: string;
}

export interface CreateSharesResponse {
  shares: ShareView[];
}

/** PATCH /api/shares/:id — edit text or time while the share is still `scheduled` (or failed, to retry). */
export interface UpdateShareRequest {
  text?: string;
  scheduledAt?: string;
  acknowledgedRuleIds?: string[];
}

/** POST /api/shares/:id/confirm — the advocate's answer to "Did this appear on your profile?". */
export interface ConfirmShareRequest {
  appeared: boolean;
  /** The live post's address, when the advocate pastes it (optional). */
  postUrl?: string;
}

export interface ShareView {
  id: string;
  network: NetworkName;
  state: ShareState;
  timing: ShareTiming;
  text: string;
  contentItem: { id: string; title: string; url: string | null; imageUrl: string | null } | null;
  /** The tracked short link in the text, e.g. https://chorus.example/l/Ab3dE9xQ. */
  trackedUrl: string | null;
  scheduledAt: string;
  /** When the next attempt runs (later than `scheduledAt` after a rate limit or a transient error). */
  dueAt: string;
  attempts: number;
  publishedAt: string | null;
  /** The live post on the network. */
  postUrl: string | null;
  /** Why it failed, in words; with the guideline finding when a rule blocked it at publish time. */
  failure: { code: string; message: string; findings?: GuidelineFinding[] } | null;
  /** True when Chorus cannot tell whether the post went out and asks the advocate. */
  needsConfirmation: boolean;
  account: { id: string; handle: string } | null;
  createdAt: string;
  updatedAt: string;
}

export const SHARE_LIST_VIEWS = ['upcoming', 'published', 'attention', 'all'] as const;
/** upcoming: scheduled + publishing; attention: failed, needs_reconnect, outcome_unknown. */
export type ShareListView = (typeof SHARE_LIST_VIEWS)[number];

export interface ShareListQuery {
  view?: ShareListView;
  cursor?: string;
  limit?: number;
}

/** GET /api/compose/:contentItemId — everything the composer needs for one feed item. */
export interface ComposeDraft {
  contentItem: {
    id: string;
    title: string;
    summary: string;
    url: string | null;
    imageUrl: string | null;
    /** What the guidelines check in the browser needs to match the server's check. */
    language: string | null;
    topicIds: string[];
  };
  targets: ComposeTarget[];
  /** The curator's texts, usable as starting points on any network. */
  alternativeTexts: Array<{ id: string; network: NetworkName; text: string }>;
  suggestedTimes: SuggestedTimes;
  limits: PublishingLimitsView;
  xOriginality: { threshold: number };
  /** Shown only where the admin enabled cost display. */
  xCost: { currency: 'USD'; perPost: number; perPostWithLink: number } | null;
  /** The advocate's queue: the next free slot, null when no weekly slots are set up. */
  nextQueueSlot: string | null;
}

export interface ComposeTarget {
  network: NetworkName;
  /** The advocate's connected account, null when not connected (the composer links to Connections). */
  account: { id: string; handle: string; state: 'connected' | 'needs_reconnect' } | null;
  /** The suggested text for this network with the tracked link inserted. */
  text: string;
  trackedUrl: string | null;
  maxLength: number;
  lengthCounting: 'characters' | 'x-weighted';
}

/** POST /api/compose/originality — how close a text is to the suggested and colleagues' texts (X policy). */
export interface OriginalityRequest {
  contentItemId: string;
  text: string;
}

export interface OriginalityResult {
  /** 0..1, Jaccard of word shingles, links ignored. */
  toSuggested: number;
  toColleagues: number;
  threshold: number;
  allowed: boolean;
  explanation: string;
}

export interface SuggestedTimes {
  /** `history`: from engagement on the advocate's own published posts; `defaults`: per-network defaults. */
  basis: 'history' | 'defaults';
  explanation: string;
  /** The next few good, allowed times (ISO), best first. */
  times: Array<{ at: string; network: NetworkName | null; reason: string }>;
}

export interface BlackoutWindow {
  id?: string;
  label: string;
  startsAt: string;
  endsAt: string;
}

/** The organisation's rules for publishing (admin). */
export interface PublishingSettings {
  maxPerDay: Record<NetworkName, number>;
  minSpacingMinutes: number;
  blackouts: BlackoutWindow[];
  /** X refuses posts more similar than this to the suggested text or colleagues' posts. */
  xSimilarityThreshold: number;
  showXCost: boolean;
}

export type UpdatePublishingSettingsRequest = Partial<PublishingSettings>;

/** The limits as they apply to one advocate (org settings + personal blackouts). */
export interface PublishingLimitsView {
  maxPerDay: Record<NetworkName, number>;
  minSpacingMinutes: number;
  blackouts: Array<BlackoutWindow & { scope: 'organisation' | 'personal' }>;
}

/** A weekly slot of the advocate's queue, in their time zone. Day: 1 = Monday … 7 = Sunday. */
export interface QueueSlot {
  day: number;
  /** `HH:MM`, 24 h. */
  time: string;
}

/** GET/PUT /api/me/posting-schedule. */
export interface PostingSchedule {
  /** IANA zone, e.g. Europe/Berlin. */
  timeZone: string;
  slots: QueueSlot[];
  blackouts: BlackoutWindow[];
}

/** POST /api/shares/check-time — whether a time is allowed, and why not. */
export interface CheckTimeRequest {
  network: NetworkName;
  at: string;
  /** Ignore this share when counting (rescheduling it). */
  excludeShareId?: string;
}

export interface CheckTimeResult {
  allowed: boolean;
  /** Empty when allowed; one line per rule the time breaks. */
  reasons: string[];
}

export type NotificationKind =
  | 'share_failed'
  | 'share_needs_reconnect'
  | 'share_outcome_unknown'
  | 'share_published'
  | 'step_completed'
  | 'challenge_ended'
  | 'nudge';

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** In-app route to open, e.g. /my-posts?view=attention. */
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationList {
  items: NotificationView[];
  unread: number;
}
