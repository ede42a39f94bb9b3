import { installDefaultRuleSet } from '@chorus/server/guidelines';
import { DataSource } from 'typeorm';

/** The default rule pack as version 1 of the organisation's rule set; does nothing once any version exists. */
export async function seedDemoGuidelines(dataSource: DataSource): Promise<{ ruleSetInstalled: boolean }> {
  return { ruleSetInstalled: await dataSource.transaction((manager) => installDefaultRuleSet(manager)) };
}
