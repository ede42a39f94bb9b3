import { Injectable } from '@nestjs/common';
import type { ComposeDraft, ComposeTarget, NetworkName, OriginalityRequest, OriginalityResult } from '@chorus/shared/contracts';
import { NETWORK_NAMES } from '@chorus/shared/contracts';
import { Clock } from '@chorus/server/core';
import { ConnectionsService } from '@chorus/server/connections';
import { FeedService } from '@chorus/server/content';
import { LinksService } from '@chorus/server/links';
import { nextQueueSlot } from '../policy/queue-slots';
import { suggestTimes } from '../policy/suggested-times';
import { fieldError, MAX_LENGTH, originalityExplanation, ShareChecks } from './share-checks';
import { PublishingRules } from './publishing-rules';

/** X's pay-per-use prices (2026): a post, and a post that contains a link. */
const X_COST = { currency: 'USD' as const, perPost: 0.015, perPostWithLink: 0.2 };

/**
 * Everything the composer shows for one feed item: the advocate's accounts, the suggested texts with their
 * own tracked link already in, good times, the limits, the X originality threshold and (if enabled) cost.
 */
@Injectable()
export class ComposeService {
  constructor(
    private readonly feed: FeedService,
    private readonly connections: ConnectionsService,
    private readonly links: LinksService,
    private readonly rules: PublishingRules,
    private readonly checks: ShareChecks,
    private readonly clock: Clock,
  ) {}

  async draft(userId: string, itemId: string): Promise<ComposeDraft> {
    const item = await this.feed.visibleItem(userId, itemId);
    if (!item) throw fieldError(404, 'publishing.item_not_found', 'contentItemId', 'is not in your feed (it may have expired)');
    const [overview, rules] = await Promise.all([this.connections.overview(userId), this.rules.forAdvocate(userId)]);
    const targets: ComposeTarget[] = [];
    for (const network of NETWORK_NAMES) {
      const account = overview.accounts.find((a) => a.network === network) ?? null;
      const link = item.url
        ? await this.links.ensure({ userId, contentItemId: item.id, network, targetUrl: item.url })
        : null;
      const suggested = item.suggestedTexts.find((t) => t.network === network)?.text ?? item.suggestedTexts[0]?.text ?? item.title;
      targets.push({
        network,
        account: account
          ? { id: account.id, handle: account.handle, state: account.state === 'needs_reconnect' ? 'needs_reconnect' : 'connected' }
          : null,
        text: withTrackedLink(suggested, item.url, link?.url ?? null, network),
        trackedUrl: link?.url ?? null,
        maxLength: MAX_LENGTH[network],
        lengthCounting: network === 'x' ? 'x-weighted' : 'characters',
      });
    }
    const now = this.clock.now();
    const connected = targets.filter((t) => t.account?.state === 'connected').map((t) => t.network);
    const networks: NetworkName[] = connected.length > 0 ? connected : [...NETWORK_NAMES];
    const horizon = new Date(now.getTime() + 60 * 86_400_000);
    const [others, history] = await Promise.all([
      this.rules.plannedPosts(userId, now, horizon),
      this.rules.engagementHistory(userId),
    ]);
    const slot = nextQueueSlot(rules.schedule, rules.limits, others, networks, now);
    return {
      contentItem: {
        id: item.id,
        title: item.title,
        summary: item.summary,
        url: item.url,
        imageUrl: item.imageUrl,
        language: item.language,
        topicIds: item.topics.map((t) => t.id),
      },
      targets,
      alternativeTexts: item.suggestedTexts.map((t) => ({ id: t.id, network: t.network, text: t.text })),
      suggestedTimes: suggestTimes({ history, networks, timeZone: rules.schedule.timeZone, now, rules: rules.limits, others }),
      limits: this.rules.limitsView(rules),
      xOriginality: { threshold: rules.settings.xSimilarityThreshold },
      xCost: rules.settings.showXCost ? X_COST : null,
      nextQueueSlot: slot ? slot.toISOString() : null,
    };
  }

  async originality(userId: string, body: OriginalityRequest): Promise<OriginalityResult> {
    const item = await this.feed.visibleItem(userId, body.contentItemId);
    if (!item) throw fieldError(404, 'publishing.item_not_found', 'contentItemId', 'is not in your feed (it may have expired)');
    const { settings } = await this.rules.forAdvocate(userId);
    const measured = await this.checks.originality(userId, item, body.text);
    const threshold = settings.xSimilarityThreshold;
    return {
      toSuggested: round(measured.toSuggested),
      toColleagues: round(measured.toColleagues),
      threshold,
      allowed: Math.max(measured.toSuggested, measured.toColleagues) <= threshold,
      explanation: originalityExplanation(measured, threshold),
    };
  }
}

/** The suggested text with the item's address swapped for the advocate's tracked link (added when absent). */
export function withTrackedLink(text: string, itemUrl: string | null, tracked: string | null, network: NetworkName): string {
  if (!tracked) return text;
  if (itemUrl && text.includes(itemUrl)) return text.split(itemUrl).join(tracked);
  if (text.includes(tracked)) return text;
  return `${text.trimEnd()}${network === 'linkedin' ? '\n\n' : ' '}${tracked}`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
