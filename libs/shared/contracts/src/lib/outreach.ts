/**
 * Staying in touch: e-mail digests of new curated content, nudges for advocates who went quiet, the weekly
 * pulse survey and chat (Slack / Teams) announcements of featured items.
 */

export const DIGEST_FREQUENCIES = ['off', 'daily', 'weekly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

export interface OutreachPreferences {
  digest: DigestFrequency;
  nudges: boolean;
  pulseMail: boolean;
}

export interface OutreachSettings {
  /** Hour of the day (UTC, 0–23) digests go out. */
  digestHourUtc: number;
  /** ISO weekday (1 = Monday … 7 = Sunday) weekly digests go out. */
  weeklyDigestDay: number;
  /** Items per digest (1–20). */
  digestMaxItems: number;
  /** Remind an advocate who has not shared for this many days; 0 = no nudges. */
  nudgeAfterDays: number;
}

/** The kinds of mail a signed unsubscribe link can switch off. */
export type UnsubscribeKind = 'digest' | 'nudges' | 'pulse';

export interface UnsubscribeRequest {
  token: string;
}

export interface UnsubscribeResult {
  kind: UnsubscribeKind;
  email: string;
}

export interface DigestRunResult {
  /** Digest and nudge mails queued by this run. */
  digests: number;
  nudges: number;
}

export interface DigestPreview {
  subject: string;
  html: string;
  text: string;
  itemCount: number;
}

// ——— Pulse survey ———

export const LIKERT_LABELS = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'] as const;

export interface PulseQuestion {
  id: string;
  text: string;
}

export interface PulseSurveyRequest {
  title: string;
  /** One to three statements answered on a five-point Likert scale. */
  questions: string[];
  /** Groups asked; empty = everyone. */
  groupIds?: string[];
  /** Monday of the week the survey runs (`YYYY-MM-DD`); default: this week. */
  weekStart?: string;
  /** Also e-mail it (with one-click answers) to everyone asked. */
  sendMail?: boolean;
}

export interface PulseSurvey {
  id: string;
  title: string;
  weekStart: string;
  questions: PulseQuestion[];
  groupIds: string[];
  responseCount: number;
  createdAt: string;
}

export interface CurrentPulse {
  survey: PulseSurvey | null;
  /** questionId → 1..5 the caller gave. */
  myAnswers: Record<string, number>;
}

export interface PulseAnswerRequest {
  answers: Array<{ questionId: string; value: number }>;
}

/** An answer given from the e-mail: the token names survey, person and question. */
export interface PulseMailAnswerRequest {
  token: string;
  value: number;
}

export interface PulseResultsQuery {
  groupId?: string;
  /** Number of weeks back (default 12). */
  weeks?: number;
}

export interface PulseResults {
  groupId: string | null;
  groups: Array<{ id: string; name: string }>;
  /** One row per survey and question, oldest week first. */
  series: Array<{
    surveyId: string;
    weekStart: string;
    questionId: string;
    question: string;
    responses: number;
    /** 1..5, null without responses. */
    average: number | null;
    /** Count per answer 1..5. */
    distribution: [number, number, number, number, number];
  }>;
}

// ——— Chat webhooks ———

export const WEBHOOK_KINDS = ['slack', 'teams'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

export interface ChatWebhookRequest {
  name: string;
  kind: WebhookKind;
  /** The incoming-webhook URL (write-only: never returned). */
  url?: string;
  enabled?: boolean;
}

export interface ChatWebhook {
  id: string;
  name: string;
  kind: WebhookKind;
  /** Host of the URL, so admins can tell hooks apart without the secret path. */
  urlHost: string;
  enabled: boolean;
  lastSentAt: string | null;
  lastStatus: 'ok' | 'failed' | null;
  lastError: string | null;
}

/** What `POST /outreach/webhooks/:id/test` saw when it posted a test message. */
export interface ChatWebhookTestResult {
  ok: boolean;
  /** The HTTP status the chat service answered, null when there was no answer (timeout, DNS, refused). */
  status: number | null;
  /** Why it failed (never the URL); null when ok. */
  error: string | null;
}
