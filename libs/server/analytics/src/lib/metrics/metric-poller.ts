import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@chorus/server/core';
import {
  AccountCredentials,
  ConnectionsService,
  describeNetworkError,
  NetworkAdapters,
  TokenRefresher,
} from '@chorus/server/connections';
import {
  isNetworkError,
  Network,
  NetworkAdapter,
  NetworkError,
  PostMetrics,
  RateLimited,
  Rejected,
} from '@chorus/server/networks/port';
import { RollupTrigger } from '../rollups/rollup-trigger';
import { AnalyticsSettingsService } from '../settings/analytics-settings.service';
import { ClaimedShare, MetricClaims } from './metric-claims';
import { MetricRecorder } from './metric-recorder';
import { MetricsAvailabilityService } from './metrics-availability.service';

export interface PollResult {
  /** Shares whose metrics were read and stored. */
  polled: number;
  /** Due X shares left for later because today's read budget is spent. */
  skippedForBudget: number;
  /** Shares not read because of an error (they are due again later). */
  failed: number;
}

const HOUR_MS = 3_600_000;
const NAMES: Record<Network, string> = { linkedin: 'LinkedIn', x: 'X' };

/** The run's view of one network: whether it asked us to stop. */
interface NetworkRun {
  adapter: NetworkAdapter;
  stopped: boolean;
}

/**
 * Reads the metrics of published shares that are due (see poll-schedule), per connected account, and stores
 * them. Never throws: every failure is logged, counted and leaves the shares due again at a sensible time.
 */
