import type { MailMessage } from '../mail/mail-message';

/**
 * Every Bull queue and job, with its payload type. Producers and processors both use these names, so a
 * typo is a compile error rather than a job nobody processes.
 */
export const QUEUES = {
  system: 'system',
  mail: 'mail',
  connections: 'connections',
  content: 'content',
  publishing: 'publishing',
  publishLinkedin: 'publish-linkedin',
  publishX: 'publish-x',
  analytics: 'analytics',
  enablement: 'enablement',
  outreach: 'outreach',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const SYSTEM_JOBS = {
  heartbeat: 'heartbeat',
} as const;

export const MAIL_JOBS = {
  send: 'send',
} as const;

export const CONNECTION_JOBS = {
  tokenHealth: 'token-health',
} as const;

export const CONTENT_JOBS = {
  pollSource: 'poll-source',
  opmlImport: 'opml-import',
  expireItems: 'expire-items',
} as const;

export const PUBLISHING_JOBS = {
  publish: 'publish',
  reconcile: 'reconcile',
  resolve: 'resolve',
  notify: 'notify',
} as const;

export const ANALYTICS_JOBS = {
  pollMetrics: 'poll-metrics',
  rollup: 'rollup',
} as const;

export const ENABLEMENT_JOBS = {
  /** Reads new shares, clicks and step completions into the points ledger. */
  syncPoints: 'sync-points',
  /** Computes the winners of challenges that ended and announces them. */
  finishChallenges: 'finish-challenges',
} as const;

export const OUTREACH_JOBS = {
  /** Hourly: queues the digests and nudges that are due. */
  tick: 'tick',
  /** Builds and mails one advocate's digest or nudge. */
  sendDigest: 'send-digest',
  /** Mails a pulse survey to one advocate. */
  sendPulse: 'send-pulse',
  /** Finds featured items that went live and queues their chat announcements. */
  announceFeatured: 'announce-featured',
  /** Posts one announcement to one Slack / Teams webhook. */
  postWebhook: 'post-webhook',
} as const;

/** The queue that publishes to a network: one per network, so each can have its own app-wide rate cap. */
export function publishQueueOf(network: 'linkedin' | 'x'): QueueName {
  return network === 'x' ? QUEUES.publishX : QUEUES.publishLinkedin;
}

export interface PublishShareJob {
  shareId: string;
  /** The dispatch this job was created for; a job of an older dispatch does nothing. */
  dispatch: number;
}

export interface ResolveShareJob {
  shareId: string;
}

export interface PollSourceJob {
  sourceId: string;
  /** Poll even when the source's backoff says not yet (first poll, "poll now"). */
  force?: boolean;
}

export interface OpmlImportJobData {
  importId: string;
}

export interface HeartbeatJob {
  scheduledBy: string;
}

export type SendMailJob = MailMessage;

export interface RollupJob {
  /** UTC days (`YYYY-MM-DD`) to rebuild; empty or absent: yesterday and today. */
  days?: string[];
}

export interface SendDigestJob {
  userId: string;
  kind: 'digest' | 'nudge';
  /** `2026-11-26` (daily), `2026-W48` (weekly) or the nudge's day; one mail per user, kind and period. */
  periodKey: string;
}

export interface SendPulseJob {
  surveyId: string;
  userId: string;
}

export interface PostWebhookJob {
  webhookId: string;
  contentItemId: string;
}
