import { inject } from '@angular/core';
import { check, xWeightedLength } from '@chorus/shared/guidelines';
import { ClientRuleSetStore, networkLimits } from '@chorus/web/guidelines';
import { simpleLengthCheck, SuggestedTextChecker } from './text-limits';

/**
 * `SUGGESTED_TEXT_CHECKER` backed by the guidelines engine with the organisation's client rule set:
 * real per-network counters and live findings. Falls back to the plain count until (or unless) the rule
 * set loads. Reads a signal, so the editor re-renders when it arrives.
 */
export function guidelinesTextChecker(): SuggestedTextChecker {
  const store = inject(ClientRuleSetStore);
  store.load();
  return (network, text, context) => {
    const compiled = store.compiled();
    if (!compiled) return simpleLengthCheck(network, text);
    const length = network === 'x' ? xWeightedLength(text) : [...text].length;
    const limit = networkLimits(compiled.ruleSet)[network];
    const findings = text.trim()
      ? check(compiled, {
          text,
          networks: [network],
          authorGroups: [],
          language: context?.language || store.defaultLanguage(),
          at: new Date().toISOString(),
          topics: [],
          // As on the server: everything curated is shared on the company's behalf, so the disclosure
          // rule asks for its tag here too.
          contentItem: { url: context?.url ?? '', isCompanyContent: true },
        })
      : [];
    return { length, limit, over: length > limit, findings };
  };
}
