import type { RuleKindModule } from './rule-kind';
import type { Rule, RuleKind } from '../types';
import { bannedTermsRule } from './banned-terms.rule';
import { competitorsRule } from './competitors.rule';
import { copyrightRule } from './copyright.rule';
import { disclosureRule } from './disclosure.rule';
import { lengthRule } from './length.rule';
import { linksRule } from './links.rule';
import { originalityRule } from './originality.rule';
import { patternRule } from './pattern.rule';
import { personalDataRule } from './personal-data.rule';
import { quietPeriodRule } from './quiet-period.rule';
import { regulatedClaimsRule } from './regulated-claims.rule';

export const RULE_KINDS: Readonly<Record<RuleKind, RuleKindModule>> = {
  disclosure: disclosureRule,
  'banned-terms': bannedTermsRule,
  competitors: competitorsRule,
  'regulated-claims': regulatedClaimsRule,
  pattern: patternRule,
  'personal-data': personalDataRule,
  links: linksRule,
  length: lengthRule,
  'quiet-period': quietPeriodRule,
  originality: originalityRule,
  copyright: copyrightRule,
} as Record<RuleKind, RuleKindModule<Rule>> as Readonly<Record<RuleKind, RuleKindModule>>;
