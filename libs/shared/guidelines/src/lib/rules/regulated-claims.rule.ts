import type { RuleKindModule } from './rule-kind';
import type { RegulatedClaimsRule, Severity, TextRange } from '../types';
import { addTerms, checkLocalized, checkStrings, checkTerms, maxSeverity } from '../validate';
import { appendEdit } from './fixes';

const DISCLAIMER_SLOT = 100000;

/** Claims in regulated areas (financial advice, health) need a disclaimer; the fix appends one. */
export const regulatedClaimsRule: RuleKindModule<RegulatedClaimsRule> = {
  kind: 'regulated-claims',
  compile(rule, c) {
    if (typeof rule.category !== 'string' || !rule.category) c.fail('category', 'must be a non-empty string');
    checkTerms(rule.claims, 'claims', c);
    checkStrings(rule.disclaimers, 'disclaimers', c, { nonEmpty: true });
    checkLocalized(rule.appendDisclaimer, 'appendDisclaimer', c);
    addTerms(
      rule.claims.map((t) => t.term),
      'claims',
      c,
    );
    addTerms(rule.disclaimers, 'disclaimers', c, DISCLAIMER_SLOT);
    return (ctx, out) => {
      if (ctx.termHits.length === 0) return;
      const hits = ctx.hitsOf(c.ruleIndex);
      const ranges: TextRange[] = [];
      let severity: Severity = 'info';
      for (const [slot, rs] of hits) {
        if (slot >= DISCLAIMER_SLOT) return; // a disclaimer is present
        ranges.push(...rs);
        severity = maxSeverity(severity, rule.claims[slot].severity ?? rule.severity);
      }
      if (ranges.length === 0) return;
      ranges.sort((a, b) => a.start - b.start);
      const disclaimer = ctx.localize(rule.appendDisclaimer);
      out.push(
        ctx.finding(
          rule,
          severity,
          ranges,
          { claim: ctx.text.slice(ranges[0].start, ranges[0].end), disclaimer },
          { fix: { label: ctx.label('append', disclaimer), edits: [appendEdit(ctx.text, disclaimer)] } },
        ),
      );
    };
  },
};
