import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@chorus/shared/contracts';
import { APP_CONFIG, AppConfig, Clock, PublishShareJob } from '@chorus/server/core';
import { ConnectionsService, NetworkAdapters, TokenRefresher } from '@chorus/server/connections';
import { GuidelinesChecker } from '@chorus/server/guidelines';
import { isNetworkError, NetworkError, PublishInput, RateLimited } from '@chorus/server/networks/port';
import { LinksService } from '@chorus/server/links';
import { DataSource } from 'typeorm';
import { NetworkNames } from '../policy/network-names';
import { rateLimitDelayMs, transientRetryDelayMs } from '../policy/retry-policy';
import { ShareTransitions, TransitionedShare } from '../shares/share-transitions';
import { ShareDispatcher } from './share-dispatcher';
import { ShareNotifier } from './share-notifier';

/** The failure note of a share that goes again with a renewed token. */
const REFRESHED = 'network.auth_refreshed';

interface PublishContext {
  id: string;
  userId: string;
  roles: Role[];
  network: 'linkedin' | 'x';
  text: string;
  accountId: string | null;
  contentItemId: string | null;
  itemTitle: string | null;
  itemSummary: string | null;
  trackedUrl: string | null;
  linkCode: string | null;
  /** The last failure noted on the share (kept through the claim). */
  failureCode: string | null;
}

/**
 * Publishes one share, at most once. The share is won in one guarded UPDATE (scheduled → publishing), the
 * guidelines are checked again, and the network is called exactly once per win; whatever the network
 * answers maps to one transition. A call that may have gone through is never repeated here: it becomes
 * outcome_unknown and the resolver settles it.
 */