@Injectable()
export class MetricPoller {
  private readonly logger = new Logger('MetricPoller');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly availability: MetricsAvailabilityService,
    private readonly settings: AnalyticsSettingsService,
    private readonly claims: MetricClaims,
    private readonly recorder: MetricRecorder,
    private readonly adapters: NetworkAdapters,
    private readonly connections: ConnectionsService,
    private readonly refresher: TokenRefresher,
    private readonly rollups: RollupTrigger,
  ) {}

  async pollDue(): Promise<PollResult> {
    const result: PollResult = { polled: 0, skippedForBudget: 0, failed: 0 };
    try {
      const networks = (await this.availability.all()).filter((a) => a.available).map((a) => a.network);
      if (networks.length === 0) return result;
      const xBudget = networks.includes('x') ? (await this.settings.get()).xReadBudgetPerDay : 0;
      const claim = await this.claims.claim({
        now: this.clock.now(),
        networks,
        batch: this.config.METRICS_POLL_BATCH,
        xBudget,
      });
      result.skippedForBudget = claim.deferredForBudget;
      if (claim.deferredForBudget > 0) {
        this.logger.warn(
          `X read budget (${xBudget} a day) is spent: ${claim.deferredForBudget} due X posts wait for tomorrow`,
        );
      }
      for (const network of networks) {
        const shares = claim.shares.filter((s) => s.network === network);
        if (shares.length > 0) await this.pollNetwork(network, shares, result);
      }
    } catch (error) {
      this.logger.error(`Metric polling stopped early: ${(error as Error).message}`);
    }
    if (result.polled > 0) await this.triggerRollups();
    return result;
  }

  private async pollNetwork(network: Network, shares: ClaimedShare[], result: PollResult): Promise<void> {
    let run: NetworkRun;
    try {
      run = { adapter: await this.adapters.for(network), stopped: false };
    } catch (error) {
      this.logger.warn(`No ${network} adapter: ${(error as Error).message}`);
      result.failed += shares.length;
      await this.recorder.release(ids(shares), this.clock.now(), null);
      return;
    }
    const byAccount = new Map<string, ClaimedShare[]>();
    for (const share of shares) byAccount.set(share.accountId, [...(byAccount.get(share.accountId) ?? []), share]);
    for (const [accountId, own] of byAccount) {
      // The network asked us to slow down: the rest waits for the next run, without an error of its own.
      if (run.stopped) await this.recorder.release(ids(own), this.clock.now(), null);
      else await this.pollAccount(run, accountId, own, result);
    }
  }

  private async pollAccount(
    run: NetworkRun,
    accountId: string,
    shares: ClaimedShare[],
    result: PollResult,
  ): Promise<void> {
    const network = run.adapter.network;
    try {
      const credentials = await this.freshCredentials(accountId);
      if (!credentials || credentials.account.status !== 'connected') {
        result.failed += shares.length;
        const reason = `The ${NAMES[network]} account needs reconnecting before its post metrics can be read.`;
        await this.recorder.release(ids(shares), this.later(), reason);
        return;
      }
      const { metrics, gone } = await this.read(run.adapter, credentials.tokens.accessToken, shares);
      const now = this.clock.now();
      for (const share of shares) {
        const found = metrics.find((m) => m.remoteId === share.remoteId);
        if (found) await this.store(share, found, now, result);
      }
      // The network no longer knows these posts (deleted): nothing more to read.
      const missing = shares.filter((s) => gone.includes(s) || !metrics.some((m) => m.remoteId === s.remoteId));
      await this.recorder.finish(ids(missing), `The post is no longer on ${NAMES[network]}.`, now);
    } catch (error) {
      result.failed += shares.length;
      await this.onError(run, accountId, shares, error);
    }
  }

  /** One share's figures; a failure here (database) costs this share only, which is due again next run. */
  private async store(share: ClaimedShare, metrics: PostMetrics, now: Date, result: PollResult): Promise<void> {
    try {
      await this.recorder.record(share, metrics, now);
      result.polled += 1;
    } catch (error) {
      result.failed += 1;
      this.logger.error(`Storing metrics of share ${share.id} failed: ${(error as Error).message}`);
      await this.recorder.release([share.id], now, null).catch(() => undefined);
    }
  }

  /**
   * All of an account's posts in one call. LinkedIn answers a deleted post with a 404 for the whole call:
   * then each post is asked for alone, so one deleted post does not hide the others' figures.
   */
  private async read(
    adapter: NetworkAdapter,
    accessToken: string,
    shares: ClaimedShare[],
  ): Promise<{ metrics: PostMetrics[]; gone: ClaimedShare[] }> {
    try {
      return {
        metrics: await adapter.metrics(
          accessToken,
          shares.map((s) => s.remoteId),
        ),
        gone: [],
      };
    } catch (error) {
      if (!notFound(error)) throw error;
      if (shares.length === 1) return { metrics: [], gone: shares };
    }
    const metrics: PostMetrics[] = [];
    const gone: ClaimedShare[] = [];
    for (const share of shares) {
      try {
        metrics.push(...(await adapter.metrics(accessToken, [share.remoteId])));
      } catch (error) {
        if (!notFound(error)) throw error;
        gone.push(share);
      }
    }
    return { metrics, gone };
  }

  private async onError(run: NetworkRun, accountId: string, shares: ClaimedShare[], error: unknown): Promise<void> {
    const now = this.clock.now();
    if (!isNetworkError(error)) {
      // A bug or a database hiccup: the message is ours (never a token), and the shares are due next run.
      this.logger.error(`Reading metrics of account ${accountId} failed: ${(error as Error).message}`);
      await this.recorder.release(ids(shares), now, null).catch(() => undefined);
      return;
    }
    this.logger.warn(`Reading ${error.network} metrics of account ${accountId} failed: ${error.kind}`);
    const reason = describeNetworkError(error);
    await this.recorder.release(ids(shares), this.retryAt(error, now), reason).catch(() => undefined);
    if (error.kind === 'rate_limited') run.stopped = true;
  }

  /** When to try a failed read again, by the kind of failure. */
  private retryAt(error: NetworkError, now: Date): Date {
    switch (error.kind) {
      case 'rate_limited':
        return error instanceof RateLimited && error.resetAt > now ? error.resetAt : now;
      case 'transient':
      case 'unknown_outcome':
        return now; // due again on the next run
      default:
        return this.later(); // the account needs attention (reconnect) or the network refused: not every run
    }
  }

  private later(): Date {
    return new Date(this.clock.now().getTime() + HOUR_MS);
  }

  /** As the publisher does: X access tokens last two hours, so refresh those about to expire first. */
  private async freshCredentials(accountId: string): Promise<AccountCredentials | null> {
    const current = await this.connections.credentials(accountId);
    if (!current) return null;
    const margin = this.config.X_REFRESH_AHEAD_MINUTES * 60_000;
    const expiresSoon = current.account.accessTokenExpiresAt.getTime() - this.clock.now().getTime() < margin;
    if (!expiresSoon || !current.tokens.refreshToken) return current;
    await this.refresher.refresh(accountId);
    return this.connections.credentials(accountId);
  }

  private async triggerRollups(): Promise<void> {
    try {
      await this.rollups.soon();
    } catch (error) {
      this.logger.warn(`Asking for a rollup failed: ${(error as Error).message}`);
    }
  }
}

function ids(shares: ClaimedShare[]): string[] {
  return shares.map((s) => s.id);
}

function notFound(error: unknown): boolean {
  return error instanceof Rejected && error.status === 404;
}
