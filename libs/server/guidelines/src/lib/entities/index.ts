import { GuidelineRuleSetRecord } from './guideline-rule-set.entity';
import { GuidelineRuleSetVersion } from './guideline-rule-set-version.entity';

export { GuidelineRuleSetRecord, GuidelineRuleSetVersion };

export const GUIDELINES_ENTITIES = [GuidelineRuleSetRecord, GuidelineRuleSetVersion];
