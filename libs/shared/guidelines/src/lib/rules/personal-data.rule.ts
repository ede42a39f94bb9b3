import type { RuleKindModule } from './rule-kind';
import type { PersonalDataRule, PersonalDataType, TextRange } from '../types';
import { findPersonalData } from '../text/personal-data';
import { hostMatches } from '../text/urls';
import { checkSeverity, checkStrings } from '../validate';
import { removeEdits } from './fixes';

const TYPES: readonly PersonalDataType[] = ['email', 'phone', 'iban', 'card'];

/** E-mail addresses, phone numbers, IBANs (mod-97) and card numbers (Luhn): one finding per type. */
export const personalDataRule: RuleKindModule<PersonalDataRule> = {
  kind: 'personal-data',
  compile(rule, c) {
    if (!Array.isArray(rule.detect) || rule.detect.length === 0 || rule.detect.some((t) => !TYPES.includes(t)))
      c.fail('detect', `must list some of ${TYPES.join(', ')}`);
    for (const t of TYPES) checkSeverity(rule.severities?.[t], `severities.${t}`, c, true);
    checkStrings(rule.allowedEmailDomains, 'allowedEmailDomains', c, { optional: true });
    const want = { email: false, phone: false, iban: false, card: false };
    for (const t of rule.detect) want[t] = true;
    const allowed = rule.allowedEmailDomains ?? [];
    return (ctx, out) => {
      const hits = findPersonalData(ctx.text, want);
      const byType: Record<PersonalDataType, TextRange[]> = {
        email: hits.email.filter((e) => !allowed.some((d) => hostMatches(e.domain, d))).map((e) => ({ start: e.start, end: e.end })),
        phone: hits.phone,
        iban: hits.iban,
        card: hits.card,
      };
      for (const t of TYPES) {
        const ranges = byType[t];
        if (!want[t] || ranges.length === 0) continue;
        const type = ctx.label(t);
        out.push(
          ctx.finding(rule, rule.severities?.[t] ?? rule.severity, ranges, { type }, { fix: { label: ctx.label('remove', type), edits: removeEdits(ctx.text, ranges) } }),
        );
      }
    };
  },
};