@Injectable()
export class SharePublisher {
  private readonly logger = new Logger('SharePublisher');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transitions: ShareTransitions,
    private readonly dispatcher: ShareDispatcher,
    private readonly notifier: ShareNotifier,
    private readonly connections: ConnectionsService,
    private readonly refresher: TokenRefresher,
    private readonly adapters: NetworkAdapters,
    private readonly checker: GuidelinesChecker,
    private readonly links: LinksService,
    private readonly clock: Clock,
  ) {}

  async run(job: PublishShareJob): Promise<void> {
    const claimed = await this.transitions.claim(job.shareId, job.dispatch);
    if (!claimed) return; // cancelled, rescheduled, already done, or another worker won
    let called = false;
    try {
      const share = await this.context(claimed.id);
      if (!(await this.passesGuidelines(share))) return;
      const credentials = share.accountId ? await this.freshCredentials(share.accountId) : null;
      if (!credentials || credentials.account.status !== 'connected') {
        await this.reconnect(claimed, `Your ${NetworkNames[share.network]} account is not connected any more.`);
        return;
      }
      const adapter = await this.adapters.for(share.network);
      called = true;
      const post = await adapter.publish(credentials.tokens.accessToken, credentials.profile, this.input(share));
      const done = await this.transitions.published(claimed.id, post);
      if (done) await this.notifier.published(done, post.url);
      // Only possible when the answer took longer than the lease and the share was settled meanwhile:
      // PUBLISH_LEASE_SECONDS is too short for this network (the worker warns at start).
      else this.logger.error(`Share ${claimed.id}: ${NetworkNames[share.network]} accepted it as ${post.remoteId}, but the share had moved on`);
    } catch (error) {
      if (isNetworkError(error)) return this.onNetworkError(claimed, error);
      if (called) {
        // The network may have the post and we failed to record it: leave the row in `publishing`; the
        // lease expires and the resolver looks the post up instead of posting again.
        throw error;
      }
      // Nothing reached the network (database hiccup, app not configured …): safe to try again later.
      this.logger.warn(`Preparing share ${claimed.id} failed: ${(error as Error).message}`);
      await this.retryTransient(claimed, {
        code: 'publishing.internal',
        message: `Publishing could not start: ${(error as Error).message}`.slice(0, 300),
      });
    }
  }

  private async onNetworkError(share: TransitionedShare, error: NetworkError): Promise<void> {
    const now = this.clock.now();
    switch (error.kind) {
      case 'rate_limited': {
        const resetAt = error instanceof RateLimited ? error.resetAt : new Date(now.getTime() + 60_000);
        const next = await this.transitions.reschedule(
          share.id,
          new Date(now.getTime() + rateLimitDelayMs(resetAt, now)),
          ['publishing'],
          { failure: { code: 'network.rate_limited', message: `${NetworkNames[share.network]} asked us to wait until ${resetAt.toISOString()}.` } },
        );
        if (next) await this.dispatcher.enqueue(next);
        return;
      }
      case 'transient':
        await this.retryTransient(share, { code: 'network.transient', message: error.message });
        return;
      case 'auth_expired':
        await this.onAuthExpired(share, error);
        return;
      case 'rejected': {
        const failed = await this.transitions.fail(share.id, {
          code: 'network.rejected',
          message: `${NetworkNames[share.network]} refused the post: ${error.message}`,
        });
        if (failed) await this.notifier.failed(failed, `${NetworkNames[share.network]} refused the post: ${error.message}`);
        return;
      }
      case 'duplicate':
      case 'unknown_outcome': {
        const unknown = await this.transitions.unknown(share.id, {
          code: error.kind === 'duplicate' ? 'network.duplicate' : 'network.unknown_outcome',
          message: error.message,
        });
        if (unknown) await this.dispatcher.enqueueResolve(share.id, this.config.PUBLISH_RESOLVE_DELAY_SECONDS * 1000);
        return;
      }
    }
  }

  /** X tokens are refreshed once and the share goes again; otherwise the advocate must reconnect. */
  private async onAuthExpired(share: TransitionedShare, error: NetworkError): Promise<void> {
    const row = await this.context(share.id);
    // Once: a token refused right after it was renewed will not be saved by renewing it again (revoked
    // access, a broken app), and each round would spend a network call and a transient attempt.
    const refreshedBefore = row.failureCode === REFRESHED;
    const outcome = row.accountId && !refreshedBefore ? await this.refresher.refresh(row.accountId, true) : 'needs_reconnect';
    if (outcome === 'refreshed') {
      const next = await this.transitions.reschedule(share.id, this.clock.now(), ['publishing'], {
        transient: true,
        failure: { code: REFRESHED, message: 'The access token was renewed; publishing again.' },
      });
      if (next) await this.dispatcher.enqueue(next);
      return;
    }
    if (row.accountId) await this.connections.markNeedsReconnect(row.accountId, error.message);
    await this.reconnect(share, `${NetworkNames[share.network]} no longer accepts your connection.`);
  }

  private async reconnect(share: TransitionedShare, reason: string): Promise<void> {
    const parked = await this.transitions.needsReconnect(share.id, { code: 'account.needs_reconnect', message: `${reason} Reconnect it, then retry.` });
    if (parked) await this.notifier.needsReconnect(parked);
  }

  private async retryTransient(share: TransitionedShare, failure: { code: string; message: string }): Promise<void> {
    const failures: Array<{ transient_failures: number }> = await this.dataSource.query(
      `SELECT transient_failures FROM shares WHERE id = $1`,
      [share.id],
    );
    const count = (failures[0]?.transient_failures ?? 0) + 1;
    if (count >= this.config.PUBLISH_MAX_TRANSIENT_FAILURES) {
      const failed = await this.transitions.fail(share.id, {
        code: failure.code,
        message: `${NetworkNames[share.network]} kept failing (${count} attempts): ${failure.message}`,
      });
      if (failed) await this.notifier.failed(failed, `${NetworkNames[share.network]} kept failing; try again later.`);
      return;
    }
    const base = this.config.PUBLISH_RETRY_BASE_SECONDS * 1000;
    const delay = transientRetryDelayMs(count, base, base * 32);
    const next = await this.transitions.reschedule(share.id, new Date(this.clock.now().getTime() + delay), ['publishing'], {
      transient: true,
      failure,
    });
    if (next) await this.dispatcher.enqueue(next);
  }

  private async passesGuidelines(share: PublishContext): Promise<boolean> {
    const { version, findings } = await this.checker.check(
      { id: share.userId, roles: share.roles },
      {
        text: share.text,
        networks: [share.network],
        ...(share.contentItemId ? { contentItemId: share.contentItemId } : {}),
        at: this.clock.now().toISOString(),
      },
    );
    const blocking = findings.filter((f) => f.severity === 'block');
    if (blocking.length === 0) return true;
    const message = `Blocked at publish time by the guidelines (version ${version}): ${blocking.map((f) => f.message).join(' ')}`;
    const failed = await this.transitions.fail(share.id, { code: 'guidelines.blocked', message, findings: blocking }, ['publishing']);
    if (failed) await this.notifier.failed(failed, message);
    return false;
  }

  /** Refreshes an X token that is about to expire first, under the refresher's per-account lock. */
  private async freshCredentials(accountId: string) {
    const current = await this.connections.credentials(accountId);
    if (!current) return null;
    const margin = this.config.X_REFRESH_AHEAD_MINUTES * 60_000;
    const expiresSoon = current.account.accessTokenExpiresAt.getTime() - this.clock.now().getTime() < margin;
    if (!expiresSoon || !current.tokens.refreshToken) return current;
    await this.refresher.refresh(accountId);
    return this.connections.credentials(accountId);
  }

  private input(share: PublishContext): PublishInput {
    if (!share.trackedUrl) return { text: share.text };
    return {
      text: share.text,
      link: {
        url: share.trackedUrl,
        title: share.itemTitle ?? share.trackedUrl,
        ...(share.itemSummary ? { description: share.itemSummary.slice(0, 250) } : {}),
      },
    };
  }

  private async context(id: string): Promise<PublishContext> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT s.id, s.user_id, u.roles, s.network, s.text, s.account_id, s.content_item_id,
              ci.title AS item_title, ci.summary AS item_summary, l.code AS link_code, s.failure_code
         FROM shares s JOIN users u ON u.id = s.user_id
         LEFT JOIN content_items ci ON ci.id = s.content_item_id
         LEFT JOIN tracked_links l ON l.id = s.link_id
        WHERE s.id = $1`,
      [id],
    );
    const row = rows[0];
    const code = (row['link_code'] as string | null) ?? null;
    return {
      id: row['id'] as string,
      userId: row['user_id'] as string,
      roles: row['roles'] as Role[],
      network: row['network'] as 'linkedin' | 'x',
      text: row['text'] as string,
      accountId: (row['account_id'] as string | null) ?? null,
      contentItemId: (row['content_item_id'] as string | null) ?? null,
      itemTitle: (row['item_title'] as string | null) ?? null,
      itemSummary: (row['item_summary'] as string | null) ?? null,
      linkCode: code,
      trackedUrl: code ? this.links.urlOf(code) : null,
      failureCode: (row['failure_code'] as string | null) ?? null,
    };
  }
}
