import { HttpErrorResponse } from '@angular/common/http';
import { computed, signal } from '@angular/core';
import type {
  ComposeDraft,
  ComposeTarget,
  GuidelineFinding,
  NetworkName,
  OriginalityResult,
  Problem,
  ShareTiming,
} from '@chorus/shared/contracts';
import { xWeightedLength } from '@chorus/shared/guidelines';

/** The originality of the X text is asked about this long after the advocate stops typing. */
export const ORIGINALITY_DEBOUNCE_MS = 400;
/** A picked time is checked against the posting rules this long after it stops changing. */
export const CHECK_TIME_DEBOUNCE_MS = 300;

export const SUBMIT_LABELS: Readonly<Record<ShareTiming, string>> = {
  now: 'Share now',
  scheduled: 'Schedule',
  queue: 'Add to queue',
};

/** Problem codes of POST /api/shares the composer maps onto its sections. */
export const GUIDELINES_BLOCKED = 'guidelines.blocked';
export const GUIDELINES_ACK_REQUIRED = 'guidelines.acknowledgement_required';
export const TOO_SIMILAR = 'publishing.too_similar';
export const LIMIT = 'publishing.limit';
export const NOT_CONNECTED = 'publishing.not_connected';

/** What the composer knows about one network of the draft, and what the advocate made of it. */
export class TargetDraft {
  readonly network: NetworkName;
  readonly selected = signal(false);
  readonly text = signal('');
  /** Rule ids of `warn` findings the advocate ticked "I acknowledge" for. */
  readonly acknowledged = signal<ReadonlySet<string>>(new Set());
  /** Findings the server answered with, for the text they were found in. */
  readonly server = signal<{ text: string; findings: GuidelineFinding[] } | null>(null);
  /** A refusal of the server or of the client checks, shown on this section. */
  readonly error = signal<string | null>(null);
  readonly originality = signal<{ text: string; result: OriginalityResult } | null>(null);
  readonly originalityPending = signal(false);
  readonly originalityError = signal<string | null>(null);

  readonly length = computed(() => measure(this.target, this.text()));
  readonly over = computed(() => this.length() > this.target.maxLength);
  /** The server's findings while the text is still the one they were found in. */
  readonly serverFindings = computed(() => {
    const server = this.server();
    return server && server.text === this.text() ? server.findings : [];
  });
  /** The originality answer for the text as it is now (null while a newer text is being checked). */
  readonly currentOriginality = computed(() => {
    const current = this.originality();
    return current && current.text === this.text() ? current.result : null;
  });

  constructor(readonly target: ComposeTarget) {
    this.network = target.network;
    this.text.set(target.text);
  }

  /** Connected and usable (not missing, not waiting for a reconnect). */
  get available(): boolean {
    return this.target.account?.state === 'connected';
  }

  get needsReconnect(): boolean {
    return this.target.account?.state === 'needs_reconnect';
  }
}

/** Characters as the network counts them: X weighs links, emoji and CJK; LinkedIn counts code points. */
export function measure(target: Pick<ComposeTarget, 'lengthCounting'>, text: string): number {
  return target.lengthCounting === 'x-weighted' ? xWeightedLength(text) : [...text].length;
}

/** The warn findings among `findings`, one per rule (the first one's message). */
export function warnRules(findings: readonly GuidelineFinding[]): GuidelineFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => f.severity === 'warn' && !seen.has(f.ruleId) && seen.add(f.ruleId));
}

/** `targets[1].text`, `targets.1.acknowledgedRuleIds` → 1; null for any other field. */
export function targetIndex(field: string | undefined): number | null {
  const match = /^targets(?:\[(\d+)\]|\.(\d+))(?:\.|$)/.exec(field ?? '');
  if (!match) return null;
  return Number(match[1] ?? match[2]);
}

/** The problem body of a failed call, when there is one. */
export function problemOf(error: unknown): Problem | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  let body: unknown = error.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return null;
    }
  }
  return body && typeof body === 'object' ? (body as Problem) : null;
}

/** The machine code of a problem: `code`, else the last segment of its `type` URI. */
export function problemCode(problem: Problem | null): string | undefined {
  if (!problem) return undefined;
  if (problem.code) return problem.code;
  const type = problem.type ?? '';
  return type && type !== 'about:blank' ? type.split('/').pop() : undefined;
}

/**
 * A curator's alternative text as a starting point: its link to the article becomes the advocate's
 * tracked link, which is added at the end when the text had none.
 */
export function withTrackedLink(text: string, contentUrl: string | null, trackedUrl: string | null): string {
  if (!trackedUrl) return text;
  let out = contentUrl ? text.split(contentUrl).join(trackedUrl) : text;
  if (!out.includes(trackedUrl)) out = `${out.trimEnd()} ${trackedUrl}`;
  return out;
}

const URL_PATTERN = /\bhttps?:\/\/\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*/i;

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });

/** "This post costs about $0.20 on X because it contains a link". */
export function xCostLine(cost: NonNullable<ComposeDraft['xCost']>, text: string): string {
  if (URL_PATTERN.test(text)) {
    return `This post costs about ${usd.format(cost.perPostWithLink)} on X because it contains a link.`;
  }
  return `This post costs about ${usd.format(cost.perPost)} on X.`;
}

/**
 * A server field message as a sentence: "is not connected: connect X first" about X becomes "X is not
 * connected: connect X first."; a message that is already a sentence stays as it is.
 */
export function fieldSentence(subject: string, message: string): string {
  const text = message.trim();
  if (!text) return subject;
  const sentence = /^[a-z]/.test(text) ? `${subject} ${text}` : text;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** 0.3456 → "35%". */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}
