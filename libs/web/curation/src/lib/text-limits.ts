import { InjectionToken } from '@angular/core';
import { NetworkName } from '@chorus/shared/contracts';

/** What the editor shows under a suggested text. */
export interface TextCheck {
  /** Characters as the network counts them. */
  length: number;
  limit: number;
  over: boolean;
}

/** Checks one suggested text for one network. */
export type SuggestedTextChecker = (network: NetworkName, text: string) => TextCheck;

export const NETWORK_TEXT_LIMITS: Readonly<Record<NetworkName, number>> = { linkedin: 3000, x: 280 };

/**
 * A plain length count for now. SEAM: the guidelines engine replaces this (provide `SUGGESTED_TEXT_CHECKER`)
 * with X's weighted counting (links as 23) and its findings; the editor only reads `TextCheck`.
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
