import type { RuleKindModule } from './rule-kind';
import type { DisclosureRule } from '../types';
import { addTerms, checkLocalized, checkStrings } from '../validate';
import { appendEdit, endRange } from './fixes';

/** Company content must carry a disclosure such as "#employee"; the fix appends one. */
export const disclosureRule: RuleKindModule<DisclosureRule> = {
  kind: 'disclosure',
  compile(rule, c) {
    checkStrings(rule.tags, 'tags', c, { nonEmpty: true });
    checkLocalized(rule.appendTag, 'appendTag', c);
    if (rule.when !== undefined && rule.when !== 'company-content' && rule.when !== 'always') c.fail('when', 'must be "company-content" or "always"');
    addTerms(rule.tags, 'tags', c);
    const always = rule.when === 'always';
    return (ctx, out) => {
      if (!always && !ctx.input.contentItem?.isCompanyContent) return;
      if (ctx.hitsOf(c.ruleIndex).size > 0) return;
      const tag = ctx.localize(rule.appendTag);
      out.push(
        ctx.finding(rule, rule.severity, endRange(ctx.text), { tag }, { fix: { label: ctx.label('append', tag), edits: [appendEdit(ctx.text, tag)] } }),
      );
    };
  },
};
