import type { NetworkName } from './connections';
import type { GroupRef } from './auth';

/** Workflow of a content item. `new` and `dismissed` live in the curator's inbox only. */
export const CONTENT_STATES = ['new', 'dismissed', 'draft', 'in_review', 'approved', 'expired', 'archived'] as const;
export type ContentState = (typeof CONTENT_STATES)[number];

/** `advocate`: suggested by an advocate for the feed; curators review it like any draft. */
export const CONTENT_ORIGINS = ['feed', 'import', 'curator', 'advocate'] as const;
export type ContentOrigin = (typeof CONTENT_ORIGINS)[number];

/** Languages the curation and search support; `null` = unknown. */
export const CONTENT_LANGUAGES = ['en', 'de', 'nl', 'fr', 'es'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export interface Topic {
  id: string;
  name: string;
  itemCount: number;
}

export interface CreateTopicRequest {
  name: string;
}

export type SourceStatus = 'ok' | 'failing' | 'disabled' | 'pending';

export interface SourceView {
  id: string;
  name: string;
  url: string;
  /** rss | atom | json — what the last successful poll found. */
  format: 'rss' | 'atom' | 'json' | null;
  enabled: boolean;
  pollIntervalMinutes: number;
  language: ContentLanguage | null;
  topicIds: string[];
  status: SourceStatus;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  nextPollAt: string | null;
  itemCount: number;
  createdAt: string;
}

export interface CreateSourceRequest {
  url: string;
  name?: string;
  pollIntervalMinutes?: number;
  language?: ContentLanguage;
  topicIds?: string[];
}

export type UpdateSourceRequest = Partial<Omit<CreateSourceRequest, 'url'>> & { enabled?: boolean };

/** OPML import runs in the worker; the client polls the job for progress. */
export interface OpmlImportJob {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  created: number;
  skipped: number;
  errors: Array<{ url: string; message: string }>;
}

export interface UrlPreview {
  url: string;
  canonicalUrl: string;
  title: string;
  summary: string;
  imageUrl: string | null;
  siteName: string | null;
  language: ContentLanguage | null;
}

export interface SuggestedText {
  id: string;
  network: NetworkName;
  text: string;
}

export interface ContentItemSummary {
  id: string;
  title: string;
  summary: string;
  url: string | null;
  imageUrl: string | null;
  sourceName: string | null;
  origin: ContentOrigin;
  language: ContentLanguage | null;
  state: ContentState;
  featured: boolean;
  topics: Array<{ id: string; name: string }>;
  audiences: GroupRef[];
  publishAt: string | null;
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ContentItem extends ContentItemSummary {
  /** Sanitized HTML from the source, or the curator's text. */
  bodyHtml: string;
  suggestedTexts: SuggestedText[];
  createdBy: { id: string; name: string } | null;
  submittedBy: { id: string; name: string } | null;
  approvedBy: { id: string; name: string } | null;
  approvedAt: string | null;
}

export interface SuggestedTextInput {
  network: NetworkName;
  text: string;
}

/** Create a curator-written item or an item from an imported URL (`url` given). */
export interface CreateContentItemRequest {
  title: string;
  summary?: string;
  bodyHtml?: string;
  url?: string;
  imageUrl?: string;
  /** An image uploaded with POST /api/content/images. */
  imageId?: string;
  language?: ContentLanguage;
  topicIds?: string[];
  /** Group ids; empty = everyone. */
  audienceIds?: string[];
  suggestedTexts?: SuggestedTextInput[];
  featured?: boolean;
  publishAt?: string | null;
  expiresAt?: string | null;
}

export type UpdateContentItemRequest = Partial<CreateContentItemRequest>;

export const CONTENT_ACTIONS = ['accept', 'dismiss', 'submit', 'approve', 'reject', 'archive', 'restore'] as const;
export type ContentAction = (typeof CONTENT_ACTIONS)[number];

export interface ContentTransitionRequest {
  action: ContentAction;
  /** Why, for reject. */
  comment?: string;
}

export interface BulkContentRequest {
  ids: string[];
  action: ContentAction;
}

export interface BulkContentResult {
  succeeded: string[];
  failed: Array<{ id: string; message: string }>;
}

export interface ContentListQuery {
  state?: ContentState;
  sourceId?: string;
  topicId?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}

/** One card of the advocate's feed. */
export interface FeedItem {
  id: string;
  title: string;
  summary: string;
  url: string | null;
  imageUrl: string | null;
  sourceName: string | null;
  language: ContentLanguage | null;
  featured: boolean;
  topics: Array<{ id: string; name: string }>;
  suggestedTexts: SuggestedText[];
  publishedAt: string;
  expiresAt: string | null;
}

export interface FeedQuery {
  topicId?: string;
  /** Only items in this language (advocates share in the language of their audience). */
  language?: ContentLanguage;
  q?: string;
  cursor?: string;
  limit?: number;
}

export interface ContentSettings {
  /** Four-eyes: a second curator must approve what one curator submitted. */
  requireSecondApprover: boolean;
}
