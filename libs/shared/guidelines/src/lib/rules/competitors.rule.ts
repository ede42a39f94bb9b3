import type { RuleKindModule } from './rule-kind';
import type { CompetitorsRule } from '../types';
import { addTerms, checkStrings } from '../validate';

/** Mentions of competitors: a warning per name, no automatic fix (context matters). */
export const competitorsRule: RuleKindModule<CompetitorsRule> = {
  kind: 'competitors',
  compile(rule, c) {
    checkStrings(rule.names, 'names', c, { nonEmpty: true });
    addTerms(rule.names, 'names', c);
    return (ctx, out) => {
      if (ctx.termHits.length === 0) return;
      for (const [, ranges] of ctx.hitsOf(c.ruleIndex)) {
        out.push(ctx.finding(rule, rule.severity, ranges, { name: ctx.text.slice(ranges[0].start, ranges[0].end) }));
      }
    };
  },
};
