import { InjectionToken } from '@angular/core';
import { GuidelineFinding, NetworkName } from '@chorus/shared/contracts';

/** What the editor shows under a suggested text. */
export interface TextCheck {
  /** Characters as the network counts them. */
  length: number;
  limit: number;
  over: boolean;
  /** Guideline findings, when the guidelines engine backs the checker (absent for the plain count). */
  findings?: GuidelineFinding[];
}

/** What else the checker may use: the post language and the address of the content item. */
export interface TextCheckContext {
  language?: string;
  url?: string;
}

/** Checks one suggested text for one network. */
export type SuggestedTextChecker = (network: NetworkName, text: string, context?: TextCheckContext) => TextCheck;

export const NETWORK_TEXT_LIMITS: Readonly<Record<NetworkName, number>> = { linkedin: 3000, x: 280 };

/**
 * A plain length count: the fallback while (or if) the rule set cannot be loaded. The editor routes provide
 * `guidelinesTextChecker` (guidelines-text-checker.ts) with X's weighted counting and the engine's findings.
 */
export const simpleLengthCheck: SuggestedTextChecker = (network, text) => {
  const length = [...text].length;
  const limit = NETWORK_TEXT_LIMITS[network];
  return { length, limit, over: length > limit };
};

export const SUGGESTED_TEXT_CHECKER = new InjectionToken<SuggestedTextChecker>('SUGGESTED_TEXT_CHECKER', {
  providedIn: 'root',
  factory: () => simpleLengthCheck,
});
