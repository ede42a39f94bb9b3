import { Injectable } from '@nestjs/common';
import type { FeedItem, GuidelineFindingProblem, NetworkName, FieldProblem } from '@chorus/shared/contracts';
import { DomainError } from '@chorus/server/core';
import { ColleaguePostsProvider, EnforcementActor, GuidelinesEnforcer } from '@chorus/server/guidelines';
import { textSimilarity, xWeightedLength } from '@chorus/shared/guidelines';
import { limitViolations, LimitRules, PlannedPost } from '../policy/publishing-limits';
import { NetworkNames } from '../policy/network-names';

export const MAX_LENGTH: Record<NetworkName, number> = { linkedin: 3000, x: 280 };

export interface Originality {
  toSuggested: number;
  toColleagues: number;
}

/** The checks a post passes before it is accepted (and, for guidelines, again at publish time). */
@Injectable()
export class ShareChecks {
  constructor(
    private readonly enforcer: GuidelinesEnforcer,
    private readonly colleagues: ColleaguePostsProvider,
  ) {}

  lengthOf(network: NetworkName, text: string): number {
    return network === 'x' ? xWeightedLength(text) : [...text].length;
  }

  /** 400 naming the field when the text is empty or too long for the network. */
  length(network: NetworkName, text: string, field: string): void {
    if (!text.trim()) throw fieldError(400, 'validation_failed', field, 'must not be empty');
    const length = this.lengthOf(network, text);
    if (length > MAX_LENGTH[network]) {
      const unit = network === 'x' ? 'weighted characters' : 'characters';
      throw fieldError(400, 'validation_failed', field, `is ${length} ${unit}; ${NetworkNames[network]} allows ${MAX_LENGTH[network]}`);
    }
  }

  async originality(actorId: string, item: FeedItem, text: string): Promise<Originality> {
    const suggested = item.suggestedTexts.map((t) => t.text);
    const colleagues = await this.colleagues.recentPosts({ authorId: actorId, networks: ['x'], contentItemId: item.id });
    return { toSuggested: textSimilarity(text, suggested), toColleagues: textSimilarity(text, colleagues) };
  }

  /** X forbids near-identical posts across accounts: 422 above the organisation's threshold. */
  async xOriginality(actorId: string, item: FeedItem, text: string, threshold: number, field: string): Promise<number> {
    const measured = await this.originality(actorId, item, text);
    const worst = Math.max(measured.toSuggested, measured.toColleagues);
    if (worst > threshold) {
      throw fieldError(422, 'publishing.too_similar', field, originalityExplanation(measured, threshold));
    }
    return worst;
  }

  /** Guidelines for one target; the problem's fields are renamed to the target's (targets[0].text …). */
  async guidelines(
    actor: EnforcementActor,
    input: { text: string; network: NetworkName; contentItemId: string; at: Date; acknowledgedRuleIds: string[] },
    prefix: string,
  ): Promise<number> {
    try {
      const result = await this.enforcer.enforce({
        actor,
        input: { text: input.text, networks: [input.network], contentItemId: input.contentItemId, at: input.at.toISOString() },
        acknowledgedRuleIds: input.acknowledgedRuleIds,
      });
      return result.version;
    } catch (error) {
      if (error instanceof DomainError && error.errors) {
        throw new DomainError(
          error.status,
          error.code,
          `${NetworkNames[input.network]}: ${error.message}`,
          (error.errors as GuidelineFindingProblem[]).map((e) => ({ ...e, field: `${prefix}.${e.field}` })),
        );
      }
      throw error;
    }
  }

  limits(rules: LimitRules, others: PlannedPost[], candidate: PlannedPost, field: string): void {
    const reasons = limitViolations(rules, others, candidate);
    if (reasons.length > 0) {
      throw new DomainError(422, 'publishing.limit', reasons.join(' '), reasons.map((message) => ({ field, message })));
    }
  }
}

export function originalityExplanation(measured: Originality, threshold: number): string {
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  const worst = measured.toColleagues > measured.toSuggested ? 'a colleague’s post of this item' : 'the suggested text';
  const value = Math.max(measured.toSuggested, measured.toColleagues);
  if (value <= threshold) {
    return `Your words are your own (${pct(value)} similar to ${worst}; X allows up to ${pct(threshold)}).`;
  }
  return `This text is ${pct(value)} similar to ${worst}. X forbids identical or substantially similar posts across many accounts, so Chorus accepts at most ${pct(threshold)}: say it in your own words.`;
}

export function fieldError(status: number, code: string, field: string, message: string): DomainError {
  const errors: FieldProblem[] = [{ field, message }];
  return new DomainError(status, code, `${field} ${message}`, errors);
}
