import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GuidelinesCheckRequest, GuidelinesCheckResult, Role } from '@chorus/shared/contracts';
import { check, CheckInput, Finding } from '@chorus/shared/guidelines';
import { Clock, notFound } from '@chorus/server/core';
import { ContentItem } from '@chorus/server/content';
import { Group, GroupMember } from '@chorus/server/identity';
import { LinksService } from '@chorus/server/links';
import sanitizeHtml from 'sanitize-html';
import { DataSource, In } from 'typeorm';
import { ColleaguePostsProvider } from './comparison-texts';
import { RuleSetsService } from './rule-sets.service';

export interface CheckActor {
  id: string;
  roles: Role[];
}

export interface CheckOutcome extends GuidelinesCheckResult {
  findings: Finding[];
  /** The exact input the engine saw (with the server-side comparison texts). */
  input: CheckInput;
}

const CURATORS: Role[] = ['curator', 'admin'];

/**
 * Runs the engine on the server: the post as given, plus what only the server knows — the author's
 * groups, the content item's suggested and source texts, colleagues' recent posts — against the active
 * rule set. The result names the version it used.
 */
@Injectable()
export class GuidelinesChecker {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ruleSets: RuleSetsService,
    private readonly colleagues: ColleaguePostsProvider,
    private readonly links: LinksService,
    private readonly clock: Clock,
  ) {}

  async check(actor: CheckActor, request: GuidelinesCheckRequest): Promise<CheckOutcome> {
    const { version, compiled } = await this.ruleSets.activeCompiled();
    const item = request.contentItemId ? await this.contentItem(actor, request.contentItemId) : null;
    const groups = await this.authorGroups(actor.id);
    const ruleSet = compiled.ruleSet;
    const input: CheckInput = {
      text: request.text,
      networks: [...new Set(request.networks)],
      authorGroups: groups,
      language: request.language ?? item?.language ?? ruleSet.defaultLanguage ?? ruleSet.languages[0] ?? 'en',
      at: request.at ? new Date(request.at).toISOString() : this.clock.now().toISOString(),
      topics: item?.topicIds ?? [],
      comparisonTexts: await this.colleagues.recentPosts({
        authorId: actor.id,
        networks: request.networks,
        contentItemId: item?.id ?? null,
      }),
      ...(item
        ? {
            contentItem: {
              url: item.canonicalUrl ?? item.url ?? '',
              sourceText: sourceText(item),
              // Everything curated in Chorus is shared on the company's behalf; a per-source
              // "third-party" flag can narrow this when external content gets its own handling.
              isCompanyContent: true,
              suggestedTexts: item.suggestedTexts.map((s) => s.text),
              // The author's own tracked links: the links rule asks for them instead of the raw address.
              trackedLinks: await this.links.urlsFor(actor.id, item.id, request.networks),
            },
          }
        : {}),
    };
    return { version, findings: check(compiled, input), input };
  }

  /** Group ids and names: a rule's `groups` may name either. */
  private async authorGroups(userId: string): Promise<string[]> {
    const memberships = await this.dataSource.getRepository(GroupMember).findBy({ userId });
    if (memberships.length === 0) return [];
    const groups = await this.dataSource.getRepository(Group).findBy({ id: In(memberships.map((m) => m.groupId)) });
    return groups.flatMap((g) => [g.id, g.name]);
  }

  /** Advocates check against approved items only; curators against any. */
  private async contentItem(actor: CheckActor, id: string): Promise<ContentItem> {
    const item = await this.dataSource.getRepository(ContentItem).findOneBy({ id });
    const visible = item && (item.state === 'approved' || actor.roles.some((r) => CURATORS.includes(r)));
    if (!visible) throw notFound('The content item');
    return item;
  }
}

function sourceText(item: ContentItem): string {
  const body = sanitizeHtml(item.bodyHtml, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return [item.title, item.summary, body].filter(Boolean).join('\n');
}
