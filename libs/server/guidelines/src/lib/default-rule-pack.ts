import type { RuleSet } from '@chorus/shared/guidelines';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntityManager } from 'typeorm';
import { GuidelineRuleSetRecord, GuidelineRuleSetVersion } from './entities';

/**
 * The default rule pack that ships with `@chorus/shared/guidelines`. Its public API does not export the
 * JSON file (yet), and the apps do not compile with resolveJsonModule, so it is read from the library's
 * source next to us — the apps run from source. Move to an exported `DEFAULT_RULE_PACK` when it exists.
 */
const PACK_PATH = join(__dirname, '../../../../shared/guidelines/src/rule-packs/default.rule-pack.json');

let pack: RuleSet | null = null;

export function defaultRulePack(): RuleSet {
  pack ??= JSON.parse(readFileSync(PACK_PATH, 'utf8')) as RuleSet;
  return structuredClone(pack);
}

export const DEFAULT_PACK_NOTE = 'Default rule pack';
export const RULE_SET_ROW = 1;

/**
 * Installs the default pack as version 1 when the organisation has no version yet; otherwise does
 * nothing. Run inside a transaction: it locks the rule-set row, so concurrent callers install it once.
 * Returns true when it wrote version 1.
 */
export async function installDefaultRuleSet(manager: EntityManager): Promise<boolean> {
  const row = await manager.findOne(GuidelineRuleSetRecord, {
    where: { id: RULE_SET_ROW },
    lock: { mode: 'pessimistic_write' },
  });
  if (!row) throw new Error('guideline_rule_sets has no row 1; run the migrations');
  if (row.currentVersion > 0) return false;
  const ruleSet = { ...defaultRulePack(), version: 1 };
  await manager.insert(GuidelineRuleSetVersion, {
    ruleSetId: RULE_SET_ROW,
    version: 1,
    ruleSetJson: ruleSet,
    ruleCount: ruleSet.rules.length,
    note: DEFAULT_PACK_NOTE,
    createdById: null,
  });
  await manager.update(GuidelineRuleSetRecord, { id: RULE_SET_ROW }, { currentVersion: 1 });
  return true;
}
