/** Public data shapes of the guidelines engine. Plain JSON: rule sets are imported/exported as files. */

export type Severity = 'block' | 'warn' | 'info';
export type Network = 'linkedin' | 'x';
/** Text in several languages, keyed by language code ('en', 'de', 'nl', …). */
export type LocalizedText = Readonly<Record<string, string>>;

export interface Clause {
  section: string;
  text: LocalizedText;
}

export interface TermSpec {
  term: string;
  severity?: Severity;
  /** Suggested replacement offered as the fix instead of removal. */
  replacement?: string;
}

interface RuleBase {
  id: string;
  enabled: boolean;
  severity: Severity;
  message: LocalizedText;
  clause: Clause;
  /** Only for these networks / author groups / post languages when set. */
  networks?: Network[];
  groups?: string[];
  languages?: string[];
}

export interface DisclosureRule extends RuleBase {
  kind: 'disclosure';
  /** Accepted disclosures, e.g. "#employee", "I work at ACME". */
  tags: string[];
  /** What the fix appends, per post language. */
  appendTag: LocalizedText;
  when?: 'company-content' | 'always';
}

export interface BannedTermsRule extends RuleBase {
  kind: 'banned-terms';
  category?: 'banned' | 'confidential' | 'respect';
  terms: TermSpec[];
}

export interface CompetitorsRule extends RuleBase {
  kind: 'competitors';
  names: string[];
}

export interface RegulatedClaimsRule extends RuleBase {
  kind: 'regulated-claims';
  category: 'financial' | 'health' | string;
  claims: TermSpec[];
  /** Any one of these phrases present satisfies the rule. */
  disclaimers: string[];
  appendDisclaimer: LocalizedText;
}

export interface PatternRule extends RuleBase {
  kind: 'pattern';
  /** RE2 syntax (linear time): no backreferences, no lookaround. */
  pattern: string;
  caseInsensitive?: boolean;
}

export type PersonalDataType = 'email' | 'phone' | 'iban' | 'card';
export interface PersonalDataRule extends RuleBase {
  kind: 'personal-data';
  detect: PersonalDataType[];
  severities?: Partial<Record<PersonalDataType, Severity>>;
  /** E-mail domains that may be published (e.g. press@acme.com). */
  allowedEmailDomains?: string[];
}

export interface LinksRule extends RuleBase {
  kind: 'links';
  allowedDomains?: string[];
  blockedDomains?: string[];
  /** Third-party shorteners; `true` uses the built-in list. */
  shorteners?: boolean | string[];
  requireTrackedLink?: boolean;
  severities?: Partial<Record<'blocked' | 'unlisted' | 'shortener' | 'tracked', Severity>>;
}

export interface LengthRule extends RuleBase {
  kind: 'length';
  network: Network;
  maxLength?: number;
  maxHashtags?: number;
  maxMentions?: number;
}

export interface QuietWindow {
  /** Local date-time "YYYY-MM-DDTHH:mm[:ss]" in timeZone, or an ISO time with offset. */
  start: string;
  end: string;
  timeZone?: string;
  label?: string;
}
export interface QuietPeriodRule extends RuleBase {
  kind: 'quiet-period';
  windows: QuietWindow[];
  /** Topic ids that the window blocks; posts mentioning a keyword count too. */
  topics: string[];
  keywords?: string[];
}

export interface OriginalityRule extends RuleBase {
  kind: 'originality';
  /** Jaccard similarity of word shingles, 0..1. */
  threshold: number;
  shingleSize?: number;
  compareSuggested?: boolean;
  compareColleagues?: boolean;
  severityByNetwork?: Partial<Record<Network, Severity>>;
}

export interface CopyrightRule extends RuleBase {
  kind: 'copyright';
  maxConsecutiveWords: number;
  requireSourceLink?: boolean;
  sourceLinkSeverity?: Severity;
}

export type Rule =
  | DisclosureRule
  | BannedTermsRule
  | CompetitorsRule
  | RegulatedClaimsRule
  | PatternRule
  | PersonalDataRule
  | LinksRule
  | LengthRule
  | QuietPeriodRule
  | OriginalityRule
  | CopyrightRule;
export type RuleKind = Rule['kind'];

export interface RuleSet {
  id: string;
  version: number;
  name: string;
  languages: string[];
  defaultLanguage?: string;
  rules: Rule[];
}

export interface ContentItemRef {
  url: string;
  sourceText?: string;
  isCompanyContent: boolean;
  suggestedTexts?: string[];
  /** Tracked links (`…/l/<code>`) of the shares being prepared. */
  trackedLinks?: string[];
}

export interface CheckInput {
  text: string;
  networks: Network[];
  authorGroups: string[];
  language: string;
  contentItem?: ContentItemRef;
  /** Colleagues' recent posts; supplied by the server only. */
  comparisonTexts?: string[];
  /** ISO time at which the post goes out. */
  at: string;
  topics: string[];
}

export interface TextRange {
  start: number;
  end: number;
}
export interface TextEdit extends TextRange {
  replacement: string;
}
export interface Fix {
  label: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  kind: RuleKind;
  severity: Severity;
  /** UTF-16 code unit offsets into CheckInput.text. */
  ranges: TextRange[];
  message: string;
  clause: { section: string; text: string };
  fix?: Fix;
  network?: Network;
}
