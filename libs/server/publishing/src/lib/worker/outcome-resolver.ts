import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@chorus/server/core';
import { ConnectionsService, NetworkAdapters } from '@chorus/server/connections';
import { LinksService } from '@chorus/server/links';
import { isNetworkError, RateLimited, RecentPost } from '@chorus/server/networks/port';
import { DataSource } from 'typeorm';
import { NetworkNames } from '../policy/network-names';
import { rateLimitDelayMs } from '../policy/retry-policy';
import { ShareTransitions } from '../shares/share-transitions';
import { ShareDispatcher } from './share-dispatcher';
import { ShareNotifier } from './share-notifier';

/** Look back this far before the share's time: clocks differ a little between us and the network. */
const LOOKBACK_MS = 2 * 60_000;
/** A share whose outcome was unknown this many times is not posted again automatically. */
const MAX_AUTOMATIC_ATTEMPTS = 3;

interface UnknownShare {
  id: string;
  network: 'linkedin' | 'x';
  text: string;
  accountId: string | null;
  attempts: number;
  failureCode: string | null;
  startedAt: Date;
  scheduledAt: Date;
  linkCode: string | null;
}

/**
 * Settles a share whose publish may or may not have happened. Where the network lists the member's posts
 * (X), the post is looked for by the share's unique tracked link (or, without a link, its exact words):
 * found → published; not found → nothing went out, so it is safe to go again. Where it cannot look (LinkedIn
 * self-serve apps), it asks the advocate rather than risk posting twice.
 */
@Injectable()
export class OutcomeResolver {
  private readonly logger = new Logger('OutcomeResolver');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transitions: ShareTransitions,
    private readonly dispatcher: ShareDispatcher,
    private readonly notifier: ShareNotifier,
    private readonly connections: ConnectionsService,
    private readonly adapters: NetworkAdapters,
    private readonly links: LinksService,
    private readonly clock: Clock,
  ) {}

  /** `jobId`: the resolve job running this, if any (a retry must not reuse its id). */
  async resolve(shareId: string, jobId?: string): Promise<void> {
    const share = await this.unknownShare(shareId);
    if (!share) return;
    const adapter = await this.adapters.for(share.network);
    const credentials = share.accountId ? await this.connections.credentials(share.accountId) : null;
    if (!adapter.capabilities().readBack || !credentials || credentials.account.status !== 'connected') {
      return this.ask(share.id);
    }
    let posts: RecentPost[];
    try {
      // From the share's own time, not from the latest attempt: an earlier attempt of this share may have
      // gone through without X listing it yet (its timeline lags), and when X then refuses the next attempt
      // as a duplicate, that earlier post is the one to find. No attempt can be older than `scheduled_at`.
      const since = Math.min(share.scheduledAt.getTime(), share.startedAt.getTime()) - LOOKBACK_MS;
      posts = await adapter.recentPosts(credentials.tokens.accessToken, credentials.profile, new Date(since));
    } catch (error) {
      if (!isNetworkError(error)) throw error;
      if (error.kind === 'rate_limited' || error.kind === 'transient' || error.kind === 'unknown_outcome') {
        const now = this.clock.now();
        const resetAt = error instanceof RateLimited ? error.resetAt : new Date(now.getTime() + 60_000);
        await this.dispatcher.enqueueResolve(share.id, rateLimitDelayMs(resetAt, now), jobId);
        return;
      }
      return this.ask(share.id);
    }
    const match = await this.findMatch(share, posts);
    if (match) {
      const done = await this.transitions.published(share.id, {
        remoteId: match.remoteId,
        url: match.url,
        publishedAt: match.createdAt,
      }, ['outcome_unknown']);
      if (done) await this.notifier.published(done, match.url);
      this.logger.log(`Share ${share.id}: found on ${NetworkNames[share.network]} as ${match.remoteId}`);
      return;
    }
    if (share.failureCode === 'network.duplicate') {
      // X refused the words as a copy of an earlier post of the member that is not this share's: going
      // again would be refused again.
      const failed = await this.transitions.fail(
        share.id,
        { code: 'network.duplicate', message: 'X refused the post as a duplicate of one of your recent posts. Change the text and retry.' },
        ['outcome_unknown'],
      );
      if (failed) await this.notifier.failed(failed, 'X refused the post as a duplicate of one of your recent posts.');
      return;
    }
    if (share.attempts >= MAX_AUTOMATIC_ATTEMPTS) return this.ask(share.id);
    // Not on the network: nothing went out, so publishing again cannot post twice.
    const next = await this.transitions.reschedule(share.id, this.clock.now(), ['outcome_unknown'], {
      transient: true,
      failure: { code: 'network.not_found_after_unknown', message: 'The earlier attempt did not reach X; publishing again.' },
    });
    if (next) await this.dispatcher.enqueue(next);
  }

  private async ask(shareId: string): Promise<void> {
    const asked = await this.transitions.askAdvocate(
      shareId,
      'The network did not confirm this post and Chorus cannot look it up. Did it appear on your profile?',
    );
    if (asked) await this.notifier.askAdvocate(asked);
  }

  private async findMatch(share: UnknownShare, posts: RecentPost[]): Promise<RecentPost | null> {
    const taken = new Set<string>(
      posts.length === 0
        ? []
        : (
            (await this.dataSource.query(
              `SELECT remote_id FROM shares WHERE network = $1 AND remote_id = ANY($2) AND id <> $3`,
              [share.network, posts.map((p) => p.remoteId), share.id],
            )) as Array<{ remote_id: string }>
          ).map((r) => r.remote_id),
    );
    const candidates = posts.filter((p) => !taken.has(p.remoteId));
    if (share.linkCode) {
      const url = this.links.urlOf(share.linkCode);
      return candidates.find((p) => p.links.some((l) => sameLink(l, url))) ?? null;
    }
    const words = wordsOnly(share.text);
    return candidates.find((p) => wordsOnly(p.text) === words) ?? null;
  }

  private async unknownShare(id: string): Promise<UnknownShare | null> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT s.id, s.network, s.text, s.account_id, s.attempts, s.failure_code,
              COALESCE(s.publishing_started_at, s.unknown_since) AS started_at, s.scheduled_at, l.code AS link_code
         FROM shares s LEFT JOIN tracked_links l ON l.id = s.link_id
        WHERE s.id = $1 AND s.state = 'outcome_unknown' AND s.needs_confirmation = false`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row['id'] as string,
      network: row['network'] as 'linkedin' | 'x',
      text: row['text'] as string,
      accountId: (row['account_id'] as string | null) ?? null,
      attempts: row['attempts'] as number,
      failureCode: (row['failure_code'] as string | null) ?? null,
      startedAt: new Date(row['started_at'] as string),
      scheduledAt: new Date(row['scheduled_at'] as string),
      linkCode: (row['link_code'] as string | null) ?? null,
    };
  }
}

function sameLink(found: string, ours: string): boolean {
  return found.replace(/\/+$/, '') === ours.replace(/\/+$/, '');
}

/** The words of a post without its links (X rewrites links to t.co). */
function wordsOnly(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
