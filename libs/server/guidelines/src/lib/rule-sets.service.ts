import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ClientRuleSet,
  GuidelineSeverity,
  RuleSetVersionSummary,
  RuleSetVersionView,
} from '@chorus/shared/contracts';
import type { CompiledRuleSet, Rule, RuleSet } from '@chorus/shared/guidelines';
import { DomainError, notFound } from '@chorus/server/core';
import { Actor, AuditService } from '@chorus/server/identity';
import { DataSource, EntityManager } from 'typeorm';
import { installDefaultRuleSet, RULE_SET_ROW } from './default-rule-pack';
import { GuidelineRuleSetRecord, GuidelineRuleSetVersion } from './entities';
import { compileOrReject } from './rule-set-problems';

export type SaveSource = 'save' | 'import' | 'rule';

export interface ActiveRuleSet {
  version: number;
  compiled: CompiledRuleSet;
}

const NOTE_MAX = 500;

/**
 * The organisation's versioned rule set. Every change writes a new immutable version after the engine
 * validated it; the latest is the active one. Reads of the active version compile it once per version.
 */
@Injectable()
export class RuleSetsService {
  private cache: ActiveRuleSet | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The active version's number; installs the default pack as version 1 on first use. */
  async currentVersion(): Promise<number> {
    const row = await this.dataSource.getRepository(GuidelineRuleSetRecord).findOneByOrFail({ id: RULE_SET_ROW });
    if (row.currentVersion > 0) return row.currentVersion;
    await this.dataSource.transaction((manager) => installDefaultRuleSet(manager));
    return (await this.dataSource.getRepository(GuidelineRuleSetRecord).findOneByOrFail({ id: RULE_SET_ROW }))
      .currentVersion;
  }

  /** The active version, compiled (cached until a newer version exists, also one saved by another instance). */
  async activeCompiled(): Promise<ActiveRuleSet> {
    const version = await this.currentVersion();
    if (this.cache?.version === version) return this.cache;
    const row = await this.row(version);
    const active = { version, compiled: compileOrReject(row.ruleSetJson) };
    this.cache = active;
    return active;
  }

  async active(): Promise<RuleSetVersionView> {
    return versionView(await this.row(await this.currentVersion()));
  }

  async version(version: number): Promise<RuleSetVersionView> {
    return versionView(await this.row(version));
  }

  /** Newest first. */
  async versions(): Promise<RuleSetVersionSummary[]> {
    await this.currentVersion();
    const rows = await this.dataSource.getRepository(GuidelineRuleSetVersion).find({
      where: { ruleSetId: RULE_SET_ROW },
      relations: { createdBy: true },
      order: { version: 'DESC' },
    });
    return rows.map((row) => ({
      version: row.version,
      note: row.note,
      ruleCount: row.ruleCount,
      createdAt: row.createdAt.toISOString(),
      createdBy: author(row),
    }));
  }

  /** For the browser's live checks: the rules that can fire, without who wrote them. */
  async clientRuleSet(): Promise<ClientRuleSet> {
    const { version, compiled } = await this.activeCompiled();
    const ruleSet = compiled.ruleSet;
    return { version, ruleSet: { ...ruleSet, rules: ruleSet.rules.filter((r) => r.enabled) } };
  }

  /** The active rule set as the file a curator downloads (and can import again). */
  async exportFile(): Promise<RuleSet> {
    return (await this.row(await this.currentVersion())).ruleSetJson;
  }

  /** Validates, then writes the next version. Nothing is written when the rule set is invalid. */
  async save(
    actor: Actor,
    ruleSet: RuleSet,
    note: string | undefined,
    source: SaveSource,
  ): Promise<RuleSetVersionView> {
    await this.currentVersion();
    if (typeof ruleSet !== 'object' || ruleSet === null || Array.isArray(ruleSet)) {
      throw new DomainError(400, 'validation_failed', 'ruleSet must be an object', [
        { field: 'ruleSet', message: 'must be an object' },
      ]);
    }
    const row = await this.dataSource.transaction(async (manager) => {
      const next = (await this.lock(manager)).currentVersion + 1;
      // The server numbers versions; whatever number the file carried is replaced.
      const numbered = { ...ruleSet, version: next } as RuleSet;
      compileOrReject(numbered);
      return this.write(manager, actor, numbered, note, source);
    });
    return this.version(row.version);
  }

