import type { RuleKindModule } from './rule-kind';
import type { BannedTermsRule } from '../types';
import { addTerms, checkTerms } from '../validate';
import { removeEdits } from './fixes';

/** Banned, confidential and disrespectful terms: one finding per term, with its own severity. */
export const bannedTermsRule: RuleKindModule<BannedTermsRule> = {
  kind: 'banned-terms',
  compile(rule, c) {
    checkTerms(rule.terms, 'terms', c);
    addTerms(
      rule.terms.map((t) => t.term),
      'terms',
      c,
    );
    return (ctx, out) => {
      if (ctx.termHits.length === 0) return;
      for (const [slot, ranges] of ctx.hitsOf(c.ruleIndex)) {
        const spec = rule.terms[slot];
        const found = ctx.text.slice(ranges[0].start, ranges[0].end);
        const fix =
          spec.replacement !== undefined
            ? { label: ctx.label('replace', spec.replacement), edits: ranges.map((r) => ({ ...r, replacement: spec.replacement as string })) }
            : { label: ctx.label('remove', found), edits: removeEdits(ctx.text, ranges) };
        out.push(ctx.finding(rule, spec.severity ?? rule.severity, ranges, { term: found }, { fix }));
      }
    };
  },
};
