import type { NetworkName } from './connections';

/**
 * The guidelines API. Rule sets travel as plain JSON: their shape (`RuleSet`, `Rule`) is defined and
 * validated by `@chorus/shared/guidelines`; the contracts keep it opaque so they stay dependency-free.
 */
export type GuidelineSeverity = 'block' | 'warn' | 'info';
export const GUIDELINE_SEVERITIES: readonly GuidelineSeverity[] = ['block', 'warn', 'info'];

/** A `RuleSet` of `@chorus/shared/guidelines`, as JSON. */
export type RuleSetJson = { [key: string]: unknown };

export interface GuidelineAuthorRef {
  id: string;
  name: string;
}

/** One stored version of the organisation's rule set; the latest is the active one. */
export interface RuleSetVersionView {
  version: number;
  ruleSet: RuleSetJson;
  note: string;
  createdAt: string;
  /** null for the default pack installed by the system, or when the author was deleted. */
  createdBy: GuidelineAuthorRef | null;
}

export interface RuleSetVersionSummary {
  version: number;
  note: string;
  ruleCount: number;
  createdAt: string;
  createdBy: GuidelineAuthorRef | null;
}

/** PUT /api/guidelines/rule-set and POST /api/guidelines/rule-set/import. */
export interface SaveRuleSetRequest {
  ruleSet: RuleSetJson;
  note?: string;
}

/** PATCH /api/guidelines/rules/:ruleId — quick toggles, each creating a new version. */
export interface UpdateGuidelineRuleRequest {
  enabled?: boolean;
  severity?: GuidelineSeverity;
}

/** The active version for the browser to run live. */
export interface ClientRuleSet {
  version: number;
  ruleSet: RuleSetJson;
}

export interface GuidelinesCheckRequest {
  text: string;
  networks: NetworkName[];
  /** Defaults to the content item's language, then the rule set's default language. */
  language?: string;
  contentItemId?: string;
  /** ISO time at which the post goes out; defaults to now. */
  at?: string;
}

export interface GuidelineTextRange {
  start: number;
  end: number;
}

export interface GuidelineFix {
  label: string;
  edits: Array<GuidelineTextRange & { replacement: string }>;
}

/** A `Finding` of `@chorus/shared/guidelines`. */
export interface GuidelineFinding {
  ruleId: string;
  kind: string;
  severity: GuidelineSeverity;
  ranges: GuidelineTextRange[];
  message: string;
  clause: { section: string; text: string };
  fix?: GuidelineFix;
  network?: NetworkName;
}

/** Every check result names the rule-set version it used. */
export interface GuidelinesCheckResult {
  version: number;
  findings: GuidelineFinding[];
}

/** The `errors` entries of 422 guidelines.blocked / guidelines.acknowledgement_required. */
export interface GuidelineFindingProblem extends GuidelineFinding {
  field: string;
}
