import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  GuidelineFindingProblem,
  GuidelinesCheckRequest,
  GuidelinesCheckResult,
  Role,
} from '@chorus/shared/contracts';
import type { Finding } from '@chorus/shared/guidelines';
import { DomainError } from '@chorus/server/core';
import { AuditService } from '@chorus/server/identity';
import { DataSource } from 'typeorm';
import { GuidelinesChecker } from './guidelines-checker.service';

export interface EnforcementActor {
  id: string;
  email: string;
  roles: Role[];
}

export interface EnforceRequest {
  actor: EnforcementActor;
  input: GuidelinesCheckRequest;
  /** Rule ids of `warn` findings the author explicitly accepted. */
  acknowledgedRuleIds?: readonly string[];
}

export interface EnforcementResult extends GuidelinesCheckResult {
  findings: Finding[];
  /** The warn rules the author acknowledged (each recorded in the audit log). */
  acknowledgedRuleIds: string[];
}

export const GUIDELINES_BLOCKED = 'guidelines.blocked';
export const GUIDELINES_ACK_REQUIRED = 'guidelines.acknowledgement_required';
export const GUIDELINES_ACKNOWLEDGED = 'guidelines.acknowledged';

/** A finding as an entry of the problem's `errors`: the field is the post text, the rest is the finding. */
export function findingProblem(finding: Finding, field = 'text'): GuidelineFindingProblem {
  return { field, ...finding };
}

/**
 * The server-side gate for sharing, scheduling and publishing: refuses a post with any `block` finding
 * (422 guidelines.blocked, the findings in `errors`), refuses unacknowledged `warn` findings (422
 * guidelines.acknowledgement_required, one entry per rule id), and records every acknowledgement in the
 * audit log. The result carries the rule-set version so callers store it with what they create.
 */
@Injectable()
export class GuidelinesEnforcer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly checker: GuidelinesChecker,
    private readonly audit: AuditService,
  ) {}

  async enforce({ actor, input, acknowledgedRuleIds = [] }: EnforceRequest): Promise<EnforcementResult> {
    const { version, findings } = await this.checker.check(actor, input);

    const blocking = findings.filter((f) => f.severity === 'block');
    if (blocking.length > 0) {
      const ids = [...new Set(blocking.map((f) => f.ruleId))];
      throw new DomainError(
        422,
        GUIDELINES_BLOCKED,
        `The post breaks the guidelines (rule-set version ${version}): ${ids.join(', ')}.`,
        findings.map((f) => findingProblem(f)),
      );
    }

    const acknowledged = new Set(acknowledgedRuleIds);
    const warnings = findings.filter((f) => f.severity === 'warn');
    const missing = warnings.filter((f) => !acknowledged.has(f.ruleId));
    if (missing.length > 0) {
      const ids = [...new Set(missing.map((f) => f.ruleId))];
      throw new DomainError(
        422,
        GUIDELINES_ACK_REQUIRED,
        `Acknowledge these guideline warnings to continue (rule-set version ${version}): ${ids.join(', ')}.`,
        missing.map((f) => findingProblem(f, 'acknowledgedRuleIds')),
      );
    }

    // One audit event per acknowledged rule, with the message(s) the author saw.
    const byRule = new Map<string, Finding[]>();
    for (const f of warnings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    if (byRule.size > 0) {
      await this.dataSource.transaction(async (manager) => {
        for (const [ruleId, list] of byRule) {
          await this.audit.record(
            actor,
            {
              action: GUIDELINES_ACKNOWLEDGED,
              targetType: 'guideline_rule',
              targetId: ruleId,
              details: {
                ruleId,
                version,
                severity: 'warn',
                message: list[0].message,
                ...(list.length > 1 ? { messages: list.map((f) => f.message) } : {}),
                ...(input.contentItemId ? { contentItemId: input.contentItemId } : {}),
                networks: input.networks,
              },
            },
            manager,
          );
        }
      });
    }
    return { version, findings, acknowledgedRuleIds: [...byRule.keys()] };
  }
}
