import type { RuleKindModule } from './rule-kind';
import type { PatternRule } from '../types';
import { allMatches, mayMatch } from '../text/pattern-index';

/** Curator-written RE2 patterns (linear time); an unsafe or invalid pattern fails compilation. */
export const patternRule: RuleKindModule<PatternRule> = {
  kind: 'pattern',
  compile(rule, c) {
    if (typeof rule.pattern !== 'string') c.fail('pattern', 'must be a string');
    const added = c.patterns.add(rule.pattern, rule.caseInsensitive === true);
    if ('error' in added) return c.fail('pattern', added.error);
    const re = added.re;
    return (ctx, out) => {
      if (!mayMatch(added, ctx.hasLiteral, () => ctx.anyPattern)) return;
      const ranges = allMatches(re, ctx.text);
      if (ranges.length > 0) out.push(ctx.finding(rule, rule.severity, ranges, { match: ctx.text.slice(ranges[0].start, ranges[0].end) }));
    };
  },
};