  /** Quick toggles: enable/disable a rule or change its severity, as a new version. */
  async updateRule(
    actor: Actor,
    ruleId: string,
    change: { enabled?: boolean; severity?: GuidelineSeverity },
  ): Promise<RuleSetVersionView> {
    if (change.enabled === undefined && change.severity === undefined) {
      throw new DomainError(400, 'validation_failed', 'Give enabled or severity.', [
        { field: 'enabled', message: 'or severity is required' },
      ]);
    }
    await this.currentVersion();
    const row = await this.dataSource.transaction(async (manager) => {
      const current = (await this.lock(manager)).currentVersion;
      const active = await this.row(current, manager);
      const rule = active.ruleSetJson.rules.find((r) => r.id === ruleId);
      if (!rule) throw notFound(`Rule "${ruleId}"`, 'guidelines.rule_not_found');
      const changed = {
        ...rule,
        ...(change.enabled !== undefined ? { enabled: change.enabled } : {}),
        ...(change.severity !== undefined ? { severity: change.severity } : {}),
      } as Rule;
      const parts = [
        change.enabled !== undefined ? (change.enabled ? 'enabled' : 'disabled') : null,
        change.severity !== undefined ? `severity ${change.severity}` : null,
      ].filter(Boolean);
      const numbered: RuleSet = {
        ...active.ruleSetJson,
        version: current + 1,
        rules: active.ruleSetJson.rules.map((r) => (r.id === ruleId ? changed : r)),
      };
      compileOrReject(numbered);
      return this.write(manager, actor, numbered, `Rule "${ruleId}": ${parts.join(', ')}`, 'rule');
    });
    return this.version(row.version);
  }

  private async lock(manager: EntityManager): Promise<GuidelineRuleSetRecord> {
    return manager.findOneOrFail(GuidelineRuleSetRecord, {
      where: { id: RULE_SET_ROW },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private async write(
    manager: EntityManager,
    actor: Actor,
    ruleSet: RuleSet,
    note: string | undefined,
    source: SaveSource,
  ): Promise<GuidelineRuleSetVersion> {
    const repository = manager.getRepository(GuidelineRuleSetVersion);
    const row = await repository.save(
      repository.create({
        ruleSetId: RULE_SET_ROW,
        version: ruleSet.version,
        ruleSetJson: ruleSet,
        ruleCount: ruleSet.rules.length,
        note: (note ?? '').trim().slice(0, NOTE_MAX),
        createdById: actor.id,
      }),
    );
    await manager.update(GuidelineRuleSetRecord, { id: RULE_SET_ROW }, { currentVersion: ruleSet.version });
    await this.audit.record(
      actor,
      {
        action: 'guidelines.rule_set_saved',
        targetType: 'guideline_rule_set',
        targetId: String(ruleSet.version),
        details: { version: ruleSet.version, source, note: row.note },
      },
      manager,
    );
    return row;
  }

  private async row(
    version: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<GuidelineRuleSetVersion> {
    const row = await manager.getRepository(GuidelineRuleSetVersion).findOne({
      where: { ruleSetId: RULE_SET_ROW, version },
      relations: { createdBy: true },
    });
    if (!row) throw notFound(`Rule set version ${version}`, 'guidelines.version_not_found');
    return row;
  }
}

function author(row: GuidelineRuleSetVersion) {
  return row.createdBy ? { id: row.createdBy.id, name: row.createdBy.name } : null;
}

function versionView(row: GuidelineRuleSetVersion): RuleSetVersionView {
  return {
    version: row.version,
    ruleSet: row.ruleSetJson as unknown as RuleSetVersionView['ruleSet'],
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    createdBy: author(row),
  };
}
